/**
 * The running minute: each owned brand's figures so far in the minute containing `nowMs`, for
 * the live wall between closes. Counts only; a minute is scored when it closes.
 */
import type { LiveMetric } from '@vigil/schema'
import type { DetectorParams } from '../params.js'
import type { BrandTable } from './brand-table.js'

export function runningMetrics(table: BrandTable, p: DetectorParams, nowMs: number): LiveMetric[] {
  const idx = Math.floor(nowMs / p.bucketMs)
  const out: LiveMetric[] = []
  for (const [id, st] of table.states) {
    const b = table.isActive(id) ? st.open.get(idx) : undefined
    if (b === undefined) continue
    out.push({
      brand: id,
      minute: new Date(idx * p.bucketMs).toISOString(),
      volume: b.volume,
      negative: b.negative,
      positive: b.positive,
      complaints: b.complaints,
      meanSentiment: b.volume === 0 ? 0 : Math.round((b.sentimentSum / b.volume) * 1000) / 1000,
      expectedVolume: 0,
      score: 0,
    })
  }
  return out
}
