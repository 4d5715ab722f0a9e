/**
 * One open time bucket of one brand: the signals of issue 4 accumulated as mentions arrive.
 * Everything here is O(1) per mention (plus one key-id lookup and count per hashtag and term).
 */
import type { EnrichedMention } from '@vigil/schema'
import { KeyCounts, KeyDict } from './keys.js'

export interface Bucket {
  index: number
  /** Every mention counted here, trolls and spam included (what the archive shows). */
  total: number
  /** Mentions left out of the scored signals: troll/spam intent, the brand's own accounts, flood authors. */
  excluded: number
  /** Genuine mentions: every scored signal below counts only these. */
  volume: number
  negative: number
  positive: number
  complaints: number
  pii: number
  /**
   * Reach of the negative voice: each negative mention counts log10(10 + followers + shares),
   * capped at MAX_REACH_WEIGHT. Audience sizes are heavy-tailed; on a log scale with a cap, one
   * account with millions of followers weighs about two ordinary posts, never a crisis on its
   * own. Only negative mentions: a busy payday or a viral compliment is no crisis.
   */
  reach: number
  sentimentSum: number
  /** Complaints/questions from customers and replies by the brand's own accounts. */
  asks: number
  brandReplies: number
  /** Per-key counts, by the ids of the brand's key dictionaries (`BucketKeys`). */
  hashtags: KeyCounts
  /** Terms of every genuine mention; its subset counts are the negative mentions' (topics.ts). */
  terms: KeyCounts
  platforms: KeyCounts
  langs: KeyCounts
  /** Negative-mention ids, a few, for the incident's samples. */
  samples: string[]
  /** Ids already counted in this bucket: a redelivery is not counted twice. */
  ids: Set<string>
}

export const SAMPLES_PER_BUCKET = 5
/** log10 of 100 000: a bigger audience adds nothing more. */
export const MAX_REACH_WEIGHT = 5

/** The key dictionaries a brand's buckets count hashtags, terms, platforms and languages by. */
export interface BucketKeys {
  hashtags: KeyDict
  terms: KeyDict
  platforms: KeyDict
  langs: KeyDict
}

/** Dictionaries of their own, for a bucket outside any brand (tests, tools). */
export function standaloneKeys(): BucketKeys {
  const dict = () => new KeyDict(64)
  return { hashtags: dict(), terms: dict(), platforms: dict(), langs: dict() }
}

export function newBucket(index: number, keys: BucketKeys = standaloneKeys()): Bucket {
  return {
    index,
    total: 0,
    excluded: 0,
    volume: 0,
    negative: 0,
    positive: 0,
    complaints: 0,
    pii: 0,
    reach: 0,
    sentimentSum: 0,
    asks: 0,
    brandReplies: 0,
    hashtags: new KeyCounts(keys.hashtags),
    terms: new KeyCounts(keys.terms),
    platforms: new KeyCounts(keys.platforms),
    langs: new KeyCounts(keys.langs),
    samples: [],
    ids: new Set(),
  }
}

/**
 * Mentions that must not drive a crisis score: trolls and spam are tracked, not fed, and a
 * brand's own accounts (care replies, announcements) are not the public's voice.
 */
export function isExcluded(m: EnrichedMention): boolean {
  return m.intent === 'troll' || m.intent === 'spam' || m.author.isBrandAccount
}

/**
 * Add a mention; false when it was already counted (redelivery). `genuine` false counts it
 * only in `total`/`excluded` (see isExcluded; the engine also excludes flood authors).
 */
export function addToBucket(b: Bucket, m: EnrichedMention, genuine = !isExcluded(m)): boolean {
  if (b.ids.has(m.id)) return false
  b.ids.add(m.id)
  addNewToBucket(b, m, genuine)
  return true
}

/**
 * addToBucket for a mention whose id the caller has just added to `b.ids` (the engine tells a
 * redelivery by the set not growing: one hash lookup per mention instead of two).
 */
export function addNewToBucket(b: Bucket, m: EnrichedMention, genuine: boolean): void {
  b.total += 1
  if (m.author.isBrandAccount) b.brandReplies += 1
  if (!genuine) {
    b.excluded += 1
    return
  }
  b.volume += 1
  const label = m.sentiment.label
  if (label === 'negative') {
    b.negative += 1
    if (b.samples.length < SAMPLES_PER_BUCKET) b.samples.push(m.id)
    b.reach += Math.min(MAX_REACH_WEIGHT, Math.log10(10 + m.author.followers + m.engagement.shares))
  } else if (label === 'positive') b.positive += 1
  b.sentimentSum += m.sentiment.score
  if (m.intent === 'complaint') b.complaints += 1
  if (m.intent === 'complaint' || m.intent === 'question') b.asks += 1
  if (m.pii.length > 0) b.pii += 1
  // A hashtag repeated in one post counts once: bursts are about people, not keystrokes.
  const tags = m.hashtags
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!.toLowerCase()
    if (tags.indexOf(tags[i]!) === i) b.hashtags.inc(t)
  }
  const terms = m.terms
  if (label === 'negative') {
    for (let i = 0; i < terms.length; i++) {
      b.terms.addIdInSubset(b.terms.dict.idOf(terms[i]!))
    }
  } else for (let i = 0; i < terms.length; i++) b.terms.inc(terms[i]!)
  b.platforms.inc(m.platform)
  b.langs.inc(m.lang)
}

/** A bucket as plain JSON (maps as entry lists), for checkpoints. */
export interface BucketJson {
  index: number
  /** One number per COUNT_FIELDS entry, in its order. */
  n: [number, number, number, number, number, number, number, number, number, number, number]
  hashtags: Array<[string, number]>
  terms: Array<[string, number]>
  negTerms?: Array<[string, number]>
  platforms: Array<[string, number]>
  langs: Array<[string, number]>
  samples: string[]
  ids: string[]
}

/** The counters of a bucket, in the order of the checkpoint's `n` list (the format's order). */
const COUNT_FIELDS = [
  'volume',
  'negative',
  'positive',
  'complaints',
  'pii',
  'reach',
  'sentimentSum',
  'asks',
  'brandReplies',
  'total',
  'excluded',
] as const satisfies ReadonlyArray<keyof Bucket>

/**
 * Most keys of one kind a checkpointed bucket keeps. A burst of distinct hashtags must not grow
 * the checkpoint past what Kafka accepts (1 MiB a record); the rare keys dropped are those
 * counted least, which trends cannot tell from noise anyway.
 */
export const CHECKPOINT_KEYS_PER_KIND = 256

/** The `max` most counted entries, in first-seen order (the order trackers learn keys in). */
export function topEntries(entries: Array<[string, number]>, max: number): Array<[string, number]> {
  if (entries.length <= max) return entries
  const floor = entries.map(([, c]) => c).sort((a, b) => b - a)[max - 1]!
  let above = entries.filter(([, c]) => c > floor).length
  return entries.filter(([, c]) => c > floor || (c === floor && above++ < max))
}

/**
 * A bucket as JSON. Mention ids are never written (`ids` stays empty; older checkpoints may
 * hold some): an open minute of a burst holds hundreds of thousands, which made checkpoints
 * pass Kafka's record limit. Redeliveries after a restore are told by offset (the detector
 * service's watermarks), repeats during a run by the in-memory ids.
 */
export function bucketToJson(b: Bucket): BucketJson {
  return {
    index: b.index,
    // map keeps the length, which the type cannot see.
    n: COUNT_FIELDS.map((f) => b[f]) as BucketJson['n'],
    hashtags: topEntries(b.hashtags.entries(), CHECKPOINT_KEYS_PER_KIND),
    terms: topEntries(b.terms.entries(), CHECKPOINT_KEYS_PER_KIND),
    negTerms: topEntries(b.terms.subEntries(), CHECKPOINT_KEYS_PER_KIND),
    platforms: topEntries(b.platforms.entries(), CHECKPOINT_KEYS_PER_KIND),
    langs: topEntries(b.langs.entries(), CHECKPOINT_KEYS_PER_KIND),
    samples: [...b.samples],
    ids: [],
  }
}

/** Mark a bucket closed: no more counting (its per-key lookup arrays are handed back). */
export function sealBucket(b: Bucket): void {
  b.hashtags.seal()
  b.terms.seal()
  b.platforms.seal()
  b.langs.seal()
}

/** A checkpointed bucket, counting by the brand's key dictionaries `keys`. */
export function bucketFromJson(j: BucketJson, keys: BucketKeys): Bucket {
  const b = newBucket(j.index, keys)
  COUNT_FIELDS.forEach((f, i) => {
    b[f] = j.n[i]!
  })
  for (const [k, c] of j.hashtags) b.hashtags.inc(k, c)
  for (const [k, c] of j.terms) b.terms.inc(k, c)
  for (const [k, c] of j.negTerms ?? []) b.terms.addToSubset(k, c)
  for (const [k, c] of j.platforms) b.platforms.inc(k, c)
  for (const [k, c] of j.langs) b.langs.inc(k, c)
  b.samples = [...j.samples]
  b.ids = new Set(j.ids)
  return b
}
