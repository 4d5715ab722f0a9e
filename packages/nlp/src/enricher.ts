/**
 * One call that understands a mention: clean → language → entities → brands → PII mask →
 * sentiment → intent → markets. Pure and synchronous after construction; never throws on
 * a text within the scan limit (a failure inside one analyser yields a neutral, clearly
 * marked result); a longer text is refused with PiiScanRefusedError, never half-scanned.
 */
import type { BrandConfig } from '@vigil/config'
import type { BrandMatch, EnrichedMention, Mention, Sentiment } from '@vigil/schema'
import { type BrandMatcher, createBrandMatcher } from './brands.js'
import { STANCE_VERSION_SUFFIX, stanceAfterIntent } from './enricher-stance.js'
import { createSegmentMemo, type Entities, extractEntities, type SegmentMemo } from './entities.js'
import type { IntentResult } from './intent.js'
import {
  createIntentClassifier,
  defaultIntentModelPath,
  type IntentClassifier,
  type IntentClassifierOptions,
  registerIntentWords,
} from './intent-classifier.js'
import {
  createLanguageDetector,
  type LanguageDetector,
  loadLanguageDetector,
  registerLanguageWords,
} from './lang.js'
import { marketsFor } from './markets.js'
import type { IntentModelSource } from './models/intent.js'
import { SeenHashes, TwoGenerationMemo } from './perf/text-memo.js'
import { type FactsRow, WordTable } from './perf/word-table.js'
import { type MaskResult, maskPii, type PiiOptions, PiiScanRefusedError, refuseUnscannable } from './pii.js'
import { publicNumberSet } from './pii-service-numbers.js'
import {
  createSentimentScorer,
  loadLexicons,
  type SentimentModelConfig,
  type SentimentModelKind,
  type SentimentOptions,
  type SentimentScorer,
} from './sentiment/index.js'
import { type LexiconScore, registerLexicons } from './sentiment/score.js'
import { brandStances, type ClauseScorer } from './sentiment/stance.js'
import { registerStopwords } from './stopwords.js'
import { cleanText, foldText, tokenize } from './text.js'

export interface Enricher {
  enrich(m: Mention, now?: string): EnrichedMention
  /**
   * `enrich` of each mention in order, with the very same results (the text memo on: one by
   * one), each entry the enriched mention or the PiiScanRefusedError `enrich` throws for it.
   * Faster: the posts go through the analysers stage by stage (see `enrichStaged`).
   */
  enrichBatch(ms: readonly Mention[], now?: string): (EnrichedMention | PiiScanRefusedError)[]
  /** Which sentiment model answers now: `lexicon`, `shipped` (open data) or `trained` (local). */
  readonly sentimentModel: SentimentModelKind
  /** The sentiment model's version (`shipped@<hash>`), also recorded on each mention. */
  readonly sentimentModelVersion: string
  /** Why a model file was not used (an older build's cache, a broken new file), or null. */
  readonly sentimentModelNote: string | null
  /** The intent model's version (`intent-shipped@<hash>`, `intent-local@<version>`), also on each mention. */
  readonly intentModelVersion: string
}

export interface EnricherOptions {
  brands: BrandConfig[]
  /** Trained sentiment weights; see SentimentOptions.modelPath. */
  sentimentModelPath?: string | null
  /** Which sentiment model, when no path is given (default: the VIGIL_SENTIMENT_* environment). */
  sentimentConfig?: SentimentModelConfig
  /**
   * A scorer made elsewhere (the models watcher's, which swaps versions between batches);
   * overrides the two options above.
   */
  sentimentScorer?: SentimentScorer
  /**
   * Intent model file; `null`: the hand-written rules only. Default: VIGIL_INTENT_MODEL_PATH,
   * else the shipped models/intent-shipped.json (VIGIL_INTENT_MODEL=rules: the rules only).
   */
  intentModelPath?: string | null
  /**
   * An intent model source made elsewhere (the intent models watcher's, which swaps published
   * versions between batches); overrides intentModelPath.
   */
  intentModel?: IntentModelSource
  /** Bounded author/text memory for intent (default 50,000 authors, 20,000 texts; 0: off). */
  intentMemory?: { authors: number; texts: number }
  /**
   * The mention's event time as intent's author memory reads it (default: `createdAt`); null
   * when the input gave none (vigil-enrich's lines without createdAt, which it stamps with
   * the clock), so that an author's posting rate is not read from the clock.
   */
  eventTimeOf?: (m: Mention) => string | null
  /**
   * Texts whose reading (everything but intent) is kept for reposts, per generation of the
   * memo (at most twice this many held; 0: off). Default: VIGIL_TEXT_MEMO, else 0 (off: the
   * readings it holds cost first sight ~7% in enrich-bench through the garbage collector, and
   * pay only where texts recur; see the README). See `TextReading`.
   */
  textMemo?: number
  /**
   * The language detector (`await loadLanguageDetector()`). Absent: one whose last step calls
   * eld itself, same answers, several times slower; `loadEnricher` passes the fast one.
   */
  language?: LanguageDetector
}

/** Reason recorded when a post carries personal data: care must hide it and follow up privately. */
const PII_CARE_REASON = 'personal data exposed: hide the post and follow up privately'

/**
 * An enricher with the fast language detector (eld's table cut to our languages, loaded
 * asynchronously because it is an ES module). Services and commands use this one.
 */
export async function loadEnricher(opts: EnricherOptions): Promise<Enricher> {
  return createEnricher({ ...opts, language: opts.language ?? (await loadLanguageDetector()) })
}

/** What one enricher owns: its analysers and its word table, shared with no other enricher. */
interface Analysers {
  words: WordTable
  language: LanguageDetector
  brands: BrandMatcher
  brandById: ReadonlyMap<string, BrandConfig>
  /** The brands' published numbers, left readable by masking. */
  pii: PiiOptions
  sentiment: SentimentScorer
  intents: IntentClassifier
  segments: SegmentMemo
  texts: { readings: TwoGenerationMemo<TextReading>; seen: SeenHashes } | null
  eventTimeOf: (m: Mention) => string | null
}

/** Texts per generation of the text memo: `textMemo`, else VIGIL_TEXT_MEMO, else 0 (off). */
function textMemoSize(opts: EnricherOptions, env: Record<string, string | undefined> = process.env): number {
  if (opts.textMemo !== undefined) return opts.textMemo
  const v = env.VIGIL_TEXT_MEMO
  if (v === undefined || v === '') return 0
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`VIGIL_TEXT_MEMO must be a whole number of texts (0: off), got ${JSON.stringify(v)}`)
  }
  return n
}
/**
 * Longer texts are read every time: a reading holds ~4 copies of its text (clean, folded,
 * masked, words), so ~8 KB a reading at most (2 × 4,096 readings: under ~65 MB); the bench's
 * texts (60 characters on average) took ~1.9 KB each.
 */
const TEXT_MEMO_MAX_CHARS = 1000

export function createEnricher(opts: EnricherOptions): Enricher {
  const a = createAnalysers(opts)
  const { sentiment } = a
  const enricher: Enricher = {
    get sentimentModel() {
      return sentiment.model
    },
    get sentimentModelVersion() {
      return sentiment.version
    },
    get sentimentModelNote() {
      return sentiment.modelNote
    },
    get intentModelVersion() {
      return a.intents.version
    },
    enrich(m, now) {
      try {
        return enrichWith(a, m, now)
      } catch (err) {
        // Refused texts go back to the caller (the service dead-letters them with the reason).
        if (err instanceof PiiScanRefusedError) throw err
        return fallback(m, now, err)
      }
    },
    enrichBatch(ms, now) {
      const out: (EnrichedMention | PiiScanRefusedError)[] = []
      for (let from = 0; from < ms.length; from += STAGE_SLICE) {
        const slice = ms.slice(from, from + STAGE_SLICE)
        if (a.texts === null) enrichStaged(a, slice, now, out)
        else for (const m of slice) out.push(enrichOne(enricher, m, now))
      }
      return out
    },
  }
  return enricher
}

function enrichOne(e: Enricher, m: Mention, now: string | undefined): EnrichedMention | PiiScanRefusedError {
  try {
    return e.enrich(m, now)
  } catch (err) {
    if (err instanceof PiiScanRefusedError) return err
    throw err
  }
}

/** The analysers of one enricher; every word list is put in its own word table first. */
function createAnalysers(opts: EnricherOptions): Analysers {
  const words = new WordTable()
  registerLanguageWords(words)
  registerStopwords(words)
  registerIntentWords(words)
  const sentimentOpts: SentimentOptions = { words }
  // A scorer made elsewhere reads the shared lexicons; putting them in this table lets the
  // rows carry them (without, it looks each word up itself: same answers, slower).
  if (opts.sentimentScorer !== undefined) registerLexicons(words, loadLexicons())
  if (opts.sentimentModelPath !== undefined) sentimentOpts.modelPath = opts.sentimentModelPath
  if (opts.sentimentConfig !== undefined) sentimentOpts.config = opts.sentimentConfig
  const intentOpts: IntentClassifierOptions = {
    modelPath: opts.intentModelPath === undefined ? defaultIntentModelPath() : opts.intentModelPath,
    required: opts.intentModelPath !== undefined,
  }
  if (opts.intentMemory !== undefined) intentOpts.memory = opts.intentMemory
  if (opts.intentModel !== undefined) intentOpts.model = opts.intentModel
  const memoSize = textMemoSize(opts)
  return {
    words,
    language: opts.language ?? createLanguageDetector(null),
    brands: createBrandMatcher(opts.brands),
    brandById: new Map(opts.brands.map((b) => [b.id, b])),
    pii: { publicNumbers: publicNumberSet(opts.brands.flatMap((b) => b.publicNumbers ?? [])) },
    sentiment: opts.sentimentScorer ?? createSentimentScorer(sentimentOpts),
    intents: createIntentClassifier(intentOpts),
    segments: createSegmentMemo(),
    texts: memoSize > 0 ? { readings: new TwoGenerationMemo(memoSize), seen: new SeenHashes() } : null,
    eventTimeOf: opts.eventTimeOf ?? ((m) => m.createdAt ?? null),
  }
}

/**
 * What enrichment reads from a post's text and the platform's language tag alone, so the
 * same for every repost, retweet or copied spam of it: cleaning, folding, words, language,
 * personal data (masked), entities, brands with their stances, sentiment, markets. Intent is
 * not part of it: it also reads the author, the platform and the enricher's memory of
 * authors and texts, so it is classified for every post. Never handed out: the output gets
 * copies of its arrays and objects, so a caller changing one mention changes no other.
 */
interface TextReading {
  text: string
  folded: string
  words: string[]
  lang: string
  masked: MaskResult
  ent: Entities
  brands: BrandMatch[]
  sentiment: Sentiment & { evidence: LexiconScore }
  markets: string[]
  /** The sentiment model that scored it: a reading by an older model is read again. */
  sentimentVersion: string
  /** The platform's language tag it was read with: another tag is read again. */
  langTag: string | null
}

/** The platform's language tag as the language step reads it, or undefined when the post cannot be memoised. */
function langTagOf(m: Mention): string | null | undefined {
  if (typeof m.text !== 'string' || m.text.length > TEXT_MEMO_MAX_CHARS) return undefined
  if (m.lang === undefined || m.lang === null) return null
  return typeof m.lang === 'string' ? m.lang : undefined
}

function readText(a: Analysers, m: Mention, langTag: string | null): { r: TextReading; row: FactsRow } {
  const p = readWords(a, m.text, m.lang, langTag)
  readPii(a, p)
  readEntities(a, p)
  return { r: readMeaning(a, p), row: p.row }
}

/** A reading under way: what the stages before have read (readWords, readEntities). */
interface PartReading {
  text: string
  folded: string
  words: string[]
  row: FactsRow
  lang: string
  masked: MaskResult | null
  ent: Entities | null
  langTag: string | null
}

/** Cleaning, folding, words, language, personal data masked. */
function readWords(a: Analysers, raw: string, tag: Mention['lang'], langTag: string | null): PartReading {
  const text = cleanText(raw)
  const folded = foldText(text)
  const { words } = tokenize(folded)
  // One lookup per word in the enricher's table: language, terms, sentiment and intent read it.
  const row = a.words.lookup(words)
  const { lang } = a.language.detect(text, tag, words, row)
  return { text, folded, words, row, lang, masked: null, ent: null, langTag }
}

function readPii(a: Analysers, p: PartReading): void {
  // The language says which countries' numbering plans a national number is read in.
  p.masked = maskPii(p.text, { publicNumbers: a.pii.publicNumbers, lang: p.lang })
}

function readEntities(a: Analysers, p: PartReading): void {
  p.ent = maskedEntities(a, p.masked!, p.folded, p.words, p.row)
}

/** Brands (with their stances), sentiment, markets: the reading complete. */
function readMeaning(a: Analysers, p: PartReading): TextReading {
  const { text, folded, words, row, lang } = p
  const ent = p.ent!
  // Brands are matched on the clear text: a bank's domain in an e-mail address counts.
  const brands = a.brands.match(text, {
    folded,
    hashtags: ent.hashtags,
    cashtags: ent.cashtags,
    handles: ent.handles,
    urls: ent.urls,
  })
  const s = a.sentiment.score(text, lang, folded, words, row)
  // Clauses are cut from the folded text: they are their own folded form.
  if (brands.length > 1)
    withStances(brands, folded, { label: s.label, score: s.score }, (clause) =>
      a.sentiment.score(clause, lang, clause),
    )
  return {
    text,
    folded,
    words,
    lang,
    masked: p.masked!,
    ent,
    brands,
    sentiment: s,
    markets: brandMarkets(brands, a.brandById, lang),
    sentimentVersion: a.sentiment.version,
    langTag: p.langTag,
  }
}

function enrichWith(a: Analysers, m: Mention, now = new Date().toISOString()): EnrichedMention {
  // A text longer than the personal-data scan covers is refused, never stored half-scanned.
  refuseUnscannable(m.text)
  // Keyed by the text alone (no key string built per post); the tag is compared on a hit. A
  // reading is kept only for a text seen before (SeenHashes): a text seen once leaves nothing.
  const memo = a.texts
  const tag = memo === null ? undefined : langTagOf(m)
  const again = tag !== undefined && memo !== null && memo.seen.seenBefore(m.text)
  let r = again ? memo?.readings.get(m.text) : undefined
  let row: FactsRow
  if (r !== undefined && r.langTag === tag && r.sentimentVersion === a.sentiment.version)
    row = a.words.lookup(r.words)
  else {
    ;({ r, row } = readText(a, m, tag ?? null))
    if (again) memo?.readings.set(m.text, r)
  }
  return enrichedFrom(a, m, now, r, row, again)
}

/** Intent from a reading, then the enriched mention. */
function enrichedFrom(
  a: Analysers,
  m: Mention,
  now: string,
  r: TextReading,
  row: FactsRow,
  again: boolean,
): EnrichedMention {
  // A text seen before has its reading held by the memo (read from it or kept just now): the
  // mention gets copies of its arrays and objects. A reading made for this mention alone is
  // handed out as it is (most posts: the memo is off by default, and a text seen once is
  // never kept).
  const own = <T>(xs: T[]): T[] => (again ? xs.slice() : xs)
  const { masked, ent, sentiment: s } = r
  const intent = classifyIntent(a, {
    m,
    text: r.text,
    folded: r.folded,
    words: r.words,
    row,
    lang: r.lang,
    ent,
    masked,
    sentiment: s,
    brandsNamed: r.brands.length,
  })
  // Intent reads the sentiment, so the stance it implies comes last (see enricher-stance.ts).
  const stance = stanceAfterIntent(s.label, intent.intent, intent.reasons)
  const reasons = stance.reason === null ? intent.reasons : [...intent.reasons, stance.reason]
  return enrichedCopy(m, {
    text: masked.text,
    lang: r.lang,
    brands: again ? r.brands.map(copyBrand) : r.brands,
    sentiment: { label: stance.label, score: s.score },
    intent: intent.intent,
    intentReasons: masked.kinds.length > 0 ? [...reasons, PII_CARE_REASON] : reasons,
    hashtags: own(ent.hashtags),
    cashtags: own(ent.cashtags),
    handles: own(ent.handles),
    urls: own(ent.urls),
    terms: own(ent.terms),
    pii: own(masked.kinds),
    markets: own(r.markets),
    enrichedAt: now,
    models: {
      sentiment: stance.reason === null ? r.sentimentVersion : r.sentimentVersion + STANCE_VERSION_SUFFIX,
      intent: a.intents.version,
    },
  })
}

/**
 * Posts per stage in `enrichBatch`: each stage's code and tables stay in the CPU caches across
 * this many posts, and their readings (~12 KB each) still die young. First sight, slices of 256:
 * ×1.37 over main with 64 posts a stage, ×1.51 with 256 (both beside main in one process, load
 * 21–24); slices of 1,024: ×1.35 with 256, ×1.45 with 1,024 (the service's batches hold ~1,667).
 */
const STAGE_SLICE = 256

/**
 * `enrichWith` over a slice of posts, one stage at a time (STAGES: words and language, then
 * personal data, entities, brands and sentiment, each for every post of the slice), then intent
 * and the output post by post. Each post meets the same analysers with the same inputs as in
 * `enrichWith`, and intent (the only analyser that remembers earlier posts) reads them in
 * order, so every result is the same. What changes is that one stage's code and data stay in
 * the CPU caches from post to post instead of being pushed out by the other analysers: ICU's
 * dictionary segmentation of a Chinese post cost 46 µs between the other analysers against
 * 28 µs back to back, and the weight tables of sentiment and intent miss less.
 */
function enrichStaged(
  a: Analysers,
  ms: readonly Mention[],
  now: string | undefined,
  out: (EnrichedMention | PiiScanRefusedError)[],
): void {
  const posts: Staged[] = ms.map((m) => ({ m, part: null, reading: null, failed: undefined }))
  for (const stage of STAGES) {
    for (const p of posts) {
      if (p.failed !== undefined) continue
      try {
        stage(a, p)
      } catch (err) {
        p.failed = err
      }
    }
  }
  for (const p of posts) {
    try {
      if (p.failed !== undefined) throw p.failed
      out.push(enrichedFrom(a, p.m, now ?? new Date().toISOString(), p.reading!, p.part!.row, false))
    } catch (err) {
      out.push(err instanceof PiiScanRefusedError ? err : fallback(p.m, now, err))
    }
  }
}

/** A post in `enrichStaged`: what its stages have read so far, or why one failed. */
interface Staged {
  m: Mention
  part: PartReading | null
  reading: TextReading | null
  failed: unknown
}

/**
 * The stages of `readText`, in its order; intent (in `enrichedFrom`) comes last. Splitting
 * personal data from words and brands/sentiment from intent: ×1.26 against ×1.23 and ×1.31
 * against ×1.26 over main (each pair of variants beside main in one process; noise ±5 %), kept;
 * language and brands as stages of their own too: ×1.44 against ×1.48, not kept.
 */
const STAGES: ((a: Analysers, p: Staged) => void)[] = [
  (a, p) => {
    refuseUnscannable(p.m.text)
    p.part = readWords(a, p.m.text, p.m.lang, null)
  },
  (a, p) => readPii(a, p.part!),
  (a, p) => readEntities(a, p.part!),
  (a, p) => {
    p.reading = readMeaning(a, p.part!)
  },
]

/** A brand match of a reading, for one mention (its stance object copied too). */
function copyBrand(b: BrandMatch): BrandMatch {
  return b.sentiment === undefined ? { ...b } : { ...b, sentiment: { ...b.sentiment } }
}

/** Entities come from the masked text: a card number must not come back as a "term". */
function maskedEntities(
  a: Analysers,
  masked: MaskResult,
  folded: string,
  words: string[],
  row: FactsRow,
): Entities {
  if (masked.spans.length === 0) return extractEntities(masked.text, folded, words, row, a.segments)
  const maskedFolded = foldText(masked.text)
  return extractEntities(masked.text, maskedFolded, tokenize(maskedFolded).words, undefined, a.segments)
}

/** What the enricher already read of a post, for intent. */
interface PostView {
  m: Mention
  text: string
  folded: string
  words: readonly string[]
  row: FactsRow
  lang: string
  ent: Entities
  masked: MaskResult
  sentiment: Sentiment & { evidence: LexiconScore }
  brandsNamed: number
}

function classifyIntent(a: Analysers, p: PostView): IntentResult {
  const { m } = p
  return a.intents.classify(
    {
      text: p.text,
      folded: p.folded,
      words: p.words,
      row: p.row,
      sentiment: p.sentiment,
      hashtags: p.ent.hashtags,
      urls: p.ent.urls,
      handles: p.ent.handles,
    },
    {
      lang: p.lang,
      pii: p.masked.kinds.length,
      platform: m.platform ?? null,
      authorId: m.author?.id ? m.author.id : null,
      brandAccount: m.author?.isBrandAccount === true,
      brandsNamed: p.brandsNamed,
      createdAt: a.eventTimeOf(m),
      evidence: p.sentiment.evidence,
    },
  )
}

/** The markets of the brands named, for the post's language. */
function brandMarkets(brands: BrandMatch[], byId: ReadonlyMap<string, BrandConfig>, lang: string): string[] {
  // Most posts name no brand: then no markets, without the look-up arrays.
  return brands.length === 0
    ? []
    : marketsFor(
        brands.map((b) => byId.get(b.brand)),
        lang,
      )
}

/** What enrichment adds to (or replaces in) a mention. */
type Enrichment = Omit<EnrichedMention, Exclude<keyof Mention, 'text' | 'lang'>>

/** The mention with its enrichment: every field of `m`, then the enrichment's, in one order. */
function enrichedCopy(m: Mention, e: Enrichment): EnrichedMention {
  // Copy, then set: an object spread that overrides existing keys (`{ ...m, text }`) takes
  // V8's slow clone path and cost ~20 µs per mention, more than all the analysers together.
  // (A literal for schema-shaped mentions measured no faster than this: 26.0-26.3k vs
  // 26.0-27.7k records/s in enrich-bench, so there is one path.)
  const out = Object.assign({}, m) as EnrichedMention
  out.text = e.text
  out.lang = e.lang
  out.brands = e.brands
  out.sentiment = e.sentiment
  out.intent = e.intent
  out.intentReasons = e.intentReasons
  out.hashtags = e.hashtags
  out.cashtags = e.cashtags
  out.handles = e.handles
  out.urls = e.urls
  out.terms = e.terms
  out.pii = e.pii
  out.markets = e.markets
  out.enrichedAt = e.enrichedAt
  out.models = e.models
  return out
}

/**
 * A post naming several banks says something of each: their stances go on the brand matches
 * (all of them, when there are two brands or more; none otherwise).
 */
function withStances(brands: BrandMatch[], folded: string, post: Sentiment, score: ClauseScorer): void {
  const stances = brandStances(folded, brands, post, score)
  if (stances === null) return
  for (const b of brands) {
    const st = stances.get(b.brand) ?? post
    b.sentiment = { label: st.label, score: st.score }
  }
}

/**
 * Last resort if an analyser has a bug: the post still flows, with everything masked that
 * could hold personal data (digits and '@'), and the reason recorded for audit.
 */
function fallback(m: Mention, now: string | undefined, err: unknown): EnrichedMention {
  const text = typeof m.text === 'string' ? m.text : ''
  return {
    ...m,
    text: cleanText(text)
      .replace(/\p{Nd}/gu, '*')
      .replace(/\S+@\S+/g, '[email]'),
    lang: 'und',
    brands: [],
    sentiment: { label: 'neutral', score: 0 },
    intent: 'other',
    intentReasons: [`enrichment failed: ${(err as Error)?.message ?? String(err)}`.slice(0, 200)],
    hashtags: [],
    cashtags: [],
    handles: [],
    urls: [],
    terms: [],
    pii: [],
    markets: [],
    enrichedAt: now ?? new Date().toISOString(),
  }
}
