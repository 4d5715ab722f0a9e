/**
 * Each closed minute, every owned brand's complaint CUSUM (rise.ts): the minute's peer factor
 * (the other banks' median complaints ratio over the slow window) is stored with the minute,
 * the CUSUM over the brand's history, divided by the brand's own spread, joins the minute's
 * scores, and the spread learns the minute's half-hour sum.
 */
import type { BrandState, BucketResult } from '../brand.js'
import type { DetectorParams } from '../params.js'
import { learnSpread, peerFactor, type Rise, riseCusum } from '../rise.js'
import { windowName } from '../score.js'

const scratch: Rise = { nats: 0, run: 0, observed: 0, expected: 0 }

export function scoreRises(results: Array<[BrandState, BucketResult]>, p: DetectorParams): void {
  if (!(p.riseNats > 0) || results.length === 0) return
  const slow = windowName('complaints', p.slowWindows[0] ?? 30)
  const windows = results.map(([, r]) => r.scores.find((s) => s.name === slow))
  const ratios = windows.map((w) => (w === undefined ? 1 : (w.observed + 1) / (w.expected + 1)))
  const spreadCap = p.clipSigmas * p.clipSigmas
  for (let i = 0; i < results.length; i++) {
    const [st, r] = results[i]!
    const h = st.hist.complaints
    const last = h[h.length - 1]
    if (last === undefined) continue
    // With fewer than two other banks a median says nothing about the sector (as the slow
    // windows' peer gate).
    const peer = results.length >= 3 ? peerFactor(ratios, i) : 1
    last.peer = peer
    const inc = st.incident
    const open = inc !== null && inc.status !== 'resolved'
    // The statistic reads the spread learned before this minute; the minute is learned after.
    const w = windows[i]
    const learnSpreadNow = () => {
      if (w !== undefined)
        learnSpread(
          st.riseSpread,
          w.observed,
          w.expected * peer,
          open ? p.incidentLearnWeight : 1,
          p.riseSpreadTauBuckets,
          spreadCap,
        )
    }
    // It opens an incident, never holds one (its runs stay high long after a surge), and after
    // an incident it starts afresh: what came before was acted on (a CUSUM restarts after it
    // signals).
    let span = p.riseBuckets
    if (inc !== null && inc.resolvedMs !== null)
      span = Math.min(span, Math.floor((r.startMs - inc.resolvedMs) / p.bucketMs) + 1)
    // Not before the baseline has found its level over a whole span: older expectations are stale.
    if (open || st.core.complaints.n - p.minHistoryBuckets < p.riseBuckets || span <= 0) {
      learnSpreadNow()
      continue
    }
    const rise = riseCusum(h, p.riseRatio, span, st.riseSpread.s2, scratch)
    learnSpreadNow()
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
