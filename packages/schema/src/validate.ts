import { MENTION_EVENTS, MENTION_KINDS, type Mention, PLATFORMS } from './mention.js'
import { dlq, ok, type StepResult } from './result.js'

/** Largest text we accept. Longer posts exist nowhere we listen; larger input is hostile. */
export const MAX_TEXT_CHARS = 20_000
/** Largest raw record in bytes; checked before JSON.parse so a 1 GB value costs nothing. */
export const MAX_RECORD_BYTES = 256 * 1024

const ID_RE = /^[a-z]+:[^\s]{1,200}$/
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

class Invalid extends Error {}
function fail(msg: string): never {
  throw new Invalid(msg)
}

function str(o: Obj, key: string, opts: { max?: number; nullable?: boolean } = {}): string {
  const v = o[key]
  if (typeof v !== 'string') fail(`${key} must be a string`)
  if (v.length > (opts.max ?? 2000)) fail(`${key} is longer than ${opts.max ?? 2000} characters`)
  return v
}
function optStr(o: Obj, key: string, max = 2000): string | null {
  const v = o[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') fail(`${key} must be a string or null`)
  if (v.length > max) fail(`${key} is longer than ${max} characters`)
  return v
}
function count(o: Obj, key: string): number {
  const v = o[key] ?? 0
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(`${key} must be a non-negative number`)
  return Math.floor(v)
}
function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], dflt?: T): T {
  const v = o[key] ?? dflt
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`${key} must be one of ${allowed.join(', ')}`)
  }
  return v as T
}
function time(o: Obj, key: string, dflt?: string): string {
  const v = o[key] ?? dflt
  if (typeof v !== 'string' || !ISO_RE.test(v) || Number.isNaN(Date.parse(v))) {
    fail(`${key} must be an ISO-8601 timestamp`)
  }
  return new Date(v).toISOString()
}
/** Lone surrogates mean the text was cut or mis-decoded; storing them corrupts UTF-8 output. */
function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)
}

function parseMention(v: unknown, now: string): Mention {
  if (!isObj(v)) fail('record must be a JSON object')
  const id = str(v, 'id', { max: 256 })
  if (!ID_RE.test(id)) fail('id must look like platform:nativeId')
  const platform = oneOf(v, 'platform', PLATFORMS)
  if (!id.startsWith(`${platform}:`)) fail('id must start with its platform')
  const event = oneOf(v, 'event', MENTION_EVENTS, 'create')
  const text = str(v, 'text', { max: MAX_TEXT_CHARS })
  if (hasLoneSurrogate(text)) fail('text is not valid Unicode (lone surrogate)')
  if (text.includes('\uFFFD')) fail('text contains U+FFFD: it was decoded from invalid UTF-8')
  if (event !== 'delete' && text.trim() === '') fail('text is empty')
  const a = v.author
  if (!isObj(a)) fail('author must be an object')
  const e = isObj(v.engagement) ? v.engagement : {}
  const rating = v.rating ?? null
  if (rating !== null && (typeof rating !== 'number' || rating < 1 || rating > 5)) {
    fail('rating must be 1..5 or null')
  }
  const territory = v.territory ?? null
  if (territory !== null && (typeof territory !== 'string' || !/^[A-Z]{2}$/.test(territory))) {
    fail('territory must be an ISO 3166-1 alpha-2 code in upper case, or null')
  }
  return {
    id,
    event,
    platform,
    kind: oneOf(v, 'kind', MENTION_KINDS, 'post'),
    url: optStr(v, 'url') ?? '',
    author: {
      id: str(a, 'id', { max: 256 }),
      handle: str(a, 'handle', { max: 256 }),
      followers: count(a, 'followers'),
      verified: a.verified === true,
      isBrandAccount: a.isBrandAccount === true,
    },
    text,
    createdAt: time(v, 'createdAt'),
    receivedAt: time(v, 'receivedAt', now),
    inReplyTo: optStr(v, 'inReplyTo', 256),
    conversationId: optStr(v, 'conversationId', 256),
    engagement: {
      likes: count(e, 'likes'),
      shares: count(e, 'shares'),
      replies: count(e, 'replies'),
      views: count(e, 'views'),
    },
    rating: rating as number | null,
    appVersion: optStr(v, 'appVersion', 64),
    lang: optStr(v, 'lang', 16),
    // Only stores know a territory: a mention without one keeps its shape unchanged.
    ...(territory !== null ? { territory: territory as string } : {}),
  }
}

/** Validate an already-parsed value as a Mention. Unknown fields are dropped. */
export function validateMention(v: unknown, now = new Date().toISOString()): StepResult<Mention> {
  try {
    return ok(parseMention(v, now))
  } catch (err) {
    if (err instanceof Invalid) return dlq('VIGIL_ERR_INVALID_MENTION', err.message)
    throw err
  }
}

/** Decode and validate raw bytes from the wire: size, UTF-8, JSON, then shape. */
export function decodeMention(raw: Buffer | null, now = new Date().toISOString()): StepResult<Mention> {
  if (raw === null || raw.length === 0) return dlq('VIGIL_ERR_EMPTY_RECORD', 'record has no value')
  if (raw.length > MAX_RECORD_BYTES) {
    return dlq('VIGIL_ERR_RECORD_TOO_LARGE', `record is ${raw.length} bytes, limit ${MAX_RECORD_BYTES}`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    return dlq('VIGIL_ERR_BAD_ENCODING', 'record is not valid UTF-8')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    return dlq('VIGIL_ERR_MALFORMED_JSON', `record is not JSON: ${(err as Error).message.slice(0, 200)}`)
  }
  return validateMention(parsed, now)
}
