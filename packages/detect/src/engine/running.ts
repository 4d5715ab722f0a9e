/**
 * The running minutes: each owned brand's figures so far in the minute containing `nowMs`, and
 * in the minute before it while that one is still open (a minute closes only after its allowed
 * lateness, so a mention written at 11:59:59.9 that reaches the detector at 12:00:00.3 still
 * shows on the wall at once instead of when 11:59 closes). For the live wall between closes.
 * Counts only; a minute is scored when it closes.
 */
import type { LiveMetric } from '@vigil/schema'
import type { DetectorParams } from '../params.js'
import type { BrandTable } from './brand-table.js'

export function runningMetrics(table: BrandTable, p: DetectorParams, nowMs: number): LiveMetric[] {
  const now = Math.floor(nowMs / p.bucketMs)
  const out: LiveMetric[] = []
  for (const [id, st] of table.states) {
    if (!table.isActive(id)) continue
    for (const idx of [now - 1, now]) {
      const b = st.open.get(idx)
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
  }
  return out
}
