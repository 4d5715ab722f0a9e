/**
 * How fast a killed service is back: starts the stack like run.mjs (enricher, detector,
 * embedded sink + api, supervised by infra/local/stack.mjs), produces 200 mentions/s, kills one
 * service with SIGKILL and prints how long until the launcher restarted it, the api answered
 * HTTP again (embedded) and the service consumed again (embedded: its sink stored a row;
 * enricher: a new enriched record; detector: a mention observed), as one JSON line.
 *
 *   KAFKA_BROKERS=127.0.0.1:29092 node bench/load/restart.mjs --service embedded
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createKafka, createProducer } from '../../packages/bus/dist/index.js'
import { createLogger } from '../../packages/config/dist/index.js'
import { topicNames } from '../../packages/schema/dist/index.js'
import { rawStream } from './lib/mentions.mjs'
import { freePort } from './lib/ports.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values: args } = parseArgs({ options: { service: { type: 'string', default: 'embedded' } } })
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:29092'
const run = `restart-${Date.now().toString(36)}`
const dir = mkdtempSync(join(tmpdir(), 'vigil-restart-'))
const [apiPort, enricherPort, detectorPort] = [await freePort(), await freePort(), await freePort()]
const env = {
  ...process.env,
  KAFKA_BROKERS: brokers,
  VIGIL_TOPIC_PREFIX: `${run}.`,
  VIGIL_SERVICES: 'enricher,detector,embedded',
  VIGIL_LOG_DIR: join(dir, 'logs'),
  VIGIL_OPEN_DEMO: '1',
  CHDB_PATH: join(dir, 'chdb'),
  API_PORT: String(apiPort),
  ENRICHER_METRICS_PORT: String(enricherPort),
  DETECTOR_METRICS_PORT: String(detectorPort),
  ENRICHER_GROUP_ID: `${run}-enricher`,
  DETECTOR_GROUP_ID: `${run}-detector`,
  SINK_GROUP_ID: `${run}-sink`,
  LOG_LEVEL: 'warn',
}
const stack = spawn(process.execPath, [join(repo, 'infra/local/stack.mjs')], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
})
process.on('exit', () => stack.kill('SIGTERM'))
const stackExited = new Promise((r) => stack.once('exit', r))
const api = `http://127.0.0.1:${apiPort}`
const ok = (url) =>
  fetch(url)
    .then((r) => r.ok)
    .catch(() => false)
const metric = async (url, name) => {
  const text = await fetch(url)
    .then((r) => r.text())
    .catch(() => '')
  let sum = 0
  let seen = false
  for (const line of text.split('\n')) {
    if (line.startsWith(name)) {
      sum += Number(line.split(' ').pop())
      seen = true
    }
  }
  return seen ? sum : Number.NaN
}
const progress = {
  embedded: () => metric(`${api}/metrics`, 'vigil_sink_rows_inserted_total{table="mention_events"}'),
  enricher: () => metric(`http://127.0.0.1:${enricherPort}/metrics`, 'vigil_bus_committed_records_total'),
  detector: () => metric(`http://127.0.0.1:${detectorPort}/metrics`, 'vigil_detector_observed_total'),
}[args.service]
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
for (let i = 0; !(await ok(`${api}/healthz`)); i++) {
  if (i > 240) throw new Error('the api did not answer within 120 s')
  await sleep(500)
}
const pids = () => JSON.parse(readFileSync(join(dir, 'logs', 'pids.json'), 'utf8'))

const kafka = createKafka({ brokers: brokers.split(','), clientId: run, logger: createLogger(run, 'error') })
const producer = await createProducer(kafka, createLogger(run, 'error'))
const pool = []
for (const slice of rawStream(2_000)) pool.push(...slice)
let seq = 0
let producing = true
const load = (async () => {
  while (producing) {
    const now = Date.now()
    const recs = pool.slice(0, 20).map((m) => {
      const v = { ...m, id: `${m.platform}:rs-${now}-${++seq}`, createdAt: new Date(now).toISOString() }
      return { key: v.id, value: JSON.stringify(v) }
    })
    await producer.send(topicNames(`${run}.`).raw, recs)
    await sleep(100)
  }
})()

while (!((await progress()) > 0)) await sleep(500)
await sleep(3_000)
const victim = pids()[args.service]
const killedAt = Date.now()
process.kill(victim, 'SIGKILL')
let restartedMs = null
let httpMs = null
let consumingMs = null
// A restarted process counts from zero: any progress is the new one's.
const before = 0
while (Date.now() - killedAt < 120_000 && consumingMs === null) {
  const t = Date.now() - killedAt
  if (restartedMs === null && pids()[args.service] !== victim) restartedMs = t
  if (restartedMs !== null && httpMs === null && args.service === 'embedded' && (await ok(`${api}/healthz`)))
    httpMs = t
  if (restartedMs !== null && (await progress()) > before) consumingMs = Date.now() - killedAt
  await sleep(100)
}
producing = false
await load
await producer.close()
stack.kill('SIGTERM')
await stackExited
rmSync(dir, { recursive: true, force: true })
const admin = kafka.admin()
await admin.connect()
await admin.deleteTopics({ topics: Object.values(topicNames(`${run}.`)) }).catch(() => {})
await admin.disconnect()
console.log(JSON.stringify({ service: args.service, restartedMs, httpMs, consumingMs }))
process.exit(0)
