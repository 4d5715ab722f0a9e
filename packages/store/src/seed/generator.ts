import { type BuiltQuery, t } from '../sql-common.js'
import { CATEGORIES } from './mix.js'
import type { SeedDict } from './plan.js'

/**
 * The row generator runs inside ClickHouse: `INSERT … SELECT` over the hour plan, each hour
 * expanded with `arrayJoin(range(n))`, every choice a hash of the row's sequence number looked
 * up in the plan's dictionaries (passed as typed array parameters). No row crosses into
 * JavaScript, so the engine writes large sorted blocks at its own speed.
 */

/** A uniform draw in [0, 1) for row `seq`, independent per `k`. */
const u = (k: number, seq = 'seq') => `(cityHash64(${seq}, ${k}) % 1000000) / 1000000.0`
/** 1-based index of the first cumulative weight above a uniform draw. */
const pick = (k: number, cum: string) => `arrayFirstIndex(x -> x > ${u(k)}, ${cum})`

const CAT = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<
  (typeof CATEGORIES)[number],
  number
>
/** X's epoch: ids grow with time, as X's, Reddit's and the stores' do. */
const SNOWFLAKE_EPOCH = 1288834974657

const nativeId = (ms: string, salt: string) =>
  `if(platform IN ('youtube', 'news'), lower(hex(cityHash64(seq, ${salt}))),
      toString(bitShiftLeft(toUInt64(${ms} - ${SNOWFLAKE_EPOCH}), 22) + (seq * 2 + ${salt}) % 4194304))`

/** Columns of the seeding stream: the archive's, plus what only the current state has. */
export const STREAM_COLUMNS = `
    id String, event LowCardinality(String), event_key String, platform LowCardinality(String),
    kind LowCardinality(String), url String, author_id String, author_handle String,
    author_followers UInt64, author_verified Bool, author_is_brand Bool, text String,
    lang LowCardinality(String), brands Array(LowCardinality(String)), brand_via Array(String),
    brand_sentiment Array(LowCardinality(String)), brand_sentiment_score Array(Float32),
    sentiment LowCardinality(String), sentiment_score Float32, intent LowCardinality(String),
    pii Array(LowCardinality(String)), hashtags Array(String), terms Array(String),
    likes UInt64, shares UInt64, replies UInt64, views UInt64, rating Nullable(UInt8),
    app_version String, in_reply_to String, conversation_id String,
    markets Array(LowCardinality(String)), created_at DateTime64(3, 'UTC'),
    received_at DateTime64(3, 'UTC'), enriched_at DateTime64(3, 'UTC'),
    deleted UInt8, version UInt64`

const NAMES = [...STREAM_COLUMNS.matchAll(/(?:^|,)\s*([a-z_]+)\s+[A-Z]/g)].map((m) => m[1]!)

export function dictParams(d: SeedDict): Record<string, unknown> {
  return {
    brandIds: d.brandIds,
    brandNames: d.brandNames,
    brandMarkets: d.brandMarkets,
    brandTags: d.brandTags,
    careIds: d.careIds,
    careHandles: d.careHandles,
    crowd: d.crowd,
    langCum: d.langCum,
    langIdx: d.langIdx,
    langs: d.langs,
    catCum: d.catCum,
    catIdx: d.catIdx,
    platCum: d.platCum,
    platforms: d.platforms,
    base: d.base,
    cnt: d.count,
    texts: d.texts,
    terms: d.terms,
    catSent: d.categorySentiment,
    catIntent: d.categoryIntent,
    answered: d.answered,
    replyTexts: d.replyTexts,
    replyTerms: d.replyTerms,
    releaseAt: d.releaseAt,
    releaseVer: d.releaseVer,
    replyShare: d.replyShare,
    deleteShare: d.deleteShare,
  }
}

const P = {
  brandIds: 'Array(String)',
  brandNames: 'Array(String)',
  brandMarkets: 'Array(Array(String))',
  brandTags: 'Array(Array(String))',
  careIds: 'Array(String)',
  careHandles: 'Array(String)',
  crowd: 'Array(UInt32)',
  langCum: 'Array(Array(Float64))',
  langIdx: 'Array(Array(UInt8))',
  langs: 'Array(String)',
  catCum: 'Array(Float64)',
  catIdx: 'Array(UInt8)',
  platCum: 'Array(Float64)',
  platforms: 'Array(String)',
  base: 'Array(UInt32)',
  cnt: 'Array(UInt32)',
  texts: 'Array(String)',
  terms: 'Array(Array(String))',
  catSent: 'Array(String)',
  catIntent: 'Array(String)',
  answered: 'Array(UInt8)',
  replyTexts: 'Array(String)',
  replyTerms: 'Array(Array(String))',
  releaseAt: 'Array(Array(UInt32))',
  releaseVer: 'Array(Array(String))',
  replyShare: 'Float64',
  deleteShare: 'Float64',
} as const
const p = (name: keyof typeof P) => `{${name}:${P[name]}}`

/**
 * One original post per row of the hour plan's expansion, then up to three events per post:
 * its creation, the care account's reply (answered categories on posts), its deletion.
 */
export function generateSql(
  db: string,
  fromHour: number,
  toHour: number,
  nCategories = CATEGORIES.length,
): BuiltQuery {
  const nLangs = 4
  const originals = `
SELECT b, seq, hour, inc, tag, cat, platform, platform IN ('appstore', 'playstore') AS review, l, v, ms, ver,
       brand, sent, score, post_author, followers, is_troll,
       has(${p('answered')}, cat) AND NOT review AND platform != 'news' AND ${u(14)} < ${p('replyShare')} AS answered,
       ${u(15)} < ${p('deleteShare')} AS deleted_later
FROM (
  SELECT b, seq, hour, inc, tag, cat, l, brand, ms, ver, is_troll, post_author,
         if(cat = ${CAT.news}, 'news',
            if(cat = ${CAT.release}, if(${u(3)} < 0.5, 'appstore', 'playstore'), ${p('platforms')}[${pick(3, p('platCum'))}])) AS platform,
         ${p('base')}[(b * ${nLangs} + l) * ${nCategories} + cat + 1]
           + toUInt32(floor(${u(5)} * ${p('cnt')}[(b * ${nLangs} + l) * ${nCategories} + cat + 1])) + 1 AS v,
         if(${u(16)} < 0.08, 'neutral', ${p('catSent')}[cat + 1]) AS sent,
         toFloat32(multiIf(sent = 'negative', -(0.4 + 0.6 * ${u(10)}), sent = 'positive', 0.4 + 0.6 * ${u(10)}, (${u(10)} - 0.5) * 0.3)) AS score,
         cityHash64(post_author) AS ah,
         if(ah % 50 = 0, 50000 + ah % 500000, toUInt64(pow(10, 1 + (intHash32(ah) % 1000) / 1000.0 * 3))) AS followers
  FROM (
    SELECT b, seq, hour, inc, tag, cat, brand,
           ${p('langIdx')}[b + 1][${pick(4, `${p('langCum')}[b + 1]`)}] AS l,
           toUInt64(toUnixTimestamp(hour)) * 1000 + cityHash64(seq, 6) % 3600000 AS ms,
           arrayLastIndex(x -> x <= intDiv(ms, 1000), ${p('releaseAt')}[b + 1]) AS ri,
           ${p('releaseVer')}[b + 1][greatest(1, ri - (${u(7)} < 0.2))] AS ver,
           cat = ${CAT.troll} AND inc AS is_troll,
           if(is_troll, concat('u-', brand, '-troll', toString(seq % 6)),
              concat('u-', brand, '-', toString(toUInt32(floor(${p('crowd')}[b + 1] * pow(${u(12)}, 2)))))) AS post_author
    FROM (
      SELECT b, seq, hour, inc, if(inc, inc_tag, '') AS tag, ${p('brandIds')}[b + 1] AS brand,
             if(inc, inc_cat, ${p('catIdx')}[${pick(2, p('catCum'))}]) AS cat
      FROM (
        SELECT b, hour, inc_share, inc_cat, inc_tag, seq0 + arrayJoin(range(n)) AS seq, ${u(1)} < inc_share AS inc
        FROM ${t(db, 'seed_hours')}
        WHERE hour >= fromUnixTimestamp({fromHour:UInt32}) AND hour < fromUnixTimestamp({toHour:UInt32})
      )
    )
  )
)`
  // part 0: the post; 1: the care reply; 2: the deletion.
  const replyMs = `ms + toUInt64((2 - log(1 - ${u(17)}) * 28) * 60000)`
  const origId = `concat(platform, ':', ${nativeId('ms', '0')})`
  const select = `
SELECT
  if(part = 1, concat(platform, ':', ${nativeId(replyMs, '1')}), ${origId}) AS id,
  if(part = 2, 'delete', 'create') AS event,
  event AS event_key,
  platform,
  multiIf(part = 1, 'reply', review, 'review', 'post') AS kind,
  concat('https://', platform, '.example/', brand, '/', toString(seq), if(part = 1, '/r', '')) AS url,
  if(part = 1, ${p('careIds')}[b + 1], post_author) AS author_id,
  if(part = 1, ${p('careHandles')}[b + 1], post_handle) AS author_handle,
  if(part = 1, 120000, followers) AS author_followers,
  part = 1 OR (followers >= 50000 AND followers % 2 = 0) AS author_verified,
  part = 1 AS author_is_brand,
  if(part = 1,
     concat(post_handle, ' ', ${p('replyTexts')}[l + 1], ' ', ${p('brandNames')}[b + 1]),
     trimBoth(replaceOne(replaceOne(replaceOne(${p('texts')}[v], '{tag}', tag), '{amt}', concat('£', toString(10 + cityHash64(seq, 8) % 2000))), '{ver}', ver))) AS text,
  ${p('langs')}[l + 1] AS lang,
  if(cat = ${CAT.comparison} AND part != 1,
     [brand, ${p('brandIds')}[(b + 1 + cityHash64(seq, 11) % (length(${p('brandIds')}) - 1)) % length(${p('brandIds')}) + 1]],
     [brand]) AS brands,
  arrayMap(x -> concat(x, ':alias'), brands) AS brand_via,
  arrayMap(x -> if(part = 1, 'neutral', sent), brands) AS brand_sentiment,
  arrayMap(x -> if(part = 1, toFloat32(0.1), score), brands) AS brand_sentiment_score,
  if(part = 1, 'neutral', sent) AS sentiment,
  if(part = 1, toFloat32(0.1), score) AS sentiment_score,
  if(part = 1, 'other', ${p('catIntent')}[cat + 1]) AS intent,
  if(cat = ${CAT.pii} AND part != 1, ['card'], []) AS pii,
  if(part = 1, [], if(tag != '', [tag], arraySlice(${p('brandTags')}[b + 1], 1, ${u(9)} < 0.1))) AS hashtags,
  if(part = 1, ${p('replyTerms')}[l + 1], ${p('terms')}[v]) AS terms,
  cityHash64(seq, 13) % if(followers > 10000, 2000, 40) AS likes,
  cityHash64(seq, 18) % if(followers > 10000, 500, 8) AS shares,
  cityHash64(seq, 19) % 10 AS replies,
  cityHash64(seq, 20) % greatest(50, followers * 3) AS views,
  if(review AND part != 1, toUInt8(multiIf(sent = 'negative', 1 + seq % 2, sent = 'positive', 4 + seq % 2, 3)), NULL) AS rating,
  if(review AND part != 1, ver, '') AS app_version,
  if(part = 1, ${origId}, '') AS in_reply_to,
  ${origId} AS conversation_id,
  ${p('brandMarkets')}[b + 1] AS markets,
  fromUnixTimestamp64Milli(toInt64(if(part = 1, ${replyMs}, ms)), 'UTC') AS created_at,
  fromUnixTimestamp64Milli(toInt64(multiIf(part = 1, ${replyMs}, part = 2, ms + 3600000 + cityHash64(seq, 21) % 86400000, ms) + cityHash64(seq, 22) % 30000), 'UTC') AS received_at,
  received_at + toIntervalMillisecond(200) AS enriched_at,
  toUInt8(part = 2) AS deleted,
  toUInt64(toUnixTimestamp64Milli(received_at)) * 4 + if(part = 2, 2, 0) AS version
FROM (
  SELECT *, concat('@', substring(post_author, 3)) AS post_handle,
         arrayJoin(arrayConcat([0], if(answered, [1], []), if(deleted_later, [2], []))) AS part
  FROM (${originals})
)`
  return {
    query: `INSERT INTO ${t(db, 'seed_stream')} (${NAMES.join(', ')})${select}`,
    query_params: { fromHour: Math.floor(fromHour / 1000), toHour: Math.floor(toHour / 1000) },
  }
}

export const typedParams = P
