import { StoreError } from '../errors.js'
import { BRAND_STANCES, T64, t } from '../sql-common.js'

/**
 * Which first sightings count as a bank's "voice" for share of voice and sentiment: the
 * detector's own rule (packages/detect, authors.ts `authorCounts` and bucket.ts `isExcluded`),
 * restated in SQL so the analysts' pages and the wall screen agree.
 *
 * The detector keeps, per brand and author, a post count decayed by exp(−age / tau) over whole
 * buckets; a post counts while that count (of the author's earlier posts) is below maxPosts,
 * and not for trollMemory buckets after a post classified as trolling. Troll, spam and the
 * brand's own accounts never count. Here the decayed count is ClickHouse's
 * exponentialTimeDecayedSum over the author's posts in bucket order (the same sum, the post's
 * own 1 taken off), so a 1,000-post flood adds a couple of posts, as on the wall.
 *
 * The numbers come from the caller (the api passes detect's DEFAULT_PARAMS), never from a
 * request: they are checked to be small integers before they reach SQL text, because an
 * aggregate function's parameters cannot be query placeholders.
 */
export interface AuthorCap {
  maxPosts: number
  /** Decay time constant, in buckets. */
  tauBuckets: number
  bucketMs: number
  trollMemoryBuckets: number
}

/** The filters every competitor view takes; values travel as placeholders. */
export interface VoiceFilter {
  from: string
  to: string
  /** The configured banks: share of voice is among them. */
  brands: string[]
  market?: string
  platform?: string
  lang?: string
}

function int(name: string, v: number, max: number): number {
  if (!Number.isInteger(v) || v < 1 || v > max) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `author cap ${name} must be an integer in 1..${max}`)
  }
  return v
}

/** How far before `from` to read so an author's decayed count is right at the range's start. */
export function lookbackMs(cap: AuthorCap): number {
  // exp(−4) ≈ 0.02: older posts no longer matter to the count (the detector forgets at 0.05).
  return Math.max(4 * cap.tauBuckets, cap.trollMemoryBuckets) * cap.bucketMs
}

/** Placeholder values of a VoiceFilter (the caller adds its own). */
export function voiceParams(f: VoiceFilter, cap: AuthorCap): Record<string, unknown> {
  const from = Date.parse(f.from)
  const to = Date.parse(f.to)
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', 'a range needs from < to')
  }
  const ch = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '')
  const p: Record<string, unknown> = {
    from: ch(from),
    to: ch(to),
    lookFrom: ch(from - lookbackMs(cap)),
    brands: f.brands,
  }
  if (f.market !== undefined) p.market = f.market
  if (f.platform !== undefined) p.platform = f.platform
  if (f.lang !== undefined) p.lang = f.lang
  return p
}

/** Filters on the counted rows (after the cap: the detector caps an author across all of them). */
export function voiceWhere(f: VoiceFilter): string {
  return [`created_at >= {from:${T64}}`, ...voiceFilters(f)].join(' AND ')
}

/** The market, platform and language filters alone. */
export function voiceFilters(f: VoiceFilter): string[] {
  const w: string[] = []
  if (f.market !== undefined) w.push('has(markets, {market:String})')
  if (f.platform !== undefined) w.push('platform = {platform:String}')
  if (f.lang !== undefined) w.push('lang = {lang:String}')
  return w
}

/** Placeholder names of one slice of time: a live read of [lookFrom, to). */
export interface SliceParams {
  lookFrom: string
  to: string
}
const WHOLE: SliceParams = { lookFrom: 'lookFrom', to: 'to' }

/**
 * One row per mention × brand in [lookFrom, to), with the columns the views read: the
 * configured banks only, or every brand (`allBrands`, what voice_counted keeps).
 */
function base(db: string, bucketMs: number, columns: string, s: SliceParams, allBrands: boolean): string {
  // The ARRAY JOIN stays outside the read of the table: in the same SELECT it keeps the engine
  // off the time-ordered projection p_archive (011), and the read becomes a full scan.
  return `SELECT ${columns}, author_is_brand, id,
           cityHash64(author_id) AS author, intDiv(toUnixTimestamp64Milli(created_at), ${bucketMs}) AS b
    FROM (
      SELECT created_at, intent, platform, lang, markets, hashtags, terms, brands, brand_sentiment, sentiment,
             author_is_brand, id, author_id
      FROM ${t(db, 'mention_events')}
      WHERE event = 'create' AND created_at >= {${s.lookFrom}:${T64}} AND created_at < {${s.to}:${T64}}
    )
    ARRAY JOIN
      brands AS brand,
      ${BRAND_STANCES} AS stance
    ${allBrands ? '' : 'WHERE has({brands:Array(String)}, brand)'}`
}

const COLUMNS = 'brand, created_at, stance, intent, platform, lang, markets'
/** Tag arrays ride through the window's sort only for the views that read them. */
const WITH_TAGS = `${COLUMNS}, hashtags, terms`
const EXCLUDED = "intent IN ('troll', 'spam') OR author_is_brand"

/**
 * Rows (one per mention × configured brand) of [lookFrom, to) with `is_voiced` (counts for share
 * of voice and sentiment) and `is_flooded` (left out by the author cap alone). Ordering-key
 * agnostic: it reads mention_events by time range and sorts inside the window itself.
 *
 * Cost: the window sorts every row of the range by bank, author and time (about a plain scan
 * ×30 in bench/analytics.mjs). Splitting off the authors the cap can never touch did not pay on
 * the benchmark: finding them is a GROUP BY as costly as the sort. At 10⁸ rows the flag belongs
 * in the row, written by the sink as the detector decides it (see README).
 */
export function voicedRows(
  db: string,
  cap: AuthorCap,
  tags = false,
  opts: { slice?: SliceParams; allBrands?: boolean; id?: boolean } = {},
): string {
  const cols = `${tags ? WITH_TAGS : COLUMNS}${opts.id ? ', id' : ''}`
  const tau = int('tauBuckets', cap.tauBuckets, 100_000)
  const max = int('maxPosts', cap.maxPosts, 10_000)
  const bucketMs = int('bucketMs', cap.bucketMs, 86_400_000)
  const troll = int('trollMemoryBuckets', cap.trollMemoryBuckets, 100_000)
  const inner = tags ? WITH_TAGS : COLUMNS
  return `SELECT ${cols},
         prior_posts < ${max} AND b >= troll_until AND NOT (${EXCLUDED}) AS is_voiced,
         prior_posts >= ${max} AS is_flooded
  FROM (
    SELECT ${inner}, author_is_brand, b, id,
           exponentialTimeDecayedSum(${tau})(1, b) OVER w - 1 AS prior_posts,
           max(if(intent = 'troll', b + ${troll}, toInt64(-1))) OVER w AS troll_until
    FROM (${base(db, bucketMs, inner, opts.slice ?? WHOLE, opts.allBrands ?? false)})
    WINDOW w AS (PARTITION BY brand, author ORDER BY b, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
  )`
}

/** A cap as a short stable name: the rows voice_counted keeps are per cap. */
export function capKey(cap: AuthorCap): string {
  return `m${cap.maxPosts}.t${cap.tauBuckets}.b${cap.bucketMs}.r${cap.trollMemoryBuckets}`
}
