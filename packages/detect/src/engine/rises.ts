/**
 * Each closed minute, every owned brand's complaint CUSUM (rise.ts): the minute's peer factor
 * (the other banks' median complaints ratio over the slow window) is stored with the minute,
 * then the CUSUM over the brand's history joins the minute's scores.
 */
import type { BrandState, BucketResult } from '../brand.js'
import type { DetectorParams } from '../params.js'
import { peerFactor, type Rise, riseCusum } from '../rise.js'
import { windowName } from '../score.js'

const scratch: Rise = { nats: 0, run: 0, observed: 0, expected: 0 }

export function scoreRises(results: Array<[BrandState, BucketResult]>, p: DetectorParams): void {
  if (!(p.riseNats > 0) || results.length === 0) return
  const slow = windowName('complaints', p.slowWindows[0] ?? 30)
  const ratios = results.map(([, r]) => {
    for (const s of r.scores) if (s.name === slow) return (s.observed + 1) / (s.expected + 1)
    return 1
  })
  for (let i = 0; i < results.length; i++) {
    const [st, r] = results[i]!
    const h = st.hist.complaints
    const last = h[h.length - 1]
    if (last === undefined) continue
    // With fewer than two other banks a median says nothing about the sector (as the slow
    // windows' peer gate).
    last.peer = results.length >= 3 ? peerFactor(ratios, i) : 1
    // Not before the baseline has found its level over a whole span: older expectations are stale.
    if (st.core.complaints.n - p.minHistoryBuckets < p.riseBuckets) continue
    const rise = riseCusum(h, p.riseRatio, p.riseBuckets, scratch)
    if (rise.run === 0) continue
    const surprise = rise.nats / Math.LN10
    r.scores.push({
      name: windowName('complaint_rise', rise.run),
      signal: 'rise',
      window: rise.run,
      observed: rise.observed,
      expected: rise.expected,
      surprise,
      gated: rise.nats >= p.riseNats ? surprise : 0,
    })
  }
}
