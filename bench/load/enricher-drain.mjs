/**
 * How fast one enricher drains a full mentions.raw, and where its wall time goes (a script, not
 * a test). Made for the shared machine: end-to-end rates are noise there, a drain is not, since
 * records always wait and any time the enricher does not spend on the CPU is time it waits.
 *
 * Pre-fills `<prefix>mentions.raw` on the broker in KAFKA_BROKERS with `--count` realistic
 * mentions (lib/mentions.mjs, keyed by id as run.mjs does), then per run starts an enricher in a
 * child process — the build's own service code (`startEnricher` with the models, NLP, bus and
 * brand placement exactly as services/enricher/src/main.ts wires them; no /metrics server) — on
 * a fresh group, and times the drain from its first batch until the group's committed offsets
 * reach the end. Runs alternate between builds (`--builds main=/work/main,new=.`).
 *
 * Per run: mentions per second (wall), CPU ms per mention, share of a core (process CPU / wall;
 * `js` = the main thread alone, with the share it was runnable but waiting for a CPU that other
 * processes held, and the share it was idle: waiting on Kafka), and the wall split by the consumer's own instrumentation
 * events: fetching (KafkaJS FETCH: request to answer, the broker's wait included), batch
 * handling (START→END_BATCH_PROCESS: enrich + whatever the handler awaits), and the time a
 * produce to mentions.enriched was in flight (overlapping the others when pipelined); the
 * records per batch seen. Medians per build at the end, then one JSON line.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 nice -n 5 node bench/load/enricher-drain.mjs --count 300000 \
 *     --builds main=/work/main,new=. --runs 3
 *
 * Options: --partitions (3), --cpu-prof DIR (V8 profile of each child, for cpu-top.mjs),
 * --node-args 'NAME=FLAGS' (node flags for the children of build NAME; repeatable: the same
 * directory under two names compares flags, e.g. `--builds a=.,b=. --node-args 'b=--max-semi-space-size=64'`).
 * `--rate 1000 --seconds 30`: instead of a drain, per run fresh topics and mentions produced at
 * that rate once the enricher joined its group; prints p50/p95/p99 of mention → enriched (the
 * enriched record's timestamp − the raw record's send time), per build and their medians.
 * The topics are deleted at the end.
 *
 * `--hash` (with `--partitions 1`, so that the records reach the enricher in one order whatever
 * the fetch timing): the raw stream gets bad records mixed in (malformed JSON, invalid UTF-8, a
 * wrong type, an empty value: one in 1,000), and each run prints a sha256 of every record the
 * enricher hands its producer, in order (topic, key, partition, value bytes, headers), with the
 * times that are the wall clock's masked (`enrichedAt`, the dead letter's `vigil.dlq.time`).
 * Two builds whose outputs are identical print the same hash.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const here = dirname(fileURLToPath(import.meta.url))
const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '300000' },
    partitions: { type: 'string', default: '3' },
    builds: { type: 'string', default: `this=${join(here, '..', '..')}` },
    runs: { type: 'string', default: '3' },
    'cpu-prof': { type: 'string' },
    // node flags for one build's child, e.g. --node-args 'gc=--max-semi-space-size=64' (repeatable)
    'node-args': { type: 'string', multiple: true, default: [] },
    rate: { type: 'string' },
    seconds: { type: 'string', default: '30' },
    expect: { type: 'string' },
    hash: { type: 'boolean', default: false },
    // internal: one drain in this process
    child: { type: 'boolean', default: false },
    build: { type: 'string' },
    prefix: { type: 'string' },
    group: { type: 'string' },
  },
})
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:29092'
/** The child's line once its consumer joined the group (its logs share stdout). */
const JOINED = '[enricher-drain] group joined'
const load = () => loadavg()[0].toFixed(1)
const fromBuild = (build, rel) => import(pathToFileURL(resolve(build, rel)).href)

if (args.child) await drainOnce()
else if (args.rate) await live()
else await main()

// ---- the parent: pre-fill, alternate the builds, summarise ----------------------------------
async function main() {
  const count = Number(args.count)
  const builds = await buildsOf(args.builds)
  const prefix = `drain-${Date.now().toString(36)}.`
  const { createKafka, createProducer, ensureTopics, vigilTopicSpecs } = await fromBuild(
    here,
    '../../packages/bus/dist/index.js',
  )
  const { createLogger } = await import('../../packages/config/dist/index.js')
  const { topicNames } = await import('../../packages/schema/dist/index.js')
  const { rawStream } = await import('./lib/mentions.mjs')
  const logger = createLogger('enricher-drain', 'error')
  const topics = topicNames(prefix)
  const kafka = createKafka({ brokers: brokers.split(','), clientId: 'enricher-drain', logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, Number(args.partitions)))
  const producer = await createProducer(kafka, logger)
  const t0 = Date.now()
  let bytes = 0
  if (args.hash && Number(args.partitions) !== 1)
    console.log('[drain] --hash: use --partitions 1 (one order)')
  let n = 0
  for (const slice of rawStream(count)) {
    const recs = slice.map((m) => ({ key: m.id, value: JSON.stringify(m) }))
    if (args.hash) for (let i = 999; i < recs.length; i += 1000) recs[i] = badRecord(n++, recs[i])
    for (const r of recs) bytes += r.value.length
    await producer.send(topics.raw, recs)
  }
  await producer.close()
  console.log(
    `[drain] ${prefix}mentions.raw: ${count} mentions (${Math.round(bytes / count)} bytes each) on ${args.partitions} partitions in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  )

  const results = []
  try {
    for (let r = 1; r <= Number(args.runs); r++) {
      for (const b of builds) {
        const before = load()
        const res = await child(b, prefix, `${prefix}g-${b.name}-${r}`)
        res.build = b.name
        res.run = r
        res.load = `${before}→${load()}`
        results.push(res)
        console.log(`[drain] ${line(res)}`)
      }
    }
  } finally {
    const admin = kafka.admin()
    await admin.connect()
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined)
    await admin.deleteGroups(results.map((r) => `${prefix}g-${r.build}-${r.run}`)).catch(() => undefined)
    await admin.disconnect()
  }
  const summary = {}
  for (const b of builds) {
    const mine = results.filter((r) => r.build === b.name)
    const med = (k) => median(mine.map((r) => r[k]))
    summary[b.name] = Object.fromEntries(
      [
        'perSecond',
        'cpuMsPerMention',
        'core',
        'jsCore',
        'runQueueShare',
        'idleShare',
        'fetchShare',
        'batchShare',
        'produceShare',
        'batchRecords',
        'gcShare',
        'scavengeMsPer10k',
        'majorMsPer10k',
        'maxRssMb',
      ].map((k) => [k, med(k)]),
    )
    console.log(`[drain] median ${b.name}: ${line({ ...summary[b.name], build: b.name })}`)
  }
  console.log(JSON.stringify({ count, partitions: Number(args.partitions), summary, runs: results }))
}

/** What a broken connector might send, in turn, in place of a good record (--hash). */
function badRecord(n, good) {
  const bad = [
    good.value.slice(0, -7),
    Buffer.concat([
      Buffer.from(good.value.slice(0, 40)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(good.value.slice(40)),
    ]),
    good.value.replace(/"followers":\d+/, '"followers":"many"'),
    '',
  ]
  return { key: good.key, value: bad[n % bad.length] }
}

function line(r) {
  return [
    `${r.build}${r.run ? ` #${r.run}` : ''}`,
    `${Math.round(r.perSecond)}/s`,
    `CPU ${r.cpuMsPerMention.toFixed(4)} ms/mention`,
    `core ${(r.core * 100).toFixed(0)} % (js ${(r.jsCore * 100).toFixed(0)} %, js waiting for a CPU ${(r.runQueueShare * 100).toFixed(0)} %, js idle ${(r.idleShare * 100).toFixed(0)} %)`,
    `wall: fetch ${(r.fetchShare * 100).toFixed(0)} %, batches ${(r.batchShare * 100).toFixed(0)} %, produce in flight ${(r.produceShare * 100).toFixed(0)} %`,
    `records/batch ${Math.round(r.batchRecords)}`,
    r.scavengeMsPer10k === undefined
      ? ''
      : `GC ${(r.gcShare * 100).toFixed(1)} % of wall (scavenges ${r.scavengeMsPer10k.toFixed(0)} ms, major ${r.majorMsPer10k.toFixed(0)} ms per 10,000) · peak RSS ${Math.round(r.maxRssMb)} MB`,
    r.outputHash
      ? `output sha256 ${r.outputHash} (${r.enriched} enriched, ${r.deadLettered} dead-lettered${r.enriched + r.deadLettered === r.mentions ? '' : ': some re-read after a rebalance, not comparable'})`
      : '',
    r.load ? `load ${r.load}` : '',
  ].join(' · ')
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * `name=dir,…` → the builds, each with the node flags its own launcher gives the enricher
 * (infra/local/node-args.mjs of that build, where it has one): a drain runs the service as
 * that build would start it.
 */
async function buildsOf(spec) {
  return Promise.all(
    spec.split(',').map(async (b) => {
      const [name, dir] = b.split('=')
      const file = resolve(dir, 'infra/local/node-args.mjs')
      const serviceArgs = existsSync(file)
        ? ((await import(pathToFileURL(file).href)).serviceNodeArgs.enricher ?? [])
        : []
      if (serviceArgs.length > 0)
        console.log(`[drain] ${name}: the enricher's node flags ${serviceArgs.join(' ')}`)
      return { name, dir: resolve(dir), serviceArgs }
    }),
  )
}

function child(build, prefix, group, extra = [], onReady = () => undefined) {
  const nodeArgs = [...build.serviceArgs]
  if (args['cpu-prof']) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`)
  for (const spec of args['node-args']) {
    const at = spec.indexOf('=')
    if (spec.slice(0, at) === build.name)
      nodeArgs.push(
        ...spec
          .slice(at + 1)
          .split(' ')
          .filter(Boolean),
      )
  }
  const p = spawn(
    process.execPath,
    [
      ...nodeArgs,
      fileURLToPath(import.meta.url),
      '--child',
      '--build',
      build.dir,
      '--prefix',
      prefix,
      ...(args.hash ? ['--hash'] : []),
      ...extra,
    ],
    {
      cwd: build.dir,
      env: {
        ...process.env,
        KAFKA_BROKERS: brokers,
        VIGIL_TOPIC_PREFIX: prefix,
        VIGIL_PARTITIONS: args.partitions,
        ENRICHER_GROUP_ID: group,
        ENRICHER_METRICS_PORT: '0',
        // --hash: batches of ~240 records, so that a starved machine cannot hold one batch past
        // the group's session (a rebalance re-enriches a batch, and the intent memory has seen it).
        ...(args.hash ? { ENRICHER_FETCH_PARTITION_BYTES: '131072' } : {}),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let out = ''
  p.stdout.on('data', (d) => {
    const waiting = !out.includes(JOINED)
    out += d
    if (waiting && out.includes(JOINED)) onReady()
  })
  return new Promise((ok, fail) =>
    p.once('exit', (code) => {
      const last = out.trim().split('\n').pop()
      if (code !== 0 || !last?.startsWith('{'))
        fail(new Error(`drain child exited ${code}: ${out.slice(-500)}`))
      else ok(JSON.parse(last))
    }),
  )
}

// ---- live: a steady rate, mention → enriched latency -----------------------------------------
async function live() {
  const rate = Number(args.rate)
  const count = rate * Number(args.seconds)
  const builds = await buildsOf(args.builds)
  const { createKafka, createProducer, ensureTopics, vigilTopicSpecs } = await import(
    '../../packages/bus/dist/index.js'
  )
  const { createLogger } = await import('../../packages/config/dist/index.js')
  const { topicNames } = await import('../../packages/schema/dist/index.js')
  const { rawStream } = await import('./lib/mentions.mjs')
  const logger = createLogger('enricher-drain', 'error')
  const kafka = createKafka({ brokers: brokers.split(','), clientId: 'enricher-live', logger })
  const producer = await createProducer(kafka, logger)
  const admin = kafka.admin()
  await admin.connect()
  const base = `live-${Date.now().toString(36)}`
  const results = []
  const made = []
  for (let r = 1; r <= Number(args.runs); r++) {
    for (const b of builds) {
      const prefix = `${base}-${b.name}-${r}.`
      const topics = topicNames(prefix)
      await ensureTopics(kafka, vigilTopicSpecs(topics, Number(args.partitions)))
      const sentAt = new Map()
      const mentions = [...rawStream(count, count)][0]
      const before = load()
      let producing
      const res = await child(b, prefix, `${prefix}g`, ['--expect', String(count)], () => {
        producing = produceAt(producer, topics.raw, mentions, rate, sentAt)
      })
      await producing
      const ms = await enrichedLatency(kafka, topics.enriched, sentAt)
      Object.assign(res, { build: b.name, run: r, load: `${before}→${load()}`, ...ms })
      results.push(res)
      console.log(
        `[live] ${b.name} #${r} · ${rate}/s · mention → enriched p50 ${ms.p50} ms, p95 ${ms.p95} ms, p99 ${ms.p99} ms · records/batch ${Math.round(res.batchRecords)} · CPU ${res.cpuMsPerMention.toFixed(4)} ms/mention · load ${res.load}`,
      )
      made.push(...Object.values(topics))
    }
  }
  // Only at the end: KafkaJS's producer keeps refreshing the metadata of every topic it wrote
  // to, and a deleted one fails the sends to the next run's topics.
  await producer.close()
  await admin.deleteTopics({ topics: made }).catch(() => undefined)
  await admin.disconnect()
  const summary = {}
  for (const b of builds) {
    const mine = results.filter((x) => x.build === b.name)
    summary[b.name] = Object.fromEntries(
      ['p50', 'p95', 'p99', 'batchRecords', 'cpuMsPerMention'].map((k) => [k, median(mine.map((x) => x[k]))]),
    )
    console.log(`[live] median ${b.name}: ${JSON.stringify(summary[b.name])}`)
  }
  console.log(JSON.stringify({ rate, seconds: Number(args.seconds), summary, runs: results }))
}

/** `mentions` at `rate` per second in 20 ms ticks; the send time of each id in `sentAt`. */
async function produceAt(producer, topic, mentions, rate, sentAt) {
  const t0 = performance.now()
  let i = 0
  while (i < mentions.length) {
    const due = Math.min(mentions.length, Math.floor(((performance.now() - t0) / 1000) * rate) + 1)
    const recs = []
    const now = Date.now()
    for (; i < due; i++) {
      sentAt.set(mentions[i].id, now)
      recs.push({ key: mentions[i].id, value: JSON.stringify(mentions[i]) })
    }
    if (recs.length > 0) await producer.send(topic, recs)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** p50/p95/p99 of enriched record timestamp − raw send time, the first copy of each mention. */
async function enrichedLatency(kafka, topic, sentAt) {
  const first = new Map()
  const consumer = kafka.consumer({ groupId: `${topic}-watch`, maxWaitTimeInMs: 100 })
  await consumer.connect()
  await consumer.subscribe({ topics: [topic], fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ message }) => {
      const id = /"id":"([^"]+)"/.exec(message.value.toString('utf8', 0, 400))?.[1]
      if (id && sentAt.has(id) && !first.has(id)) first.set(id, Number(message.timestamp) - sentAt.get(id))
    },
  })
  const deadline = Date.now() + 60_000
  while (first.size < sentAt.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  await consumer.disconnect()
  const xs = [...first.values()].sort((a, b) => a - b)
  const q = (f) => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))]
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), seen: xs.length }
}

// ---- the child: one enricher, one drain -----------------------------------------------------
async function drainOnce() {
  const build = args.build
  const enr = await fromBuild(build, 'services/enricher/dist/index.js')
  const { placeBrands } = await fromBuild(build, 'services/enricher/dist/placement.js')
  const bus = await fromBuild(build, 'packages/bus/dist/index.js')
  const { createLogger, loadBrands } = await fromBuild(build, 'packages/config/dist/index.js')
  const { loadEnricher, sentimentModelConfig } = await fromBuild(build, 'packages/nlp/dist/index.js')

  // As services/enricher/src/main.ts wires it.
  const cfg = enr.enricherConfig(process.env)
  const logger = createLogger('enricher', cfg.common.logLevel)
  const models = enr.createModelReloader({
    sentiment: sentimentModelConfig(process.env),
    intent: { path: cfg.intentModelPath, required: cfg.intentModelRequired },
    modelsDir: cfg.modelsDir,
    intervalMs: cfg.modelCheckMs,
    logger,
  })
  const brands = loadBrands(cfg.common.brandsPath)
  const nlp = await loadEnricher({ brands, sentimentScorer: models.scorer, intentModel: models.intent })
  const { kafka, producer, topics } = await bus.openServiceBus(cfg.common, logger)
  const place = await placeBrands(kafka, topics.enriched, brands, logger)

  // Instrument what the service builds on this client: its consumer's events and its sends.
  const m = { fetchMs: 0, fetches: 0, batchMs: 0, batches: 0, records: 0, produceMs: 0, sends: 0 }
  let first = null
  // V8's pauses during the drain (the JS thread's share of GC), young (scavenges) and old
  // (mark-compact, incremental marking steps) apart: what --max-semi-space-size trades.
  const gc = { scavengeMs: 0, scavenges: 0, majorMs: 0, majors: 0 }
  new PerformanceObserver((list) => {
    if (first === null) return
    for (const e of list.getEntries()) {
      if (e.detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MINOR) {
        gc.scavengeMs += e.duration
        gc.scavenges++
      } else {
        gc.majorMs += e.duration
        gc.majors++
      }
    }
  }).observe({ entryTypes: ['gc'] })
  const makeConsumer = kafka.consumer.bind(kafka)
  kafka.consumer = (config) => {
    const c = makeConsumer(config)
    const e = c.events
    c.on(e.GROUP_JOIN, () => console.log(JOINED))
    c.on(e.FETCH, ({ payload }) => {
      if (first === null) return
      m.fetchMs += payload.duration
      m.fetches++
    })
    c.on(e.START_BATCH_PROCESS, ({ payload }) => {
      if (first === null) first = { t: performance.now(), cpu: process.cpuUsage(), js: jsSched() }
      m.batches++
      m.records += payload.batchSize
    })
    c.on(e.END_BATCH_PROCESS, ({ payload }) => {
      m.batchMs += payload.duration
    })
    return c
  }
  let inFlight = 0
  let since = 0
  const out = args.hash ? createHash('sha256') : null
  const send = producer.send.bind(producer)
  producer.send = async (topic, records) => {
    if (out !== null && (topic === topics.enriched || topic === topics.dlq))
      hashRecords(out, topic, topics, records)
    if (topic !== topics.enriched) return send(topic, records)
    if (inFlight++ === 0) since = performance.now()
    m.sends++
    try {
      return await send(topic, records)
    } finally {
      if (--inFlight === 0 && first !== null) m.produceMs += performance.now() - since
    }
  }

  const enricher = await enr.startEnricher({
    kafka,
    producer,
    topics,
    logger,
    nlp,
    groupId: cfg.groupId,
    evidenceKeys: cfg.evidenceKeys,
    beforeBatch: models.beforeBatch,
    place,
    fetch: cfg.fetch, // undefined on builds without it: their defaults
  })
  const admin = kafka.admin()
  await admin.connect()
  // A drain: until every partition's committed offset is its end. Live (--expect): until that
  // many records are committed.
  const expected = args.expect ? Number(args.expect) : null
  const end = await admin.fetchTopicOffsets(topics.raw)
  const total = expected ?? end.reduce((n, p) => n + Number(p.high) - Number(p.low), 0)
  for (;;) {
    const [committed] = await admin.fetchOffsets({ groupId: cfg.groupId, topics: [topics.raw] })
    const at = (p) => Number(committed.partitions.find((c) => c.partition === p.partition)?.offset ?? -1)
    const done =
      expected === null
        ? end.every((p) => at(p) >= Number(p.high))
        : committed.partitions.reduce((n, c) => n + Math.max(0, Number(c.offset)), 0) >= expected
    if (done) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const wallMs = performance.now() - first.t
  const cpu = process.cpuUsage(first.cpu)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const js = jsSched()
  const jsMs = js.cpuMs - first.js.cpuMs
  const runQueueMs = js.waitMs - first.js.waitMs
  const seen = { ...m } // before the stop: its last, empty long poll is no part of the drain
  await admin.disconnect()
  await enricher.stop()
  await producer.close()
  console.log(
    JSON.stringify({
      mentions: total,
      enriched: enricher.stats.enriched,
      deadLettered: enricher.stats.deadLettered,
      wallMs: Math.round(wallMs),
      perSecond: (total / wallMs) * 1000,
      cpuMsPerMention: cpuMs / total,
      core: cpuMs / wallMs,
      jsCore: jsMs / wallMs,
      runQueueShare: runQueueMs / wallMs,
      idleShare: 1 - (jsMs + runQueueMs) / wallMs,
      fetchShare: seen.fetchMs / wallMs,
      batchShare: seen.batchMs / wallMs,
      produceShare: seen.produceMs / wallMs,
      fetches: seen.fetches,
      batches: seen.batches,
      sends: seen.sends,
      batchRecords: seen.records / seen.batches,
      ...(out === null ? {} : { outputHash: out.digest('hex') }),
      gcShare: (gc.scavengeMs + gc.majorMs) / wallMs,
      scavengeMsPer10k: (gc.scavengeMs / total) * 10_000,
      majorMsPer10k: (gc.majorMs / total) * 10_000,
      scavenges: gc.scavenges,
      majors: gc.majors,
      // Peak resident set of the whole child (models included), MB.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  )
  process.exit(0)
}

/** One send's records into the output hash (--hash), the wall clock's times masked. */
function hashRecords(hash, topic, topics, records) {
  const sep = Buffer.from([0])
  hash.update(topic === topics.enriched ? 'enriched' : 'dlq').update(sep)
  for (const r of records) {
    const value = Buffer.isBuffer(r.value)
      ? r.value.toString('latin1')
      : Buffer.from(r.value).toString('latin1')
    const headers = Object.entries(r.headers ?? {})
      .map(([k, v]) => [k, k === 'vigil.dlq.time' ? 'T' : String(v)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    hash
      .update(String(r.key ?? ''))
      .update(sep)
      .update(String(r.partition ?? ''))
      .update(sep)
      .update(value.replace(/"enrichedAt":"[^"]*"/, '"enrichedAt":"T"'), 'latin1')
      .update(sep)
      .update(JSON.stringify(headers))
      .update(sep)
  }
}

/**
 * The main (JavaScript) thread's time on a CPU and time runnable but waiting for one (the
 * kernel's schedstat, ns): on a shared machine the second is what other processes took, not
 * time the enricher waited on Kafka. What is neither is the thread idle: waiting on I/O.
 */
function jsSched() {
  const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number)
  return { cpuMs: run / 1e6, waitMs: wait / 1e6 }
}
