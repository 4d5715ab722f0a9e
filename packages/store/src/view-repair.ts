/**
 * Repair of what the materialized views on `mention_events` derive from it, after an insert of
 * unknown outcome.
 *
 * One INSERT into `mention_events` is not one atomic step: ClickHouse commits the table's own
 * part first and then pushes the block through each view (`mention_minute_mv`,
 * `mention_hour_mv`, `review_events_mv`), each committing its own part (seen in chDB 26.7: a
 * view whose query throws leaves the row in `mention_events` and not in its target). A kill -9
 * or a failed view insert in between leaves events archived but not aggregated; the sink then
 * finds those events archived on the redelivery and skips them, as it must (re-inserting would
 * archive them twice), so the aggregates stayed short for good.
 *
 * So when the sink finds events of a redelivered block already archived, it calls this: the
 * buckets (minutes, hours) of those events are recomputed from `mention_events` and whatever
 * the view target lacks is inserted; app-store events missing from `review_events` are copied.
 * Everything is computed from the current state, so a crash during the repair is repaired by the
 * next redelivery. Only a shortfall is added: the views are written after the table, so they
 * can lag it but not lead it.
 *
 * The aggregate SELECTs repeat the views' queries (003's `mention_minute_mv`, 007's
 * `mention_hour_mv`, 014's `review_events_mv`); a migration that changes a view changes this
 * too (view-repair.test.ts compares the repaired figures with the views' own).
 */
import type { Store } from './store.js'
import { toChTime } from './time.js'

export interface ArchivedEvent {
  id: string
  /** ISO time; only create events feed the views. */
  createdAt: string
}

const SUMS = [
  'volume',
  'negative',
  'neutral',
  'positive',
  'complaints',
  'questions',
  'pii_incidents',
  'reach',
] as const

/** `mention_minute_mv` / `mention_hour_mv`'s query, bucketed by `bucket`, over some buckets. */
function eventsAggregate(db: string, bucket: string, col: string): string {
  return `SELECT
    ${bucket}(created_at) AS ${col}, brand, platform, lang,
    count() AS volume,
    countIf(stance = 'negative') AS negative,
    countIf(stance = 'neutral') AS neutral,
    countIf(stance = 'positive') AS positive,
    countIf(intent = 'complaint') AS complaints,
    countIf(intent = 'question') AS questions,
    countIf(length(pii) > 0) AS pii_incidents,
    sum(toFloat64(stance_score)) AS sentiment_sum,
    sum(author_followers) AS reach
  FROM \`${db}\`.mention_events
  ARRAY JOIN
    brands AS brand,
    arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands)) AS stance,
    arrayMap(i -> if(i <= length(brand_sentiment_score), brand_sentiment_score[i], sentiment_score), arrayEnumerate(brands)) AS stance_score
  WHERE event = 'create' AND ${bucket}(created_at) IN {buckets:Array(DateTime('UTC'))}
  GROUP BY ${col}, brand, platform, lang`
}

/** Inserts, per (bucket, brand, platform, lang), what the target lacks against the events. */
export function aggregateRepairSql(db: string, table: 'mention_minute' | 'mention_hour'): string {
  const [bucket, col] = table === 'mention_minute' ? ['toStartOfMinute', 'minute'] : ['toStartOfHour', 'hour']
  const target = `SELECT ${col}, brand, platform, lang, ${SUMS.map((c) => `sum(${c}) AS ${c}`).join(', ')},
    sum(sentiment_sum) AS sentiment_sum
  FROM \`${db}\`.${table} WHERE ${col} IN {buckets:Array(DateTime('UTC'))}
  GROUP BY ${col}, brand, platform, lang`
  return `INSERT INTO \`${db}\`.${table} (${col}, brand, platform, lang, ${SUMS.join(', ')}, sentiment_sum)
SELECT e.${col}, e.brand, e.platform, e.lang,
  ${SUMS.map((c) => `toUInt64(greatest(toInt64(e.${c}) - toInt64(a.${c}), 0))`).join(',\n  ')},
  e.sentiment_sum - a.sentiment_sum
FROM (${eventsAggregate(db, bucket, col)}) AS e
LEFT JOIN (${target}) AS a USING (${col}, brand, platform, lang)
WHERE e.volume > a.volume
SETTINGS join_use_nulls = 0`
}

/** `review_events_mv`'s rows for the given ids that `review_events` does not hold. */
export function reviewRepairSql(db: string): string {
  return `INSERT INTO \`${db}\`.review_events
SELECT created_at, id, platform, app_version, rating, intent, sentiment, brands, brand_sentiment, author_is_brand, terms
FROM \`${db}\`.mention_events
WHERE event = 'create' AND platform IN ('appstore', 'playstore') AND id IN {ids:Array(String)}
  AND id NOT IN (SELECT id FROM \`${db}\`.review_events WHERE id IN {ids:Array(String)})`
}

const bucketOf = (iso: string, unit: 'minute' | 'hour'): string => {
  const t = toChTime(iso) // YYYY-MM-DD hh:mm:ss.sss
  return unit === 'minute' ? `${t.slice(0, 16)}:00` : `${t.slice(0, 13)}:00:00`
}

/**
 * Makes the views' rows for the minutes and hours of `events` (create events found already
 * archived) whole again. Call it with no other insert of the same buckets in flight (the sink's
 * writer is one at a time): an insert between its table part and its view parts would be
 * counted here and again by its view.
 */
export async function repairEventViews(store: Store, events: readonly ArchivedEvent[]): Promise<void> {
  if (events.length === 0) return
  const db = store.database
  const minutes = [...new Set(events.map((e) => bucketOf(e.createdAt, 'minute')))]
  const hours = [...new Set(events.map((e) => bucketOf(e.createdAt, 'hour')))]
  await store.client.command({
    query: aggregateRepairSql(db, 'mention_minute'),
    query_params: { buckets: minutes },
  })
  await store.client.command({
    query: aggregateRepairSql(db, 'mention_hour'),
    query_params: { buckets: hours },
  })
  await store.client.command({
    query: reviewRepairSql(db),
    query_params: { ids: [...new Set(events.map((e) => e.id))] },
  })
}
