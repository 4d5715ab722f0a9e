import {
  ALERT_STATUSES,
  ALERT_TRENDS,
  type Alert,
  type AlertDelivery,
  type AlertSignal,
  type BrandMatch,
  DELIVERY_EVENTS,
  DELIVERY_OUTCOMES,
  dlq,
  type EnrichedMention,
  INTENTS,
  MAX_RECORD_BYTES,
  ok,
  PII_KINDS,
  SENTIMENT_LABELS,
  SEVERITIES,
  type Sentiment,
  type StepResult,
  validateMention,
} from '@vigil/schema'

/**
 * The sink's own check of what arrives on `mentions.enriched` and `alerts`: the enricher and
 * detector are trusted to be correct, not to be the only writers of those topics. Anything
 * that would not round-trip into ClickHouse columns is refused here with a reason.
 */
export const SINK_ERR = {
  empty: 'VIGIL_ERR_EMPTY_RECORD',
  tooLarge: 'VIGIL_ERR_RECORD_TOO_LARGE',
  encoding: 'VIGIL_ERR_BAD_ENCODING',
  json: 'VIGIL_ERR_MALFORMED_JSON',
  enriched: 'VIGIL_ERR_INVALID_ENRICHED',
  alert: 'VIGIL_ERR_INVALID_ALERT',
  delivery: 'VIGIL_ERR_INVALID_DELIVERY',
} as const

const MAX_LIST = 500
const MAX_ITEM_CHARS = 1000
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

class Invalid extends Error {}
function fail(msg: string): never {
  throw new Invalid(msg)
}
type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function strings(o: Obj, key: string, allowed?: readonly string[]): string[] {
  const v = o[key] ?? []
  if (!Array.isArray(v) || v.length > MAX_LIST) fail(`${key} must be a list of at most ${MAX_LIST} strings`)
  for (const x of v) {
    if (typeof x !== 'string' || x.length > MAX_ITEM_CHARS) fail(`${key} must hold strings`)
    if (allowed && !allowed.includes(x)) fail(`${key} has unknown value ${JSON.stringify(x).slice(0, 40)}`)
  }
  return v as string[]
}
function num(o: Obj, key: string, min = -Infinity, max = Infinity): number {
  const v = o[key]
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    fail(`${key} must be a number in [${min}, ${max}]`)
  }
  return v
}
function text(o: Obj, key: string, max = MAX_ITEM_CHARS): string {
  const v = o[key]
  if (typeof v !== 'string' || v.length > max) fail(`${key} must be a string of at most ${max} characters`)
  return v
}
function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[]): T {
  const v = o[key]
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`${key} must be one of ${allowed.join(', ')}`)
  }
  return v as T
}
function time(o: Obj, key: string): string {
  const v = o[key]
  if (typeof v !== 'string' || !ISO_RE.test(v) || Number.isNaN(Date.parse(v))) fail(`${key} must be ISO-8601`)
  return new Date(v).toISOString()
}

/** Bytes → JSON value, or the dead-letter reason (same checks and codes as decodeMention). */
export function parseJson(raw: Buffer | null): StepResult<unknown> {
  if (raw === null || raw.length === 0) return dlq(SINK_ERR.empty, 'record has no value')
  if (raw.length > MAX_RECORD_BYTES) {
    return dlq(SINK_ERR.tooLarge, `record is ${raw.length} bytes, limit ${MAX_RECORD_BYTES}`)
  }
  let s: string
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return dlq(SINK_ERR.encoding, 'record is not valid UTF-8')
  }
  try {
    return ok(JSON.parse(s))
  } catch (err) {
    return dlq(SINK_ERR.json, `record is not JSON: ${(err as Error).message.slice(0, 200)}`)
  }
}

function sentiment(s: unknown, what: string): Sentiment {
  if (!isObj(s)) fail(`${what} must be an object`)
  return { label: oneOf(s, 'label', SENTIMENT_LABELS), score: num(s, 'score', -1, 1) }
}

function enrichedFields(v: Obj) {
  const brands = v.brands
  if (!Array.isArray(brands) || brands.length > MAX_LIST) fail('brands must be a list')
  const s = v.sentiment
  return {
    lang: text(v, 'lang', 16),
    brands: brands.map((b) => {
      if (!isObj(b)) fail('brands must hold {brand, via} objects')
      const match: BrandMatch = { brand: text(b, 'brand', 64), via: text(b, 'via') }
      if (b.sentiment !== undefined) match.sentiment = sentiment(b.sentiment, 'brands[].sentiment')
      return match
    }),
    sentiment: sentiment(s, 'sentiment'),
    intent: oneOf(v, 'intent', INTENTS),
    intentReasons: strings(v, 'intentReasons'),
    hashtags: strings(v, 'hashtags'),
    cashtags: strings(v, 'cashtags'),
    handles: strings(v, 'handles'),
    urls: strings(v, 'urls'),
    terms: strings(v, 'terms'),
    pii: strings(v, 'pii', PII_KINDS) as EnrichedMention['pii'],
    markets: strings(v, 'markets'),
    enrichedAt: time(v, 'enrichedAt'),
  }
}

export function validateEnriched(v: unknown): StepResult<EnrichedMention> {
  const base = validateMention(v)
  if (base.kind !== 'ok') return base.kind === 'dlq' ? dlq(base.code, base.reason) : base
  try {
    return ok({ ...base.value, ...enrichedFields(v as Obj) })
  } catch (err) {
    if (err instanceof Invalid) return dlq(SINK_ERR.enriched, err.message)
    throw err
  }
}

function signals(v: Obj): AlertSignal[] {
  const list = v.signals
  if (!Array.isArray(list) || list.length > MAX_LIST) fail('signals must be a list')
  return list.map((x) => {
    if (!isObj(x)) fail('signals must hold objects')
    return {
      name: text(x, 'name'),
      observed: num(x, 'observed'),
      expected: num(x, 'expected'),
      score: num(x, 'score'),
    }
  })
}

function parseAlert(v: unknown): Alert {
  if (!isObj(v)) fail('alert must be a JSON object')
  const d = v.drivers
  if (!isObj(d)) fail('drivers must be an object')
  const sectorWide = v.sectorWide
  if (typeof sectorWide !== 'boolean') fail('sectorWide must be a boolean')
  const id = text(v, 'id', 256)
  if (id === '') fail('id is empty')
  return {
    id,
    version: num(v, 'version', 0, Number.MAX_SAFE_INTEGER),
    brand: text(v, 'brand', 64),
    status: oneOf(v, 'status', ALERT_STATUSES),
    severity: oneOf(v, 'severity', SEVERITIES),
    score: num(v, 'score'),
    confidence: num(v, 'confidence'),
    signals: signals(v),
    drivers: {
      hashtags: strings(d, 'hashtags'),
      terms: strings(d, 'terms'),
      platforms: strings(d, 'platforms'),
      languages: strings(d, 'languages'),
    },
    sectorWide,
    headline: text(v, 'headline', 2000),
    ...(v.multiplier === undefined ? {} : { multiplier: num(v, 'multiplier', 0) }),
    ...(v.trend === undefined ? {} : { trend: oneOf(v, 'trend', ALERT_TRENDS) }),
    ...(v.brandName === undefined ? {} : { brandName: text(v, 'brandName', 200) }),
    openedAt: time(v, 'openedAt'),
    updatedAt: time(v, 'updatedAt'),
    resolvedAt: v.resolvedAt === null || v.resolvedAt === undefined ? null : time(v, 'resolvedAt'),
    sampleMentionIds: strings(v, 'sampleMentionIds'),
  }
}

export function validateAlert(v: unknown): StepResult<Alert> {
  try {
    const a = parseAlert(v)
    if (!Number.isInteger(a.version)) return dlq(SINK_ERR.alert, 'version must be an integer')
    return ok(a)
  } catch (err) {
    if (err instanceof Invalid) return dlq(SINK_ERR.alert, err.message)
    throw err
  }
}

const then =
  <T>(validate: (v: unknown) => StepResult<T>) =>
  (raw: Buffer | null): StepResult<T> => {
    const parsed = parseJson(raw)
    if (parsed.kind === 'ok') return validate(parsed.value)
    return parsed.kind === 'dlq' ? dlq(parsed.code, parsed.reason) : parsed
  }

export const decodeEnriched = then(validateEnriched)
export const decodeAlert = then(validateAlert)

function parseDelivery(v: unknown): AlertDelivery {
  if (!isObj(v)) fail('delivery must be a JSON object')
  return {
    alertId: text(v, 'alertId', 256),
    alertVersion: num(v, 'alertVersion', 0, Number.MAX_SAFE_INTEGER),
    brand: text(v, 'brand', 64),
    outlet: text(v, 'outlet', 200),
    kind: text(v, 'kind', 64),
    event: oneOf(v, 'event', DELIVERY_EVENTS),
    idempotencyKey: text(v, 'idempotencyKey', 600),
    attempt: num(v, 'attempt', 0, 1_000_000),
    outcome: oneOf(v, 'outcome', DELIVERY_OUTCOMES),
    status: num(v, 'status', 0, 1_000_000),
    error: text(v, 'error', 2000),
    durationMs: num(v, 'durationMs', 0),
    at: time(v, 'at'),
  }
}

export function validateDelivery(v: unknown): StepResult<AlertDelivery> {
  try {
    return ok(parseDelivery(v))
  } catch (err) {
    if (err instanceof Invalid) return dlq(SINK_ERR.delivery, err.message)
    throw err
  }
}

export const decodeDelivery = then(validateDelivery)
