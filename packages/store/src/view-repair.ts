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
 * The repair runs each view's own query, as the engine holds it (`system.tables.as_select`),
 * narrowed to the buckets or ids at hand, so a migration that changes a view changes the repair
 * with it (view-repair.test.ts compares the repaired figures with the views' own).
 */
import type { Store } from './store.js'
import { toChTime } from './time.js'

export interface ArchivedEvent {
  id: string
  /** ISO time; only create events feed the views. */
  createdAt: string
}

/** A materialized view on `mention_events` as the engine holds it, and its target's key. */
export interface ViewDefinition {
  target: string
  /** The view's SELECT, with database-qualified table names. */
  select: string
  /** The view's output columns, in order. */
  columns: readonly { name: string; type: string }[]
  /** The target's sorting key columns (for a SummingMergeTree: the columns not summed). */
  keys: readonly string[]
}

const VIEWS = {
  mention_minute: 'mention_minute_mv',
  mention_hour: 'mention_hour_mv',
  review_events: 'review_events_mv',
} as const
type Target = keyof typeof VIEWS

const rows = async <T>(store: Store, query: string, params: Record<string, unknown>): Promise<T[]> =>
  (await (await store.client.query({ query, query_params: params, format: 'JSONEachRow' })).json()) as T[]

/** Reads `target`'s view (query, columns) and the target's sorting key from the engine. */
export async function readViewDefinition(store: Store, target: Target): Promise<ViewDefinition> {
  const params = { db: store.database, view: VIEWS[target], target }
  const [view] = await rows<{ select: string }>(
    store,
    'SELECT as_select AS select FROM system.tables WHERE database = {db:String} AND name = {view:String}',
    params,
  )
  const [table] = await rows<{ key: string }>(
    store,
    'SELECT sorting_key AS key FROM system.tables WHERE database = {db:String} AND name = {target:String}',
    params,
  )
  if (!view?.select || !table)
    throw new Error(`view ${VIEWS[target]} -> ${target} not found in ${store.database}`)
  const columns = await rows<{ name: string; type: string }>(
    store,
    'SELECT name, type FROM system.columns WHERE database = {db:String} AND table = {view:String} ORDER BY position',
    params,
  )
  return { target, select: view.select, columns, keys: table.key.split(',').map((k) => k.trim()) }
}

const quoted = (name: string): string => `\`${name.replaceAll('`', '``')}\``

/**
 * Inserts, per key of a summed target (bucket, brand, platform, lang), what the target lacks
 * against the view's query over the events (only where it lacks rows: `volume` is the count),
 * unsigned counts never below zero, float sums by the plain difference. The bucket column is
 * the key column of a DateTime type.
 */
export function aggregateRepairSql(db: string, view: ViewDefinition): string {
  const bucket = view.columns.find((c) => view.keys.includes(c.name) && c.type.startsWith('DateTime'))
  if (!bucket) throw new Error(`${view.target}: no DateTime column in its key`)
  const col = quoted(bucket.name)
  const keys = view.keys.map(quoted).join(', ')
  const sums = view.columns.filter((c) => !view.keys.includes(c.name))
  const names = sums.map((c) => quoted(c.name))
  const shortfall = sums.map(({ name, type }) => {
    const c = quoted(name)
    return type.startsWith('Float')
      ? `e.${c} - a.${c}`
      : `toUInt64(greatest(toInt64(e.${c}) - toInt64(a.${c}), 0))`
  })
  return `INSERT INTO \`${db}\`.${quoted(view.target)} (${keys}, ${names.join(', ')})
SELECT ${view.keys.map((k) => `e.${quoted(k)}`).join(', ')},
  ${shortfall.join(',\n  ')}
FROM (SELECT * FROM (${view.select}) WHERE ${col} IN {buckets:Array(DateTime('UTC'))}) AS e
LEFT JOIN (SELECT ${keys}, ${names.map((c) => `sum(${c}) AS ${c}`).join(', ')}
  FROM \`${db}\`.${quoted(view.target)} WHERE ${col} IN {buckets:Array(DateTime('UTC'))}
  GROUP BY ${keys}) AS a USING (${keys})
WHERE e.volume > a.volume
SETTINGS join_use_nulls = 0`
}

/** The view's rows for the given ids that its target does not hold. */
export function reviewRepairSql(db: string, view: ViewDefinition): string {
  const names = view.columns.map((c) => quoted(c.name)).join(', ')
  return `INSERT INTO \`${db}\`.${quoted(view.target)} (${names})
SELECT ${names} FROM (${view.select})
WHERE id IN {ids:Array(String)}
  AND id NOT IN (SELECT id FROM \`${db}\`.${quoted(view.target)} WHERE id IN {ids:Array(String)})`
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
    query: aggregateRepairSql(db, await readViewDefinition(store, 'mention_minute')),
    query_params: { buckets: minutes },
  })
  await store.client.command({
    query: aggregateRepairSql(db, await readViewDefinition(store, 'mention_hour')),
    query_params: { buckets: hours },
  })
  await store.client.command({
    query: reviewRepairSql(db, await readViewDefinition(store, 'review_events')),
    query_params: { ids: [...new Set(events.map((e) => e.id))] },
  })
}
