/**
 * Operator feedback, as the detector reads it: both kinds arrive on alerts.feedback, written by
 * the API (keyed by alert id):
 *  - an acknowledgement request {alertId, ack: true, user, at}: the detector applies it and
 *    publishes the acknowledged version itself (it is the one writer of alert versions);
 *  - a verdict {alertId, real, note, user, at}.
 * Pure decoding here; the service applies the result to the engine.
 */
import type { IncidentFeedback } from '@vigil/detect'
import { type Alert, decodeOperatorFeedback, ok, type StepResult } from '@vigil/schema'

export interface FeedbackItem {
  alertId: string
  feedback: IncidentFeedback
  /** When it was given (processing time of the API), ms. */
  atMs: number
  /** An acknowledgement's alert as the operator saw it (see unheld-ack.ts). */
  seen?: Alert
}

/** A record of alerts.feedback; one that is neither kind is dead-lettered with its reason. */
export function decodeFeedback(raw: Buffer | null, nowMs: number): StepResult<FeedbackItem> {
  const r = decodeOperatorFeedback(raw, new Date(nowMs).toISOString())
  if (r.kind !== 'ok') return r
  if (r.value.kind === 'ack') {
    const a = r.value.ack
    return ok({
      alertId: a.alertId,
      feedback: { kind: 'ack', by: a.user },
      atMs: Date.parse(a.at),
      ...(a.alert ? { seen: a.alert } : {}),
    })
  }
  const v = r.value.verdict
  return ok({
    alertId: v.alertId,
    feedback: { kind: 'verdict', real: v.real, by: v.user },
    atMs: Date.parse(v.at),
  })
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
