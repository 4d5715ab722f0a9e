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
import { commonColumns, eventKey, mentionVersion } from './rows.js'
import type { Store } from './store.js'
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
