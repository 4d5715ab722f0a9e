import { createHash } from 'node:crypto'
import { t } from '../sql-common.js'
import type { Store } from '../store.js'
import type { SeedPlan } from './plan.js'

/**
 * Where a bulk seed (bulk.ts) stands, so that one stopped (`shouldStop`) or killed continues
 * to the plan's end and leaves exactly the rows an uninterrupted seed would have.
 *
 * The seed writes the plan's hours newest first, one INSERT per chunk; each row is a function
 * of its hour and sequence number alone, so the chunks still to write are the hours below
 * `doneToMs`, whatever chunk size the resumed run uses. The wide tables' merges are held for
 * the whole seed, so every INSERT lands in parts whose block numbers are above everything
 * before it: the block numbers tell which rows a finished INSERT wrote (`written`), which are
 * left over from one that did not finish, and which the views' tables have not yet been filled
 * from (`fed`). The checkpoint lives in the store's own `seed_progress` table, made here on
 * first use (seeding bookkeeping, not part of the schema: no migration).
 */

export const WIDE_TABLES = ['mentions', 'mention_events'] as const
export type WideTable = (typeof WIDE_TABLES)[number]
export type Blocks = Record<WideTable, number>

/** A materialized view fed by one of the wide tables, with what re-creates it. */
export interface FedView {
  name: string
  source: string
  target: string
  create: string
  select: string
}

export interface SeedCheckpoint {
  /** Identifies the plan (planKey): a resume must run the same plan. */
  planKey: string
  startMs: number
  endMs: number
  /** Every hour in [doneToMs, endMs) is written. */
  doneToMs: number
  /** The highest block number of each wide table after the last finished INSERT. */
  written: Blocks
  /** Rows in blocks above these have not been through the views yet. */
  fed: Blocks
  /** The views the seed sets aside (a killed seed leaves them dropped: this re-creates them). */
  views: FedView[]
  finished: boolean
  step: number
}

const HOUR = 3_600_000

/** A digest of everything the generator reads from the plan. */
export function planKey(plan: SeedPlan): string {
  const { startMs, endMs, originals, hours, incidents, releases, dict } = plan
  return createHash('sha256')
    .update(JSON.stringify([startMs, endMs, originals, hours, incidents, releases, dict]))
    .digest('hex')
    .slice(0, 32)
}

/** Originals (posts and reviews, not care replies) the plan puts in [fromMs, endMs). */
export function originalsFrom(plan: SeedPlan, fromMs: number): number {
  return plan.hours.reduce((a, h) => a + (h.hour >= fromMs ? h.n : 0), 0)
}

const one = async <T>(store: Store, query: string, params: Record<string, unknown> = {}) =>
  (await (await store.client.query({ query, query_params: params, format: 'JSONEachRow' })).json<T>())[0]

export async function ensureProgressTable(store: Store): Promise<void> {
  await store.client.command({
    query: `CREATE TABLE IF NOT EXISTS ${t(store.database, 'seed_progress')} (step UInt32, plan_key String,
      start_ms UInt64, end_ms UInt64, done_to_ms UInt64, written Map(String, UInt64), fed Map(String, UInt64),
      views String, finished UInt8, at DateTime64(3, 'UTC') DEFAULT now64(3)) ENGINE = MergeTree ORDER BY step`,
  })
}

export async function saveCheckpoint(store: Store, cp: SeedCheckpoint): Promise<void> {
  await store.client.insert({
    table: t(store.database, 'seed_progress'),
    values: [
      {
        step: cp.step,
        plan_key: cp.planKey,
        start_ms: cp.startMs,
        end_ms: cp.endMs,
        done_to_ms: cp.doneToMs,
        written: cp.written,
        fed: cp.fed,
        views: JSON.stringify(cp.views),
        finished: cp.finished ? 1 : 0,
      },
    ],
    format: 'JSONEachRow',
  })
}

interface CheckpointRow {
  step: number
  plan_key: string
  start_ms: string
  end_ms: string
  done_to_ms: string
  written: Record<string, string>
  fed: Record<string, string>
  views: string
  finished: number
}

const blocks = (m: Record<string, string | number>): Blocks => ({
  mentions: Number(m.mentions ?? 0),
  mention_events: Number(m.mention_events ?? 0),
})

/** The store's latest checkpoint, or null when no bulk seed ever wrote one. */
export async function readCheckpoint(store: Store): Promise<SeedCheckpoint | null> {
  const exists = await one<{ n: number }>(
    store,
    `SELECT count() AS n FROM system.tables WHERE database = {db:String} AND name = 'seed_progress'`,
    { db: store.database },
  )
  if (!Number(exists?.n)) return null
  const r = await one<CheckpointRow>(
    store,
    `SELECT * EXCEPT at FROM ${t(store.database, 'seed_progress')} ORDER BY step DESC LIMIT 1`,
  )
  if (!r) return null
  return {
    step: Number(r.step),
    planKey: r.plan_key,
    startMs: Number(r.start_ms),
    endMs: Number(r.end_ms),
    doneToMs: Number(r.done_to_ms),
    written: blocks(r.written),
    fed: blocks(r.fed),
    views: JSON.parse(r.views) as FedView[],
    finished: Number(r.finished) === 1,
  }
}

interface PartRow {
  table: WideTable
  name: string
  min: string
  max: string
}

async function activeParts(store: Store): Promise<PartRow[]> {
  const rs = await store.client.query({
    query: `SELECT table, name, min_block_number AS min, max_block_number AS max FROM system.parts
            WHERE database = {db:String} AND active AND table IN ('mentions', 'mention_events')`,
    query_params: { db: store.database },
    format: 'JSONEachRow',
  })
  return rs.json<PartRow>()
}

/** The highest block number in each wide table (0 when empty). */
export async function maxBlocks(store: Store): Promise<Blocks> {
  const out: Blocks = { mentions: 0, mention_events: 0 }
  for (const p of await activeParts(store)) out[p.table] = Math.max(out[p.table], Number(p.max))
  return out
}

/**
 * Drop the parts an unfinished INSERT left above `written` (a killed seed). A part spanning
 * `written` would be old rows merged with new ones: no exact resume is possible then.
 */
export async function dropUnfinished(store: Store, written: Blocks): Promise<string[]> {
  const dropped: string[] = []
  for (const p of await activeParts(store)) {
    const [min, max] = [Number(p.min), Number(p.max)]
    if (min > written[p.table]) {
      await store.client.command({ query: `ALTER TABLE ${t(store.database, p.table)} DROP PART '${p.name}'` })
      dropped.push(`${p.table}:${p.name}`)
    } else if (max > written[p.table])
      throw new Error(`seed resume: ${p.table} part ${p.name} mixes finished and unfinished rows (merged)`)
  }
  return dropped
}

/** Throw when a part mixes rows the views have seen with rows they have not (a merge ran). */
export async function assertUnmergedSince(store: Store, fed: Blocks): Promise<void> {
  for (const p of await activeParts(store))
    if (Number(p.min) <= fed[p.table] && Number(p.max) > fed[p.table])
      throw new Error(`seed resume: ${p.table} part ${p.name} spans block ${fed[p.table]} (merged)`)
}

/**
 * A bulk seed stopped before checkpoints existed (the 55.5M store of 2026-12-06) left no
 * `seed_progress`, only its rows (the newest days, views filled) and a `seed_info` row naming
 * the plan's end. Its checkpoint is read back from the data: the oldest hour written is the
 * hour of the oldest row (each written hour of the plan holds originals from its first
 * minutes on), and the originals written from there on must be exactly the plan's, hour by
 * hour and brand by brand, or this is not the plan the rows came from. Null when the store
 * holds the whole plan (or nothing).
 */
export async function checkpointFromRows(
  store: Store,
  plan: SeedPlan,
  views: FedView[],
): Promise<SeedCheckpoint | null> {
  const db = store.database
  const oldest = await one<{ ms: string; n: string }>(
    store,
    `SELECT toUnixTimestamp64Milli(min(created_at)) AS ms, count() AS n FROM ${t(db, 'mention_events')}`,
  )
  if (!oldest || Number(oldest.n) === 0) return null
  const doneToMs = Math.floor(Number(oldest.ms) / HOUR) * HOUR
  if (!plan.hours.some((h) => h.hour < doneToMs)) return null
  const rs = await store.client.query({
    query: `SELECT toUnixTimestamp(toStartOfHour(created_at)) * 1000 AS hour, brands[1] AS brand, count() AS n
            FROM ${t(db, 'mention_events')}
            WHERE event = 'create' AND in_reply_to = '' AND created_at < fromUnixTimestamp64Milli(toInt64({end:UInt64}), 'UTC')
            GROUP BY hour, brand`,
    query_params: { end: plan.endMs },
    format: 'JSONEachRow',
  })
  const held = new Map(
    (await rs.json<{ hour: string; brand: string; n: string }>()).map((r) => [
      `${r.hour}|${r.brand}`,
      Number(r.n),
    ]),
  )
  const want = plan.hours.filter((h) => h.hour >= doneToMs)
  const off = want.filter((h) => held.get(`${h.hour}|${plan.dict.brandIds[h.b]}`) !== h.n)
  if (off.length > 0 || held.size !== want.length)
    throw new Error(
      `seed resume: the store's rows from ${new Date(doneToMs).toISOString()} are not this plan's ` +
        `(${off.length} of ${want.length} brand-hours differ, ${held.size} held)`,
    )
  const now = await maxBlocks(store)
  return {
    planKey: planKey(plan),
    startMs: plan.startMs,
    endMs: plan.endMs,
    doneToMs,
    written: now,
    // The old seed filled the views from all it wrote before it ended.
    fed: now,
    views,
    finished: false,
    step: 0,
  }
}
