/**
 * Where the sink's CPU per mention goes inside chDB, and which way of handing it the rows costs
 * least. One process, embedded chDB, the generator's enriched mentions with fresh ids per pass;
 * CPU time of the whole process (chDB's threads included) per mention, passes alternating so
 * background merges and a busy neighbour fall on every variant. Variants:
 *
 *   exec-json      JSONEachRow text through `client.exec` (the sink before 2026-12-06 05:00)
 *   raw-json       the same text as one Buffer through chDB's raw insert (no SQL string built)
 *   raw-compact    JSONCompactEachRow (values only, no field names) through the raw insert
 *   raw-tsv        TabSeparated through the raw insert
 *   compact-nomv   raw-compact into a copy of the two tables without the materialized views
 *   compact-noproj raw-compact into a copy with the views but without the projections and skip index
 *   compact-bare   without the views, the projections and the skip index
 *   tsv-serial     raw-tsv without the engine's parallel parsing (input_format_parallel_parsing 0)
 *   tsv-noopt      raw-tsv without collapsing repeats inside the block at insert (optimize_on_insert 0)
 *   tsv-1thread    raw-tsv with one insert thread (max_insert_threads 1, max_threads 1)
 *   tsv-lean       the three together
 *   serial-1thread tsv-serial and tsv-1thread
 *   serial-noopt   tsv-serial and tsv-noopt
 *   cut-*          tsv-serial into a copy of the schema without one piece (each alone, 2026-12-06
 *                  14:10): cut-recent (the `p_recent` projection of `mentions`, a whole second
 *                  copy of each row by time), cut-archive (`p_archive` of `mention_events`),
 *                  cut-index (`idx_created_at`), cut-replies (`mention_replies_mv`), cut-views
 *                  (the three views of `mention_events`); events-only: `mention_events` alone, as
 *                  if `mentions` were not written by the sink (one row per mention)
 *   stream         one TSV row per mention into `mention_stream` (migration 016, load6s), whose two
 *                  views write `mentions` and `mention_events` (serial parsing, as the sink)
 *
 * The last two take the views' and projections' share apart (the views fire on every insert).
 * After the passes the process idles a few seconds: CPU spent then is background merging.
 *
 *   pnpm exec tsc -b && node bench/load/sink-insert.mjs --count 20000 --block 5000 --passes 3
 */
import { loadavg } from 'node:os'
import {
  insertJsonLines,
  insertMentionStream,
  mentionCompactLines,
  mentionLines,
  mentionStreamLine,
  mentionTsvLines,
  migrate,
} from '../../packages/store/dist/index.js'
import {
  cpuMs,
  decodeBlock,
  insertBothTables,
  loadAverage,
  median,
  recordsFor,
  sinkBenchSetup,
  withTempStore,
} from './lib/sink-measure.mjs'

const { args, block, passes, mentions } = sinkBenchSetup({
  block: '5000',
  extra: { only: { type: 'string', default: '' } },
})

const raw = (store, db, table, format, columns, lines, settings) =>
  store.rawInsert({ table: `${db}.${table}`, format, columns, values: Buffer.from(lines.join('')), settings })

/** Insert settings tried on the sink's TSV path (2026-12-06 08:10; see services/sink/README.md). */
const TSV_SETTINGS = {
  'tsv-serial': { input_format_parallel_parsing: 0 },
  'tsv-noopt': { optimize_on_insert: 0 },
  'tsv-1thread': { max_insert_threads: 1, max_threads: 1 },
  'tsv-lean': { input_format_parallel_parsing: 0, optimize_on_insert: 0, max_threads: 1 },
  'serial-1thread': { input_format_parallel_parsing: 0, max_insert_threads: 1, max_threads: 1 },
  'serial-noopt': { input_format_parallel_parsing: 0, optimize_on_insert: 0 },
}

const VARIANTS = {
  'exec-json': {
    build: (ms) => ms.map(mentionLines),
    insert: (store, rows) =>
      insertBothTables(rows, (table, _columns, lines) => insertJsonLines(store, table, lines)),
  },
  'raw-json': {
    build: (ms) => ms.map(mentionLines),
    insert: (store, rows) =>
      insertBothTables(rows, (table, _columns, lines) =>
        raw(store, 'vigil', table, 'JSONEachRow', undefined, lines),
      ),
  },
  ...Object.fromEntries(
    [
      ['raw-compact', 'vigil'],
      ['compact-nomv', 'nomv'],
      ['compact-noproj', 'noproj'],
      ['compact-bare', 'bare'],
    ].map(([name, db]) => [
      name,
      {
        build: (ms) => ms.map(mentionCompactLines),
        insert: (store, rows) =>
          insertBothTables(rows, (table, columns, lines) =>
            raw(store, db, table, 'JSONCompactEachRow', columns, lines),
          ),
      },
    ]),
  ),
  'raw-tsv': {
    // The sink's encoder (`mentionTsvLines`); until 05:50 a bench-only one made from the compact rows.
    build: (ms) => ms.map(mentionTsvLines),
    insert: (store, rows) =>
      insertBothTables(rows, (table, columns, lines) => raw(store, 'vigil', table, 'TSV', columns, lines)),
  },
  ...Object.fromEntries(
    Object.entries(TSV_SETTINGS).map(([name, settings]) => [
      name,
      {
        build: (ms) => ms.map(mentionTsvLines),
        insert: (store, rows) =>
          insertBothTables(rows, (table, columns, lines) =>
            raw(store, 'vigil', table, 'TSV', columns, lines, settings),
          ),
      },
    ]),
  ),
}

/** Schema copies with one piece dropped (`cut-*`): the statements that drop it. */
const CUTS = {
  'cut-recent': ['ALTER TABLE {db}.mentions DROP PROJECTION p_recent'],
  'cut-archive': ['ALTER TABLE {db}.mention_events DROP PROJECTION p_archive'],
  'cut-index': ['ALTER TABLE {db}.mentions DROP INDEX idx_created_at'],
  'cut-replies': ['DROP VIEW {db}.mention_replies_mv'],
  'cut-views': [
    'DROP VIEW {db}.mention_minute_mv',
    'DROP VIEW {db}.mention_hour_mv',
    'DROP VIEW {db}.review_events_mv',
  ],
}
const cutDb = (name) => name.replace('-', '_')
const serialTsv = (db, tables) => ({
  build: (ms) => ms.map(mentionTsvLines),
  insert: (store, rows) =>
    insertBothTables(rows, (table, columns, lines) =>
      tables.includes(table)
        ? raw(store, db, table, 'TSV', columns, lines, TSV_SETTINGS['tsv-serial'])
        : undefined,
    ),
})
for (const name of Object.keys(CUTS)) VARIANTS[name] = serialTsv(cutDb(name), ['mentions', 'mention_events'])
VARIANTS['events-only'] = serialTsv('vigil', ['mention_events'])
// One row per mention into `mention_stream` (migration 016, the sink since load6s): its views
// write both tables; every row archived, as a sink that keeps up does.
VARIANTS.stream = {
  build: (ms) => ms.map(mentionStreamLine),
  insert: (store, rows) =>
    insertMentionStream(
      store,
      rows.map((line) => ({ line, archive: true })),
    ),
}

async function pass(store, name, tag) {
  const v = VARIANTS[name]
  const records = recordsFor(mentions, tag)
  let nodeMs = 0
  const start = process.cpuUsage()
  for (let i = 0; i < records.length; i += block) {
    const b0 = process.cpuUsage()
    const ms = decodeBlock(records.slice(i, i + block))
    const rows = v.build(ms)
    nodeMs += cpuMs(process.cpuUsage(b0))
    await v.insert(store, rows)
  }
  const total = cpuMs(process.cpuUsage(start))
  return { totalUs: (1000 * total) / records.length, nodeUs: (1000 * nodeMs) / records.length }
}

await withTempStore('vigil-sink-insert-', async (store) => {
  await migrate(store)
  await migrate({ ...store, database: 'nomv' })
  await migrate({ ...store, database: 'noproj' })
  await migrate({ ...store, database: 'bare' })
  for (const db of ['nomv', 'bare']) {
    const views = await store.client
      .query({
        query: `SELECT name FROM system.tables WHERE database = '${db}' AND engine = 'MaterializedView'`,
        format: 'JSONEachRow',
      })
      .then((r) => r.json())
    for (const { name } of views) await store.client.command({ query: `DROP VIEW ${db}.${name}` })
  }
  for (const db of ['noproj', 'bare'])
    for (const q of [
      `ALTER TABLE ${db}.mentions DROP PROJECTION IF EXISTS p_recent`,
      `ALTER TABLE ${db}.mentions DROP INDEX IF EXISTS idx_created_at`,
      `ALTER TABLE ${db}.mention_events DROP PROJECTION IF EXISTS p_archive`,
    ])
      await store.client.command({ query: q })
  for (const [name, drops] of Object.entries(CUTS)) {
    if (args.only && !args.only.split(',').includes(name)) continue
    await migrate({ ...store, database: cutDb(name) })
    for (const q of drops) await store.client.command({ query: q.replaceAll('{db}', cutDb(name)) })
  }
  const names = Object.keys(VARIANTS).filter((n) => !args.only || args.only.split(',').includes(n))
  for (const n of names) await pass(store, n, `warm-${n}`)
  const results = Object.fromEntries(names.map((n) => [n, []]))
  for (let p = 0; p < passes; p++) {
    for (const n of names) {
      const r = await pass(store, n, `${n}-${p}`)
      results[n].push(r)
      console.log(
        `[sink-insert] pass ${p + 1} ${n.padEnd(14)} ${r.totalUs.toFixed(1)} µs CPU per mention, Node share (decode + rows) ${r.nodeUs.toFixed(1)} µs; load average ${loadAverage()}`,
      )
    }
  }
  const idle0 = process.cpuUsage()
  const t0 = Date.now()
  await new Promise((r) => setTimeout(r, 5000))
  const idleMs = cpuMs(process.cpuUsage(idle0))
  const inserted = names.length * (passes + 1) * mentions.length
  console.log(
    `[sink-insert] 5 s idle after the passes: ${idleMs.toFixed(0)} ms CPU (background merges; ${((1000 * idleMs) / inserted).toFixed(1)} µs per mention inserted so far) over ${Date.now() - t0} ms`,
  )
  const summary = Object.fromEntries(
    names.map((n) => [
      n,
      {
        totalUs: Number(median(results[n].map((r) => r.totalUs)).toFixed(1)),
        nodeUs: Number(median(results[n].map((r) => r.nodeUs)).toFixed(1)),
      },
    ]),
  )
  for (const n of names)
    console.log(
      `[sink-insert] median ${n.padEnd(14)} ${summary[n].totalUs} µs (Node ${summary[n].nodeUs} µs)`,
    )
  console.log(
    JSON.stringify({
      count: mentions.length,
      block,
      passes,
      perMentionUs: summary,
      idleMergeMs: idleMs,
      loadavg: loadavg(),
    }),
  )
})
