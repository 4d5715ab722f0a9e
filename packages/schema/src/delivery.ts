/**
 * One attempt to deliver an incident update to an outlet (a webhook, Slack, Teams, e-mail).
 * The outlet stage publishes one per attempt on the deliveries topic; the sink stores them so
 * the incident shows who was told, when, and what failed.
 */
export const DELIVERY_OUTCOMES = ['delivered', 'failed', 'gave_up', 'skipped'] as const
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number]

/** Why an outlet hears of an incident. */
export const DELIVERY_EVENTS = ['opened', 'escalated', 'resolved', 'unacknowledged', 'digest'] as const
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number]

export interface AlertDelivery {
  alertId: string
  alertVersion: number
  brand: string
  outlet: string
  /** webhook, slack, teams, email. */
  kind: string
  event: DeliveryEvent
  /** The same for every attempt of one message: (incident, version, outlet[, purpose]). */
  idempotencyKey: string
  /** 1 for the first try. */
  attempt: number
  outcome: DeliveryOutcome
  /** HTTP status or SMTP reply code; 0 when none came back. */
  status: number
  /** Why it failed (never a secret or the message body). */
  error: string
  durationMs: number
  /** ISO-8601 UTC. */
  at: string
}
