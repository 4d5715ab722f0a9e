/**
 * Builders of the product team's release views: app versions as the store reviews name them,
 * hourly review counts per bank × store (the before/after windows and the rating chart are cut
 * from these), and the terms of a version's reviews against the reviews before it.
 */
import { StoreError } from '../errors.js'
import { BRAND_STANCES, type BuiltQuery, iso, T64, t } from '../sql-common.js'

/** The app stores: the platforms whose mentions are reviews of one bank's app. */
export const STORES = ['appstore', 'playstore'] as const
export type AppStore = (typeof STORES)[number]

const ch = (s: string) => {
  const d = new Date(s)
  if (Number.isNaN(d.getTime())) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `not a timestamp: ${s}`)
  return d.toISOString().replace('T', ' ').replace('Z', '')
}

export interface ReviewFilter {
  from: string
  to: string
  brands: string[]
  store?: AppStore
}

/**
 * Where reviews are read: `review_events` (014: the app stores' first sightings alone, by time)
 * or the whole archive (`mention_events` through p_archive, as before 014; kept so a test can
 * show both give the same rows).
 */
export type ReviewSource = 'reviews' | 'archive'
const SOURCE_TABLE: Record<ReviewSource, string> = { reviews: 'review_events', archive: 'mention_events' }

/**
 * A review as the release views count it: a first sighting on an app store, not spam, not the
 * bank answering (developer responses come from its own account), one row per named bank.
 */
function reviews(db: string, f: ReviewFilter, extra = '', source: ReviewSource = 'reviews'): string {
  if (f.store !== undefined && !STORES.includes(f.store)) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown store ${String(f.store)}`)
  }
  const table = Object.hasOwn(SOURCE_TABLE, source) ? SOURCE_TABLE[source] : undefined
  if (table === undefined)
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown source ${String(source)}`)
  // review_events holds only the stores' first sightings; the archive needs the filter.
  const firsts = source === 'archive' ? "event = 'create' AND " : ''
  // ARRAY JOIN outside the table read, so the engine can read the projection p_archive (011).
  return `SELECT brand, platform AS store, app_version, created_at, rating, intent, terms, stance
  FROM (
    SELECT platform, app_version, created_at, rating, intent, terms, brands, brand_sentiment, sentiment
    FROM ${t(db, table)}
    WHERE ${firsts}platform IN ('appstore', 'playstore') AND intent != 'spam' AND NOT author_is_brand
      AND created_at >= {from:${T64}} AND created_at < {to:${T64}}
      ${f.store !== undefined ? 'AND platform = {store:String}' : ''} ${extra}
  )
  ARRAY JOIN
    brands AS brand,
    ${BRAND_STANCES} AS stance
  WHERE has({brands:Array(String)}, brand)`
}

function reviewParams(f: ReviewFilter): Record<string, unknown> {
  const p: Record<string, unknown> = { from: ch(f.from), to: ch(f.to), brands: f.brands }
  if (f.store !== undefined) p.store = f.store
  return p
}

/** Each app version the reviews name, per bank × store, with its first and last review. */
export function reviewVersionsSql(db: string, f: ReviewFilter, source?: ReviewSource): BuiltQuery {
  return {
    query: `SELECT brand, store, app_version, count() AS reviews,
       ${iso('min(created_at)')} AS first_seen, ${iso('max(created_at)')} AS last_seen
FROM (${reviews(db, f, "AND app_version != ''", source)})
GROUP BY brand, store, app_version
ORDER BY brand, store, min(created_at), app_version`,
    query_params: reviewParams(f),
  }
}

/** Per bank × store × hour: reviews, stances, complaints and the 1–5 star histogram. */
export function reviewHoursSql(db: string, f: ReviewFilter, source?: ReviewSource): BuiltQuery {
  return {
    query: `SELECT brand, store, toUnixTimestamp(toStartOfHour(created_at)) * 1000 AS hour_ms, count() AS reviews,
       countIf(stance = 'positive') AS positive, countIf(stance = 'negative') AS negative,
       countIf(stance = 'neutral') AS neutral, countIf(intent = 'complaint') AS complaints,
       countIf(rating = 1) AS r1, countIf(rating = 2) AS r2, countIf(rating = 3) AS r3,
       countIf(rating = 4) AS r4, countIf(rating = 5) AS r5
FROM (${reviews(db, f, '', source)})
GROUP BY brand, store, hour_ms
ORDER BY brand, store, hour_ms`,
    query_params: reviewParams(f),
  }
}

export interface VersionTermsArgs {
  brand: string
  store: AppStore
  version: string
  /** The release time: before = [at − window, at), after = [at, afterTo). */
  at: string
  windowMs: number
  afterTo: string
  limit: number
}

/**
 * Terms (each once per review) of the version's reviews — after the release, naming this
 * version or none — against the reviews of the window before, naming another version or none;
 * with both sides' totals of term uses, for the log-odds.
 */
export function versionTermsSql(db: string, a: VersionTermsArgs, source?: ReviewSource): BuiltQuery {
  const at = Date.parse(a.at)
  if (
    !Number.isFinite(at) ||
    !(a.windowMs > 0) ||
    !Number.isInteger(a.limit) ||
    a.limit < 1 ||
    a.limit > 100_000
  ) {
    throw new StoreError(
      'VIGIL_ERR_BAD_QUERY_ARGS',
      'version terms need a release time, a window and a limit',
    )
  }
  const f: ReviewFilter = {
    from: new Date(at - a.windowMs).toISOString(),
    to: a.afterTo,
    brands: [a.brand],
    store: a.store,
  }
  return {
    query: `SELECT tag, after, before, sum(after) OVER () AS after_total, sum(before) OVER () AS before_total
FROM (
  SELECT tag, countIf(side = 1) AS after, countIf(side = 0) AS before
  FROM (
    SELECT arrayDistinct(terms) AS tags,
           multiIf(created_at >= {at:${T64}} AND app_version IN ({version:String}, ''), 1,
                   created_at < {at:${T64}} AND app_version != {version:String}, 0, 2) AS side
    FROM (${reviews(db, f, '', source)})
  )
  ARRAY JOIN tags AS tag
  WHERE side < 2 AND tag != ''
  GROUP BY tag
)
ORDER BY after DESC, tag
LIMIT {limit:UInt32}`,
    query_params: { ...reviewParams(f), at: ch(a.at), version: a.version, limit: a.limit },
  }
}
