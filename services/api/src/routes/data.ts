import type { FastifyInstance, FastifyReply } from 'fastify'
import type { RouteContext } from '../context.js'
import { errorBody } from '../errors.js'
import type { VolumePoint as VolumeRow } from '../public-types.js'
import { brandsRoute, recentMentionsRoute, summaryRoute, volumeRoute } from '../schemas.js'

const MINUTE_MS = 60_000

type Point = Omit<VolumeRow, 'brand'>

/** Minute starts in [from, to), each minute present: an empty minute is a real zero, not a gap. */
export function zeroFilled(rows: readonly VolumeRow[], brand: string, from: Date, to: Date): Point[] {
  const byMinute = new Map<number, VolumeRow>()
  for (const r of rows) if (r.brand === brand) byMinute.set(Date.parse(r.minute), r)
  const out: Point[] = []
  for (let ms = from.getTime(); ms < to.getTime(); ms += MINUTE_MS) {
    const r = byMinute.get(ms)
    out.push({
      minute: new Date(ms).toISOString(),
      volume: r?.volume ?? 0,
      negative: r?.negative ?? 0,
      positive: r?.positive ?? 0,
      complaints: r?.complaints ?? 0,
      meanSentiment: r?.meanSentiment ?? 0,
    })
  }
  return out
}

/** The window ends at the start of the next minute, so the current (filling) minute is included. */
export function minuteWindow(now: Date, minutes: number): { from: Date; to: Date } {
  const to = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS)
  return { from: new Date(to.getTime() - minutes * MINUTE_MS), to }
}

/** The last `hours` up to now (the analysts' windows). */
export function lastHours(now: Date, hours: number): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - hours * 3_600_000), to: now }
}

export function unknownBrand(ctx: RouteContext, reply: FastifyReply, brand: string | undefined): boolean {
  if (brand === undefined || ctx.brands.some((b) => b.id === brand)) return false
  void reply.code(400).send(errorBody('VIGIL_ERR_UNKNOWN_BRAND', brand))
  return true
}

export function registerDataRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/api/brands', { schema: brandsRoute }, async () => ({
    brands: ctx.brands.map((b) => ({ id: b.id, name: b.name, role: b.role, markets: b.markets })),
  }))

  app.get<{ Querystring: { minutes: number; brand?: string } }>(
    '/api/volume',
    { schema: volumeRoute },
    async (req, reply) => {
      const { minutes, brand } = req.query
      if (unknownBrand(ctx, reply, brand)) return reply
      const { from, to } = minuteWindow(ctx.now(), minutes)
      const brands = brand ? [brand] : ctx.brands.map((b) => b.id)
      const rows = await ctx.data.volumeByMinute({ brands, from, to })
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        series: brands.map((b) => ({ brand: b, points: zeroFilled(rows, b, from, to) })),
      }
    },
  )

  app.get<{ Querystring: { hours: number } }>('/api/summary', { schema: summaryRoute }, async (req) => {
    const { from, to } = lastHours(ctx.now(), req.query.hours)
    const rows = await ctx.data.brandSummary({ from, to })
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      brands: ctx.brands.map((b) => {
        const r = rows.find((x) => x.brand === b.id)
        return {
          brand: b.id,
          name: b.name,
          role: b.role,
          volume: r?.volume ?? 0,
          negative: r?.negative ?? 0,
          complaints: r?.complaints ?? 0,
          negativeShare: r?.negativeShare ?? 0,
          meanSentiment: r?.meanSentiment ?? 0,
          shareOfVoice: r?.shareOfVoice ?? 0,
        }
      }),
    }
  })

  app.get<{ Querystring: { brand?: string; intent?: string; limit: number } }>(
    '/api/mentions/recent',
    { schema: recentMentionsRoute },
    async (req, reply) => {
      if (unknownBrand(ctx, reply, req.query.brand)) return reply
      return { mentions: await ctx.data.recentMentions(req.query) }
    },
  )
}
