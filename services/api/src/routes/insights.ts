/**
 * The analysts' views over the archive, beside the wall screen's live ones:
 *   marketing  /api/insights/breakdown, /api/insights/tags, /api/insights/authors
 *   product    /api/releases (and tags for one app version)
 *   (care: routes/care.ts)
 *   evidence   /api/mentions/search, /api/mentions/:id/history
 * Every window is the last `hours` up to now; texts are masked as stored.
 */
import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../context.js'
import type { SearchArgs } from '../data.js'
import { errorBody } from '../errors.js'
import {
  authorsRoute,
  breakdownRoute,
  historyRoute,
  releasesRoute,
  searchRoute,
  tagsRoute,
} from '../schemas-insights.js'
import { lastHours, unknownBrand } from './data.js'

interface Windowed {
  hours: number
  brand?: string
}

export function registerInsightRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const data = ctx.data.insights
  const span = (w: { from: Date; to: Date }) => ({ from: w.from.toISOString(), to: w.to.toISOString() })

  app.get<{ Querystring: Windowed & { by: 'platform' | 'lang' } }>(
    '/api/insights/breakdown',
    { schema: breakdownRoute },
    async (req, reply) => {
      const { by, hours, brand } = req.query
      if (unknownBrand(ctx, reply, brand)) return reply
      const w = lastHours(ctx.now(), hours)
      const rows = await data.breakdown({ ...w, by, ...(brand ? { brands: [brand] } : {}) })
      return { ...span(w), rows }
    },
  )

  app.get<{ Querystring: Windowed & { field: 'hashtags' | 'terms'; appVersion?: string; limit: number } }>(
    '/api/insights/tags',
    { schema: tagsRoute },
    async (req, reply) => {
      const { field, hours, brand, appVersion, limit } = req.query
      if (unknownBrand(ctx, reply, brand)) return reply
      const w = lastHours(ctx.now(), hours)
      return { ...span(w), tags: await data.topTags({ ...w, field, brand, appVersion, limit }) }
    },
  )

  app.get<{ Querystring: Windowed & { order: 'active' | 'influential'; limit: number } }>(
    '/api/insights/authors',
    { schema: authorsRoute },
    async (req, reply) => {
      const { order, hours, brand, limit } = req.query
      if (unknownBrand(ctx, reply, brand)) return reply
      const w = lastHours(ctx.now(), hours)
      return { ...span(w), authors: await data.topAuthors({ ...w, order, brand, limit }) }
    },
  )

  app.get<{ Querystring: Windowed }>('/api/releases', { schema: releasesRoute }, async (req, reply) => {
    const { hours, brand } = req.query
    if (unknownBrand(ctx, reply, brand)) return reply
    const w = lastHours(ctx.now(), hours)
    return { ...span(w), releases: await data.releaseFeedback({ ...w, brand }) }
  })

  app.get<{
    Querystring: Omit<SearchArgs, 'from' | 'to'> & { hours: number }
  }>('/api/mentions/search', { schema: searchRoute }, async (req, reply) => {
    const { hours, ...filters } = req.query
    if (unknownBrand(ctx, reply, filters.brand)) return reply
    const w = lastHours(ctx.now(), hours)
    return { ...span(w), mentions: await data.searchMentions({ ...w, ...filters }) }
  })

  app.get<{ Params: { id: string } }>(
    '/api/mentions/:id/history',
    { schema: historyRoute },
    async (req, reply) => {
      const events = await data.mentionHistory(req.params.id)
      if (events.length === 0)
        return reply.code(404).send(errorBody('VIGIL_ERR_MENTION_NOT_FOUND', req.params.id))
      return { id: req.params.id, events }
    },
  )
}
