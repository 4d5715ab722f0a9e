/**
 * The explorer's CSV export, written by the engine itself: each chunk is one SELECT in
 * ClickHouse's CSV format, whose text goes to the client as it came. The stored text is already
 * masked (the enricher masks before anything is stored). Replaces paging rows through JSON and
 * JavaScript, which exported 1M rows in 410 s.
 *
 * chDB hands over a whole result at once, so the export is cut into time slices of at most
 * `chunkRows` rows (planned from per-hour counts with the same filters), newest or oldest first:
 * memory stays bounded and the order is the view's. Only for the default sort (time); other
 * sorts page as before (`explorerRows`).
 */
import { run } from '../queries.js'
import type { BuiltQuery } from '../sql-common.js'
import type { Store } from '../store.js'
import { type ExplorerFilters, explorerSource, explorerWhere, type SortDir } from './sql.js'

/** A cell a spreadsheet would run as a formula gets a leading quote (OWASP CSV injection). */
const safe = (col: string) => `if(match(${col}, '^[=+\\\\-@\\t\\r]'), concat('''', ${col}), ${col})`
const words = (col: string) => safe(`arrayStringConcat(${col}, ' ')`)

/** The export's columns, header name and SQL, in order (the api's EXPORT_COLUMNS). */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['createdAt', "concat(replaceOne(toString(m.created_at), ' ', 'T'), 'Z')"],
  ['id', safe('m.id')],
  ['platform', 'm.platform'],
  ['kind', 'm.kind'],
  ['brands', words('m.brands')],
  ['lang', 'm.lang'],
  ['sentiment', 'm.sentiment'],
  ['sentimentScore', 'round(m.sentiment_score, 4)'],
  ['intent', 'm.intent'],
  ['authorHandle', safe('m.author_handle')],
  ['authorFollowers', 'm.author_followers'],
  ['likes', 'm.likes'],
  ['shares', 'm.shares'],
  ['hashtags', words('m.hashtags')],
  ['pii', words('m.pii')],
  ['url', safe('m.url')],
  ['text', safe('m.text')],
]

export const CSV_SETTINGS = { output_format_csv_crlf_end_of_line: 1 } as const

type Slice = { from: string; to: string }

/** Rows per hour of the export's window with its filters: what the chunks are cut from. */
export function csvHoursSql(db: string, f: ExplorerFilters): BuiltQuery {
  const { where, params } = explorerWhere(f)
  return {
    query: `SELECT toString(toStartOfHour(m.created_at)) AS hour, count() AS n
FROM ${explorerSource(db, f)}
WHERE ${where.join(' AND ')}
GROUP BY hour ORDER BY hour`,
    query_params: params,
  }
}

/** One chunk: the rows of [from, to) in the view's order, as CSV rows (no header). */
export function csvChunkSql(
  db: string,
  f: ExplorerFilters,
  slice: Slice,
  dir: SortDir,
  limit: number,
): BuiltQuery {
  const { where, params } = explorerWhere({ ...f, from: slice.from, to: slice.to })
  const order = dir === 'asc' ? 'ASC' : 'DESC'
  return {
    query: `SELECT ${CSV_COLUMNS.map(([name, sql]) => `${sql} AS ${name}`).join(', ')}
FROM ${explorerSource(db, { ...f, from: slice.from, to: slice.to })}
WHERE ${where.join(' AND ')}
ORDER BY m.created_at ${order}, m.id ${order}
LIMIT {csv_limit:UInt64}`,
    query_params: { ...params, csv_limit: limit },
  }
}

const HOUR = 3_600_000
const chTime = (ms: number) => new Date(ms).toISOString()

/** Consecutive hours grouped into slices of at most `chunkRows` rows (an hour is never split). */
export function planChunks(
  hours: Array<{ hour: string; n: number }>,
  dir: SortDir,
  chunkRows: number,
  bounds: { from: number; to: number },
): Array<Slice & { rows: number }> {
  const ordered = dir === 'asc' ? hours : [...hours].reverse()
  const out: Array<Slice & { rows: number; a: number; b: number }> = []
  for (const h of ordered) {
    const a = Math.max(bounds.from, Date.parse(`${h.hour.replace(' ', 'T')}Z`))
    const b = Math.min(bounds.to, Date.parse(`${h.hour.replace(' ', 'T')}Z`) + HOUR)
    const n = Number(h.n)
    const last = out[out.length - 1]
    if (last && last.rows + n <= chunkRows) {
      last.a = Math.min(last.a, a)
      last.b = Math.max(last.b, b)
      last.rows += n
    } else out.push({ a, b, rows: n, from: '', to: '' })
  }
  return out.map(({ a, b, rows }) => ({ from: chTime(a), to: chTime(b), rows }))
}

/**
 * The export as CSV text chunks (no header), at most `max` rows, in created_at order. Needs a
 * window start (`from`); the api always sends one.
 */
export async function* explorerCsv(
  store: Store,
  args: ExplorerFilters & {
    from: string | Date
    to: string | Date
    dir?: SortDir
    max: number
    chunkRows?: number
  },
): AsyncGenerator<string> {
  const dir = args.dir ?? 'desc'
  const hours = await run<{ hour: string; n: number }>(store, csvHoursSql(store.database, args))
  const bounds = { from: new Date(args.from).getTime(), to: new Date(args.to).getTime() }
  let left = args.max
  for (const c of planChunks(hours, dir, args.chunkRows ?? 50_000, bounds)) {
    if (left <= 0) return
    const q = csvChunkSql(store.database, args, c, dir, Math.min(left, c.rows))
    const rs = await store.client.query({ ...q, format: 'CSV', clickhouse_settings: CSV_SETTINGS })
    const text = await rs.text()
    left -= c.rows
    if (text.length > 0) yield text
  }
}
