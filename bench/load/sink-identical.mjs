/**
 * Do two builds' sinks store the same bytes? (A check, not a test: it needs the broker and
 * takes minutes.) The generator's stream (lib/mentions.mjs, through the real NLP, keyed one copy
 * per brand as the enricher keys it) is made once and written to a file; each build's sink then
 * drains exactly those records from fresh topics into a fresh embedded chDB, in a child process
 * of its own (one chDB per process). Afterwards every mention table is read back as
 * `SELECT * … ORDER BY … FORMAT JSONEachRow` and its sha256 printed; the last line is one JSON
 * object with `identical` true when every table's bytes match across the builds.
 *
 *   pnpm exec tsc -b
 *   KAFKA_BROKERS=127.0.0.1:29092 nice -n 10 node bench/load/sink-identical.mjs --count 30000 \
 *     --builds main=/work/main,new=.
 *
 * `seen_at` (the archive's insert time) is left out: it is the one column that differs between
 * any two runs.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '30000' },
    builds: { type: 'string', default: 'main=/work/main,new=.' },
    // Child mode: drain RECORDS with BUILD's sink and print the tables' digests as JSON.
    drain: { type: 'string' },
    records: { type: 'string' },
  },
})

/**
 * Each table read back in a fixed order; `seen_at` is the insert time. The per-minute and
 * per-hour counts are summed by key (their parts merge at different moments in two runs), the
 * float sum rounded to 9 digits: the order of a float sum follows the parts.
 */
const sums = (t, at) =>
  `SELECT brand, ${at}, platform, lang, sum(volume), sum(negative), sum(neutral), sum(positive), ` +
  `sum(complaints), sum(questions), sum(pii_incidents), round(sum(sentiment_sum), 9), sum(reach) ` +
  `FROM {db}.${t} GROUP BY brand, ${at}, platform, lang ORDER BY brand, ${at}, platform, lang`
const TABLES = {
  mentions: 'SELECT * FROM {db}.mentions FINAL ORDER BY id',
  mention_events: 'SELECT * EXCEPT seen_at FROM {db}.mention_events ORDER BY id, event_key',
  mention_minute: sums('mention_minute', 'minute'),
  mention_hour: sums('mention_hour', 'hour'),
}

if (args.drain) {
  await drainWith(resolve(args.drain), args.records)
  process.exit(0)
}

const { enrichedStream } = await import('./lib/mentions.mjs')
const { enrichedKeys } = await import('../../packages/schema/dist/index.js')
const dir = mkdtempSync(join(tmpdir(), 'vigil-sink-identical-'))
const recordsFile = join(dir, 'records.jsonl')
const lines = []
let mentions = 0
for (const slice of enrichedStream(Number(args.count), 5_000)) {
  for (const m of slice) {
    mentions++
    const value = JSON.stringify(m)
    for (const key of enrichedKeys(m)) lines.push(JSON.stringify({ key, value }))
  }
}
writeFileSync(recordsFile, `${lines.join('\n')}\n`)
console.log(`${mentions} mentions as ${lines.length} records`)

const results = {}
for (const spec of args.builds.split(',')) {
  const [name, build] = spec.split('=')
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--drain', build, '--records', recordsFile],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  )
  results[name] = JSON.parse(out.trim().split('\n').at(-1))
  console.log(name, JSON.stringify(results[name]))
}
rmSync(dir, { recursive: true, force: true })
const [first, ...rest] = Object.values(results)
const identical = rest.every((r) => Object.keys(TABLES).every((t) => r[t].sha256 === first[t].sha256))
console.log(JSON.stringify({ mentions, records: lines.length, identical, results }))

async function drainWith(build, file) {
  const from = (rel) => import(pathToFileURL(join(build, rel)).href)
  const { createKafka, createProducer, ensureTopics, vigilTopicSpecs } = await from(
    'packages/bus/dist/index.js',
  )
  const { createLogger } = await from('packages/config/dist/index.js')
  const { topicNames } = await from('packages/schema/dist/index.js')
  const { createStore, migrate } = await from('packages/store/dist/index.js')
  const { startSink } = await from('services/sink/dist/index.js')
  const records = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
  const logger = createLogger('sink-identical', process.env.LOG_LEVEL ?? 'error')
  const prefix = `bench-identical-${Date.now().toString(36)}-`
  const topics = topicNames(prefix)
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:29092').split(',')
  const kafka = createKafka({ brokers, clientId: 'sink-identical', logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, 3))
  const producer = await createProducer(kafka, logger)
  for (let i = 0; i < records.length; i += 5_000)
    await producer.send(topics.enriched, records.slice(i, i + 5_000))
  await producer.close()
  const ids = new Set(records.map((r) => JSON.parse(r.value).id))
  const chdb = mkdtempSync(join(tmpdir(), 'vigil-sink-identical-db-'))
  const store = await createStore({ database: 'ident', chdbPath: chdb })
  await migrate(store)
  const sink = await startSink({ kafka, store, topics, logger, groupId: `${prefix}sink` })
  const query = async (sql) =>
    (await store.client.query({ query: sql.replaceAll('{db}', 'ident'), format: 'JSONEachRow' })).text()
  // Every mention is stored once its id is in the state table and the archive has stopped growing.
  let last = -1
  for (const deadline = Date.now() + 15 * 60_000; Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 2_000))
    const [row] = JSON.parse(
      `[${(await query('SELECT uniqExact(id) AS ids, (SELECT count() FROM {db}.mention_events) AS events FROM {db}.mentions')).trim()}]`,
    )
    if (Number(row.ids) === ids.size && Number(row.events) === last) break
    last = Number(row.events)
  }
  await sink.stop()
  const out = {}
  for (const [table, sql] of Object.entries(TABLES)) {
    const text = await query(sql)
    out[table] = {
      rows: text === '' ? 0 : text.trimEnd().split('\n').length,
      sha256: createHash('sha256').update(text).digest('hex').slice(0, 16),
    }
  }
  await store.close()
  rmSync(chdb, { recursive: true, force: true })
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => {})
  await admin.disconnect()
  console.log(JSON.stringify(out))
}
