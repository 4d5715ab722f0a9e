/**
 * Closing one minute for every brand: score each owned brand's bucket, gate slow windows by the
 * peers, compare with the peers, step each incident, learn the bucket (faintly while an
 * incident is open) and emit the minute's metric.
 */
import type { Alert, LiveMetric } from '@vigil/schema'
import { pruneAuthors } from '../authors.js'
import {
  type BrandState,
  type BucketResult,
  closeBucket,
  learnBucket,
  newBrandBucket,
  recycleKeys,
  testTopic,
} from '../brand.js'
import { buildEvidence, gateSlowWindowsByPeers, isYoung, toAlert, toMetric, trendScore } from '../evidence.js'
import { type Evidence, stepIncident } from '../incident.js'
import type { DetectorParams } from '../params.js'
import { incidentProbability, verdictExtraSurprise } from '../verdicts.js'
import type { BrandTable } from './brand-table.js'
import { falseAlarmExtra, followFalseAlarmPeak } from './feedback.js'
import { comparePeers } from './peers.js'
import { scoreRises } from './rises.js'

export interface MinuteOutput {
  alerts: Alert[]
  metrics: LiveMetric[]
}

export function closeMinute(
  idx: number,
  table: BrandTable,
  p: DetectorParams,
  trace: ((ev: Evidence, scored: BucketResult) => void) | undefined,
  out: MinuteOutput,
): void {
  const results: Array<[BrandState, BucketResult]> = []
  for (const st of table.states.values()) {
    const b = st.open.get(idx) ?? newBrandBucket(st, idx)
    st.open.delete(idx)
    st.lastOpen = null
    if (idx % 60 === 0) pruneAuthors(st.authors, idx, p)
    if (table.isActive(st.info.id) && idx > st.closedThrough) results.push([st, closeBucket(st, b, p)])
  }
  gateSlowWindowsByPeers(
    results.map(([, r]) => r),
    p,
  )
  scoreRises(results, p)
  for (const [st, r] of results) {
    testTopic(st, r, p)
    const ev = buildEvidence(st, r, comparePeers(st, r, results, p), p)
    ev.score = Math.max(ev.score, trendScore(r, p))
    if (r.age < p.minHistoryBuckets) ev.score = 0
    trace?.(ev, r)
    stepBrand(st, r, ev, idx, p, out.alerts)
    out.metrics.push(toMetric(r))
  }
  for (const st of table.states.values()) recycleKeys(st)
}

/** The brand's incident lifecycle on its scored minute, then the minute learned. */
function stepBrand(
  st: BrandState,
  r: BucketResult,
  ev: Evidence,
  idx: number,
  p: DetectorParams,
  alerts: Alert[],
): void {
  const extra =
    falseAlarmExtra(st, idx) +
    (isYoung(r, p) ? p.youngExtraSurprise : 0) +
    verdictExtraSurprise(st.verdicts, r.startMs)
  const step = stepIncident(st.incident, ev, st.cooldownUntil, idx, p, extra)
  if (step.publish && step.inc !== null)
    step.inc.probability = incidentProbability(step.inc, st, r.startMs, p)
  if (step.inc !== null && step.inc.status === 'resolved' && st.incident?.status !== 'resolved') {
    st.cooldownUntil = idx + p.cooldownBuckets
  }
  st.incident = step.inc
  if (step.inc?.falseAlarm === true) followFalseAlarmPeak(st, step.inc, p)
  if (step.publish && step.inc !== null) alerts.push(toAlert(step.inc))
  const inc = st.incident
  const open = inc !== null && inc.status !== 'resolved'
  const weight = open ? Math.min(1, p.incidentLearnWeight + inc.buckets / p.incidentAdaptBuckets) : 1
  learnBucket(st, r, weight, p)
}
