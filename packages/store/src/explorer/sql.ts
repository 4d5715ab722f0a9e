import { INTENTS, PLATFORMS, SENTIMENT_LABELS } from '@vigil/schema'
import { correctedMentions } from '../corrections/sql.js'
import { StoreError } from '../errors.js'
import { type BuiltQuery, currentInWindow, iso, T64, t, window } from '../sql-common.js'
import { compileQuery } from './compile.js'
import { parseQuery } from './query.js'

/**
 * The explorer's table: mentions (current state, masked) matching a Boolean query and filters,
 * sorted by one allow-listed column, paged by a keyset cursor (never OFFSET: page 10,000 costs
 * what page 1 costs, and rows arriving meanwhile do not shift the pages).
 */
export interface ExplorerFilters {
  /** Boolean query (see query.ts); blank = no text condition. */
  q?: string
  brands?: string[]
  platforms?: string[]
  langs?: string[]
  sentiments?: string[]
  intents?: string[]
  from?: string | Date
  to?: string | Date
  withPii?: boolean
}

/** Sortable columns: the SQL expression and the placeholder type of its cursor value. */
export const EXPLORER_SORTS = {
  created_at: { expr: 'm.created_at', type: T64 },
  author_followers: { expr: 'm.author_followers', type: 'UInt64' },
  likes: { expr: 'm.likes', type: 'UInt64' },
  shares: { expr: 'm.shares', type: 'UInt64' },
  sentiment_score: { expr: 'm.sentiment_score', type: 'Float32' },
} as const
export type ExplorerSort = keyof typeof EXPLORER_SORTS
export type SortDir = 'asc' | 'desc'

/** Where the previous page stopped: the last row's sort value (as ClickHouse printed it) and id. */
export interface ExplorerCursor {
  v: string
  id: string
}

export interface ExplorerPageArgs extends ExplorerFilters {
  sort?: ExplorerSort
  dir?: SortDir
  after?: ExplorerCursor
  limit: number
}

export const EXPLORER_MAX_PAGE = 20_000

const ENUMS: Array<[keyof ExplorerFilters, readonly string[], string]> = [
  ['platforms', PLATFORMS, 'm.platform'],
  ['sentiments', SENTIMENT_LABELS, 'm.sentiment'],
  ['intents', INTENTS, 'm.intent'],
]

function bad(detail: string): never {
  throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', detail)
}

/** WHERE conditions and their parameters; throws QuerySyntaxError for a malformed `q`. */
export function explorerWhere(f: ExplorerFilters): { where: string[]; params: Record<string, unknown> } {
  const where = ['m.deleted = 0']
  const params: Record<string, unknown> = {}
  for (const [key, allowed, col] of ENUMS) {
    const vals = f[key] as string[] | undefined
    if (vals === undefined || vals.length === 0) continue
    for (const v of vals) if (!allowed.includes(v)) bad(`unknown ${key} value ${JSON.stringify(v)}`)
    where.push(`${col} IN {${key}:Array(String)}`)
    params[key] = vals
  }
  if (f.langs && f.langs.length > 0) {
    where.push('m.lang IN {langs:Array(String)}')
    params.langs = f.langs
  }
  if (f.brands && f.brands.length > 0) {
    where.push('hasAny(m.brands, {brands:Array(String)})')
    params.brands = f.brands
  }
  if (f.from !== undefined) {
    where.push(`m.created_at >= {from:${T64}}`)
    params.from = window(f.from, f.from).from
  }
  if (f.to !== undefined) {
    where.push(`m.created_at < {to:${T64}}`)
    params.to = window(f.to, f.to).to
  }
  if (f.withPii) where.push('notEmpty(m.pii)')
  const tree = parseQuery(f.q ?? '')
  if (tree) {
    const c = compileQuery(tree)
    where.push(c.sql)
    Object.assign(params, c.params)
  }
  return { where, params }
}

export const EXPLORER_COLUMNS = `m.id AS id, platform, kind, url, author_handle, author_followers, author_verified, text, lang, brands,
       sentiment, round(m.sentiment_score, 4) AS sentiment_score, intent, pii, hashtags, terms, likes, shares, replies, views,
       rating, app_version, ${iso('m.created_at')} AS created_at, last_event`

/**
 * The current rows the filters can reach: with a start time, only that window's rows (the
 * newest version of each, read through the created_at projection, migration 007) instead of
 * all of `mentions FINAL`; the corrected labels either way.
 */
export function explorerSource(db: string, f: ExplorerFilters): string {
  if (f.from === undefined) return `${correctedMentions(db)} AS m`
  return `${correctedMentions(db, `${currentInWindow(db, 'from', f.to !== undefined ? 'to' : undefined)} AS m`)} AS m`
}

export function explorerPageSql(db: string, args: ExplorerPageArgs): BuiltQuery {
  const sortKey = args.sort ?? 'created_at'
  const sort = EXPLORER_SORTS[sortKey]
  if (!sort) bad(`unknown sort ${String(sortKey)}`)
  const dir = args.dir ?? 'desc'
  if (dir !== 'asc' && dir !== 'desc') bad(`unknown direction ${String(dir)}`)
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > EXPLORER_MAX_PAGE) {
    bad(`limit must be an integer in 1..${EXPLORER_MAX_PAGE}`)
  }
  const { where, params } = explorerWhere(args)
  if (args.after) {
    // Tuple comparison: rows strictly past the last one shown, ties broken by id.
    where.push(
      `(${sort.expr}, m.id) ${dir === 'desc' ? '<' : '>'} ({after_v:${sort.type}}, {after_id:String})`,
    )
    params.after_v = args.after.v
    params.after_id = args.after.id
  }
  const order = dir === 'desc' ? 'DESC' : 'ASC'
  return {
    // One row past the page tells whether there is a next page without a count().
    query: `SELECT ${EXPLORER_COLUMNS}, toString(${sort.expr}) AS sort_value
FROM ${explorerSource(db, args)}
WHERE ${where.join('\n  AND ')}
ORDER BY ${sort.expr} ${order}, m.id ${order}
LIMIT {limit:UInt32}`,
    query_params: { ...params, limit: args.limit + 1 },
  }
}

/** How many mentions match (the header's total); capped work: same filters, no sort. */
export function explorerCountSql(db: string, f: ExplorerFilters): BuiltQuery {
  const { where, params } = explorerWhere(f)
  return {
    query: `SELECT count() AS n FROM ${explorerSource(db, f)} WHERE ${where.join('\n  AND ')}`,
    query_params: params,
  }
}

export function savedSearchesSql(db: string, user: string): BuiltQuery {
  return {
    query: `SELECT id, name, params, ${iso('created_at')} AS created_at
FROM ${t(db, 'saved_searches')} FINAL
WHERE user = {user:String} AND deleted = 0
ORDER BY created_at DESC, id
LIMIT 500`,
    query_params: { user },
  }
}

export function savedSearchSql(db: string, user: string, id: string): BuiltQuery {
  return {
    query: `SELECT id, name, params, ${iso('created_at')} AS created_at, version
FROM ${t(db, 'saved_searches')} FINAL
WHERE user = {user:String} AND id = {id:String} AND deleted = 0`,
    query_params: { user, id },
  }
}
