import { type Static, Type } from '@sinclair/typebox'
import { LIMITS } from './limits.js'
import { IsoTime, Text } from './mention.js'

/**
 * An operator's verdict on an incident, on `alerts.feedback` (keyed by alert id). An
 * acknowledgement is not here: it is a new version of the Alert with status `acknowledged`.
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
