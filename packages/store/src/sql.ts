import { ALERT_STATUSES, type AlertStatus, INTENTS, type Intent } from '@vigil/schema'
import { correctedMentions, correctedMinutes } from './corrections/sql.js'
import { StoreError } from './errors.js'
import {
  BUCKETS,
  type Bucket,
  type BuiltQuery,
  currentInWindow,
  iso,
  limitOf,
  params,
  T64,
  t,
  window,
} from './sql-common.js'
import { rollupSource } from './sql-rollup.js'

export * from './sql-common.js'
export * from './sql-insights.js'

export interface VolumeArgs {
  brands?: string[]
  from: string | Date
  to: string | Date
  bucket?: Bucket
}

/** Per brand per bucket (default: minute), [from, to). Reads the per-minute aggregate. */
export function volumeSeriesSql(db: string, args: VolumeArgs): BuiltQuery {
  const bucket = args.bucket ?? 'minute'
  const interval = BUCKETS[bucket]
  if (!interval) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown bucket ${String(bucket)}`)
  const brandFilter = args.brands && args.brands.length > 0 ? 'AND has({brands:Array(String)}, brand)' : ''
  // Hour and day buckets are sums of whole hours: the hourly rollup serves them (sql-rollup.ts).
  const source =
    bucket === 'hour' || bucket === 'day'
      ? `${rollupSource(db, brandFilter ? 'has({brands:Array(String)}, brand)' : '')}
  WHERE 1`
      : `${correctedMinutes(db)}
  WHERE minute >= {from:${T64}} AND minute < {to:${T64}}`
  return {
    // Ratios are computed outside the aggregation: inside it, the alias `volume` would
    // shadow the column and `sum(volume)` would nest.
    query: `SELECT brand, bucket, volume, negative, neutral, positive, complaints, questions, pii_incidents, reach,
       round(if(volume = 0, 0, sentiment_sum / volume), 4) AS mean_sentiment
FROM (
  SELECT brand, ${iso(`toDateTime64(toStartOfInterval(minute, ${interval}), 3, 'UTC')`)} AS bucket,
         sum(volume) AS volume, sum(negative) AS negative, sum(neutral) AS neutral, sum(positive) AS positive,
         sum(complaints) AS complaints, sum(questions) AS questions, sum(pii_incidents) AS pii_incidents,
         sum(reach) AS reach, sum(sentiment_sum) AS sentiment_sum
  FROM ${source} ${brandFilter}
  GROUP BY brand, bucket
)
ORDER BY brand, bucket`,
    query_params: params({ ...window(args.from, args.to), brands: brandFilter ? args.brands : undefined }),
  }
}

export const volumeByMinuteSql = (db: string, args: Omit<VolumeArgs, 'bucket'>) =>
  volumeSeriesSql(db, { ...args, bucket: 'minute' })

/** Per brand over [from, to): volume, negative share, mean sentiment, share of voice. */
export function brandSummarySql(db: string, args: { from: string | Date; to: string | Date }): BuiltQuery {
  return {
    query: `SELECT brand, volume, negative, complaints,
       if(volume = 0, 0, negative / volume) AS negative_share,
       round(if(volume = 0, 0, sentiment_sum / volume), 4) AS mean_sentiment,
       if(total = 0, 0, volume / total) AS share_of_voice
FROM (
  SELECT brand, volume, negative, complaints, sentiment_sum, sum(volume) OVER () AS total
  FROM (
    SELECT brand, sum(volume) AS volume, sum(negative) AS negative, sum(complaints) AS complaints,
           sum(sentiment_sum) AS sentiment_sum
    FROM ${rollupSource(db)}
    GROUP BY brand
  )
)
ORDER BY volume DESC, brand`,
    query_params: window(args.from, args.to),
  }
}

export interface ListAlertsArgs {
  status?: AlertStatus
  brand?: string
  limit?: number
}

const ALERT_COLUMNS = `id, version, brand, status, severity, score, confidence, signal_names, signal_observed,
       signal_expected, signal_scores, driver_hashtags, driver_terms, driver_platforms, driver_languages,
       sector_wide, headline, multiplier, trend, brand_name, probability, opened_at, updated_at, resolved_at, sample_mention_ids`

/** Latest version of each alert (FINAL collapses versions at read time), newest first. */
export function listAlertsSql(db: string, args: ListAlertsArgs): BuiltQuery {
  if (args.status !== undefined && !ALERT_STATUSES.includes(args.status)) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown status ${String(args.status)}`)
  }
  const where: string[] = []
  if (args.status !== undefined) where.push('status = {status:String}')
  if (args.brand !== undefined) where.push('brand = {brand:String}')
  return {
    query: `SELECT ${ALERT_COLUMNS}
FROM ${t(db, 'alerts')} FINAL
${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY updated_at DESC, id
LIMIT {limit:UInt32}`,
    query_params: params({ status: args.status, brand: args.brand, limit: limitOf(args.limit) }),
  }
}

export function getAlertSql(db: string, id: string): BuiltQuery {
  return {
    query: `SELECT ${ALERT_COLUMNS} FROM ${t(db, 'alerts')} FINAL WHERE id = {id:String} LIMIT 1`,
    query_params: { id },
  }
}

export function alertFeedbackSql(db: string, alertId: string): BuiltQuery {
  return {
    query: `SELECT alert_id, real, note, user, ${iso('at')} AS at
FROM ${t(db, 'alert_feedback')} WHERE alert_id = {id:String} ORDER BY at`,
    query_params: { id: alertId },
  }
}

/** Who acknowledged these incidents, and when (incidents nobody acknowledged are absent). */
export function alertAcksSql(db: string, ids: string[]): BuiltQuery {
  return {
    query: `SELECT alert_id, acked_by, ${iso('acked_at')} AS acked_at
FROM ${t(db, 'alert_acks')} FINAL WHERE alert_id IN {ids:Array(String)}`,
    query_params: { ids },
  }
}

export interface RecentMentionsArgs {
  brand?: string
  intent?: Intent
  /** Only these mentions (an alert's sample posts). */
  ids?: string[]
  /** Only mentions created from then on (see `recentMentions`: a narrowing tried first). */
  since?: string | Date
  limit?: number
}

/** Current state of the newest mentions, deleted ones left out. Text is already masked. */
export function recentMentionsSql(db: string, args: RecentMentionsArgs): BuiltQuery {
  if (args.intent !== undefined && !INTENTS.includes(args.intent)) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown intent ${String(args.intent)}`)
  }
  const where = ['deleted = 0']
  if (args.brand !== undefined) where.push('has(brands, {brand:String})')
  if (args.intent !== undefined) where.push('intent = {intent:String}')
  if (args.ids !== undefined) where.push('id IN {ids:Array(String)}')
  // Qualified: the output alias `created_at` (ISO text) would shadow the column here.
  if (args.since !== undefined) where.push(`m.created_at >= {since:${T64}}`)
  return {
    query: `SELECT id, platform, kind, url, author_handle, author_followers, author_verified, text, lang, brands,
       sentiment, round(sentiment_score, 4) AS sentiment_score, intent, pii, hashtags, terms, likes, shares, replies, views, rating,
       app_version, ${iso('m.created_at')} AS created_at, last_event
FROM ${correctedMentions(db, args.since !== undefined ? `${currentInWindow(db, 'since')} AS m` : undefined)} AS m
WHERE ${where.join(' AND ')}
ORDER BY m.created_at DESC, id
LIMIT {limit:UInt32}`,
    query_params: params({
      brand: args.brand,
      intent: args.intent,
      ids: args.ids,
      since: args.since === undefined ? undefined : window(args.since, args.since).from,
      limit: limitOf(args.limit),
    }),
  }
}

/** Mentions by id, deleted ones left out, the most followed author first (an incident's samples). */
export function mentionsByIdsSql(db: string, ids: string[]): BuiltQuery {
  // PREWHERE by hand: ClickHouse does not move a WHERE to PREWHERE under FINAL, so the ids were
  // matched after reading every column of each part's candidate granules (541 granules, 4.4M
  // rows for 20 ids in a 100M store of 53 parts: 1.3 s). Filtering on the key before FINAL
  // keeps every version of a chosen id, so FINAL's answer is the same (145 ms there).
  const byIds = `(SELECT * FROM ${t(db, 'mentions')} FINAL PREWHERE id IN {ids:Array(String)}) AS m`
  return {
    query: `SELECT id, platform, kind, url, author_handle, author_followers, author_verified, text, lang, brands,
       sentiment, round(sentiment_score, 4) AS sentiment_score, intent, pii, hashtags, terms, likes, shares, replies, views, rating,
       app_version, ${iso('created_at')} AS created_at, last_event
FROM ${correctedMentions(db, byIds)} AS m
WHERE deleted = 0
ORDER BY author_followers + shares DESC, id
LIMIT 100`,
    query_params: { ids: ids.slice(0, 100) },
  }
}

export function alertDeliveriesSql(db: string, alertId: string): BuiltQuery {
  return {
    query: `SELECT alert_id, alert_version, brand, outlet, kind, event, idempotency_key, attempt, outcome, status,
       error, duration_ms, at
FROM ${t(db, 'alert_deliveries')} FINAL
WHERE alert_id = {alertId:String}
ORDER BY at, outlet, attempt
LIMIT 1000`,
    query_params: { alertId },
  }
}

/** How many distinct mentions are stored (current state, deleted included). */
export function countMentionsSql(db: string): BuiltQuery {
  return { query: `SELECT count() AS n FROM ${t(db, 'mentions')} FINAL`, query_params: {} }
}

/**
 * Per id: physical rows (before merges), rows after FINAL, and create events archived. A
 * redelivery that slipped through shows as `creates > 1`; that would double the aggregates.
 */
export function countMentionsByIdSql(db: string, ids?: string[]): BuiltQuery {
  const filter = ids ? 'WHERE id IN {ids:Array(String)}' : ''
  return {
    query: `SELECT id, sum(rows) AS rows, sum(final_rows) AS final_rows, sum(creates) AS creates, sum(events) AS events
FROM (
  SELECT id, count() AS rows, 0 AS final_rows, 0 AS creates, 0 AS events FROM ${t(db, 'mentions')} ${filter} GROUP BY id
  UNION ALL
  SELECT id, 0, count(), 0, 0 FROM ${t(db, 'mentions')} FINAL ${filter} GROUP BY id
  UNION ALL
  SELECT id, 0, 0, countIf(event = 'create'), count() FROM ${t(db, 'mention_events')} ${filter} GROUP BY id
)
GROUP BY id
ORDER BY id`,
    query_params: ids ? { ids } : {},
  }
}

/** Events already archived for these ids: the sink's redelivery check. */
export function existingEventKeysSql(db: string, ids: string[]): BuiltQuery {
  return {
    query: `SELECT id, event_key FROM ${t(db, 'mention_events')} WHERE id IN {ids:Array(String)}`,
    query_params: { ids },
  }
}

export interface DeadLetterArgs {
  stage?: string
  limit?: number
}

export function listDeadLettersSql(db: string, args: DeadLetterArgs): BuiltQuery {
  const where = args.stage !== undefined ? 'WHERE stage = {stage:String}' : ''
  return {
    query: `SELECT stage, code, reason, source_topic, source_partition, source_offset, dlq_topic, dlq_partition,
       dlq_offset, key, value, value_encoding, ${iso('at')} AS at
FROM ${t(db, 'dead_letters')} FINAL
${where}
ORDER BY at DESC, toUInt64OrZero(dlq_offset) DESC
LIMIT {limit:UInt32}`,
    query_params: params({ stage: args.stage, limit: limitOf(args.limit) }),
  }
}
