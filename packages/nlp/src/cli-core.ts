/**
 * The command-line enricher's line handling, apart from process I/O so it can be tested:
 * one JSON object in, one JSON object out, bad lines become error lines.
 */
import type { Mention, Platform } from '@vigil/schema'
import { PLATFORMS } from '@vigil/schema'
import type { Enricher } from './enricher.js'
import { PiiScanRefusedError } from './pii.js'

interface CliOutput {
  id: string
  lang: string
  sentiment: { label: string; score: number }
  intent: string
  intentReasons: string[]
  pii: string[]
  /** True when personal data was found: hide the post and follow up privately. */
  piiIncident: boolean
  maskedText: string
  brands: string[]
  brandMatches: { brand: string; via: string }[]
  hashtags: string[]
  cashtags: string[]
  handles: string[]
  urls: string[]
  terms: string[]
  markets: string[]
}

interface CliError {
  id?: string
  line: number
  error: { code: string; message: string }
}

/** Longest line accepted; a 1 MB post fits, anything far beyond is hostile. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024
const decoder = new TextDecoder('utf-8', { fatal: true })
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORMS)

function err(line: number, code: string, message: string, id?: string): CliError {
  return id === undefined ? { line, error: { code, message } } : { id, line, error: { code, message } }
}

function authorIdOf(a: unknown): string {
  if (typeof a === 'string') return a.slice(0, 200)
  if (a !== null && typeof a === 'object' && typeof (a as { id?: unknown }).id === 'string') {
    return (a as { id: string }).id.slice(0, 200)
  }
  return ''
}

/** Mentions built from a line without createdAt: their time is the clock's, not the post's. */
const untimed = new WeakSet<Mention>()

/**
 * The event time intent's author memory reads (the enricher's `eventTimeOf`): null for a line
 * that gave no createdAt, so that a file of undated posts does not make every repeat author
 * look like a bot posting within one minute.
 */
export function cliEventTime(m: Mention): string | null {
  return untimed.has(m) ? null : m.createdAt
}

function toMention(o: Record<string, unknown>, id: string, text: string, now: string): Mention {
  const dated = typeof o.createdAt === 'string' && !Number.isNaN(Date.parse(o.createdAt))
  const platform =
    typeof o.platform === 'string' && PLATFORM_SET.has(o.platform) ? (o.platform as Platform) : 'x'
  const m: Mention = {
    id,
    event: 'create',
    platform,
    kind: 'post',
    url: '',
    // An author id (`"author":"u1"` or `{"id":"u1"}`) lets intent read the author's history.
    author: { id: authorIdOf(o.author), handle: '', followers: 0, verified: false, isBrandAccount: false },
    text,
    createdAt: dated ? (o.createdAt as string) : now,
    receivedAt: now,
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
    rating: null,
    appVersion: null,
    lang: typeof o.lang === 'string' ? o.lang.slice(0, 16) : null,
  }
  if (!dated) untimed.add(m)
  return m
}

/** Handle one input line (raw bytes without the newline). Returns null for blank lines. */
export function processLine(
  enricher: Enricher,
  raw: Uint8Array,
  line: number,
  now: string,
): CliOutput | CliError | null {
  if (raw.length > MAX_LINE_BYTES) {
    return err(line, 'VIGIL_ERR_LINE_TOO_LONG', `line is ${raw.length} bytes, limit ${MAX_LINE_BYTES}`)
  }
  let s: string
  try {
    s = decoder.decode(raw)
  } catch {
    return err(line, 'VIGIL_ERR_BAD_ENCODING', 'line is not valid UTF-8')
  }
  if (s.trim() === '') return null
  let v: unknown
  try {
    v = JSON.parse(s)
  } catch (e) {
    return err(line, 'VIGIL_ERR_MALFORMED_JSON', `line is not JSON: ${(e as Error).message.slice(0, 200)}`)
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return err(line, 'VIGIL_ERR_INVALID_INPUT', 'line must be a JSON object {"id","text"}')
  }
  const o = v as Record<string, unknown>
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined
  if (id === undefined) return err(line, 'VIGIL_ERR_INVALID_INPUT', 'id must be a string or number')
  if (typeof o.text !== 'string') return err(line, 'VIGIL_ERR_INVALID_INPUT', 'text must be a string', id)
  let e: ReturnType<Enricher['enrich']>
  try {
    e = enricher.enrich(toMention(o, id, o.text, now), now)
  } catch (x) {
    // Too long to scan for personal data: an error line, never a half-masked text.
    if (x instanceof PiiScanRefusedError) return err(line, x.code, x.message, id)
    throw x
  }
  return {
    id,
    lang: e.lang,
    sentiment: e.sentiment,
    intent: e.intent,
    intentReasons: e.intentReasons,
    pii: e.pii,
    piiIncident: e.pii.length > 0,
    maskedText: e.text,
    brands: e.brands.map((b) => b.brand),
    brandMatches: e.brands,
    hashtags: e.hashtags,
    cashtags: e.cashtags,
    handles: e.handles,
    urls: e.urls,
    terms: e.terms,
    markets: e.markets,
  }
}

/**
 * Split a byte stream into lines without decoding first, so that one line of invalid
 * UTF-8 is reported alone. Over-long lines are cut off and reported, not buffered.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let parts: Uint8Array[] = []
  let size = 0
  let overflow = false
  for await (const chunk of chunks) {
    let start = 0
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl)
      if (overflow) yield new Uint8Array(MAX_LINE_BYTES + 1)
      else yield parts.length === 0 ? piece : Buffer.concat([...parts, piece])
      parts = []
      size = 0
      overflow = false
      start = nl + 1
    }
    const rest = chunk.subarray(start)
    if (rest.length > 0 && !overflow) {
      size += rest.length
      if (size > MAX_LINE_BYTES) {
        overflow = true
        parts = []
      } else parts.push(Buffer.from(rest))
    }
  }
  if (overflow) yield new Uint8Array(MAX_LINE_BYTES + 1)
  else if (size > 0) yield Buffer.concat(parts)
}
