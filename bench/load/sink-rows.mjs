/**
 * The sink's per-mention work on this machine, the object rows of the first version, the
 * JSONEachRow text lines of 2026-12-06 02:50 and the JSONCompactEachRow raw insert of now, in one process with an embedded chDB store: decode the enriched record, build
 * both rows (`mentions`, `mention_events`), insert each table's block. Measured as the process's
 * CPU time (chDB's threads included) per mention, which the other engineers' load disturbs far
 * less than wall time; the load average is printed beside it. Passes alternate (old, new, old,
 * new, …) so background merges and a busy neighbour fall on both. The last line is one JSON object.
 *
 *   pnpm exec tsc -b && node bench/load/sink-rows.mjs --count 20000 --block 2000 --passes 3
 */
import { loadavg } from 'node:os'
import {
  insertJsonLines,
  insertLines,
  insertMentionEventRows,
  insertMentionStateRows,
  mentionCompactLines,
  mentionLines,
  mentionRowPair,
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

const { count, block, passes, mentions } = sinkBenchSetup({ block: '2000' })

const WAYS = {
  /** Before: objects per row, encoded by the ClickHouse client (`client.insert`). */
  objects: {
    build: (ms) => ms.map(mentionRowPair),
    encodeOnly: (rows) =>
      rows.map((r) => `${JSON.stringify(r.state)}\n`).join('') +
      rows.map((r) => `${JSON.stringify(r.event)}\n`).join(''),
    insert: (store, rows) =>
      insertBothTables(rows, (table, _columns, lines) =>
        table === 'mentions' ? insertMentionStateRows(store, lines) : insertMentionEventRows(store, lines),
      ),
  },
  /** 2026-12-06 02:50: both rows as JSONEachRow text, the shared columns encoded once (`exec` with a body). */
  lines: {
    build: (ms) => ms.map(mentionLines),
    encodeOnly: (rows) => rows.map((r) => r.state).join('') + rows.map((r) => r.event).join(''),
    insert: (store, rows) =>
      insertBothTables(rows, (table, _columns, lines) => insertJsonLines(store, table, lines)),
  },
  /** JSONCompactEachRow lines (values only) handed to chDB's raw insert as one Buffer. */
  compact: {
    build: (ms) => ms.map(mentionCompactLines),
    encodeOnly: (rows) => rows.map((r) => r.state).join('') + rows.map((r) => r.event).join(''),
    insert: (store, rows) =>
      insertBothTables(rows, (table, columns, lines) =>
        insertLines(store, table, 'JSONCompactEachRow', columns, lines),
      ),
  },
  /** TabSeparated lines through the raw insert. */
  tsv: {
    build: (ms) => ms.map(mentionTsvLines),
    encodeOnly: (rows) => rows.map((r) => r.state).join('') + rows.map((r) => r.event).join(''),
    insert: (store, rows) =>
      insertBothTables(rows, (table, columns, lines) => insertLines(store, table, 'TSV', columns, lines)),
  },
}

async function pass(store, way, tag) {
  const records = recordsFor(mentions, tag)
  let buildMs = 0
  let encodeMs = 0
  const startCpu = process.cpuUsage()
  for (let i = 0; i < records.length; i += block) {
    const b0 = process.cpuUsage()
    const ms = decodeBlock(records.slice(i, i + block))
    const rows = WAYS[way].build(ms)
    buildMs += cpuMs(process.cpuUsage(b0))
    // The text the insert sends, made apart (the insert makes it again): taken out of the whole.
    const e0 = process.cpuUsage()
    WAYS[way].encodeOnly(rows)
    const enc = cpuMs(process.cpuUsage(e0))
    encodeMs += enc
    await WAYS[way].insert(store, rows)
  }
  const totalMs = cpuMs(process.cpuUsage(startCpu)) - encodeMs
  return {
    totalUs: (1000 * totalMs) / records.length,
    decodeBuildEncodeUs: (1000 * (buildMs + encodeMs)) / records.length,
  }
}

await withTempStore('vigil-sink-rows-', async (store) => {
  await migrate(store)
  // Warm both ways up (JIT, first parts) on a small pass each.
  for (const way of Object.keys(WAYS)) await pass(store, way, `warm-${way}`)
  const results = { objects: [], lines: [], compact: [], tsv: [] }
  for (let p = 0; p < passes; p++) {
    for (const way of Object.keys(WAYS)) {
      const r = await pass(store, way, `${way}-${p}`)
      results[way].push(r)
      console.log(
        `[sink-rows] pass ${p + 1} ${way}: ${r.totalUs.toFixed(1)} µs CPU per mention (decode + rows + insert), of which decode + rows + encode ${r.decodeBuildEncodeUs.toFixed(1)} µs; load average ${loadAverage()}`,
      )
    }
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([way, rs]) => [
      way,
      {
        totalUs: Number(median(rs.map((r) => r.totalUs)).toFixed(1)),
        decodeBuildEncodeUs: Number(median(rs.map((r) => r.decodeBuildEncodeUs)).toFixed(1)),
      },
    ]),
  )
  console.log(
    `[sink-rows] median over ${passes} passes of ${count} mentions in blocks of ${block}: objects ${summary.objects.totalUs} µs, lines ${summary.lines.totalUs} µs, compact ${summary.compact.totalUs} µs, tsv ${summary.tsv.totalUs} µs per mention`,
  )
  console.log(JSON.stringify({ count, block, passes, perMentionUs: summary, loadavg: loadavg() }))
})
