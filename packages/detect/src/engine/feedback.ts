/**
 * Operator feedback on an incident (acknowledged; real or not), and the bar a "not real"
 * verdict raises: that brand's next incident needs more surprise than the false alarm's peak.
 */
import type { Alert } from '@vigil/schema'
import type { BrandState } from '../brand.js'
import { toAlert } from '../evidence.js'
import { applyFeedback, type IncidentFeedback, type IncidentState } from '../incident.js'
import type { DetectorParams } from '../params.js'

export interface FeedbackResult {
  matched: boolean
  applied: boolean
  alert: Alert | null
}

/** Apply feedback on alert `alertId` to the brand whose current incident has that id. */
export function applyOperatorFeedback(
  states: Iterable<BrandState>,
  alertId: string,
  f: IncidentFeedback,
  atMs: number,
  p: DetectorParams,
): FeedbackResult {
  for (const st of states) {
    const inc = st.incident
    if (inc === null || inc.id !== alertId) continue
    const res = applyFeedback(inc, f, atMs)
    st.incident = res.inc
    if (res.inc !== inc && f.kind === 'verdict' && f.real === false) {
      // What the operator called no crisis must not come back at the same strength.
      st.falseAlarmUntil = Math.max(st.falseAlarmUntil, Math.floor(atMs / p.bucketMs) + p.falseAlarmBuckets)
      st.falseAlarmNeed = Math.max(0, inc.peakScore - p.openThreshold) + p.falseAlarmExtraSurprise
    }
    return { matched: true, applied: res.inc !== inc, alert: res.publish ? toAlert(res.inc) : null }
  }
  return { matched: false, applied: false, alert: null }
}

/** Extra surprise a new incident of `st` needs at minute `idx` while a false alarm's bar stands. */
export function falseAlarmExtra(st: BrandState, idx: number): number {
  return idx < st.falseAlarmUntil ? st.falseAlarmNeed : 0
}

/** The false alarm's peak may still grow after the verdict: the bar follows it. */
export function followFalseAlarmPeak(st: BrandState, inc: IncidentState, p: DetectorParams): void {
  const need = inc.peakScore - p.openThreshold + p.falseAlarmExtraSurprise
  st.falseAlarmNeed = Math.max(st.falseAlarmNeed, need)
}
