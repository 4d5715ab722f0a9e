/**
 * Builders of the marketing team's competitor views: per-period voice and sentiment counts per
 * bank, the range's real coverage, and per-bank tag counts for "what drives the difference".
 * Counts only; the intervals and scores are computed by the api's pure analytics modules.
 */
import { StoreError } from '../errors.js'
import { type BuiltQuery, iso, T64, t } from '../sql-common.js'
import { plannedRows, type VoicePlan } from './stored.js'
import { DRIVER_FIELDS, type DriverField } from './tags.js'
import {
  type AuthorCap,
  type VoiceFilter,
  voicedRows,
  voiceFilters,
  voiceParams,
  voiceWhere,
} from './voice.js'

/** Series granularity → fixed SQL text (a Date: the UTC day, or the Monday of the ISO week). */
export const PERIODS = { day: 'toDate(created_at)', week: 'toMonday(created_at)' } as const
export type Period = keyof typeof PERIODS

export { DRIVER_FIELDS, type DriverField } from './tags.js'

function pick<T extends Record<string, string>>(table: T, key: string, what: string): string {
  if (!Object.hasOwn(table, key)) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown ${what} ${key}`)
  return table[key as keyof T] as string
}

/** Per period × bank: voiced mentions by stance, and what the cap and exclusions left out. */
export function voiceSeriesSql(
  db: string,
  f: VoiceFilter & { period: Period },
  cap: AuthorCap,
  plan: VoicePlan | null = null,
): BuiltQuery {
  const period = pick(PERIODS, f.period, 'period')
  if (plan !== null) return storedSeriesSql(db, f, cap, plan, period)
  const src = source(db, f, cap, false, plan)
  return {
    query: `SELECT toString(${period}) AS period, brand,
       countIf(is_voiced) AS voiced,
       countIf(is_voiced AND stance = 'positive') AS positive,
       countIf(is_voiced AND stance = 'negative') AS negative,
       countIf(is_voiced AND stance = 'neutral') AS neutral,
       countIf(is_voiced AND intent = 'complaint') AS complaints,
       count() AS mentions,
       countIf(is_flooded) AS flooded
FROM (${src.rows})
WHERE ${src.where}
GROUP BY period, brand
ORDER BY period, brand`,
    query_params: src.params,
  }
}

/**
 * The series from stored days: whole days summed from voice_day (011), the ragged ends counted
 * from live rows, added per period and bank.
 */
function storedSeriesSql(
  db: string,
  f: VoiceFilter,
  cap: AuthorCap,
  plan: VoicePlan,
  period: string,
): BuiltQuery {
  const live = plannedRows(db, cap, false, f, plan, { stored: false })
  const filters = ['1', ...voiceFilters(f)].join(' AND ')
  const byDay = period.replace('created_at', 'day')
  return {
    query: `SELECT period, brand, sum(voiced) AS voiced, sum(positive) AS positive, sum(negative) AS negative,
       sum(neutral) AS neutral, sum(complaints) AS complaints, sum(mentions) AS mentions, sum(flooded) AS flooded
FROM (
  SELECT toString(${period}) AS period, brand, countIf(is_voiced) AS voiced,
         countIf(is_voiced AND stance = 'positive') AS positive, countIf(is_voiced AND stance = 'negative') AS negative,
         countIf(is_voiced AND stance = 'neutral') AS neutral, countIf(is_voiced AND intent = 'complaint') AS complaints,
         count() AS mentions, countIf(is_flooded) AS flooded
  FROM (${live.sql})
  WHERE ${filters}
  GROUP BY period, brand
  UNION ALL
  SELECT toString(${byDay}) AS period, brand, sum(voiced), sum(positive), sum(negative), sum(neutral),
         sum(complaints), sum(mentions), sum(flooded)
  FROM ${t(db, 'voice_day')}
  WHERE cap = {cap:String} AND day >= toDate({storedFrom:${T64}}) AND day < toDate({storedTo:${T64}})
    AND has({brands:Array(String)}, brand) AND ${filters}
  GROUP BY period, brand
)
GROUP BY period, brand
ORDER BY period, brand`,
    query_params: { ...voiceParams(f, cap), ...live.params },
  }
}

/** Live rows of the whole range, or stored days with live ends (stored.ts), and their filters. */
function source(db: string, f: VoiceFilter, cap: AuthorCap, tags: boolean, plan: VoicePlan | null) {
  const params = voiceParams(f, cap)
  if (plan === null) return { rows: voicedRows(db, cap, tags), where: voiceWhere(f), params }
  const p = plannedRows(db, cap, tags, f, plan)
  return { rows: p.sql, where: ['1', ...voiceFilters(f)].join(' AND '), params: { ...params, ...p.params } }
}

/** First and last mention, days with mentions and the count, over the range and filters. */
export function coverageSql(db: string, f: VoiceFilter): BuiltQuery {
  const where = [
    "event = 'create'",
    `created_at >= {from:${T64}}`,
    `created_at < {to:${T64}}`,
    'hasAny(brands, {brands:Array(String)})',
  ]
  if (f.market !== undefined) where.push('has(markets, {market:String})')
  if (f.platform !== undefined) where.push('platform = {platform:String}')
  if (f.lang !== undefined) where.push('lang = {lang:String}')
  const p: Record<string, unknown> = { from: ch(f.from), to: ch(f.to), brands: f.brands }
  for (const k of ['market', 'platform', 'lang'] as const) if (f[k] !== undefined) p[k] = f[k]
  return {
    query: `SELECT if(count() = 0, '', ${iso('min(created_at)')}) AS first, if(count() = 0, '', ${iso('max(created_at)')}) AS last,
       uniqExact(toDate(created_at)) AS days, count() AS mentions
FROM ${t(db, 'mention_events')}
WHERE ${where.join(' AND ')}`,
    query_params: p,
  }
}

const ch = (s: string) => {
  const d = new Date(s)
  if (Number.isNaN(d.getTime())) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `not a timestamp: ${s}`)
  return d.toISOString().replace('T', ' ').replace('Z', '')
}

/**
 * Voiced mentions per bank × tag (each tag once per mention), the most used first, and per
 * bank the total of its tag uses (`total`, over every tag, not only the rows returned).
 */
export function driverCountsSql(
  db: string,
  f: VoiceFilter & { field: DriverField; limit: number },
  cap: AuthorCap,
  plan: VoicePlan | null = null,
  opts: { tagDays?: boolean } = {},
): BuiltQuery {
  const field = pick(DRIVER_FIELDS, f.field, 'driver field')
  if (!Number.isInteger(f.limit) || f.limit < 1 || f.limit > 100_000) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', 'limit must be an integer in 1..100000')
  }
  if (plan !== null && opts.tagDays !== false) return storedDriversSql(db, f, cap, plan, field)
  const src = source(db, f, cap, true, plan)
  return {
    query: `SELECT brand, tag, count, total
FROM (
  SELECT brand, tag, count() AS count, sum(count()) OVER (PARTITION BY brand) AS total
  FROM (${src.rows})
  ARRAY JOIN ${field} AS tag
  WHERE is_voiced AND tag != '' AND ${src.where}
  GROUP BY brand, tag
)
ORDER BY count DESC, brand, tag
LIMIT {limit:UInt32}`,
    query_params: { ...src.params, limit: f.limit },
  }
}

/**
 * Drivers from stored days: whole days summed from voice_tag_day (014), the ragged ends counted
 * from live rows, added per bank and tag; the bank's total over the sum, as the live read.
 */
function storedDriversSql(
  db: string,
  f: VoiceFilter & { field: DriverField; limit: number },
  cap: AuthorCap,
  plan: VoicePlan,
  field: string,
): BuiltQuery {
  const live = plannedRows(db, cap, true, f, plan, { stored: false })
  const filters = ['1', ...voiceFilters(f)].join(' AND ')
  return {
    query: `SELECT brand, tag, count, total
FROM (
  SELECT brand, tag, sum(n) AS count, sum(sum(n)) OVER (PARTITION BY brand) AS total
  FROM (
    SELECT brand, tag, count() AS n
    FROM (${live.sql})
    ARRAY JOIN ${field} AS tag
    WHERE is_voiced AND tag != '' AND ${filters}
    GROUP BY brand, tag
    UNION ALL
    SELECT brand, tag, sum(voiced) AS n
    FROM ${t(db, 'voice_tag_day')}
    WHERE cap = {cap:String} AND field = {field:String}
      AND day >= toDate({storedFrom:${T64}}) AND day < toDate({storedTo:${T64}})
      AND has({brands:Array(String)}, brand) AND ${filters}
    GROUP BY brand, tag
  )
  GROUP BY brand, tag
)
ORDER BY count DESC, brand, tag
LIMIT {limit:UInt32}`,
    query_params: { ...voiceParams(f, cap), ...live.params, field: f.field, limit: f.limit },
  }
}
