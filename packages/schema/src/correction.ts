import { type Static, Type } from '@sinclair/typebox'
import { INTENTS, type Intent, SENTIMENT_LABELS, type SentimentLabel } from './enriched.js'
import { LIMITS } from './limits.js'
import { IsoTime, Text } from './mention.js'

// A plain `enum` rather than a union of literals: a validator then names the allowed values
// in its error ("must be equal to one of the allowed values: negative, neutral, positive").
const sentimentEnum = (description: string) =>
  Type.Unsafe<SentimentLabel>({ type: 'string', enum: [...SENTIMENT_LABELS], description })
const intentEnum = (description: string) =>
  Type.Unsafe<Intent>({ type: 'string', enum: [...INTENTS], description })

/**
 * What an analyst (operator role) sends to correct a mention's labels: the sentiment, the
 * intent or both, and why. The latest correction of each label wins everywhere labels are read.
 */
export const LabelCorrectionRequestSchema = Type.Object(
  {
    sentiment: Type.Optional(sentimentEnum('The sentiment the post really has.')),
    intent: Type.Optional(intentEnum('What the post really is.')),
    note: Type.Optional(Text(LIMITS.noteChars, 'Why (kept with the correction).')),
  },
  { $id: 'LabelCorrectionRequest', additionalProperties: false },
)
export type LabelCorrectionRequest = Static<typeof LabelCorrectionRequestSchema>

/** One stored correction, as the API answers it. */
export const LabelCorrectionSchema = Type.Object(
  {
    id: Text(LIMITS.idChars),
    mentionId: Text(LIMITS.idChars),
    brand: Text(LIMITS.brandIdChars, "The mention's primary brand ('' when it names none)."),
    sentiment: Type.Optional(sentimentEnum('The corrected sentiment; absent when this correction left it.')),
    intent: Type.Optional(intentEnum('The corrected intent; absent when this correction left it.')),
    previous: Type.Object(
      { sentiment: Text(LIMITS.itemChars), intent: Text(LIMITS.itemChars) },
      { description: 'The labels in force just before it (an earlier correction, else the model).' },
    ),
    by: Text(LIMITS.idChars, "Who corrected it (the token's name)."),
    role: Text(LIMITS.itemChars),
    note: Text(LIMITS.noteChars),
    at: IsoTime('When it was made (ISO-8601 UTC).'),
  },
  { $id: 'LabelCorrection' },
)
export type LabelCorrection = Static<typeof LabelCorrectionSchema>
