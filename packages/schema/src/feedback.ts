import { type Static, Type } from '@sinclair/typebox'
import { AlertSchema } from './alert.js'
import { LIMITS } from './limits.js'
import { IsoTime, Text } from './mention.js'

/**
 * An operator's verdict on an incident, on `alerts.feedback` (keyed by alert id). An
 * acknowledgement travels on the same topic as an `AckRequest` (below).
 */
export const VerdictSchema = Type.Object(
  {
    alertId: Type.String({ minLength: 1, maxLength: LIMITS.idChars }),
    real: Type.Boolean({ description: 'True when the operator says the incident was real.' }),
    note: Text(LIMITS.noteChars),
    user: Text(LIMITS.idChars),
    at: IsoTime('When it was given (ISO-8601 UTC).'),
  },
  { $id: 'Verdict' },
)
export type Verdict = Static<typeof VerdictSchema>

/**
 * An operator's acknowledgement, on `alerts.feedback` beside the verdicts (keyed by alert id).
 * The api only asks; the detector, the one writer of alert versions, applies it and publishes
 * the acknowledged version itself. (The api used to publish that version on `alerts` as "the
 * latest it saw + 1", which could collide with a detector update of the same version.)
 */
export const AckRequestSchema = Type.Object(
  {
    alertId: Type.String({ minLength: 1, maxLength: LIMITS.idChars }),
    ack: Type.Literal(true, { description: 'Marks the record as an acknowledgement, not a verdict.' }),
    user: Text(LIMITS.idChars),
    at: IsoTime('When it was asked for (ISO-8601 UTC).'),
    alert: Type.Optional(
      Type.Object(AlertSchema.properties, {
        description:
          'The version the operator acknowledged, as the api saw it. When no detector holds the ' +
          "incident any more (closed, or its state lost), the brand's owner closes it from this " +
          'version (resolved, acknowledged by the operator) instead of dropping the request.',
      }),
    ),
  },
  { $id: 'AckRequest' },
)
export type AckRequest = Static<typeof AckRequestSchema>
