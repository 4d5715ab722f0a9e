/**
 * Operator feedback, as the detector reads it. Two sources, both written by the API:
 *  - the alerts topic: an acknowledgement is published there as a new version of the alert
 *    with status `acknowledged` (keyed by brand, in order with the detector's own updates);
 *  - the alerts.feedback topic: a verdict {alertId, real, note, user, at} (keyed by alert id).
 * Pure decoding here; the service applies the result to the engine.
 */
import type { IncidentFeedback } from '@vigil/detect'
import { dlq, drop, ok, type StepResult } from '@vigil/schema'

export const FeedbackErrorCode = {
  invalidFeedback: 'VIGIL_ERR_INVALID_FEEDBACK',
} as const

export interface FeedbackItem {
  alertId: string
  feedback: IncidentFeedback
  /** When it was given (processing time of the API), ms. */
  atMs: number
}

const MAX_BYTES = 64 * 1024

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function parse(raw: Buffer | null): Obj | string {
  if (raw === null || raw.length === 0) return 'empty record'
  if (raw.length > MAX_BYTES) return `record of ${raw.length} bytes exceeds ${MAX_BYTES}`
  try {
    const v: unknown = JSON.parse(raw.toString('utf8'))
    return isObj(v) ? v : 'not a JSON object'
  } catch {
    return 'not JSON'
  }
}

/**
 * An alert record: an acknowledgement yields feedback; every other alert (the detector's own
 * updates) is dropped quietly. A record that is not an alert is a dead letter.
 */
export function decodeAck(raw: Buffer | null, nowMs: number): StepResult<FeedbackItem> {
  const o = parse(raw)
  if (typeof o === 'string') return dlq(FeedbackErrorCode.invalidFeedback, o)
  if (typeof o.id !== 'string' || typeof o.status !== 'string') {
    return dlq(FeedbackErrorCode.invalidFeedback, 'alert needs string id and status')
  }
  if (o.status !== 'acknowledged') return drop('not an acknowledgement')
  const version = typeof o.version === 'number' && Number.isInteger(o.version) ? o.version : undefined
  const at = typeof o.updatedAt === 'string' ? Date.parse(o.updatedAt) : Number.NaN
  return ok({
    alertId: o.id,
    feedback: version === undefined ? { kind: 'ack' } : { kind: 'ack', version },
    atMs: Number.isFinite(at) ? at : nowMs,
  })
}

/** A verdict record from alerts.feedback. */
export function decodeVerdict(raw: Buffer | null, nowMs: number): StepResult<FeedbackItem> {
  const o = parse(raw)
  if (typeof o === 'string') return dlq(FeedbackErrorCode.invalidFeedback, o)
  if (typeof o.alertId !== 'string' || o.alertId.length === 0 || o.alertId.length > 300) {
    return dlq(FeedbackErrorCode.invalidFeedback, 'alertId must be a non-empty string')
  }
  if (typeof o.real !== 'boolean') return dlq(FeedbackErrorCode.invalidFeedback, 'real must be a boolean')
  const at = typeof o.at === 'string' ? Date.parse(o.at) : Number.NaN
  return ok({
    alertId: o.alertId,
    feedback: { kind: 'verdict', real: o.real },
    atMs: Number.isFinite(at) ? at : nowMs,
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
