/**
 * Operator feedback, as the detector reads it. Two sources, both written by the API:
 *  - the alerts topic: an acknowledgement is published there as a new version of the alert
 *    with status `acknowledged` (keyed by brand, in order with the detector's own updates);
 *  - the alerts.feedback topic: a verdict {alertId, real, note, user, at} (keyed by alert id).
 * Pure decoding here; the service applies the result to the engine.
 */
import type { IncidentFeedback } from '@vigil/detect'
import { decodeAlert, decodeVerdict as decodeVerdictRecord, drop, ok, type StepResult } from '@vigil/schema'

export interface FeedbackItem {
  alertId: string
  feedback: IncidentFeedback
  /** When it was given (processing time of the API), ms. */
  atMs: number
}

/**
 * An alert record: an acknowledgement yields feedback; every other alert (the detector's own
 * updates) is dropped quietly. So is an alert the detector cannot read: the alerts topic is the
 * sink's to dead-letter, and two stages refusing one record would file it twice.
 */
export function decodeAck(raw: Buffer | null, _nowMs: number): StepResult<FeedbackItem> {
  const r = decodeAlert(raw)
  if (r.kind !== 'ok') return drop(r.reason, 'VIGIL_DROP_UNREADABLE_ALERT')
  const a = r.value
  if (a.status !== 'acknowledged') return drop('not an acknowledgement')
  return ok({ alertId: a.id, feedback: { kind: 'ack', version: a.version }, atMs: Date.parse(a.updatedAt) })
}

/** A verdict record from alerts.feedback. */
export function decodeVerdict(raw: Buffer | null, nowMs: number): StepResult<FeedbackItem> {
  const r = decodeVerdictRecord(raw, new Date(nowMs).toISOString())
  if (r.kind !== 'ok') return r
  const v = r.value
  return ok({ alertId: v.alertId, feedback: { kind: 'verdict', real: v.real }, atMs: Date.parse(v.at) })
}

/**
 * Feedback kept for replay: an acknowledgement may arrive before this instance owns the brand
 * (its checkpoint is restored only when the brand's first record arrives), so recent feedback
 * is applied again after every restore. Bounded: the oldest is forgotten first.
 */
export class RecentFeedback {
  private readonly items: FeedbackItem[] = []

  constructor(private readonly max = 1000) {}

  add(item: FeedbackItem): void {
    this.items.push(item)
    if (this.items.length > this.max) this.items.shift()
  }

  all(): FeedbackItem[] {
    return [...this.items]
  }
}
