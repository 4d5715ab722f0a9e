import { t } from '../sql-common.js'
import type { Store } from '../store.js'
import { runBulkSeed } from './bulk.js'
import { dictParams, generateSql, STREAM_COLUMNS } from './generator.js'
import { planSeed, type SeedOptions, type SeedPlan } from './plan.js'
import type { SeedCheckpoint } from './resume.js'

export interface SeedProgress {
  doneHours: number
  totalHours: number
  seconds: number
}

export interface SeedReport {
  /** Rows in `mentions` after seeding (posts, reviews, replies; deleted ones included). */
  mentions: number
  events: number
  originals: number
  startMs: number
  endMs: number
  seconds: number
  incidents: number
  releases: number
}

/** Days generated per INSERT: memory stays bounded and progress shows. */
export const CHUNK_DAYS = 7

/**
 * How a large seed writes. `holdMerges` stops the background merges of the database's tables
 * while the INSERTs run and merges each table once at the end (`OPTIMIZE … FINAL`): a merge of
 * `mentions` rebuilds its time-ordered projection (`deduplicate_merge_projection_mode`), so
 * merging as parts arrive writes every row and its projection copy several times over. The rows
 * are the same either way; a store in use (the sink's writes) never holds its merges.
 */
export interface SeedWriteOptions {
  chunkDays?: number
  holdMerges?: boolean
  /** Called after each table's final merge (holdMerges only). */
  onMerged?: (table: string, seconds: number) => void
  /**
   * A large seed's write path (`bulk.ts`): the views fed by the two wide tables are set aside
   * while the INSERTs run and their tables filled once from what was written, the wide tables'
   * merges wait, and the INSERTs go newest first, so a seed stopped early (`shouldStop`) holds
   * the newest days at full density. Same rows and aggregates as the ordinary path.
   */
  bulk?: boolean
  /** Checked before each INSERT: true ends the seed there (bulk only; the views are still built). */
  shouldStop?: () => boolean
  /**
   * Continue a bulk seed of the same plan from its checkpoint (`readCheckpoint`, or
   * `checkpointFromRows` for a store seeded before checkpoints): the hours not yet written,
   * then the views' tables filled from those rows only.
   */
  resume?: SeedCheckpoint
}
const HOUR = 3_600_000

const cmd = (store: Store, query: string) => store.client.command({ query })

/**
 * Seeding writes through a Null-engine stream with two materialized views, so each generated
 * block lands once in the archive (whose own view fills the per-minute aggregates) and once in
 * the current state, as the sink writes them. The stream and its views are removed afterwards.
 */
export async function openStream(store: Store): Promise<void> {
  const db = store.database
  await closeStream(store)
  await cmd(
    store,
    `CREATE TABLE ${t(db, 'seed_hours')} (hour DateTime('UTC'), b UInt8, n UInt32, seq0 UInt64,
    inc_share Float32, inc_cat UInt8, inc_tag String) ENGINE = MergeTree ORDER BY (hour, b)`,
  )
  await cmd(store, `CREATE TABLE ${t(db, 'seed_stream')} (${STREAM_COLUMNS}) ENGINE = Null`)
  await cmd(
    store,
    `CREATE MATERIALIZED VIEW ${t(db, 'seed_to_events')} TO ${t(db, 'mention_events')}
     AS SELECT * EXCEPT (deleted, version) FROM ${t(db, 'seed_stream')}`,
  )
  await cmd(
    store,
    `CREATE MATERIALIZED VIEW ${t(db, 'seed_to_mentions')} TO ${t(db, 'mentions')}
     AS SELECT * EXCEPT (event, event_key), event AS last_event FROM ${t(db, 'seed_stream')}`,
  )
}

export async function closeStream(store: Store): Promise<void> {
  const db = store.database
  for (const v of ['seed_to_events', 'seed_to_mentions']) await cmd(store, `DROP VIEW IF EXISTS ${t(db, v)}`)
  for (const x of ['seed_stream', 'seed_hours']) await cmd(store, `DROP TABLE IF EXISTS ${t(db, x)}`)
}

/** The tables a seed writes to, directly or through views (their merges are held). */
async function mergeTreeTables(store: Store): Promise<string[]> {
  const rs = await store.client.query({
    query: `SELECT name FROM system.tables WHERE database = {db:String} AND engine LIKE '%MergeTree'
              AND name IN ('mentions', 'mention_events', 'mention_minute', 'mention_hour', 'mention_replies', 'review_events')
            ORDER BY name`,
    query_params: { db: store.database },
    format: 'JSONEachRow',
  })
  return (await rs.json<{ name: string }>()).map((r) => r.name)
}

/** Mentions are counted by their create events: a deleted one has two versions until a merge. */
export async function count(store: Store): Promise<{ creates: number; events: number }> {
  const rs = await store.client.query({
    query: `SELECT countIf(event = 'create') AS creates, count() AS events FROM ${t(store.database, 'mention_events')}`,
    format: 'JSONEachRow',
  })
  const r = (await rs.json<{ creates: number; events: number }>())[0]
  return { creates: Number(r?.creates ?? 0), events: Number(r?.events ?? 0) }
}

/** What a seed wrote: the store's counts now against `before`, and the plan's figures. */
export async function report(
  store: Store,
  plan: SeedPlan,
  before: { creates: number; events: number },
  started: number,
): Promise<SeedReport> {
  const after = await count(store)
  return {
    mentions: after.creates - before.creates,
    events: after.events - before.events,
    originals: plan.originals,
    startMs: plan.startMs,
    endMs: plan.endMs,
    seconds: (performance.now() - started) / 1000,
    incidents: plan.incidents.length,
    releases: plan.releases.length,
  }
}

/** The plan's hours, into the stream's `seed_hours` (openStream made it). */
export async function writeHours(store: Store, plan: SeedPlan): Promise<void> {
  const hours = plan.hours.map((h) => ({ ...h, hour: Math.floor(h.hour / 1000) }))
  for (let i = 0; i < hours.length; i += 50_000) {
    await store.client.insert({
      table: t(store.database, 'seed_hours'),
      values: hours.slice(i, i + 50_000),
      format: 'JSONEachRow',
    })
  }
}

/** Write the plan's hours, then generate the year a week at a time. */
export async function runSeed(
  store: Store,
  plan: SeedPlan,
  onProgress?: (p: SeedProgress) => void,
  write: number | SeedWriteOptions = CHUNK_DAYS,
): Promise<SeedReport> {
  const opts: SeedWriteOptions = typeof write === 'number' ? { chunkDays: write } : write
  if (opts.bulk) return runBulkSeed(store, plan, onProgress, opts)
  const { chunkDays = CHUNK_DAYS, holdMerges = false, onMerged } = opts
  const started = performance.now()
  const db = store.database
  const before = await count(store)
  const tables = holdMerges ? await mergeTreeTables(store) : []
  for (const table of tables) await cmd(store, `SYSTEM STOP MERGES ${t(db, table)}`)
  await openStream(store)
  try {
    await writeHours(store, plan)
    const dict = dictParams(plan.dict)
    const totalHours = (plan.endMs - plan.startMs) / HOUR
    for (let from = plan.startMs; from < plan.endMs; from += chunkDays * 24 * HOUR) {
      const to = Math.min(plan.endMs, from + chunkDays * 24 * HOUR)
      const q = generateSql(db, from, to)
      await store.client.command({
        query: q.query,
        query_params: { ...dict, ...q.query_params },
        clickhouse_settings: { max_threads: 2 },
      })
      onProgress?.({
        doneHours: (to - plan.startMs) / HOUR,
        totalHours,
        seconds: (performance.now() - started) / 1000,
      })
    }
  } finally {
    await closeStream(store)
    for (const table of tables) await cmd(store, `SYSTEM START MERGES ${t(db, table)}`)
  }
  for (const table of tables) {
    const t0 = performance.now()
    await store.client.command({
      query: `OPTIMIZE TABLE ${t(db, table)} FINAL`,
      clickhouse_settings: { optimize_throw_if_noop: 0 },
    })
    onMerged?.(table, (performance.now() - t0) / 1000)
  }
  return report(store, plan, before, started)
}

/** Plan and run: `rows` mentions over `days` (default a year) ending at `endMs`. */
export async function seedMentions(
  store: Store,
  opts: SeedOptions,
  onProgress?: (p: SeedProgress) => void,
  write?: SeedWriteOptions,
): Promise<SeedReport> {
  return runSeed(store, planSeed(opts), onProgress, write)
}
