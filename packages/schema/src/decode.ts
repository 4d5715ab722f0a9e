/**
 * The door of every topic: bytes → UTF-8 → JSON → a checked, typed record, or the reason it is
 * refused. One decoder per record kind, each from the record's one TypeBox definition; no
 * service declares its own. Decoders never throw for bad input.
 */
import type { TObject, TSchema } from '@sinclair/typebox'
import { TypeCompiler, type ValueError, ValueErrorType } from '@sinclair/typebox/compiler'
import { type Alert, AlertSchema, type LiveMetric, LiveMetricSchema } from './alert.js'
import { type AlertDelivery, AlertDeliverySchema } from './delivery.js'
import { type EnrichedMention, EnrichedMentionSchema } from './enriched.js'
import { type AckRequest, AckRequestSchema, type Verdict, VerdictSchema } from './feedback.js'
import { LIMITS } from './limits.js'
import { type Mention, MentionSchema, mentionFields } from './mention.js'
import { dlq, ok, type StepResult } from './result.js'

/** Stable dead-letter codes, the same whichever stage refuses the record. */
export const DECODE_ERR = {
  empty: 'VIGIL_ERR_EMPTY_RECORD',
  tooLarge: 'VIGIL_ERR_RECORD_TOO_LARGE',
  encoding: 'VIGIL_ERR_BAD_ENCODING',
  json: 'VIGIL_ERR_MALFORMED_JSON',
  mention: 'VIGIL_ERR_INVALID_MENTION',
  enriched: 'VIGIL_ERR_INVALID_ENRICHED',
  alert: 'VIGIL_ERR_INVALID_ALERT',
  metric: 'VIGIL_ERR_INVALID_METRIC',
  feedback: 'VIGIL_ERR_INVALID_FEEDBACK',
  delivery: 'VIGIL_ERR_INVALID_DELIVERY',
} as const

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Bytes → JSON value, or the dead-letter reason. Size first, so a huge value costs nothing. */
export function parseRecord(raw: Buffer | Uint8Array | null): StepResult<unknown> {
  if (raw === null || raw.length === 0) return dlq(DECODE_ERR.empty, 'record has no value')
  if (raw.length > LIMITS.recordBytes) {
    return dlq(DECODE_ERR.tooLarge, `record is ${raw.length} bytes, limit ${LIMITS.recordBytes}`)
  }
  let text: string
  try {
    text = utf8.decode(raw)
  } catch {
    return dlq(DECODE_ERR.encoding, 'record is not valid UTF-8')
  }
  try {
    return ok(JSON.parse(text))
  } catch (err) {
    return dlq(DECODE_ERR.json, `record is not JSON: ${(err as Error).message.slice(0, 200)}`)
  }
}

/** A field path as a reader writes it: `author.followers`, `signals[2].name`. */
function fieldName(path: string): string {
  if (path === '') return 'record'
  return path
    .slice(1)
    .split('/')
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('')
}

const TYPE_ERRORS = new Set([
  ValueErrorType.Object,
  ValueErrorType.String,
  ValueErrorType.Number,
  ValueErrorType.Integer,
  ValueErrorType.Boolean,
  ValueErrorType.Array,
  ValueErrorType.Null,
])
/** What a schema accepts, in words: "a number in [1, 5]", "a string", "null". */
function kindOf(s: Obj): string {
  const range =
    s.minimum !== undefined || s.maximum !== undefined
      ? ` in [${s.minimum ?? '-∞'}, ${s.maximum ?? '∞'}]`
      : ''
  if (s.pattern === '^[A-Z]{2}$') return 'an ISO 3166-1 alpha-2 code in upper case'
  switch (s.type) {
    case 'object':
      return 'an object'
    case 'array':
      return 'a list'
    case 'integer':
      return `an integer${range}`
    case 'null':
      return 'null'
    default:
      return `a ${s.type}${range}`
  }
}

/** The first error, in words that name the field and what it must be. */
export function describeError(e: ValueError): string {
  const field = fieldName(e.path)
  const s = e.schema as Obj
  const allowed = Array.isArray(s.anyOf) ? (s.anyOf as Obj[]).map((x) => x.const) : []
  if (allowed.length > 0 && allowed.every((x) => typeof x === 'string')) {
    return `${field} must be one of ${allowed.join(', ')}`
  }
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return `${field} is required`
    case ValueErrorType.StringMaxLength:
      return `${field} is longer than ${s.maxLength} characters`
    case ValueErrorType.StringMinLength:
      return `${field} is empty`
    case ValueErrorType.ArrayMaxItems:
      return `${field} has more than ${s.maxItems} items`
    case ValueErrorType.StringPattern:
      return s.pattern === MentionSchema.properties.id.pattern
        ? `${field} must look like platform:nativeId`
        : s.pattern === '^[A-Z]{2}$'
          ? `${field} must be ${kindOf(s)}`
          : `${field} must be an ISO-8601 timestamp`
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMinimum:
      return `${field} must be ${kindOf(s)}`
    case ValueErrorType.Union:
      return `${field} must be ${(s.anyOf as Obj[]).map(kindOf).join(' or ')}`
    default:
      return TYPE_ERRORS.has(e.type)
        ? `${field} must be ${kindOf(s)}`
        : `${field}: ${e.message.toLowerCase()}`
  }
}

interface Fault {
  /** The top-level field at fault ('' for the record itself). */
  field: string
  reason: string
}
const compiled = <T extends TSchema>(schema: T) => {
  const check = TypeCompiler.Compile(schema)
  return (v: unknown): Fault | null => {
    if (check.Check(v)) return null
    const first = check.Errors(v).First()
    if (!first) return { field: '', reason: 'record does not match its schema' }
    return { field: first.path.split('/')[1] ?? '', reason: describeError(first) }
  }
}
const reasonOf = (f: Fault | null): string | null => f?.reason ?? null

/** Lone surrogates mean the text was cut or mis-decoded; storing them corrupts UTF-8 output. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const iso = (s: string): string => new Date(s).toISOString()
const validTime = (s: string): boolean => isCanonicalIso(s) || !Number.isNaN(Date.parse(s))
/**
 * The canonical form of an ISO time (UTC, milliseconds), or null when it names no time: one
 * parse where a check and a conversion took two (`new Date(s)` parses as `Date.parse` does).
 */
const isoOrNull = (s: string): string | null => {
  if (isCanonicalIso(s)) return s
  const ms = Date.parse(s)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/**
 * `YYYY-MM-DDTHH:MM:SS.mmmZ`, position by position: `d` an ASCII digit (what `\d` matches),
 * anything else that character itself.
 */
const CANONICAL_ISO_SHAPE = 'dddd-dd-ddTdd:dd:dd.dddZ'
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** The number of two ASCII digits at `at` (the shape was checked). */
const two = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48

/**
 * True when `s` is already what `new Date(s).toISOString()` returns: every upstream stage
 * writes times in that form, and a parse and a format per time were 5 % of the sink's
 * process in the load bench's profile (bench/load/cpu-top.mjs, 2026-12-06 08:00). Read by
 * character codes: every record's three times pass here, and a regex plus six `Number(slice)`
 * were 9 % of validating an enriched mention (V8 profile, 2026-12-07; bench/load/README.md).
 */
export function isCanonicalIso(s: string): boolean {
  if (s.length !== 24) return false
  for (let i = 0; i < 24; i++) {
    const c = s.charCodeAt(i)
    const want = CANONICAL_ISO_SHAPE.charCodeAt(i)
    if (want === 100 /* d */ ? c < 48 || c > 57 : c !== want) return false
  }
  const year = two(s, 0) * 100 + two(s, 2)
  const month = two(s, 5)
  const day = two(s, 8)
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false
  return two(s, 11) < 24 && two(s, 14) < 60 && two(s, 17) < 60
}
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v)

/**
 * The Mention with its documented defaults filled in and unknown fields left out: a connector
 * may omit event (create), kind (post), receivedAt (now), url, thread ids, engagement, rating,
 * app version and language, and an author's followers and flags.
 */
function mentionCandidate(v: Obj, now: string): Obj {
  const a = v.author
  const e = isObj(v.engagement) ? v.engagement : {}
  return {
    id: v.id,
    event: v.event ?? 'create',
    platform: v.platform,
    kind: v.kind ?? 'post',
    url: v.url ?? '',
    author: isObj(a)
      ? {
          id: a.id,
          handle: a.handle,
          followers: a.followers ?? 0,
          verified: a.verified === true,
          isBrandAccount: a.isBrandAccount === true,
        }
      : a,
    text: v.text,
    createdAt: v.createdAt,
    receivedAt: v.receivedAt ?? now,
    inReplyTo: orNull(v.inReplyTo),
    conversationId: orNull(v.conversationId),
    engagement: {
      likes: e.likes ?? 0,
      shares: e.shares ?? 0,
      replies: e.replies ?? 0,
      views: e.views ?? 0,
    },
    rating: orNull(v.rating),
    appVersion: orNull(v.appVersion),
    lang: orNull(v.lang),
    // Only stores know a territory: a mention without one keeps its shape unchanged.
    ...(v.territory === undefined || v.territory === null ? {} : { territory: v.territory }),
  }
}

const checkMention = compiled(MentionSchema)
const checkEnriched = compiled(EnrichedMentionSchema)

/** What JSON Schema cannot say of a mention; null when it is fine. Normalises times in place. */
function mentionProblem(m: Mention): string | null {
  if (!m.id.startsWith(`${m.platform}:`)) return 'id must start with its platform'
  if (LONE_SURROGATE.test(m.text)) return 'text is not valid Unicode (lone surrogate)'
  if (m.text.includes('\uFFFD')) return 'text contains U+FFFD: it was decoded from invalid UTF-8'
  if (m.event !== 'delete' && m.text.trim() === '') return 'text is empty'
  const createdAt = isoOrNull(m.createdAt)
  if (createdAt === null) return 'createdAt must be an ISO-8601 timestamp'
  const receivedAt = isoOrNull(m.receivedAt)
  if (receivedAt === null) return 'receivedAt must be an ISO-8601 timestamp'
  m.createdAt = createdAt
  m.receivedAt = receivedAt
  const { author: a, engagement: e } = m
  a.followers = Math.floor(a.followers)
  e.likes = Math.floor(e.likes)
  e.shares = Math.floor(e.shares)
  e.replies = Math.floor(e.replies)
  e.views = Math.floor(e.views)
  return null
}

/** Validate an already-parsed value as a Mention. Unknown fields are dropped. */
export function validateMention(v: unknown, now = new Date().toISOString()): StepResult<Mention> {
  if (!isObj(v)) return dlq(DECODE_ERR.mention, 'record must be a JSON object')
  const m = mentionCandidate(v, now)
  const problem = reasonOf(checkMention(m)) ?? mentionProblem(m as Mention)
  return problem === null ? ok(m as Mention) : dlq(DECODE_ERR.mention, problem)
}

/** Validate an already-parsed value as an EnrichedMention. Unknown fields are dropped. */
export function validateEnrichedMention(v: unknown): StepResult<EnrichedMention> {
  if (!isObj(v)) return dlq(DECODE_ERR.enriched, 'record must be a JSON object')
  const m: Obj = mentionCandidate(v, v.receivedAt as string)
  m.lang = v.lang
  m.brands = Array.isArray(v.brands)
    ? v.brands.map((b: unknown) =>
        isObj(b)
          ? b.sentiment === undefined
            ? { brand: b.brand, via: b.via ?? '' }
            : { brand: b.brand, via: b.via ?? '', sentiment: pickSentiment(b.sentiment) }
          : b,
      )
    : v.brands
  m.sentiment = pickSentiment(v.sentiment)
  m.intent = v.intent
  m.intentReasons = v.intentReasons ?? []
  m.hashtags = v.hashtags
  m.cashtags = v.cashtags ?? []
  m.handles = v.handles ?? []
  m.urls = v.urls ?? []
  m.terms = v.terms
  m.pii = v.pii
  m.markets = v.markets ?? []
  m.enrichedAt = v.enrichedAt ?? v.receivedAt
  if (isObj(v.models)) {
    m.models =
      v.models.intent === undefined
        ? { sentiment: v.models.sentiment }
        : { sentiment: v.models.sentiment, intent: v.models.intent }
  }
  // The evidence envelope is picked field by field like the rest: nothing unlisted passes.
  if (isObj(v.sealedOriginal)) {
    const s = v.sealedOriginal
    m.sealedOriginal = { keyId: s.keyId, iv: s.iv, tag: s.tag, ciphertext: s.ciphertext }
  }
  // A fault in the mention's own fields keeps the mention's code: the record was never a valid
  // mention, whoever enriched it.
  const fault = checkEnriched(m)
  if (fault !== null) {
    const ofMention = fault.field in mentionFields && fault.field !== 'lang'
    return dlq(ofMention ? DECODE_ERR.mention : DECODE_ERR.enriched, fault.reason)
  }
  const problem = mentionProblem(m as EnrichedMention)
  if (problem !== null) return dlq(DECODE_ERR.mention, problem)
  if (!validTime(m.enrichedAt as string))
    return dlq(DECODE_ERR.enriched, 'enrichedAt must be an ISO-8601 timestamp')
  return ok(m as EnrichedMention)
}
const pickSentiment = (s: unknown): unknown => (isObj(s) ? { label: s.label, score: s.score } : s)

const checkAlert = compiled(AlertSchema)
const checkMetric = compiled(LiveMetricSchema)
const checkVerdict = compiled(VerdictSchema)

/** Copy exactly the schema's properties (unknown fields left out), one level deep. */
function pick<T extends TObject>(schema: T, v: Obj): Obj {
  const out: Obj = {}
  for (const k of Object.keys(schema.properties)) if (v[k] !== undefined) out[k] = v[k]
  return out
}

export function validateAlert(v: unknown): StepResult<Alert> {
  if (!isObj(v)) return dlq(DECODE_ERR.alert, 'alert must be a JSON object')
  const a = pick(AlertSchema, v)
  a.resolvedAt = orNull(a.resolvedAt as string | undefined)
  const problem = reasonOf(checkAlert(a))
  if (problem !== null) return dlq(DECODE_ERR.alert, problem)
  for (const k of ['openedAt', 'updatedAt', 'resolvedAt'] as const) {
    const t = a[k] as string | null
    if (t === null) continue
    const canonical = isoOrNull(t)
    if (canonical === null) return dlq(DECODE_ERR.alert, `${k} must be an ISO-8601 timestamp`)
    a[k] = canonical
  }
  return ok(a as Alert)
}

export function validateLiveMetric(v: unknown): StepResult<LiveMetric> {
  if (!isObj(v)) return dlq(DECODE_ERR.metric, 'metric must be a JSON object')
  const m = pick(LiveMetricSchema, v)
  const problem =
    reasonOf(checkMetric(m)) ??
    (validTime(m.minute as string) ? null : 'minute must be an ISO-8601 timestamp')
  return problem === null ? ok(m as LiveMetric) : dlq(DECODE_ERR.metric, problem)
}

/** A verdict; `note` and `user` default to empty, `at` to now. */
export function validateVerdict(v: unknown, now = new Date().toISOString()): StepResult<Verdict> {
  if (!isObj(v)) return dlq(DECODE_ERR.feedback, 'feedback must be a JSON object')
  const f = pick(VerdictSchema, v)
  f.note ??= ''
  f.user ??= ''
  f.at ??= now
  const problem =
    reasonOf(checkVerdict(f)) ?? (validTime(f.at as string) ? null : 'at must be an ISO-8601 timestamp')
  return problem === null ? ok(f as Verdict) : dlq(DECODE_ERR.feedback, problem)
}

const checkAckRequest = compiled(AckRequestSchema)

/** An acknowledgement request; `user` defaults to empty (an open demo), `at` to now. */
export function validateAckRequest(v: unknown, now = new Date().toISOString()): StepResult<AckRequest> {
  if (!isObj(v)) return dlq(DECODE_ERR.feedback, 'feedback must be a JSON object')
  const f = pick(AckRequestSchema, v)
  f.user ??= ''
  f.at ??= now
  if (f.alert !== undefined) {
    const a = validateAlert(f.alert)
    if (a.kind !== 'ok') return dlq(DECODE_ERR.feedback, `alert: ${a.reason}`)
    f.alert = a.value
  }
  const problem =
    reasonOf(checkAckRequest(f)) ?? (validTime(f.at as string) ? null : 'at must be an ISO-8601 timestamp')
  return problem === null ? ok(f as AckRequest) : dlq(DECODE_ERR.feedback, problem)
}

/** A record of alerts.feedback: an acknowledgement request (`ack: true`) or a verdict. */
export type OperatorFeedbackRecord = { kind: 'ack'; ack: AckRequest } | { kind: 'verdict'; verdict: Verdict }

export function validateOperatorFeedback(
  v: unknown,
  now = new Date().toISOString(),
): StepResult<OperatorFeedbackRecord> {
  if (isObj(v) && v.ack !== undefined) {
    const r = validateAckRequest(v, now)
    return r.kind === 'ok' ? ok({ kind: 'ack', ack: r.value }) : (r as StepResult<never>)
  }
  const r = validateVerdict(v, now)
  return r.kind === 'ok' ? ok({ kind: 'verdict', verdict: r.value }) : (r as StepResult<never>)
}

const checkDelivery = compiled(AlertDeliverySchema)

export function validateAlertDelivery(v: unknown): StepResult<AlertDelivery> {
  if (!isObj(v)) return dlq(DECODE_ERR.delivery, 'delivery must be a JSON object')
  const d = pick(AlertDeliverySchema, v)
  const problem =
    reasonOf(checkDelivery(d)) ?? (validTime(d.at as string) ? null : 'at must be an ISO-8601 timestamp')
  if (problem !== null) return dlq(DECODE_ERR.delivery, problem)
  d.at = iso(d.at as string)
  return ok(d as AlertDelivery)
}

const fromBytes =
  <T, A extends unknown[]>(validate: (v: unknown, ...rest: A) => StepResult<T>) =>
  (raw: Buffer | Uint8Array | null, ...rest: A): StepResult<T> => {
    const parsed = parseRecord(raw)
    return parsed.kind === 'ok' ? validate(parsed.value, ...rest) : (parsed as StepResult<T>)
  }

/** mentions.raw */
export const decodeMention: (raw: Buffer | Uint8Array | null, now?: string) => StepResult<Mention> =
  fromBytes(validateMention)
/** mentions.enriched */
export const decodeEnrichedMention: (raw: Buffer | Uint8Array | null) => StepResult<EnrichedMention> =
  fromBytes(validateEnrichedMention)
/** alerts */
export const decodeAlert: (raw: Buffer | Uint8Array | null) => StepResult<Alert> = fromBytes(validateAlert)
/** metrics.live: one LiveMetric per record. */
export const decodeLiveMetric: (raw: Buffer | Uint8Array | null) => StepResult<LiveMetric> =
  fromBytes(validateLiveMetric)
/**
 * metrics.live: a record is one LiveMetric or a list of them; bad items are refused one by one
 * (with their reasons) and the good ones beside them kept.
 */
export function decodeLiveMetrics(
  raw: Buffer | Uint8Array | null,
): StepResult<{ metrics: LiveMetric[]; refused: string[] }> {
  const parsed = parseRecord(raw)
  if (parsed.kind !== 'ok') return parsed as StepResult<never>
  const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value]
  if (items.length > LIMITS.listItems * 10)
    return dlq(DECODE_ERR.metric, `${items.length} metrics in one record`)
  const metrics: LiveMetric[] = []
  const refused: string[] = []
  for (const item of items) {
    const r = validateLiveMetric(item)
    if (r.kind === 'ok') metrics.push(r.value)
    else if (r.kind === 'dlq') refused.push(r.reason)
  }
  return ok({ metrics, refused })
}
/** alerts.feedback */
export const decodeVerdict: (raw: Buffer | Uint8Array | null, now?: string) => StepResult<Verdict> =
  fromBytes(validateVerdict)
/** alerts.feedback, both kinds: acknowledgement requests and verdicts. */
export const decodeOperatorFeedback: (
  raw: Buffer | Uint8Array | null,
  now?: string,
) => StepResult<OperatorFeedbackRecord> = fromBytes(validateOperatorFeedback)
/** alerts.deliveries */
export const decodeAlertDelivery: (raw: Buffer | Uint8Array | null) => StepResult<AlertDelivery> =
  fromBytes(validateAlertDelivery)
/** The JSON schema of every record, for documents (OpenAPI, AsyncAPI) and other languages. */
export const RECORD_SCHEMAS = {
  Mention: MentionSchema,
  EnrichedMention: EnrichedMentionSchema,
  Alert: AlertSchema,
  LiveMetric: LiveMetricSchema,
  Verdict: VerdictSchema,
  AckRequest: AckRequestSchema,
  AlertDelivery: AlertDeliverySchema,
} as const
