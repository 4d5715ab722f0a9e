/**
 * Schemas of the competitor and release routes (analytics/types.ts has the shapes). Every
 * nested object lists its properties: the response serializer drops what a schema omits.
 */
import { brandQuery as brand, errors, num, str } from './schemas.js'

const nullableNum = { type: ['number', 'null'] } as const
const interval = {
  type: 'object',
  properties: { value: nullableNum, low: num, high: num, n: num },
} as const
const coverage = {
  type: 'object',
  properties: {
    first: { type: ['string', 'null'] },
    last: { type: ['string', 'null'] },
    daysWithData: num,
    spanHours: num,
    mentions: num,
    text: str,
  },
} as const
const store = { type: 'string', enum: ['appstore', 'playstore'] } as const
const marker = {
  brand: str,
  store: str,
  version: str,
  date: str,
  source: { type: 'string', enum: ['config', 'reviews'] },
  notes: str,
} as const
const voiceStats = {
  brand: str,
  voiced: num,
  mentions: num,
  flooded: num,
  complaints: num,
  shareOfVoice: interval,
  netSentiment: interval,
  negativeShare: interval,
} as const

/** A range: `from`/`to` (ISO-8601), or the last `days` up to now. */
const range = (days: number) => ({
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
  days: { type: 'integer', minimum: 1, maximum: 400, default: days },
})
const filters = {
  market: { type: 'string', pattern: '^[A-Z]{2}$' },
  platform: { type: 'string', pattern: '^[a-z]{1,32}$' },
  lang: { type: 'string', pattern: '^[a-z]{2,3}$' },
} as const
const query = (properties: Record<string, object>) =>
  ({ type: 'object', additionalProperties: false, properties }) as const
const ok = (properties: Record<string, object>) =>
  ({ 200: { type: 'object', properties }, ...errors }) as const

export const overviewRoute = {
  summary:
    'Marketing: share of voice, net sentiment and negative share per bank per day or week, with 95 % intervals, sample sizes, the real coverage and release markers; authors capped as the detector caps them',
  querystring: query({
    ...range(28),
    period: { type: 'string', enum: ['day', 'week'], default: 'day' },
    ...filters,
  }),
  response: ok({
    from: str,
    to: str,
    period: str,
    filters: { type: 'object', properties: filters },
    coverage,
    authorCap: {
      type: 'object',
      properties: { maxPosts: num, decayMinutes: num, trollMemoryMinutes: num, text: str },
    },
    brands: {
      type: 'array',
      items: { type: 'object', properties: { ...voiceStats, name: str, role: str } },
    },
    series: { type: 'array', items: { type: 'object', properties: { ...voiceStats, period: str } } },
    releases: { type: 'array', items: { type: 'object', properties: marker } },
  }),
} as const

export const driversRoute = {
  summary:
    'Marketing: the terms or hashtags that set each bank apart from the others (log-odds with an informative Dirichlet prior, z ≥ 1.96), over voiced mentions',
  querystring: query({
    ...range(28),
    field: { type: 'string', enum: ['terms', 'hashtags'], default: 'terms' },
    limit: { type: 'integer', minimum: 1, maximum: 50, default: 8 },
    ...filters,
  }),
  response: ok({
    from: str,
    to: str,
    field: str,
    brands: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          brand: str,
          name: str,
          uses: num,
          tags: {
            type: 'array',
            items: {
              type: 'object',
              properties: { tag: str, count: num, others: num, logOdds: num, z: num },
            },
          },
        },
      },
    },
  }),
} as const

const side = {
  type: 'object',
  properties: {
    from: str,
    to: str,
    reviews: num,
    rating: interval,
    negativeShare: interval,
    netSentiment: interval,
    complaintShare: interval,
  },
} as const

export const releaseImpactRoute = {
  summary:
    'Product: per bank, app store and version, rating, sentiment and complaint share before vs after the release with intervals, and the terms new with it; daily review series',
  querystring: query({
    ...range(90),
    brand,
    store,
    windowDays: { type: 'integer', minimum: 1, maximum: 60, default: 7 },
  }),
  response: ok({
    from: str,
    to: str,
    windowDays: num,
    coverage,
    releases: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...marker,
          name: str,
          app: str,
          reviewsNamingVersion: num,
          before: side,
          after: side,
          change: {
            type: 'object',
            properties: {
              negativeShare: interval,
              complaintShare: interval,
              rating: { type: 'object', properties: { value: nullableNum } },
            },
          },
          newTerms: {
            type: 'array',
            items: { type: 'object', properties: { tag: str, after: num, before: num, z: num } },
          },
        },
      },
    },
    series: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          brand: str,
          store: str,
          day: str,
          reviews: num,
          rating: interval,
          negativeShare: interval,
        },
      },
    },
  }),
} as const
