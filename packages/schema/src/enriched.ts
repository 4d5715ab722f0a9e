import { type Static, Type } from '@sinclair/typebox'
import { LIMITS } from './limits.js'
import { IsoTime, List, mentionFields, OneOf, Text } from './mention.js'

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number]

export const INTENTS = ['complaint', 'question', 'praise', 'troll', 'spam', 'other', 'news'] as const
export type Intent = (typeof INTENTS)[number]

export const PII_KINDS = [
  'card',
  'iban',
  'uk_account',
  'account_number',
  'us_ssn',
  'uk_nino',
  'nl_bsn',
  'phone',
  'email',
  /** One-time passcodes and PINs shared in public ("my OTP is 482913"). */
  'otp',
  /** Passwords shared in public ("password: hunter2"). */
  'password',
] as const
export type PiiKind = (typeof PII_KINDS)[number]

export const SentimentSchema = Type.Object({
  label: OneOf(SENTIMENT_LABELS),
  score: Type.Number({ minimum: -1, maximum: 1, description: '-1 (most negative) .. +1 (most positive).' }),
})
export type Sentiment = Static<typeof SentimentSchema>

export const BrandMatchSchema = Type.Object({
  brand: Text(LIMITS.brandIdChars),
  via: Text(LIMITS.itemChars),
  sentiment: Type.Optional(
    Type.Object(SentimentSchema.properties, {
      description:
        'What the post says of this brand, when it names several ("left Crest for Northwind": ' +
        "negative for Crest, positive for Northwind). Absent when it names one: the post's " +
        "sentiment is the brand's.",
    }),
  ),
})
export type BrandMatch = Static<typeof BrandMatchSchema>

/**
 * A mention after understanding. `text` is masked: personal data never leaves the enricher
 * in clear. A mention that names several brands is written once per brand, keyed by it; the
 * copy keyed by `brands[0]` is the primary (see copies.ts).
 */
export const EnrichedMentionSchema = Type.Object(
  {
    ...mentionFields,
    lang: Text(LIMITS.langChars),
    brands: Type.Array(BrandMatchSchema, { maxItems: LIMITS.brands }),
    sentiment: SentimentSchema,
    intent: OneOf(INTENTS),
    intentReasons: Type.Array(Type.String({ maxLength: LIMITS.itemChars }), {
      maxItems: LIMITS.listItems,
      description: 'Why the intent was chosen (e.g. "abusive terms", "question mark"), for audit.',
    }),
    hashtags: List(),
    cashtags: List(),
    handles: List(),
    urls: List(LIMITS.listItems, LIMITS.urlChars),
    terms: List(),
    pii: Type.Array(OneOf(PII_KINDS), { maxItems: LIMITS.listItems }),
    markets: Type.Array(Type.String({ maxLength: LIMITS.itemChars }), {
      maxItems: LIMITS.listItems,
      description: 'Market codes (ISO 3166-1 alpha-2) derived from the brands and the language.',
    }),
    enrichedAt: IsoTime(),
    models: Type.Optional(
      Type.Object(
        {
          sentiment: Text(LIMITS.itemChars),
          intent: Type.Optional(Text(LIMITS.itemChars)),
        },
        {
          description:
            'Which model versions understood the mention (`shipped@3f9a…`, `local@…`, `lexicon@builtin`, ' +
            '`intent-shipped@…`), so that a label can be traced to the model that gave it after a hot ' +
            'reload. Absent on mentions enriched before it existed.',
        },
      ),
    ),
    sealedOriginal: Type.Optional(
      Type.Object(
        {
          keyId: Type.String({ maxLength: 64 }),
          iv: Type.String({ maxLength: 64 }),
          tag: Type.String({ maxLength: 64 }),
          ciphertext: Type.String({ maxLength: LIMITS.recordBytes * 2 }),
        },
        {
          description:
            'The unmasked original (text, author, url) sealed with AES-256-GCM by the enricher when ' +
            'evidence keys are configured; only the sink opens the envelope into the evidence table ' +
            '(packages/store evidence/), nothing else reads it.',
        },
      ),
    ),
  },
  { $id: 'EnrichedMention' },
)
export type EnrichedMention = Static<typeof EnrichedMentionSchema>
