import type { MentionRow } from '../queries.js'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import { toChTime } from '../time.js'
import {
  type ExplorerCursor,
  type ExplorerFilters,
  type ExplorerPageArgs,
  explorerCountSql,
  explorerPageSql,
  savedSearchesSql,
  savedSearchSql,
} from './sql.js'

export interface ExplorerPage {
  rows: MentionRow[]
  /** Pass back as `after` for the next page; null on the last page. */
  next: ExplorerCursor | null
}

export async function explorerPage(store: Store, args: ExplorerPageArgs): Promise<ExplorerPage> {
  const rows = await run<MentionRow & { sort_value: string }>(store, explorerPageSql(store.database, args))
  const more = rows.length > args.limit
  const page = more ? rows.slice(0, args.limit) : rows
  const last = page[page.length - 1]
  return {
    rows: page.map(({ sort_value: _, ...r }) => r),
    next: more && last ? { v: last.sort_value, id: last.id } : null,
  }
}

export async function explorerCount(store: Store, f: ExplorerFilters): Promise<number> {
  const rows = await run<{ n: number }>(store, explorerCountSql(store.database, f))
  return Number(rows[0]?.n ?? 0)
}

/**
 * Every matching row, page by page (keyset), so an export of millions holds one page at a
 * time whatever the engine does with a single huge result. Stops early when `max` is reached.
 */
export async function* explorerRows(
  store: Store,
  args: Omit<ExplorerPageArgs, 'limit' | 'after'> & { pageSize?: number; max?: number },
): AsyncGenerator<MentionRow> {
  const { pageSize = 5000, max = Number.POSITIVE_INFINITY, ...filters } = args
  let after: ExplorerCursor | undefined
  let sent = 0
  for (;;) {
    const page = await explorerPage(store, { ...filters, limit: pageSize, ...(after ? { after } : {}) })
    for (const r of page.rows) {
      if (sent >= max) return
      yield r
      sent++
    }
    if (!page.next) return
    after = page.next
  }
}

export interface SavedSearch {
  id: string
  name: string
  /** The explorer's query string parameters, as saved. */
  params: Record<string, unknown>
  createdAt: string
}

interface SavedRow {
  id: string
  name: string
  params: string
  created_at: string
}

const toSaved = (r: SavedRow): SavedSearch => ({
  id: r.id,
  name: r.name,
  params: JSON.parse(r.params) as Record<string, unknown>,
  createdAt: r.created_at,
})

export async function listSavedSearches(store: Store, user: string): Promise<SavedSearch[]> {
  return (await run<SavedRow>(store, savedSearchesSql(store.database, user))).map(toSaved)
}

export async function getSavedSearch(store: Store, user: string, id: string): Promise<SavedSearch | null> {
  const rows = await run<SavedRow>(store, savedSearchSql(store.database, user, id))
  return rows[0] ? toSaved(rows[0]) : null
}

export async function writeSavedSearch(
  store: Store,
  user: string,
  s: SavedSearch,
  opts: { deleted?: boolean; version?: number } = {},
): Promise<void> {
  await store.client.insert({
    table: `\`${store.database}\`.saved_searches`,
    values: [
      {
        user,
        id: s.id,
        name: s.name,
        params: JSON.stringify(s.params),
        created_at: toChTime(s.createdAt),
        deleted: opts.deleted ? 1 : 0,
        version: opts.version ?? Date.now(),
      },
    ],
    format: 'JSONEachRow',
  })
}
