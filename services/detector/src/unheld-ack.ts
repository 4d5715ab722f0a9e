/**
 * An acknowledgement for an incident no detector holds. The api answers 202 and the detector
 * that owns the brand applies the request; when that detector held nothing under the alert's
 * id (the incident closed, or the state it was restored from predates it), the request used to
 * be dropped without a word: the operator saw "pending" for ever and, when no resolved version
 * had been written, the wall kept an open alert nobody would ever update.
 *
 * What the operator expects: the alarm stops and the record says who acknowledged it. The owner
 * therefore closes the alert from the version the operator acknowledged (carried in the
 * request): its next version, resolved, acknowledged by the operator. Resolved, not
 * acknowledged: no detector holds the incident, so nothing will ever update or resolve it; and
 * should the detector have resolved it already, its own resolved version says the same (and a
 * later one of its versions, higher, wins in the store and on the wall).
 */
import { type Alert, isCanonicalIso } from '@vigil/schema'
import type { FeedbackItem } from './feedback.js'

/** An alert id is `<brand>-<opening time, ISO-8601 UTC>` (packages/detect incident.ts). */
const ISO_LEN = '2026-01-01T00:00:00.000Z'.length

export function brandOfAlert(alertId: string): string | undefined {
  const cut = alertId.length - ISO_LEN - 1
  if (cut < 1 || alertId[cut] !== '-') return undefined
  return isCanonicalIso(alertId.slice(cut + 1)) ? alertId.slice(0, cut) : undefined
}

/** The closing version for an acknowledgement nobody held, or why there is none. */
export function closedByAck(f: FeedbackItem): { alert: Alert } | { skip: string } {
  const seen = f.seen
  if (f.feedback.kind !== 'ack') return { skip: 'not an acknowledgement' }
  if (seen === undefined) return { skip: 'the request carries no alert (an api older than this detector)' }
  if (seen.id !== f.alertId) return { skip: 'the carried alert is another one' }
  if (seen.status === 'resolved') return { skip: 'already resolved' }
  const at = new Date(f.atMs).toISOString()
  const by = f.feedback.by
  return {
    alert: {
      ...seen,
      version: seen.version + 1,
      status: 'resolved',
      updatedAt: at,
      resolvedAt: at,
      acknowledgedAt: at,
      ...(by ? { acknowledgedBy: by } : {}),
    },
  }
}
