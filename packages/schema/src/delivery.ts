import { type Static, Type } from '@sinclair/typebox'
import { LIMITS } from './limits.js'
import { IsoTime, OneOf, Text } from './mention.js'

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

export const AlertDeliverySchema = Type.Object(
  {
    alertId: Type.String({ minLength: 1, maxLength: LIMITS.idChars }),
    alertVersion: Type.Integer({ minimum: 0 }),
    brand: Text(LIMITS.brandIdChars),
    outlet: Text(LIMITS.itemChars),
    kind: Text(64, 'webhook, slack, teams, email.'),
    event: OneOf(DELIVERY_EVENTS),
    idempotencyKey: Text(
      LIMITS.itemChars,
      'The same for every attempt of one message: (incident, version, outlet[, purpose]).',
    ),
    attempt: Type.Integer({ minimum: 0, description: '1 for the first try.' }),
    outcome: OneOf(DELIVERY_OUTCOMES),
    status: Type.Integer({
      minimum: 0,
      description: 'HTTP status or SMTP reply code; 0 when none came back.',
    }),
    error: Text(LIMITS.noteChars, 'Why it failed (never a secret or the message body).'),
    durationMs: Type.Number({ minimum: 0 }),
    at: IsoTime(),
  },
  { $id: 'AlertDelivery' },
)
export type AlertDelivery = Static<typeof AlertDeliverySchema>
