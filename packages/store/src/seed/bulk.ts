import { t } from '../sql-common.js'
import type { Store } from '../store.js'
import { dictParams, generateSql } from './generator.js'
import type { SeedPlan } from './plan.js'
import {
  assertUnmergedSince,
  type Blocks,
  dropUnfinished,
  ensureProgressTable,
  type FedView,
  maxBlocks,
  planKey,
  type SeedCheckpoint,
  saveCheckpoint,
  WIDE_TABLES,
} from './resume.js'
import {
  CHUNK_DAYS,
  closeStream,
  count,
  openStream,
  report,
  type SeedProgress,
  type SeedReport,
  type SeedWriteOptions,
  writeHours,
} from './seed.js'

/**
 * The bulk write path of a large seed (measured in README.md, "100 million"). Per archive event
 * the ordinary path spends ~7 µs generating the row, ~11 writing the two wide tables, ~5 on their
 * time-ordered projections and ~10 in the four views the wide tables feed (per-minute and
 * per-hour aggregates, replies, reviews), each grouping every inserted block on its own. Here
 * those views are set aside while the rows are written and their tables are then filled by the
 * views' own SELECT, run once per slice of days over what was written: the same rows (the
 * aggregates are summed on merge and always read with sum(), so one row per key or several
 * give the same answers). Merges of the wide tables wait until the end: a merge of `mentions`
 * rebuilds its projection, so merging as parts arrive rewrites each row several times.
 */

const HOUR = 3_600_000
const BACKFILL_SLICE = 31 * 24 * HOUR

const cmd = (store: Store, query: string) => store.client.command({ query })

/** The materialized views fed by inserts into the two wide tables, with what rebuilds them. */
export async function fedViews(store: Store): Promise<FedView[]> {
  const rs = await store.client.query({
    query: `SELECT v.name AS name, s.name AS source, v.create_table_query AS create, v.as_select AS select
            FROM system.tables AS v
            INNER JOIN (SELECT name, arrayJoin(dependencies_table) AS dep FROM system.tables
                        WHERE database = {db:String} AND name IN ('mentions', 'mention_events')) AS s
              ON s.dep = v.name
            WHERE v.database = {db:String} AND v.engine = 'MaterializedView'
            ORDER BY v.name`,
    query_params: { db: store.database },
    format: 'JSONEachRow',
  })
  const views = await rs.json<Omit<FedView, 'target'>>()
  return views.map((v) => {
    const target = /\sTO\s+(\S+)/.exec(v.create)?.[1]
    if (!target) throw new Error(`bulk seed: no TO table in ${v.name}`)
    return { ...v, target }
  })
}

/**
 * The view's SELECT over one time slice of its source (the source named exactly once), and
 * only over rows in blocks above `afterBlock` (the ones the view has not seen).
 */
export function sliceSelect(view: FedView, db: string, fromMs: number, toMs: number, afterBlock = 0): string {
  const names = [`${db}.${view.source}`, t(db, view.source)]
  const found = names.filter((n) => view.select.split(n).length === 2)
  if (found.length !== 1) throw new Error(`bulk seed: cannot find ${view.source} once in ${view.name}`)
  const ts = (ms: number) => `fromUnixTimestamp64Milli(toInt64(${ms}), 'UTC')`
  return view.select.replace(
    found[0]!,
    `(SELECT * FROM ${t(db, view.source)} WHERE created_at >= ${ts(fromMs)} AND created_at < ${ts(toMs)}` +
      // The part name's first block number; a filter on _part skips the other parts unread.
      ` AND toUInt64(splitByChar('_', _part)[2]) > ${afterBlock}) AS ${view.source}`,
  )
}

async function timeRange(store: Store, table: string): Promise<{ min: number; max: number }> {
  const rs = await store.client.query({
    query: `SELECT toUnixTimestamp64Milli(min(created_at)) AS min, toUnixTimestamp64Milli(max(created_at)) AS max
            FROM ${t(store.database, table)}`,
    format: 'JSONEachRow',
  })
  const [r] = await rs.json<{ min: string; max: string }>()
  return { min: Number(r?.min ?? 0), max: Number(r?.max ?? 0) }
}

/** Fill a view's table from every row its source holds that it has not seen, a slice at a time. */
async function backfill(
  store: Store,
  view: FedView,
  sinceMs: number,
  sliceMs: number,
  fed: Blocks,
): Promise<void> {
  const db = store.database
  const { max } = await timeRange(store, view.source)
  const after = fed[view.source as keyof Blocks] ?? 0
  for (let from = sinceMs; from <= max; from += sliceMs) {
    await store.client.command({
      query: `INSERT INTO ${view.target} ${sliceSelect(view, db, from, from + sliceMs, after)}`,
      clickhouse_settings: { max_threads: 2 },
    })
  }
}

export async function runBulkSeed(
  store: Store,
  plan: SeedPlan,
  onProgress: ((p: SeedProgress) => void) | undefined,
  opts: SeedWriteOptions,
): Promise<SeedReport> {
  const started = performance.now()
  const db = store.database
  const chunk = (opts.chunkDays ?? CHUNK_DAYS) * 24 * HOUR
  const resume = opts.resume
  // Held before anything is read of the parts: their block numbers are the checkpoint.
  for (const table of WIDE_TABLES) await cmd(store, `SYSTEM STOP MERGES ${t(db, table)}`)
  await ensureProgressTable(store)
  let views = await fedViews(store)
  if (resume) {
    if (resume.planKey !== planKey(plan)) throw new Error('bulk seed: the checkpoint is of another plan')
    // A killed seed left its views dropped and maybe part of an INSERT written.
    if (views.length < resume.views.length) views = resume.views
    await dropUnfinished(store, resume.written)
  } else {
    // Rows written by this seed are the ones at or after the plan's start (replies come later
    // than their post, never earlier); a store seeded into must not already hold such rows.
    const held = await timeRange(store, 'mention_events')
    if ((await count(store)).events > 0 && held.max >= plan.startMs)
      throw new Error('bulk seed: the store already holds rows in the seeded span')
  }
  const before = await count(store)
  const blocksNow = await maxBlocks(store)
  let cp: SeedCheckpoint = {
    planKey: planKey(plan),
    startMs: plan.startMs,
    endMs: plan.endMs,
    doneToMs: resume?.doneToMs ?? plan.endMs,
    written: blocksNow,
    fed: resume?.fed ?? blocksNow,
    views,
    finished: false,
    step: (resume?.step ?? 0) + 1,
  }
  const save = async (next: Partial<SeedCheckpoint>) => {
    cp = { ...cp, ...next, step: cp.step + 1 }
    await saveCheckpoint(store, cp)
  }
  await saveCheckpoint(store, cp)
  for (const v of views) await cmd(store, `DROP VIEW IF EXISTS ${t(db, v.name)}`)
  const totalHours = (plan.endMs - plan.startMs) / HOUR
  let doneHours = (plan.endMs - cp.doneToMs) / HOUR
  try {
    await openStream(store)
    await writeHours(store, plan)
    const dict = dictParams(plan.dict)
    // Newest first: a seed stopped early holds the days every window read ends at.
    for (let to = cp.doneToMs; to > plan.startMs; to -= chunk) {
      if (opts.shouldStop?.()) break
      const from = Math.max(plan.startMs, to - chunk)
      const q = generateSql(db, from, to)
      await store.client.command({
        query: q.query,
        query_params: { ...dict, ...q.query_params },
        // Larger blocks: fewer, larger parts while merges wait (each block of a wide table is a part).
        clickhouse_settings: {
          max_threads: 2,
          min_insert_block_size_rows: '1048576',
          min_insert_block_size_bytes: String(1024 * 1024 * 1024),
        },
      })
      await save({ doneToMs: from, written: await maxBlocks(store) })
      doneHours += (to - from) / HOUR
      onProgress?.({ doneHours, totalHours, seconds: (performance.now() - started) / 1000 })
    }
  } finally {
    await closeStream(store)
    // An INSERT that failed may have left parts: not this seed's rows until it is run again.
    await dropUnfinished(store, cp.written)
    // The views come back first, so nothing written from here on is missed; then their tables
    // are filled from the rows written while they were away (the blocks above `fed`).
    for (const v of views) await cmd(store, v.create)
    await assertUnmergedSince(store, cp.fed)
    // A month per pass: a slice's filter on created_at is not a key of the archive (ordered by
    // id), so each pass reads the whole of the columns a view needs; weekly passes over a
    // 57M-event seed took ~20 s each per view (2026-12-06, load 11-18).
    for (const v of views) await backfill(store, v, plan.startMs, Math.max(chunk, BACKFILL_SLICE), cp.fed)
    await save({ fed: cp.written, finished: cp.doneToMs <= plan.startMs })
    for (const table of WIDE_TABLES) await cmd(store, `SYSTEM START MERGES ${t(db, table)}`)
  }
  return report(store, plan, before, started)
}
