/**
 * The explorer: search (Boolean query + filters, sorted, keyset-paged), CSV export of the same
 * view streamed page by page, and saved searches per user.
 *   GET    /api/explorer/search        GET /api/explorer/export.csv
 *   GET    /api/explorer/saved         POST /api/explorer/saved      DELETE /api/explorer/saved/:id
 */
import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import {
  type ExplorerCursor,
  type ExplorerFilters,
  type ExplorerSort,
  explorerCount,
  explorerCsv,
  explorerPage,
  explorerRows,
  getSavedSearch,
  listSavedSearches,
  purgedInWindow,
  QuerySyntaxError,
  type SortDir,
  type Store,
  writeSavedSearch,
} from '@vigil/store'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { RouteContext } from '../context.js'
import { csvLine } from '../csv.js'
import { errorBody } from '../errors.js'
import { maskSavedSearch } from '../explorer/saved-mask.js'
import * as toPublic from '../public-rows.js'
import {
  createSavedRoute,
  deleteSavedRoute,
  explorerExportRoute,
  explorerSearchRoute,
  listSavedRoute,
} from '../schemas-explorer.js'

export interface ExplorerQuery {
  q?: string
  brand?: string[]
  platform?: string[]
  lang?: string[]
  sentiment?: string[]
  intent?: string[]
  hours: number
  from?: string
  to?: string
  withPii?: boolean
  sort: ExplorerSort
  dir: SortDir
}

/** Rows an export may hold; a bigger view is cut there (and says so in a header). */
export const EXPORT_MAX_ROWS = 5_000_000
/**
 * Rows per keyset page of an export. The embedded engine (chDB) buffers a whole result before
 * handing it over, so one big streamed SELECT would hold the export in memory; pages bound it.
 */
export const EXPORT_PAGE_ROWS = 10_000

const EXPORT_COLUMNS = [
  ['created_at', 'createdAt'],
  ['id', 'id'],
  ['platform', 'platform'],
  ['kind', 'kind'],
  ['brands', 'brands'],
  ['lang', 'lang'],
  ['sentiment', 'sentiment'],
  ['sentiment_score', 'sentimentScore'],
  ['intent', 'intent'],
  ['author_handle', 'authorHandle'],
  ['author_followers', 'authorFollowers'],
  ['likes', 'likes'],
  ['shares', 'shares'],
  ['hashtags', 'hashtags'],
  ['pii', 'pii'],
  ['url', 'url'],
  ['text', 'text'],
] as const

export function encodeCursor(c: ExplorerCursor, sort: string, dir: string): string {
  return Buffer.from(JSON.stringify({ ...c, s: sort, d: dir })).toString('base64url')
}

/** The cursor, if it is one this view issued; null otherwise. */
export function decodeCursor(raw: string, sort: string, dir: string): ExplorerCursor | null {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>
    if (typeof c.v !== 'string' || typeof c.id !== 'string' || c.s !== sort || c.d !== dir) return null
    return { v: c.v, id: c.id }
  } catch {
    return null
  }
}

/** Posts purged under a platform's deletion policy after they were counted: the view says so. */
export function revisedNote(p: { purged: number; lastPurgedAt: string | null }) {
  return {
    purged: p.purged,
    lastPurgedAt: p.lastPurgedAt,
    note:
      p.purged === 0
        ? null
        : `${p.purged} mention(s) in this window were deleted on their platform and purged (text and author removed); counts by time, brand and label still include them, counts by word or hashtag no longer do`,
  }
}

function filtersOf(q: ExplorerQuery, now: Date): ExplorerFilters & { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : now
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - q.hours * 3_600_000)
  return {
    ...(q.q !== undefined ? { q: q.q } : {}),
    brands: q.brand,
    platforms: q.platform,
    langs: q.lang,
    sentiments: q.sentiment,
    intents: q.intent,
    withPii: q.withPii,
    from,
    to,
  }
}

/** Validation the schema cannot do; sends the 400 and returns true when the query is refused. */
function refused(ctx: RouteContext, reply: FastifyReply, q: ExplorerQuery): boolean {
  const unknown = (q.brand ?? []).find((b) => !ctx.brands.some((x) => x.id === b))
  if (unknown !== undefined) {
    void reply.code(400).send(errorBody('VIGIL_ERR_UNKNOWN_BRAND', unknown))
    return true
  }
  if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to)) {
    void reply.code(400).send(errorBody('VIGIL_ERR_BAD_SEARCH', '"from" must be before "to"'))
    return true
  }
  return false
}

async function withSyntax<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work()
  } catch (err) {
    if (!(err instanceof QuerySyntaxError)) throw err
    return reply.code(400).send({ ...errorBody('VIGIL_ERR_BAD_SEARCH', err.message), position: err.position })
  }
}

export function registerExplorerRoutes(app: FastifyInstance, ctx: RouteContext, store: Store): void {
  app.get<{ Querystring: ExplorerQuery & { cursor?: string; limit: number } }>(
    '/api/explorer/search',
    { schema: explorerSearchRoute },
    async (req, reply) => {
      const q = req.query
      if (refused(ctx, reply, q)) return reply
      const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, q.sort, q.dir)
      if (after === null)
        return reply.code(400).send(errorBody('VIGIL_ERR_BAD_SEARCH', 'cursor is not from this view'))
      const f = filtersOf(q, ctx.now())
      return withSyntax(reply, async () => {
        const [page, total, purged] = await Promise.all([
          explorerPage(store, {
            ...f,
            sort: q.sort,
            dir: q.dir,
            limit: q.limit,
            ...(after ? { after } : {}),
          }),
          explorerCount(store, f),
          purgedInWindow(store, f.from, f.to),
        ])
        return {
          from: f.from.toISOString(),
          to: f.to.toISOString(),
          total,
          next: page.next ? encodeCursor(page.next, q.sort, q.dir) : null,
          mentions: page.rows.map(toPublic.mention),
          revised: revisedNote(purged),
        }
      })
    },
  )

  app.get<{ Querystring: ExplorerQuery }>(
    '/api/explorer/export.csv',
    { schema: explorerExportRoute },
    async (req, reply) => {
      const q = req.query
      if (refused(ctx, reply, q)) return reply
      const f = filtersOf(q, ctx.now())
      const args = { ...f, sort: q.sort, dir: q.dir, max: EXPORT_MAX_ROWS, pageSize: EXPORT_PAGE_ROWS }
      // Parse before the 200 goes out, so a bad query is a 400, not a broken download.
      await withSyntax(reply, () => explorerPage(store, { ...args, limit: 1 }))
      if (reply.sent) return reply
      async function* lines(): AsyncGenerator<string> {
        yield csvLine(EXPORT_COLUMNS.map(([, header]) => header))
        if (q.sort === 'created_at') {
          // The engine writes the CSV (store explorer/csv.ts): chunks of text passed through.
          yield* explorerCsv(store, { ...f, dir: q.dir, max: EXPORT_MAX_ROWS })
          return
        }
        for await (const row of explorerRows(store, args)) {
          const r = row as unknown as Record<string, unknown>
          yield csvLine(EXPORT_COLUMNS.map(([col]) => r[col]))
        }
      }
      const body = Readable.from(lines(), { objectMode: false, highWaterMark: 64 * 1024 })
      body.on('error', (err) => req.log.error({ event: 'explorer_export_failed', err }, 'export stopped'))
      const stamp = f.to.toISOString().slice(0, 16).replace(':', '')
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="vigil-mentions-${stamp}.csv"`)
        .header('x-vigil-export-max-rows', String(EXPORT_MAX_ROWS))
        .send(body)
    },
  )

  app.get('/api/explorer/saved', { schema: listSavedRoute }, async (req) => ({
    searches: await listSavedSearches(store, req.principal.name),
  }))

  app.post<{ Body: { name: string; params: Record<string, unknown> } }>(
    '/api/explorer/saved',
    { schema: createSavedRoute, config: { viewerMay: true } },
    async (req, reply) => {
      // Personal data typed into a name or a query is masked before it is stored (and echoed).
      const s = maskSavedSearch({
        id: randomUUID(),
        name: req.body.name,
        params: req.body.params,
        createdAt: ctx.now().toISOString(),
      })
      await writeSavedSearch(store, req.principal.name, s)
      return reply.code(201).send(s)
    },
  )

  app.delete<{ Params: { id: string } }>(
    '/api/explorer/saved/:id',
    { schema: deleteSavedRoute, config: { viewerMay: true } },
    async (req, reply) => {
      const s = await getSavedSearch(store, req.principal.name, req.params.id)
      if (!s) return reply.code(404).send(errorBody('VIGIL_ERR_SAVED_SEARCH_NOT_FOUND', req.params.id))
      await writeSavedSearch(store, req.principal.name, s, { deleted: true })
      return reply.code(204).send()
    },
  )
}
