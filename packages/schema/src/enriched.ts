import type { Mention } from './mention.js'

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
] as const
export type PiiKind = (typeof PII_KINDS)[number]

export interface BrandMatch {
  /** Brand id from the brands configuration. */
  brand: string
  /** The alias, handle, hashtag, cashtag or domain that matched. */
  via: string
  /**
   * What the post says of this brand, when it names several ("left Crest for Northwind":
   * negative for Crest, positive for Northwind). Absent when it names one: the post's
   * sentiment is the brand's.
   */
  sentiment?: Sentiment
}

export interface Sentiment {
  label: SentimentLabel
  /** -1 (most negative) .. +1 (most positive). */
  score: number
}

/**
 * A mention after understanding. `text` is masked: personal data never leaves the enricher
 * in clear. A mention that names several brands is written once per brand, keyed by it; the
 * copy keyed by `brands[0]` is the primary (see copies.ts).
 */
export interface EnrichedMention extends Mention {
  lang: string
  brands: BrandMatch[]
  sentiment: Sentiment
  intent: Intent
  /** Why the intent was chosen (e.g. "abusive terms", "question mark"), for audit. */
  intentReasons: string[]
  hashtags: string[]
  cashtags: string[]
  handles: string[]
  urls: string[]
  terms: string[]
  pii: PiiKind[]
  /** Market codes (ISO 3166-1 alpha-2) derived from the brands and the language. */
  markets: string[]
  enrichedAt: string
  /**
   * Which model versions understood the mention (`shipped@3f9a…`, `local@…`, `lexicon@builtin`,
   * `intent-shipped@…`), so that a label can be traced to the model that gave it after a
   * hot reload. Absent on mentions enriched before it existed.
   */
  models?: { sentiment: string; intent?: string }
}
