/**
 * The marketing team's competitor views and the product team's release views:
 *   /api/competitors/overview  share of voice, net sentiment, negative share per bank over time
 *   /api/competitors/drivers   the terms or hashtags that set each bank apart
 *   /api/releases/impact       per app release: before vs after, new terms, daily reviews
 * Reads need a known token like every /api route (auth-hook.ts). Counts come from the store;
 * every interval and score from the pure analytics modules.
 */
import type { BrandConfig, ReleaseConfig } from '@vigil/config'
import { DEFAULT_PARAMS, TROLL_MEMORY_BUCKETS } from '@vigil/detect'
import { type AuthorCap, coverage, driverCounts, reviewVersions, type Store, voiceSeries } from '@vigil/store'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { describeCoverage } from '../analytics/coverage.js'
import { distinctivePerGroup } from '../analytics/log-odds.js'
import { mergeReleases, type VersionSeen } from '../analytics/releases.js'
import type { CompetitorDrivers, CompetitorOverview, ReleaseMarker } from '../analytics/types.js'
import { authorCapView, voiceEstimates } from '../analytics/voice.js'
import { errorBody } from '../errors.js'
import { driversRoute, overviewRoute, releaseImpactRoute } from '../schemas-analytics.js'
import { releaseImpact } from './release-impact.js'

export interface AnalyticsContext {
  store: Store
  brands: BrandConfig[]
  releases: ReleaseConfig[]
  now: () => Date
}

/** The detector's own cap (packages/detect): the pages count an author exactly as the wall does. */
export const DETECTOR_AUTHOR_CAP: AuthorCap = {
  maxPosts: DEFAULT_PARAMS.authorMaxPosts,
  tauBuckets: DEFAULT_PARAMS.authorTauBuckets,
  bucketMs: DEFAULT_PARAMS.bucketMs,
  trollMemoryBuckets: TROLL_MEMORY_BUCKETS,
}

interface RangeQuery {
  from?: string
  to?: string
  days: number
}
interface Filters {
  market?: string
  platform?: string
  lang?: string
}

/** The range asked for; null (and a 400 sent) when it is upside down. */
export function rangeOf(q: RangeQuery, now: Date, reply: FastifyReply): { from: string; to: string } | null {
  const to = q.to !== undefined ? new Date(q.to) : now
  const from = q.from !== undefined ? new Date(q.from) : new Date(to.getTime() - q.days * 86_400_000)
  if (!(from < to)) {
    void reply.code(400).send(errorBody('VIGIL_ERR_BAD_REQUEST', 'from must be before to'))
    return null
  }
  if (to.getTime() - from.getTime() > 400 * 86_400_000) {
    void reply.code(400).send(errorBody('VIGIL_ERR_BAD_REQUEST', 'a range is at most 400 days'))
    return null
  }
  return { from: from.toISOString(), to: to.toISOString() }
}

const filtersOf = (q: Filters): Filters => ({
  ...(q.market !== undefined ? { market: q.market } : {}),
  ...(q.platform !== undefined ? { platform: q.platform } : {}),
  ...(q.lang !== undefined ? { lang: q.lang } : {}),
})

/**
 * Announced and review-named releases of the configured banks in the range (markers), and the
 * versions the reviews name with their counts.
 */
export async function releaseMarkers(
  ctx: AnalyticsContext,
  r: { from: string; to: string },
  brand?: string,
): Promise<{ markers: ReleaseMarker[]; seen: VersionSeen[] }> {
  const brands = brand !== undefined ? [brand] : ctx.brands.map((b) => b.id)
  const seen = await reviewVersions(ctx.store, { ...r, brands })
  const announced: ReleaseMarker[] = ctx.releases
    .filter((x) => brands.includes(x.brand))
    .map((x) => ({ ...x, source: 'config' as const }))
  const markers = mergeReleases(announced, seen).filter((m) => m.date >= r.from && m.date < r.to)
  return { markers, seen }
}

export function registerAnalyticsRoutes(app: FastifyInstance, ctx: AnalyticsContext): void {
  const ids = () => ctx.brands.map((b) => b.id)

  app.get<{ Querystring: RangeQuery & Filters & { period: 'day' | 'week' } }>(
    '/api/competitors/overview',
    { schema: overviewRoute },
    async (req, reply): Promise<CompetitorOverview | FastifyReply> => {
      const r = rangeOf(req.query, ctx.now(), reply)
      if (r === null) return reply
      const filters = filtersOf(req.query)
      const f = { ...r, ...filters, brands: ids() }
      const cap = DETECTOR_AUTHOR_CAP
      const [rows, cov, releases] = await Promise.all([
        voiceSeries(ctx.store, { ...f, period: req.query.period }, cap),
        coverage(ctx.store, f),
        releaseMarkers(ctx, r).then((x) => x.markers),
      ])
      const { totals, series } = voiceEstimates(rows, ids())
      return {
        ...r,
        period: req.query.period,
        filters,
        coverage: describeCoverage(cov.first || null, cov.last || null, cov.days, cov.mentions),
        authorCap: authorCapView(cap.maxPosts, cap.tauBuckets, cap.bucketMs, cap.trollMemoryBuckets),
        brands: totals.map((t, i) => ({ ...t, name: ctx.brands[i]!.name, role: ctx.brands[i]!.role })),
        series,
        releases,
      }
    },
  )

  app.get<{ Querystring: RangeQuery & Filters & { field: 'terms' | 'hashtags'; limit: number } }>(
    '/api/competitors/drivers',
    { schema: driversRoute },
    async (req, reply): Promise<CompetitorDrivers | FastifyReply> => {
      const r = rangeOf(req.query, ctx.now(), reply)
      if (r === null) return reply
      const { field, limit } = req.query
      const rows = await driverCounts(
        ctx.store,
        { ...r, ...filtersOf(req.query), brands: ids(), field, limit: 20_000 },
        DETECTOR_AUTHOR_CAP,
      )
      const totals = new Map(ids().map((b) => [b, 0]))
      for (const row of rows) totals.set(row.brand, row.total)
      const per = distinctivePerGroup(
        rows.map((x) => ({ group: x.brand, tag: x.tag, count: x.count })),
        totals,
        limit,
      )
      return {
        ...r,
        field,
        brands: ctx.brands.map((b) => ({
          brand: b.id,
          name: b.name,
          uses: totals.get(b.id) ?? 0,
          tags: (per.get(b.id) ?? []).map((t) => ({
            tag: t.tag,
            count: t.group,
            others: t.rest,
            logOdds: Math.round(t.logOdds * 1000) / 1000,
            z: Math.round(t.z * 100) / 100,
          })),
        })),
      }
    },
  )

  app.get<{
    Querystring: RangeQuery & { brand?: string; store?: 'appstore' | 'playstore'; windowDays: number }
  }>('/api/releases/impact', { schema: releaseImpactRoute }, async (req, reply) => {
    const r = rangeOf(req.query, ctx.now(), reply)
    if (r === null) return reply
    const { brand, store, windowDays } = req.query
    if (brand !== undefined && !ids().includes(brand)) {
      return reply.code(400).send(errorBody('VIGIL_ERR_UNKNOWN_BRAND', brand))
    }
    return releaseImpact(ctx, r, { brand, store, windowDays })
  })
}
