/**
 * The sink's hot path: both rows of a mention (`mentions` and `mention_events`) as JSONEachRow
 * text, encoded once. The rows share ~35 columns (the text among them, most of the bytes); the
 * object rows of `mentionRowPair` were each spread from the shared columns and then each
 * stringified again by the ClickHouse client: two copies of every row object and two encodings
 * of the shared columns per mention. Here the shared columns are stringified once and each
 * line only appends its own few columns. Same columns, same values as `mentionRow` and
 * `mentionEventRow` (mention-lines.test.ts compares them).
 */
import { Readable } from 'node:stream'
import type { EnrichedMention } from '@vigil/schema'
import { commonColumns, count, eventKey, mentionVersion, stars } from './rows.js'
import { assertIdentifier, type RawInsertFormat, type Store } from './store.js'
import { toChTime } from './time.js'

export interface MentionLines {
  /** The event's identity in the archive (`event_key`). */
  key: string
  /** One JSONEachRow line (with its newline) for `mentions`. */
  state: string
  /** One JSONEachRow line (with its newline) for `mention_events`. */
  event: string
}

/**
 * ClickHouse DateTime64 text of an ISO time. Decoded mentions carry canonical
 * `YYYY-MM-DDThh:mm:ss.sssZ` (the schema's decoder normalises every time): cut that apart
 * instead of parsing and formatting a Date three times per mention; anything else goes the
 * long way (`toChTime`).
 */
export function chTimeOfIso(iso: string): string {
  if (iso.length === 24 && iso.charCodeAt(10) === 84 /* T */ && iso.charCodeAt(23) === 90 /* Z */) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`
  }
  return toChTime(iso)
}

export function mentionLines(m: EnrichedMention): MentionLines {
  const shared = JSON.stringify(commonColumns(m, chTimeOfIso))
  // `shared` is a JSON object: drop its closing brace and append each table's own columns.
  const head = shared.slice(0, -1)
  const key = eventKey(m)
  const state = `${head},"intent_reasons":${JSON.stringify(m.intentReasons)},"cashtags":${JSON.stringify(
    m.cashtags,
  )},"handles":${JSON.stringify(m.handles)},"last_event":"${m.event}","deleted":${
    m.event === 'delete' ? 1 : 0
  },"version":${mentionVersion(m)}}\n`
  const event = `${head},"event":"${m.event}","event_key":${JSON.stringify(key)}}\n`
  return { key, state, event }
}

/** The shared columns in `commonColumns`' order (mention-lines.test.ts checks it). */
const COMMON_COLUMNS = [
  'id',
  'platform',
  'kind',
  'url',
  'author_id',
  'author_handle',
  'author_followers',
  'author_verified',
  'author_is_brand',
  'text',
  'lang',
  'brands',
  'brand_via',
  'brand_sentiment',
  'brand_sentiment_score',
  'sentiment',
  'sentiment_score',
  'intent',
  'pii',
  'hashtags',
  'terms',
  'likes',
  'shares',
  'replies',
  'views',
  'rating',
  'app_version',
  'in_reply_to',
  'conversation_id',
  'markets',
  'created_at',
  'received_at',
  'enriched_at',
  'sentiment_model',
  'intent_model',
] as const

/** Column list of a `mentions` line of `mentionCompactLines`, in its order. */
export const MENTION_STATE_COLUMNS: readonly string[] = [
  ...COMMON_COLUMNS,
  'intent_reasons',
  'cashtags',
  'handles',
  'last_event',
  'deleted',
  'version',
]
/** Column list of a `mention_events` line of `mentionCompactLines`, in its order. */
export const MENTION_EVENT_COLUMNS: readonly string[] = [...COMMON_COLUMNS, 'event', 'event_key']

/**
 * Both rows as JSONCompactEachRow lines (values only, in the column lists above): no field
 * names for chDB to read and match per value (~40 names per row), the same values as
 * `mentionLines`.
 */
export function mentionCompactLines(m: EnrichedMention): MentionLines {
  const shared = JSON.stringify(Object.values(commonColumns(m, chTimeOfIso)))
  const head = shared.slice(0, -1)
  const key = eventKey(m)
  const state = `${head},${JSON.stringify(m.intentReasons)},${JSON.stringify(m.cashtags)},${JSON.stringify(
    m.handles,
  )},"${m.event}",${m.event === 'delete' ? 1 : 0},${mentionVersion(m)}]\n`
  const event = `${head},"${m.event}",${JSON.stringify(key)}]\n`
  return { key, state, event }
}

/**
 * Insert ready JSONEachRow lines as one block. `client.insert` takes objects and encodes them
 * itself; a statement with a body (`exec` with `values`) takes the text as it is, on a server
 * (HTTP body) and in embedded chDB (the statement's inline data) alike.
 */
export async function insertJsonLines(
  store: Store,
  table: 'mentions' | 'mention_events',
  lines: readonly string[],
): Promise<void> {
  if (lines.length === 0) return
  const res = await store.client.exec({
    query: `INSERT INTO \`${store.database}\`.${table} FORMAT JSONEachRow`,
    values: Readable.from([lines.join('')]),
  })
  // The answer of an INSERT is empty, but it is a stream: read it so the connection is freed.
  for await (const _ of res.stream) {
  }
}

/**
 * Insert ready lines of a line-delimited text format as one block: embedded, through chDB's
 * raw insert (the bytes go to the engine's parser as they are); on a server, as the body of
 * an INSERT statement.
 */
export async function insertLines(
  store: Store,
  table: 'mentions' | 'mention_events' | 'mention_stream',
  format: RawInsertFormat,
  columns: readonly string[] | undefined,
  lines: readonly string[],
  settings?: Readonly<Record<string, number>>,
): Promise<void> {
  if (lines.length === 0) return
  await insertBody(store, table, format, columns, Buffer.from(lines.join('')), settings)
}

/** `insertLines` with the block already encoded. */
async function insertBody(
  store: Store,
  table: 'mentions' | 'mention_events' | 'mention_stream',
  format: RawInsertFormat,
  columns: readonly string[] | undefined,
  body: Buffer,
  settings?: Readonly<Record<string, number>>,
): Promise<void> {
  if (store.rawInsert) {
    await store.rawInsert({ table: `${store.database}.${table}`, format, columns, values: body, settings })
    return
  }
  const cols = columns ? ` (${columns.map(assertIdentifier).join(', ')})` : ''
  const res = await store.client.exec({
    query: `INSERT INTO \`${store.database}\`.${table}${cols} FORMAT ${format}`,
    values: Readable.from([body]),
    ...(settings ? { clickhouse_settings: settings } : {}),
  })
  for await (const _ of res.stream) {
  }
}

// TabSeparated: a field escapes backslash, tab, newline, carriage return and NUL; an array is
// ClickHouse's quoted literal (`['a','b']`, elements escaped once, quotes too), not escaped again.
const TSV_SPECIAL = /[\\\t\n\r\0]/
const TSV_SPECIAL_ALL = /[\\\t\n\r\0]/g
const QUOTED_SPECIAL = /[\\'\t\n\r\0]/
const QUOTED_SPECIAL_ALL = /[\\'\t\n\r\0]/g
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
}
const escapeChar = (c: string) => ESCAPES[c] as string

const tsvString = (s: string) => (TSV_SPECIAL.test(s) ? s.replace(TSV_SPECIAL_ALL, escapeChar) : s)
const quotedString = (s: string) =>
  `'${QUOTED_SPECIAL.test(s) ? s.replace(QUOTED_SPECIAL_ALL, escapeChar) : s}'`

/**
 * A value as its TSV field; an array's literal is appended element by element (a short-lived
 * piece: the row's one `join` copies it).
 */
function tsvValue(v: unknown): string {
  if (typeof v === 'string') return tsvString(v)
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (v === null || v === undefined) return '\\N'
  if (Array.isArray(v)) {
    let out = '['
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i]
      if (i > 0) out += ','
      out += typeof x === 'number' ? String(x) : quotedString(String(x))
    }
    return `${out}]`
  }
  throw new TypeError(`no TSV form for ${typeof v}`)
}

/** Pushes the shared columns (`COMMON_COLUMNS`) as TSV fields, in their order (the object's keys'). */
function pushTsvShared(m: EnrichedMention, parts: string[]): void {
  const cols = commonColumns(m, chTimeOfIso)
  for (const k in cols) parts.push(tsvValue(cols[k as keyof typeof cols]))
}

/** The shared columns as TSV fields. */
function tsvShared(m: EnrichedMention): string {
  const parts: string[] = []
  pushTsvShared(m, parts)
  return parts.join('\t')
}

/** `intent_reasons`, `cashtags`, `handles`: the state's own array columns, as TSV fields. */
const tsvStateOwn = (m: EnrichedMention) =>
  `${tsvValue(m.intentReasons)}\t${tsvValue(m.cashtags)}\t${tsvValue(m.handles)}`

/**
 * Both rows as TabSeparated lines, in the same column lists as `mentionCompactLines`: chDB
 * parses TSV with less work than JSON (bench/load/sink-insert.mjs).
 */
export function mentionTsvLines(m: EnrichedMention): MentionLines {
  const head = tsvShared(m)
  const key = eventKey(m)
  const state = `${head}\t${tsvStateOwn(m)}\t${m.event}\t${m.event === 'delete' ? 1 : 0}\t${mentionVersion(m)}\n`
  const event = `${head}\t${m.event}\t${tsvString(key)}\n`
  return { key, state, event }
}

/**
 * Settings of the sink's inserts. The engine's parallel parsing (on by default) splits a block
 * over threads: 90 against 127 µs of CPU per mention without it, on this 2-core machine
 * (bench/load/sink-insert.mjs `tsv-serial` against `raw-tsv`, 2026-12-06 08:05, load 12-15);
 * the sink's blocks are a few MB at most, and the other core belongs to the other stages.
 */
export const SINK_INSERT_SETTINGS: Readonly<Record<string, number>> = { input_format_parallel_parsing: 0 }

/**
 * Column list of a `mention_stream` line (migration 016): the shared columns, the state's own,
 * the event's own, then `archive` (whether this copy's event goes to `mention_events`).
 */
export const MENTION_STREAM_COLUMNS: readonly string[] = [
  ...COMMON_COLUMNS,
  'intent_reasons',
  'cashtags',
  'handles',
  'event',
  'event_key',
  'version',
  'archive',
]

/** A mention's one row for `mention_stream`, TabSeparated, all but its last field. */
export interface MentionStreamLine {
  /** The event's identity in the archive (`event_key`). */
  key: string
  /**
   * Every field up to `version`, each followed by a tab, as UTF-8: the row as the insert sends it,
   * less `archive` and the newline, which the writer decides at the flush.
   */
  bytes: Buffer
}

/**
 * A mention as one TSV row instead of two (`mentionTsvLines`): the shared columns (the text
 * among them) are encoded, copied and parsed once; the views of migration 016 make both rows.
 * Same values as `mentionTsvLines` gives each table (mention-stream.test.ts).
 *
 * The row is UTF-8 bytes from the start, not a string: the writer holds a block's rows up to 4 s
 * (its linger), and ~1 KB strings held that long outlive V8's young generation, so each was
 * copied by the scavenger, promoted and marked again by every major GC (in the sink's drain
 * profile GC was 20-36 % of its JS thread). Bytes live outside the JS heap; the insert
 * concatenates them with each row's `archive` field instead of joining strings and encoding the
 * block (bench/load/README.md, "perfsink").
 */
export function mentionStreamLine(m: EnrichedMention): MentionStreamLine {
  const key = eventKey(m)
  // One `join` of every field: a flat string, encoded at once. Appending (`+=`, templates)
  // leaves a tree of string pieces for the encoder to walk (and, held, for the GC: the drain,
  // services/sink/bench/throughput.mjs, 2026-12-07: +22 % CPU per mention).
  const parts: string[] = []
  pushTsvSharedDirect(m, parts)
  parts.push(
    tsvStringList(m.intentReasons),
    tsvStringList(m.cashtags),
    tsvStringList(m.handles),
    m.event,
    tsvString(key),
    String(mentionVersion(m)),
    '',
  )
  return { key, bytes: Buffer.from(parts.join('\t')) }
}

/** A list of strings as its quoted TSV literal (what `tsvValue` gives a string array). */
function tsvStringList(xs: readonly string[]): string {
  if (xs.length === 0) return '[]'
  let out = '['
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) out += ','
    out += quotedString(xs[i] as string)
  }
  return `${out}]`
}

/**
 * The shared columns (`COMMON_COLUMNS`) as TSV fields straight from the mention, the values
 * `commonColumns` gives them: the row's hot path (perfembed2). Building the `commonColumns`
 * object first, then walking its keys and switching on each value's type, was a tenth of the
 * sink's JS thread (`mentionStreamLine`'s helpers in the drain's V8 profile, 2026-12-07) and a
 * 35-field object per mention for the GC. The decoder's schema fixes each field's type, so
 * each is encoded as what it is. mention-lines.test.ts holds it to `mentionTsvLines`.
 */
function pushTsvSharedDirect(m: EnrichedMention, parts: string[]): void {
  const { author: a, engagement: e } = m
  let brands: string[]
  let via: string
  let labels: string
  let scores: string
  if (m.brands.length === 1) {
    // Nearly every mention names one brand: its stance is its own or the post's.
    const b = m.brands[0]!
    const s = b.sentiment ?? m.sentiment
    brands = [b.brand]
    via = `[${quotedString(`${b.brand}:${b.via}`)}]`
    labels = `[${quotedString(s.label)}]`
    scores = `[${s.score}]`
  } else {
    brands = [...new Set(m.brands.map((b) => b.brand))]
    const stances = brands.map((id) => m.brands.find((b) => b.brand === id)?.sentiment ?? m.sentiment)
    via = tsvStringList(m.brands.map((b) => `${b.brand}:${b.via}`))
    labels = tsvStringList(stances.map((s) => s.label))
    scores = `[${stances.map((s) => String(s.score)).join(',')}]`
  }
  const rating = stars(m.rating)
  parts.push(
    tsvString(m.id),
    tsvString(m.platform),
    tsvString(m.kind),
    tsvString(m.url),
    tsvString(a.id),
    tsvString(a.handle),
    String(count(a.followers)),
    a.verified ? 'true' : 'false',
    a.isBrandAccount ? 'true' : 'false',
    tsvString(m.text),
    tsvString(m.lang),
    tsvStringList(brands),
    via,
    labels,
    scores,
    tsvString(m.sentiment.label),
    String(m.sentiment.score),
    tsvString(m.intent),
    tsvStringList(m.pii),
    tsvStringList(m.hashtags),
    tsvStringList(m.terms),
    String(count(e.likes)),
    String(count(e.shares)),
    String(count(e.replies)),
    String(count(e.views)),
    rating === null ? '\\N' : String(rating),
    tsvString(m.appVersion ?? ''),
    tsvString(m.inReplyTo ?? ''),
    tsvString(m.conversationId ?? ''),
    tsvStringList(m.markets),
    tsvString(chTimeOfIso(m.createdAt)),
    tsvString(chTimeOfIso(m.receivedAt)),
    tsvString(chTimeOfIso(m.enrichedAt)),
    tsvString(m.models?.sentiment ?? ''),
    tsvString(m.models?.intent ?? ''),
  )
}

/** The last field of a `mention_stream` row and its newline: archive this event, or not. */
const ARCHIVE_FIELD = { yes: Buffer.from('1\n'), no: Buffer.from('0\n') } as const

/** The block's body: each row's bytes and its `archive` field, concatenated once. */
export function mentionStreamBody(rows: readonly { line: MentionStreamLine; archive: boolean }[]): Buffer {
  const pieces: Buffer[] = new Array(2 * rows.length)
  let length = 0
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as { line: MentionStreamLine; archive: boolean }
    const field = r.archive ? ARCHIVE_FIELD.yes : ARCHIVE_FIELD.no
    pieces[2 * i] = r.line.bytes
    pieces[2 * i + 1] = field
    length += r.line.bytes.length + field.length
  }
  return Buffer.concat(pieces, length)
}

/**
 * Insert mentions as one block into `mention_stream`: every row becomes a state row of
 * `mentions`; the rows with `archive` also an event of `mention_events` (whose views count it).
 */
export function insertMentionStream(
  store: Store,
  rows: readonly { line: MentionStreamLine; archive: boolean }[],
): Promise<void> {
  if (rows.length === 0) return Promise.resolve()
  return insertBody(
    store,
    'mention_stream',
    'TSV',
    MENTION_STREAM_COLUMNS,
    mentionStreamBody(rows),
    SINK_INSERT_SETTINGS,
  )
}
