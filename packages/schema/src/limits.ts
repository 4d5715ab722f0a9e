/**
 * One table of limits for every record on the wire. Producers (the nlp entity extractor, the
 * detector's incident builder) cap what they emit with the same numbers the decoders check, so
 * nothing a stage emits can be refused by the next one.
 */
export const LIMITS = {
  /** Largest record in bytes; checked before JSON.parse so a 1 GB value costs nothing. */
  recordBytes: 256 * 1024,
  /**
   * Largest post text: X's longest posts (25,000 characters for subscribers). A post twice this
   * long in a 3-byte script, text and maskedText together, still fits `recordBytes`.
   */
  textChars: 25_000,
  /** Mention ids (`platform:nativeId`), author ids and handles, reply and thread ids. */
  idChars: 256,
  /** A link: a mention's own URL and each URL found in its text. */
  urlChars: 2_048,
  /** Language tags (BCP-47). */
  langChars: 16,
  appVersionChars: 64,
  /** Brand ids of the brands configuration. */
  brandIdChars: 64,
  /** Brands one mention may name. */
  brands: 50,
  /** Items of any list (hashtags, terms, signals, sample ids, …). */
  listItems: 500,
  /** One list item (a hashtag, a term, a reason, a signal name, …). */
  itemChars: 1_000,
  /** Headlines, notes and other free text written by Vigil or an operator. */
  noteChars: 2_000,
} as const

/** Strict ISO-8601 with a zone; `Date.parse` alone accepts far too much. */
export const ISO_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$'
