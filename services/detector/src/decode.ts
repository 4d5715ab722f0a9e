/**
 * Decode an enriched mention from the wire. The base Mention is validated by the schema
 * package; the enrichment fields the detector reads are checked here, so a malformed record
 * becomes a dead letter instead of a TypeError in the middle of a batch.
 */
import {
  type BrandMatch,
  decodeMention,
  dlq,
  type EnrichedMention,
  INTENTS,
  ok,
  PII_KINDS,
  SENTIMENT_LABELS,
  type Sentiment,
  type StepResult,
} from '@vigil/schema'

export const DetectorErrorCode = {
  invalidEnriched: 'VIGIL_ERR_INVALID_ENRICHED',
} as const

const MAX_LIST = 500

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const strList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_LIST && v.every((x) => typeof x === 'string' && x.length <= 200)

const isSentiment = (s: unknown): s is Sentiment =>
  isObj(s) &&
  (SENTIMENT_LABELS as readonly unknown[]).includes(s.label) &&
  typeof s.score === 'number' &&
  Number.isFinite(s.score) &&
  Math.abs(s.score) <= 1

function enrichmentProblem(o: Obj): string | null {
  if (typeof o.lang !== 'string') return 'lang must be a string'
  const brands = o.brands
  if (!Array.isArray(brands) || brands.length > 50) return 'brands must be a list (at most 50)'
  if (!brands.every((b) => isObj(b) && typeof b.brand === 'string')) return 'brands[].brand must be a string'
  const bad = brands.find((b) => (b as Obj).sentiment !== undefined && !isSentiment((b as Obj).sentiment))
  if (bad !== undefined) return 'brands[].sentiment must be {label, score in [-1, 1]}'
  const s = o.sentiment
  if (!isObj(s) || !(SENTIMENT_LABELS as readonly unknown[]).includes(s.label))
    return 'sentiment.label is invalid'
  if (!isSentiment(s)) return 'sentiment.score must be a number in [-1, 1]'
  if (!(INTENTS as readonly unknown[]).includes(o.intent)) return 'intent is invalid'
  if (!strList(o.hashtags)) return 'hashtags must be a list of strings'
  if (!strList(o.terms)) return 'terms must be a list of strings'
  if (!Array.isArray(o.pii) || !o.pii.every((k) => (PII_KINDS as readonly unknown[]).includes(k))) {
    return 'pii must be a list of known kinds'
  }
  return null
}

export function decodeEnriched(raw: Buffer | null): StepResult<EnrichedMention> {
  const base = decodeMention(raw)
  if (base.kind !== 'ok') return base
  // decodeMention already proved raw is UTF-8 JSON of bounded size; parse once more for the
  // enrichment fields it drops.
  const o = JSON.parse((raw as Buffer).toString('utf8')) as Obj
  const problem = enrichmentProblem(o)
  if (problem !== null) return dlq(DetectorErrorCode.invalidEnriched, problem)
  const list = (k: string) => (strList(o[k]) ? (o[k] as string[]) : [])
  return ok({
    ...base.value,
    lang: o.lang as string,
    brands: (o.brands as Array<{ brand: string; via?: unknown; sentiment?: Sentiment }>).map((b) => {
      const match: BrandMatch = { brand: b.brand, via: typeof b.via === 'string' ? b.via : '' }
      if (b.sentiment !== undefined) match.sentiment = { label: b.sentiment.label, score: b.sentiment.score }
      return match
    }),
    sentiment: o.sentiment as EnrichedMention['sentiment'],
    intent: o.intent as EnrichedMention['intent'],
    intentReasons: list('intentReasons'),
    hashtags: o.hashtags as string[],
    cashtags: list('cashtags'),
    handles: list('handles'),
    urls: list('urls'),
    terms: o.terms as string[],
    pii: o.pii as EnrichedMention['pii'],
    markets: list('markets'),
    enrichedAt: typeof o.enrichedAt === 'string' ? o.enrichedAt : base.value.receivedAt,
  })
}
