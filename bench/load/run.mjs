/**
 * Load benchmark of the real stack (a script, not a test). Starts the enricher, the detector
 * and the embedded sink + api through the local launcher (infra/local/stack.mjs) on fresh
 * topics of the broker in KAFKA_BROKERS and a fresh chDB directory, then produces realistic
 * multilingual mentions (the ingest demo generator's) straight to mentions.raw at rising rates.
 * Per step it prints produced, enriched, detected and stored per second, each group's consumer
 * lag, each process's CPU and memory, and p50/p95/p99 of mention → enriched (the enriched
 * record's timestamp), → stored (mention_events.seen_at, read after the run) and → WebSocket
 * tick (probe mentions of an extra brand, `loadprobe`, one every 250 ms, each counted in the
 * tick the api pushes on `metrics:loadprobe`). The last line is one JSON object.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 node bench/load/run.mjs --max-rate 10000 --step-seconds 30
 *
 * Options: --rates 1000,2500,5000,10000 (or --start-rate/--max-rate, doubling), --step-seconds
 * (default 30), --partitions (default 3), --slice-seconds (0: off; else every slice of a step
 * prints each process's CPU ms per mention, V8 heap used, GC seconds, and chDB's parts on disk,
 * to see whether the cost per mention grows over minutes). A step is "held" when every group's
 * lag at its end is under 3 seconds of that step's input.
 */
import { fork, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createKafka } from '../../packages/bus/dist/index.js'
import { createLogger } from '../../packages/config/dist/index.js'
import { topicNames } from '../../packages/schema/dist/index.js'
import { createStore } from '../../packages/store/dist/index.js'
import { freePort } from './lib/ports.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values: args } = parseArgs({
  options: {
    rates: { type: 'string' },
    'start-rate': { type: 'string', default: '1000' },
    'max-rate': { type: 'string', default: '10000' },
    'step-seconds': { type: 'string', default: '30' },
    partitions: { type: 'string', default: '3' },
    'slice-seconds': { type: 'string', default: '0' },
  },
})
const stepS = Number(args['step-seconds'])
const sliceS = Number(args['slice-seconds'])
const rates = args.rates
  ? args.rates.split(',').map(Number)
  : (() => {
      const out = []
      for (let r = Number(args['start-rate']); r < Number(args['max-rate']); r *= 2) out.push(r)
      return [...out, Number(args['max-rate'])]
    })()
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:29092'
const logger = createLogger('load-bench', 'error')
const say = (s) => console.log(`[load] ${s}`)

// ---- the stack ---------------------------------------------------------------------------
const run = `load-${Date.now().toString(36)}`
const dir = mkdtempSync(join(tmpdir(), 'vigil-load-'))
const brands = JSON.parse(readFileSync(join(repo, 'packages/config/brands/default.json'), 'utf8'))
brands.brands.push({
  id: 'loadprobe',
  name: 'Load Probe',
  role: 'competitor',
  size: 'small',
  aliases: ['LoadProbe'],
  handles: [],
  hashtags: [],
  markets: ['GB'],
})
writeFileSync(join(dir, 'brands.json'), JSON.stringify(brands))
const [apiPort, enricherPort, detectorPort] = [await freePort(), await freePort(), await freePort()]
const prefix = `${run}.`
const groups = { enricher: `${run}-enricher`, detector: `${run}-detector`, sink: `${run}-sink` }
const env = {
  ...process.env,
  KAFKA_BROKERS: brokers,
  VIGIL_TOPIC_PREFIX: prefix,
  VIGIL_PARTITIONS: args.partitions,
  VIGIL_SERVICES: 'enricher,detector,embedded',
  VIGIL_BRANDS_FILE: join(dir, 'brands.json'),
  VIGIL_LOG_DIR: join(dir, 'logs'),
  VIGIL_OPEN_DEMO: '1',
  CHDB_PATH: join(dir, 'chdb'),
  API_PORT: String(apiPort),
  ENRICHER_METRICS_PORT: String(enricherPort),
  DETECTOR_METRICS_PORT: String(detectorPort),
  ENRICHER_GROUP_ID: groups.enricher,
  DETECTOR_GROUP_ID: groups.detector,
  SINK_GROUP_ID: groups.sink,
  LOG_LEVEL: 'warn',
}
say(`stack: ${prefix}* topics, chDB in ${dir}; rates ${rates.join(', ')}/s for ${stepS} s each`)
const stack = spawn(process.execPath, [join(repo, 'infra/local/stack.mjs')], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
})
const stackExited = new Promise((r) => stack.once('exit', r))
// Never leave the stack running behind a failed benchmark.
process.on('exit', () => stack.kill('SIGTERM'))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(1))
const api = `http://127.0.0.1:${apiPort}`
for (let i = 0; ; i++) {
  if (i > 240) throw new Error('the api did not answer within 120 s')
  if (
    (await fetch(`${api}/healthz`)
      .then((r) => r.ok)
      .catch(() => false)) === true
  )
    break
  await new Promise((r) => setTimeout(r, 500))
}
const pids = () => JSON.parse(readFileSync(join(dir, 'logs', 'pids.json'), 'utf8'))
say(`api up at ${api}; processes ${JSON.stringify(pids())}`)

// ---- clients -----------------------------------------------------------------------------
const topics = topicNames(prefix)
const kafka = createKafka({ brokers: brokers.split(','), clientId: 'load-bench', logger })
// The producer is a child process (lib/producer-child.mjs): its CPU apart from the watchers'.
const producer = fork(join(repo, 'bench/load/lib/producer-child.mjs'), [], {
  env: { ...process.env, KAFKA_BROKERS: brokers, LOAD_RAW_TOPIC: topicNames(prefix).raw },
})
process.on('exit', () => producer.kill('SIGTERM'))
const fromProducer = (type) =>
  new Promise((resolve) => {
    const on = (msg) => {
      if (msg.type !== type) return
      producer.off('message', on)
      resolve(msg)
    }
    producer.on('message', on)
  })
const producerReady = fromProducer('ready')
const admin = kafka.admin()
await admin.connect()

const t0Of = (id) => Number(/:lt-(\d+)-/.exec(id)?.[1] ?? Number.NaN)
const enrichedLatency = []
let enrichedCount = 0
// Counts every enriched record and samples 5 % for mention → enriched (the record's own
// timestamp, so the watcher's fetch delay does not enter it): large fetches, few requests, the
// bench's load on the broker and the cores kept small.
const consumer = kafka.consumer({
  groupId: `${run}-watch`,
  maxWaitTimeInMs: 200,
  minBytes: 256 * 1024,
  maxBytesPerPartition: 4 * 1_048_576,
})
await consumer.connect()
await consumer.subscribe({ topics: [topics.enriched], fromBeginning: true })
await consumer.run({
  eachBatch: async ({ batch }) => {
    for (const m of batch.messages) {
      enrichedCount++
      if (Math.random() >= 0.05) continue
      const id = /"id":"([a-z]+:lt-\d+-[^"]*)"/.exec(m.value.toString('utf8', 0, 400))?.[1]
      if (id) enrichedLatency.push({ t0: t0Of(id), ms: Number(m.timestamp) - t0Of(id) })
    }
  },
})

// WebSocket ticks of the probe brand: the k-th probe of a minute is in the first tick whose
// volume for that minute reaches k.
// `ws` is the api's WebSocket library (through @fastify/websocket); Node 20 has no client.
const require = createRequire(
  realpathSync(join(repo, 'services/api/node_modules/@fastify/websocket/package.json')),
)
const WebSocket = require('ws')
const probes = new Map() // minute ISO → [{ t0, ms }]
const tickLatency = []
// The same probes on metrics.live (the detector's record timestamp), to split the way to the
// wall into its hops: → enriched (enricher), → metrics.live (detector), → WebSocket tick (api).
const liveLatency = []
const liveWatch = kafka.consumer({ groupId: `${run}-watch-live`, maxWaitTimeInMs: 100 })
await liveWatch.connect()
await liveWatch.subscribe({ topics: [topics.metrics], fromBeginning: true })
await liveWatch.run({
  eachMessage: async ({ message }) => {
    if (message.key?.toString() !== 'loadprobe') return
    const t = JSON.parse(message.value.toString())
    const list = probes.get(t.minute) ?? []
    for (let k = 0; k < Math.min(t.volume, list.length); k++) {
      if (list[k].liveMs === undefined) {
        list[k].liveMs = Number(message.timestamp) - list[k].t0
        liveLatency.push({ t0: list[k].t0, ms: list[k].liveMs })
      }
    }
  },
})
const ws = new WebSocket(`ws://127.0.0.1:${apiPort}/ws`)
ws.on('open', () => ws.send(JSON.stringify({ type: 'subscribe', channels: ['metrics:loadprobe'] })))
ws.on('message', (raw) => {
  const msg = JSON.parse(raw.toString())
  if (msg.type !== 'metrics') return
  const now = Date.now()
  for (const t of msg.data) {
    const list = probes.get(t.minute) ?? []
    for (let k = 0; k < Math.min(t.volume, list.length); k++) {
      if (list[k].ms === undefined) {
        list[k].ms = now - list[k].t0
        tickLatency.push(list[k])
      }
    }
  }
})

// ---- measurement helpers ------------------------------------------------------------------
const metricSum = async (url, name, match = '') => {
  const text = await fetch(url)
    .then((r) => r.text())
    .catch(() => '')
  let sum = 0
  for (const line of text.split('\n'))
    if (line.startsWith(name) && line.includes(match)) sum += Number(line.split(' ').pop())
  return sum
}
const stored = () => metricSum(`${api}/metrics`, 'vigil_sink_rows_inserted_total', 'table="mention_events"')
// The sink's mention inserts so far (into mention_stream since load6s, into mention_events
// before): with `stored`, the rows per block the sink wrote.
const inserts = async () =>
  (await metricSum(`${api}/metrics`, 'vigil_sink_insert_duration_ms_count', 'table="mention_events"')) +
  (await metricSum(`${api}/metrics`, 'vigil_sink_insert_duration_ms_count', 'table="mention_stream"'))
const detected = () => metricSum(`http://127.0.0.1:${detectorPort}/metrics`, 'vigil_detector_observed_total')
async function lags() {
  const out = {}
  const ends = {}
  for (const t of [topics.raw, topics.enriched]) {
    ends[t] = new Map((await admin.fetchTopicOffsets(t)).map((p) => [p.partition, BigInt(p.high)]))
  }
  for (const [name, groupId] of Object.entries(groups)) {
    const topic = name === 'enricher' ? topics.raw : topics.enriched
    const [res] = await admin.fetchOffsets({ groupId, topics: [topic] }).catch(() => [{ partitions: [] }])
    let lag = 0n
    for (const p of res.partitions) {
      const committed = BigInt(p.offset) < 0n ? 0n : BigInt(p.offset)
      lag += (ends[topic].get(p.partition) ?? 0n) - committed
    }
    out[name] = Number(lag)
  }
  return out
}
const HZ = 100
// The broker's JVM, found by the port it listens on: a `kafka.Kafka <props>` process whose
// properties (infra/kafka/kafka.sh writes them) name that listener. null when not on this host.
function brokerPid() {
  const port = brokers.split(',')[0].split(':').pop()
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const argv = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0')
      const at = argv.indexOf('kafka.Kafka')
      if (at < 0) continue
      if (new RegExp(`^listeners=.*:${port}(,|$)`, 'm').test(readFileSync(argv[at + 1], 'utf8')))
        return Number(d)
    } catch {}
  }
  return null
}
const broker = brokerPid()
// Processes measured beside the stack's: the broker (shared with whoever else uses it), the
// producer child, and this script (its watchers of mentions.enriched and metrics.live).
const outerPids = () => ({
  ...(broker !== null ? { broker } : {}),
  producer: producer.pid,
  bench: process.pid,
})
function proc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return { cpuS: (Number(stat[11]) + Number(stat[12])) / HZ, rssMb: Math.round(Number(rss) / 1024) }
  } catch {
    return { cpuS: Number.NaN, rssMb: Number.NaN }
  }
}
// Heap and GC of each Node process from its /metrics (prom-client's default process metrics).
const nodeStats = async (url) => {
  const text = await fetch(url)
    .then((r) => r.text())
    .catch(() => '')
  let heapMb = 0
  let gcS = 0
  for (const line of text.split('\n')) {
    if (line.startsWith('nodejs_heap_size_used_bytes '))
      heapMb = Math.round(Number(line.split(' ').pop()) / 2 ** 20)
    if (line.startsWith('nodejs_gc_duration_seconds_sum')) gcS += Number(line.split(' ').pop())
  }
  return { heapMb, gcS }
}
// Parts chDB holds on disk (active and merged-away-not-yet-removed): directories named like a
// part (`all_1_1_0`, `202612_3_9_1`) anywhere under the data directory, detached ones aside.
function partsOnDisk(root) {
  let n = 0
  const walk = (d, depth) => {
    let entries
    try {
      entries = readdirSync(d, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name === 'detached') continue
      if (/^[0-9a-z]+_\d+_\d+_\d+(_\d+)?$/.test(e.name)) n++
      else if (depth < 5) walk(join(d, e.name), depth + 1)
    }
  }
  walk(root, 0)
  return n
}
// CPU seconds of a process by thread name (/proc/<pid>/task/*/stat): the JS thread, V8's GC
// helpers, libuv's pool, and chDB's own pools (merges, inserts, cleanup) apart. A thread that
// ended between two readings loses its share.
function cpuByThread(pid) {
  const out = {}
  let tasks = []
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    return out
  }
  for (const t of tasks) {
    try {
      const raw = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8')
      const name =
        t === String(pid)
          ? 'js-main'
          : raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')')).replace(/[0-9]+$/, '')
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ')
      out[name] = (out[name] ?? 0) + (Number(f[11]) + Number(f[12])) / HZ
    } catch {}
  }
  return out
}
const statsUrls = () => ({
  enricher: `http://127.0.0.1:${enricherPort}/metrics`,
  detector: `http://127.0.0.1:${detectorPort}/metrics`,
  embedded: `${api}/metrics`,
})
async function sliceSnapshot() {
  const at = Date.now()
  const ps = pids()
  const cpu = Object.fromEntries(Object.entries(ps).map(([k, pid]) => [k, proc(pid).cpuS]))
  const node = {}
  for (const [k, url] of Object.entries(statsUrls())) node[k] = await nodeStats(url)
  return {
    at,
    cpu,
    node,
    handled: { enricher: enrichedCount, detector: await detected(), embedded: await stored() },
    parts: partsOnDisk(join(dir, 'chdb')),
    threads: cpuByThread(ps.embedded),
  }
}
const sliceLine = (a, b) => {
  const secs = (b.at - a.at) / 1000
  const out = { t: Math.round((b.at - a.at) / 1000), parts: b.parts }
  // The embedded process's CPU per stored mention by thread name, the largest first.
  const n = b.handled.embedded - a.handled.embedded
  out.embeddedThreadsMs = Object.fromEntries(
    Object.entries(b.threads)
      .map(([k, v]) => [k, n > 0 ? Number((((v - (a.threads[k] ?? 0)) * 1000) / n).toFixed(3)) : null])
      .filter(([, v]) => v !== null && v >= 0.002)
      .sort((x, y) => y[1] - x[1]),
  )
  for (const k of Object.keys(b.handled)) {
    const n = b.handled[k] - a.handled[k]
    out[k] = {
      perS: Math.round(n / secs),
      cpuMs: n > 0 ? Number((((b.cpu[k] - a.cpu[k]) * 1000) / n).toFixed(3)) : null,
      heapMb: b.node[k]?.heapMb,
      gcPct: Number(((((b.node[k]?.gcS ?? 0) - (a.node[k]?.gcS ?? 0)) / secs) * 100).toFixed(1)),
    }
  }
  return out
}
const pct = (xs, q) => {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}
const quant = (xs) => ({ p50: pct(xs, 0.5), p95: pct(xs, 0.95), p99: pct(xs, 0.99), n: xs.length })

// ---- the load ----------------------------------------------------------------------------
await producerReady
// Warm-up (not measured): every consumer has joined and stored something before step one.
let produced = 0
{
  producer.send({ type: 'warm', count: 200 })
  const warm = await fromProducer('warmed')
  produced += warm.produced
  const until = Date.now() + 120_000
  while ((await stored()) < warm.produced && Date.now() < until) await new Promise((r) => setTimeout(r, 500))
  say(`warm-up: ${await stored()} of ${warm.produced} stored`)
}
// The outer processes' CPU with no load of ours: the shared broker serves others too.
const idleS = 10
const idle0 = Object.fromEntries(Object.entries(outerPids()).map(([k, pid]) => [k, proc(pid).cpuS]))
await new Promise((r) => setTimeout(r, idleS * 1000))
const idleCpuPct = Object.fromEntries(
  Object.entries(outerPids()).map(([k, pid]) => [k, Math.round(((proc(pid).cpuS - idle0[k]) / idleS) * 100)]),
)
say(`outer processes at idle, CPU % over ${idleS} s: ${JSON.stringify(idleCpuPct)}`)
producer.on('message', (msg) => {
  if (msg.type !== 'probe') return
  const minute = new Date(Math.floor(msg.t0 / 60_000) * 60_000).toISOString()
  if (!probes.has(minute)) probes.set(minute, [])
  probes.get(minute).push({ t0: msg.t0 })
})
const steps = []
for (const rate of rates) {
  const p0 = { ...pids(), ...outerPids() }
  const cpu0 = Object.fromEntries(Object.entries(p0).map(([k, pid]) => [k, proc(pid)]))
  const start = Date.now()
  const [e0, d0, s0, prod0, i0] = [enrichedCount, await detected(), await stored(), produced, await inserts()]
  let mid = null
  const slices = []
  let sliceAt = sliceS > 0 ? await sliceSnapshot() : null
  producer.send({ type: 'step', rate, seconds: stepS })
  let done = null
  fromProducer('stepped').then((msg) => {
    done = msg
  })
  while (done === null) {
    const now = Date.now()
    if (mid === null && now - start >= (stepS * 1000) / 2) mid = await lags()
    if (sliceAt !== null && now - sliceAt.at >= sliceS * 1000) {
      const next = await sliceSnapshot()
      const line = sliceLine(sliceAt, next)
      line.t = Math.round((next.at - start) / 1000)
      slices.push(line)
      say(`  slice ${JSON.stringify(line)}`)
      sliceAt = next
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  produced += done.produced
  const secs = (Date.now() - start) / 1000
  const end = await lags()
  const p1 = { ...pids(), ...outerPids() }
  const procs = {}
  for (const [k, pid] of Object.entries(p1)) {
    const c = proc(pid)
    procs[k] = {
      cpuPct: Math.round(((c.cpuS - (cpu0[k]?.cpuS ?? 0)) / secs) * 100),
      rssMb: c.rssMb,
      ...(p0[k] !== pid ? { restarted: true } : {}),
    }
  }
  const inStep = (x) => x.t0 >= start && x.t0 < start + secs * 1000
  // Where the time goes, whatever the machine's load: CPU milliseconds each process spent per
  // mention handled in the step (its own stage's rate), and the rate their sum would allow on
  // two whole cores. Meaningful for a held step (CPU spent = CPU needed). The broker, the
  // producer and the bench are counted per mention produced; `ratePossibleOn2Cores` is the
  // three services' alone (as before), `ratePossibleOn2CoresAll` with the outer processes too.
  const handled = {
    enricher: enrichedCount - e0,
    detector: (await detected()) - d0,
    embedded: (await stored()) - s0,
    broker: produced - prod0,
    producer: produced - prod0,
    bench: produced - prod0,
  }
  const cpuMsPerMention = {}
  for (const [k, p] of Object.entries(procs)) {
    if (handled[k] > 0)
      cpuMsPerMention[k] = Number((((p.cpuPct / 100) * secs * 1000) / handled[k]).toFixed(3))
  }
  const sumOf = (keys) => keys.reduce((a, k) => a + (cpuMsPerMention[k] ?? 0), 0)
  const cpuMsSum = sumOf(['enricher', 'detector', 'embedded'])
  const cpuMsAll = sumOf(Object.keys(cpuMsPerMention))
  const step = {
    rate,
    seconds: Math.round(secs),
    producedPerS: Math.round((produced - prod0) / secs),
    enrichedPerS: Math.round((enrichedCount - e0) / secs),
    detectedPerS: Math.round(((await detected()) - d0) / secs),
    storedPerS: Math.round(((await stored()) - s0) / secs),
    sinkRowsPerInsert: Math.round(((await stored()) - s0) / Math.max(1, (await inserts()) - i0)),
    lagMid: mid,
    lagEnd: end,
    held: Object.values(end).every((l) => l < rate * 3),
    processes: procs,
    cpuMsPerMention,
    ratePossibleOn2Cores: cpuMsSum > 0 ? Math.round(2000 / cpuMsSum) : null,
    ratePossibleOn2CoresAll: cpuMsAll > 0 ? Math.round(2000 / cpuMsAll) : null,
    enrichedMs: quant(enrichedLatency.filter(inStep).map((x) => x.ms)),
    tickMs: quant(tickLatency.filter(inStep).map((x) => x.ms)),
    liveMs: quant(liveLatency.filter(inStep).map((x) => x.ms)),
    ...(slices.length > 0 ? { slices } : {}),
    start,
  }
  steps.push(step)
  say(
    `${rate}/s: produced ${step.producedPerS}/s, enriched ${step.enrichedPerS}/s, detected ${step.detectedPerS}/s, stored ${step.storedPerS}/s (${step.sinkRowsPerInsert} rows per insert); lag ${JSON.stringify(end)}${step.held ? ' (held)' : ' (NOT held)'}`,
  )
  say(`  processes ${JSON.stringify(procs)}`)
  say(
    `  CPU ms per mention ${JSON.stringify(cpuMsPerMention)}: the three services ${step.ratePossibleOn2Cores}/s possible on 2 whole cores, with broker, producer and bench ${step.ratePossibleOn2CoresAll}/s`,
  )
  say(
    `  mention → enriched ms ${JSON.stringify(step.enrichedMs)}; → WebSocket tick ms ${JSON.stringify(step.tickMs)}`,
  )
}

// ---- drain, stop, read what was stored ----------------------------------------------------
say('draining (up to 90 s) and stopping the stack…')
const drainEnd = Date.now() + 90_000
while (Date.now() < drainEnd && (await stored()) < produced) await new Promise((r) => setTimeout(r, 1000))
const storedTotal = await stored()
// Latencies by the step the mention was produced in, counting what arrived after its step too.
for (const step of steps) {
  const inStep = (x) => x.t0 >= step.start && x.t0 < step.start + step.seconds * 1000
  step.enrichedMs = quant(enrichedLatency.filter(inStep).map((x) => x.ms))
  step.tickMs = quant(tickLatency.filter(inStep).map((x) => x.ms))
  step.liveMs = quant(liveLatency.filter(inStep).map((x) => x.ms))
  say(
    `${step.rate}/s: mention → enriched ms ${JSON.stringify(step.enrichedMs)}; → metrics.live ms ${JSON.stringify(step.liveMs)}; → WebSocket tick ms ${JSON.stringify(step.tickMs)}`,
  )
}
ws.close()
await consumer.disconnect()
await liveWatch.disconnect()
producer.send({ type: 'close' })
stack.kill('SIGTERM')
await stackExited
const store = await createStore({ database: 'vigil', chdbPath: join(dir, 'chdb') })
for (const step of steps) {
  const t0 = "toInt64(extract(id, ':lt-([0-9]+)-'))"
  const q = `SELECT quantiles(0.5, 0.95, 0.99)(toUnixTimestamp64Milli(seen_at) - ${t0}) AS q, count() AS n
    FROM vigil.mention_events WHERE id LIKE '%:lt-%' AND ${t0} >= ${step.start} AND ${t0} < ${step.start + step.seconds * 1000}`
  const [r] = await store.client.query({ query: q, format: 'JSONEachRow' }).then((x) => x.json())
  step.storedMs = {
    p50: Math.round(r.q[0]),
    p95: Math.round(r.q[1]),
    p99: Math.round(r.q[2]),
    n: Number(r.n),
  }
  say(`${step.rate}/s: mention → stored ms ${JSON.stringify(step.storedMs)}`)
}
const [dups] = await store.client
  .query({
    query: `SELECT count() - uniqExact(id) AS twice FROM vigil.mention_events WHERE id LIKE '%:lt-%'`,
    format: 'JSONEachRow',
  })
  .then((x) => x.json())
await store.close()
const topicList = Object.values(topics)
await admin.deleteTopics({ topics: topicList }).catch(() => {})
await admin.disconnect()
if (!process.env.LOAD_KEEP_DIR) rmSync(dir, { recursive: true, force: true })

const held = steps.filter((s) => s.held).map((s) => s.rate)
const at = (r) => steps.find((s) => s.rate === r)
const summary = {
  rates,
  stepSeconds: stepS,
  outerIdleCpuPct: idleCpuPct,
  highestRateHeld: held.length ? Math.max(...held) : 0,
  produced,
  stored: storedTotal,
  storedTwice: Number(dups.twice),
  steps: steps.map(({ start, ...s }) => s),
  latencyAtFirstStep: at(rates[0]) && {
    enrichedMs: at(rates[0]).enrichedMs,
    storedMs: at(rates[0]).storedMs,
    liveMs: at(rates[0]).liveMs,
    tickMs: at(rates[0]).tickMs,
  },
  machine: { cpus: (await import('node:os')).cpus().length, loadavg: (await import('node:os')).loadavg() },
}
console.log(JSON.stringify(summary))
process.exit(0)
