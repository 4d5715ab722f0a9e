/**
 * How fast a killed service is back: starts the stack like run.mjs (enricher, detector,
 * embedded sink + api, supervised by infra/local/stack.mjs), produces 200 mentions/s, kills one
 * service with SIGKILL and prints how long until the launcher restarted it, the api answered
 * HTTP again (embedded) and the service consumed again (embedded: its sink stored a row;
 * enricher: a new enriched record; detector: a mention observed), as one JSON line.
 *
 * Where the seconds went (`phases` in the JSON line, and a table on stderr): the restarted
 * process's own log (modules loaded, store opened, HTTP listening, group joined, first batch
 * handled; lib/restart-trace.mjs) and, with `--broker-log`, the group coordinator's view of the
 * dead member (expired by its session, or left). `--repo DIR` runs another build's stack
 * (alternated before/after runs).
 *
 *   KAFKA_BROKERS=127.0.0.1:29092 node bench/load/restart.mjs --service embedded \
 *     --broker-log /work/kafka-shared/server.log
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
import { coordinatorPhases, formatPhases, servicePhases } from './lib/restart-trace.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values: args } = parseArgs({
  options: {
    service: { type: 'string', default: 'embedded' },
    repo: { type: 'string', default: repo },
    'broker-log': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})
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
  // info: the start-up events the trace reads (a few lines per start; nothing per record).
  LOG_LEVEL: 'info',
}
const groups = { enricher: [`${run}-enricher`], detector: [`${run}-detector`], embedded: [`${run}-sink`] }[
  args.service
]
const stack = spawn(process.execPath, [join(args.repo, 'infra/local/stack.mjs')], {
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
const logText = readFileSync(join(dir, 'logs', `${args.service}.log`), 'utf8')
const brokerLog = args['broker-log'] ? readFileSync(args['broker-log'], 'utf8') : ''
const phases = [...servicePhases(logText, killedAt), ...coordinatorPhases(brokerLog, killedAt, groups)]
console.error(formatPhases([...phases, { phase: 'bench: consuming again', ms: consumingMs }]))
if (args.keep) console.error(`kept ${dir}`)
else rmSync(dir, { recursive: true, force: true })
const admin = kafka.admin()
await admin.connect()
await admin.deleteTopics({ topics: Object.values(topicNames(`${run}.`)) }).catch(() => {})
await admin.disconnect()
// The victim's own group (not the api's live feed or the detector's per-process groups).
const joinedMs = phases.find((p) => p.phase === `group joined (${groups[0]})`)?.ms ?? null
console.log(JSON.stringify({ service: args.service, restartedMs, httpMs, joinedMs, consumingMs, phases }))
process.exit(0)
