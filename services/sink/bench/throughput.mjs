/**
 * How fast the sink drains mentions.enriched into embedded ClickHouse, and where its time goes.
 *
 * Produces N realistic enriched mentions (the ingest demo generator's multilingual stream,
 * enriched by the real NLP, keyed like the enricher keys them: one copy per brand) to fresh
 * topics on the broker, then starts the sink on a fresh chDB directory and times it until
 * every primary copy is stored. Prints rows/s and the sink's time per phase (sums of the
 * `vigil_sink_insert_duration_ms` histogram), the process CPU, and one JSON line.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 node services/sink/bench/throughput.mjs --count 60000
 *
 * Options: --count N (mentions, default 60000), --batch N (SINK_BATCH_MAX_RECORDS),
 * --concurrency N, --partitions N (default 3), --profile FILE (a V8 CPU profile of the drain
 * alone, not the produce, for bench/load/cpu-top.mjs; chDB's threads are not in it). The
 * machine's load average is printed: on a shared machine the figures move with it. Also printed:
 * the drain's CPU ms per mention, whole and by thread (`js-main`; `node`: V8's GC and compile
 * helpers and libuv's pool; chDB's `ThreadPool` insert pipeline, `MergeMutate` merges, …;
 * `exited`: threads gone before the end). Every mention here predates the sink's assignment,
 * so each block is also checked in the store (`stored_events_check`): its cost varies run to run.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  fillEnriched,
  freshBenchTopics,
  profileTo,
  threadCpuMs,
  threadCpuSplit,
} from '../../../bench/load/lib/drain-bench.mjs'
import { createMetricsRegistry, createProducer } from '../../../packages/bus/dist/index.js'
import { createStore, migrate } from '../../../packages/store/dist/index.js'
import { startSink } from '../dist/index.js'

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '60000' },
    batch: { type: 'string' },
    concurrency: { type: 'string' },
    partitions: { type: 'string', default: '3' },
    profile: { type: 'string' },
  },
})
const count = Number(args.count)
const partitions = Number(args.partitions)
const { kafka, logger, prefix, topics } = await freshBenchTopics('sink', partitions)

// Produce first, so the run measures how fast the sink drains, not how fast we produce.
const producer = await createProducer(kafka, logger)
const t0 = performance.now()
const { mentions: produced, records } = await fillEnriched(producer, topics.enriched, count)
await producer.close()
const produceS = (performance.now() - t0) / 1000
console.log(
  `produced ${produced} mentions as ${records} records (one per brand named) in ${produceS.toFixed(1)} s`,
)

const dir = mkdtempSync(join(tmpdir(), 'vigil-sink-bench-'))
const store = await createStore({ database: 'bench', chdbPath: dir })
await migrate(store)
const registry = createMetricsRegistry()
const stopProfile = await profileTo(args.profile)
const cpu0 = process.cpuUsage()
const threads0 = threadCpuMs()
const started = performance.now()
const sink = await startSink({
  kafka,
  store,
  topics,
  logger,
  groupId: `${prefix}sink`,
  registry,
  ...(args.batch ? { batch: { maxRecords: Number(args.batch) } } : {}),
  ...(args.concurrency ? { concurrency: Number(args.concurrency) } : {}),
})

const metric = async (name) => (await registry.getSingleMetric(name)?.get())?.values ?? []
const storedEvents = async () =>
  (await metric('vigil_sink_rows_inserted_total')).find((v) => v.labels.table === 'mention_events')?.value ??
  0
let stored = 0
let half = null
const deadline = Date.now() + 15 * 60_000
let lastPrint = performance.now()
while (stored < produced && Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 100))
  stored = await storedEvents()
  if (half === null && stored >= produced / 2) half = { at: performance.now(), stored }
  if (performance.now() - lastPrint > 5_000) {
    lastPrint = performance.now()
    const s = (lastPrint - started) / 1000
    console.log(`  ${s.toFixed(0)} s: ${stored} stored, ${Math.round(stored / s)} rows/s so far`)
  }
}
const wallMs = performance.now() - started
const cpu = process.cpuUsage(cpu0)
const threads1 = threadCpuMs()
await stopProfile()
const phases = {}
for (const v of await metric('vigil_sink_insert_duration_ms')) {
  if (v.metricName?.endsWith('_sum')) phases[v.labels.table] = Math.round(v.value)
  if (v.metricName?.endsWith('_count')) phases[`${v.labels.table}_calls`] = v.value
}
const batches = {}
for (const v of await metric('vigil_bus_batch_size_records')) {
  if (v.metricName?.endsWith('_sum')) batches.records = (batches.records ?? 0) + v.value
  if (v.metricName?.endsWith('_count')) batches.count = (batches.count ?? 0) + v.value
}
await sink.stop()
const countRows = await store.client
  .query({
    query: 'SELECT count() AS n, uniqExact(id) AS ids FROM bench.mention_events',
    format: 'JSONEachRow',
  })
  .then((r) => r.json())
await store.close()
rmSync(dir, { recursive: true, force: true })
const admin = kafka.admin()
await admin.connect()
await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => {})
await admin.disconnect()

const rowsPerS = Math.round((stored / wallMs) * 1000)
// The second half: past the first records of each partition, which a sink that was just
// assigned checks against the store (see src/recent.ts); the steady state of a running sink.
// With blocks of up to SINK_BATCH_MAX_RECORDS one insert can carry past the half and the rest:
// then there is no second half to time (null, not the 0 rows/s it used to print).
const secondHalfRowsPerS =
  half && stored > half.stored
    ? Math.round(((stored - half.stored) / (started + wallMs - half.at)) * 1000)
    : null
console.log(
  `stored ${stored} of ${produced} in ${(wallMs / 1000).toFixed(1)} s: ${rowsPerS} rows/s (second half: ${secondHalfRowsPerS} rows/s)`,
)
console.log(`archive: ${countRows[0].n} rows, ${countRows[0].ids} distinct ids`)
console.log(
  `consumer batches: ${batches.count} of ${Math.round(batches.records / batches.count)} records on average`,
)
console.log('time per phase, ms (sum over the run; calls):')
for (const [k, v] of Object.entries(phases))
  if (!k.endsWith('_calls')) console.log(`  ${k}: ${v} (${phases[`${k}_calls`]})`)
console.log(
  `process CPU: ${((cpu.user + cpu.system) / 1000 / wallMs).toFixed(2)} cores over the run (user ${Math.round(cpu.user / 1000)} ms, system ${Math.round(cpu.system / 1000)} ms)`,
)
const msPerMentionByThread = threadCpuSplit(threads0, threads1, (cpu.user + cpu.system) / 1000, stored)
console.log(`CPU ms per mention by thread: ${JSON.stringify(msPerMentionByThread)}`)
console.log(
  JSON.stringify({
    produced,
    stored,
    archived: Number(countRows[0].n),
    distinctIds: Number(countRows[0].ids),
    seconds: +(wallMs / 1000).toFixed(2),
    rowsPerS,
    secondHalfRowsPerS,
    loadavg: (await import('node:os')).loadavg(),
    phasesMs: phases,
    batches,
    cpuCores: +((cpu.user + cpu.system) / 1000 / wallMs).toFixed(2),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    msPerMention: Number(((cpu.user + cpu.system) / 1000 / stored).toFixed(4)),
    msPerMentionByThread,
  }),
)
process.exit(0)
