/**
 * Each closed minute, every owned brand's complaint CUSUMs (rise.ts), when on:
 *  - `riseNats`: the brand's complaints against its baseline scaled by the other banks' median
 *    ratio (the peer factor, stored with the minute), divided by the brand's own spread, which
 *    learns the minute's half-hour sum;
 *  - `shareRiseNats`: the brand's share of the sector's complaints against its usual share (the
 *    sector's total and that share stored with the minute), a binomial CUSUM; the share learns
 *    the minute.
 * Each joins the minute's scores. Both open an incident, never hold one (their runs stay high
 * long after a surge), and after an incident start afresh from its resolve.
 */
import type { BrandState, BucketResult } from '../brand.js'
import type { DetectorParams } from '../params.js'
import {
  learnSectorShare,
  learnSpread,
  peerFactor,
  type Rise,
  riseCusum,
  SHARE_MIN_MINUTES,
  shareCusum,
  usualShare,
} from '../rise.js'
import type { Scored } from '../score.js'
import { windowName } from '../score.js'

const scratch: Rise = { nats: 0, run: 0, observed: 0, expected: 0 }

export function scoreRises(results: Array<[BrandState, BucketResult]>, p: DetectorParams): void {
  if (results.length === 0) return
  if (p.riseNats > 0) scorePeerRises(results, p)
  if (p.shareRiseNats > 0) scoreShareRises(results, p)
}

/**
 * How many of the brand's newest minutes a CUSUM may run over now, or 0 when it must not run:
 * while an incident is open, before the baseline has found its level over a whole span (older
 * expectations are stale), and from an incident's resolve (what came before was acted on, as a
 * CUSUM restarts after it signals).
 */
function spanNow(st: BrandState, r: BucketResult, p: DetectorParams): number {
  if (isOpen(st)) return 0
  if (st.core.complaints.n - p.minHistoryBuckets < p.riseBuckets) return 0
  let span = p.riseBuckets
  const inc = st.incident
  if (inc !== null && inc.resolvedMs !== null)
    span = Math.min(span, Math.floor((r.startMs - inc.resolvedMs) / p.bucketMs) + 1)
  return Math.max(0, span)
}

function isOpen(st: BrandState): boolean {
  return st.incident !== null && st.incident.status !== 'resolved'
}

function riseScore(signal: string, rise: Rise, bar: number): Scored {
  const surprise = rise.nats / Math.LN10
  return {
    name: windowName(signal, rise.run),
    signal: 'rise',
    window: rise.run,
    observed: rise.observed,
    expected: rise.expected,
    surprise,
    gated: rise.nats >= bar ? surprise : 0,
  }
}

function scorePeerRises(results: Array<[BrandState, BucketResult]>, p: DetectorParams): void {
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
    const span = spanNow(st, r, p)
    // The statistic reads the spread learned before this minute; the minute is learned after.
    const rise = span > 0 ? riseCusum(h, p.riseRatio, span, st.riseSpread.s2, scratch) : null
    const w = windows[i]
    if (w !== undefined)
      learnSpread(
        st.riseSpread,
        w.observed,
        w.expected * peer,
        isOpen(st) ? p.incidentLearnWeight : 1,
        p.riseSpreadTauBuckets,
        spreadCap,
      )
    if (rise !== null && rise.run > 0) r.scores.push(riseScore('complaint_rise', rise, p.riseNats))
  }
}

function scoreShareRises(results: Array<[BrandState, BucketResult]>, p: DetectorParams): void {
  // A share of fewer than three banks' complaints is mostly the brand's own.
  if (results.length < 3) return
  let sector = 0
  for (const [st] of results) sector += st.hist.complaints[st.hist.complaints.length - 1]?.c ?? 0
  for (const [st, r] of results) {
    const h = st.hist.complaints
    const last = h[h.length - 1]
    if (last === undefined) continue
    const share = st.sectorShare
    if (share.n >= SHARE_MIN_MINUTES) {
      last.m = sector
      last.p = usualShare(share)
    }
    const span = spanNow(st, r, p)
    const rise = span > 0 ? shareCusum(h, p.riseRatio, span, scratch) : null
    learnSectorShare(share, last.c, sector, isOpen(st) ? p.incidentLearnWeight : 1, p.riseSpreadTauBuckets)
    if (rise !== null && rise.run > 0) r.scores.push(riseScore('complaint_share', rise, p.shareRiseNats))
  }
}
