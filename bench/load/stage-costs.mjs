/**
 * Where each service's milliseconds per mention go on its pure path (a script, not a test): the
 * record-handling stages of the enricher, the detector and the sink run in this one process on a
 * fixed input, without Kafka or ClickHouse, so the figures are CPU of our code alone (µs per
 * mention, the median of `--passes` timed passes after one warm-up; thread CPU time, so what
 * other processes take does not count). With `--hash` it prints instead a sha256 of every
 * stage's output, which two builds must share (the enricher's records byte for byte, the
 * detector's decoded copies and engine output, the sink's TSV rows and kept mentions).
 *
 * The input: `--input FILE` (JSON lines of raw mentions; written by `--write-input FILE` from
 * the load stream, lib/mentions.mjs, so that every run and build reads the same bytes).
 *
 *   pnpm exec tsc -b
 *   node bench/load/stage-costs.mjs --write-input /tmp/raw-20k.jsonl --count 20000
 *   nice -n 5 node bench/load/stage-costs.mjs --input /tmp/raw-20k.jsonl [--build DIR] [--passes 5]
 *   node bench/load/stage-costs.mjs --input /tmp/raw-20k.jsonl --hash [--build DIR]
 *
 * `--build DIR`: another checkout's built code (the stages are imported from its dist).
 * Kafka's own cost per record (KafkaJS decode/encode, CRC) is not here: see the services' V8
 * profiles (cpu-top.mjs).
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { wireEnricherNlp } from './lib/enricher-nlp.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const { values: args } = parseArgs({
  options: {
    input: { type: 'string' },
    'write-input': { type: 'string' },
    count: { type: 'string', default: '20000' },
    build: { type: 'string', default: join(here, '..', '..') },
    passes: { type: 'string', default: '5' },
    hash: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})

if (args['write-input']) {
  const { rawStream } = await import('./lib/mentions.mjs')
  const lines = []
  for (const slice of rawStream(Number(args.count))) for (const m of slice) lines.push(JSON.stringify(m))
  writeFileSync(args['write-input'], `${lines.join('\n')}\n`)
  console.log(`wrote ${lines.length} raw mentions to ${args['write-input']}`)
  process.exit(0)
}
if (!args.input) throw new Error('--input FILE (see --write-input)')

const build = resolve(args.build)
const fromBuild = (rel) => import(pathToFileURL(join(build, rel)).href)
const enr = await fromBuild('services/enricher/dist/index.js')
const step = await fromBuild('services/enricher/dist/step.js')
const config = await fromBuild('packages/config/dist/index.js')
const nlpBuild = await fromBuild('packages/nlp/dist/index.js')
const schema = await fromBuild('packages/schema/dist/index.js')
const { createDetectorEngine } = await fromBuild('packages/detect/dist/index.js')
const store = await fromBuild('packages/store/dist/index.js')
const compliance = await fromBuild('services/sink/dist/compliance.js')

// The enricher's NLP as services/enricher/src/main.ts wires it.
const { brands, nlp } = await wireEnricherNlp({ enr, config, nlp: nlpBuild }, 'stage-costs')
// The brands placed over 3 partitions, as placeBrands does for a topic of 3 (without a broker).
const place = schema.brandPlacement(brands, 3)

const NOW = '2026-12-07T12:00:00.000Z'
const rawBuffers = readFileSync(args.input, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => Buffer.from(l))
const n = rawBuffers.length
const BATCH = 1_667 // the drain bench's records per batch

/** The enricher's records for the input: what it produces, byte for byte. */
function enricherRecords() {
  const enrich = step.createEnrichBatchStep(nlp, () => NOW, null)
  const out = []
  for (let i = 0; i < n; i += BATCH) {
    for (const r of enrich(rawBuffers.slice(i, i + BATCH))) {
      if (r.kind === 'ok') out.push(...step.enrichedRecords(r.value, place))
    }
  }
  return out
}
const records = enricherRecords().map((r) => ({ key: Buffer.from(r.key), value: Buffer.from(r.value) }))

// ---- the stages, each over the whole input ----------------------------------------------------
const stages = {
  'enricher: decode raw (JSON + schema)': () => {
    for (const b of rawBuffers) schema.decodeMention(b, NOW)
  },
  'enricher: parse raw JSON only': () => {
    for (const b of rawBuffers) schema.parseRecord(b)
  },
  'enricher: NLP (enrichBatch)': (() => {
    const ms = rawBuffers.map((b) => schema.decodeMention(b, NOW).value)
    return () => {
      for (let i = 0; i < n; i += BATCH) nlp.enrichBatch(ms.slice(i, i + BATCH), NOW)
    }
  })(),
  'enricher: whole step (decode + NLP + outcome)': () => {
    const enrich = step.createEnrichBatchStep(nlp, () => NOW, null)
    for (let i = 0; i < n; i += BATCH) enrich(rawBuffers.slice(i, i + BATCH))
  },
  'enricher: records (JSON.stringify + keys)': (() => {
    const enrich = step.createEnrichBatchStep(nlp, () => NOW, null)
    const es = []
    for (let i = 0; i < n; i += BATCH)
      for (const r of enrich(rawBuffers.slice(i, i + BATCH))) es.push(r.value)
    return () => {
      for (const e of es) step.enrichedRecords(e, place)
    }
  })(),
  'detector/sink: decode enriched (JSON + schema)': () => {
    for (const r of records) schema.decodeEnrichedMention(r.value)
  },
  'detector/sink: parse enriched JSON only': () => {
    for (const r of records) schema.parseRecord(r.value)
  },
  'detector: engine.observe (copyForKey)': (() => {
    const ms = records.map((r) => [schema.decodeEnrichedMention(r.value).value, r.key.toString()])
    return () => {
      const engine = createDetectorEngine({
        brands: brands.map((b) => ({ id: b.id, role: b.role, size: b.size })),
      })
      for (const [m, key] of ms) engine.observe(schema.copyForKey(m, key), 'enriched:0')
    }
  })(),
  'sink: rows (TSV line + kept mention + identity)': (() => {
    const ms = records.map((r) => [schema.decodeEnrichedMention(r.value).value, r.key.toString()])
    return () => {
      for (const [m, key] of ms) {
        if (!schema.isPrimaryCopy(m, key)) continue
        const line = store.mentionStreamLine(m)
        compliance.keptMention(m, line.key)
        void `${m.id}\u0000${line.key}`
      }
    }
  })(),
}

if (args.hash) {
  const h = (xs) => {
    const hash = createHash('sha256')
    for (const x of xs) hash.update(typeof x === 'string' ? x : JSON.stringify(x)).update('\n')
    return hash.digest('hex').slice(0, 16)
  }
  const decoded = records.map((r) => schema.decodeEnrichedMention(r.value))
  const engine = createDetectorEngine({
    brands: brands.map((b) => ({ id: b.id, role: b.role, size: b.size })),
  })
  const engineOut = []
  for (let i = 0; i < records.length; i++) {
    const d = decoded[i]
    if (d.kind !== 'ok') continue
    engine.observe(schema.copyForKey(d.value, records[i].key.toString()), 'enriched:0')
  }
  engineOut.push(engine.advance(Date.parse(NOW) + 3_600_000))
  const sinkRows = []
  for (let i = 0; i < records.length; i++) {
    const d = decoded[i]
    if (d.kind !== 'ok' || !schema.isPrimaryCopy(d.value, records[i].key.toString())) continue
    const line = store.mentionStreamLine(d.value)
    // The row's fields as before (bytes since perfsink: the same text, less the trailing tab).
    const fields = line.fields ?? line.bytes.toString('utf8', 0, line.bytes.length - 1)
    sinkRows.push(fields, compliance.keptMention(d.value, line.key))
  }
  // Times in other spellings, out of range and malformed: the same decodes and refusals.
  const odd = [
    '2026-12-06T08:00:00Z',
    '2026-12-06T08:00:00.000+01:00',
    '2026-02-29T08:00:00.000Z',
    '2024-02-29T24:00:00.000Z',
    '2026-12-06T08:00:00.0000Z',
    '2026-12-0:T08:00:00.000Z',
    'yesterday',
  ]
  const oddDecodes = []
  for (let i = 0; i < 700; i++) {
    const v = JSON.parse(records[i].value.toString())
    const t = odd[i % odd.length]
    const field = ['createdAt', 'receivedAt', 'enrichedAt'][i % 3]
    const bytes = Buffer.from(JSON.stringify({ ...v, [field]: t }))
    oddDecodes.push(schema.decodeEnrichedMention(bytes), schema.decodeMention(bytes, NOW))
  }
  const out = {
    mentions: n,
    decodedOdd: h(oddDecodes),
    records: records.length,
    enricher: h(records.map((r) => `${r.key}\t${r.value}`)),
    decodedEnriched: h(decoded),
    decodedRaw: h(rawBuffers.map((b) => schema.decodeMention(b, NOW))),
    engine: h(engineOut),
    sinkRows: h(sinkRows),
  }
  console.log(JSON.stringify(out))
  process.exit(0)
}

const threadCpuUs = () => {
  const u = process.threadCpuUsage?.() ?? process.cpuUsage()
  return u.user + u.system
}
const passes = Number(args.passes)
const only = args.only?.split(',')
const result = {}
for (const [name, fn] of Object.entries(stages)) {
  if (only && !only.some((o) => name.includes(o))) continue
  fn() // warm-up
  const xs = []
  for (let p = 0; p < passes; p++) {
    const t0 = threadCpuUs()
    fn()
    xs.push((threadCpuUs() - t0) / n)
  }
  xs.sort((a, b) => a - b)
  result[name] = Number(xs[Math.floor(xs.length / 2)].toFixed(2))
  console.log(`${xs[Math.floor(xs.length / 2)].toFixed(2).padStart(8)} µs/mention  ${name}`)
}
console.log(JSON.stringify({ build, mentions: n, records: records.length, usPerMention: result }))
