/**
 * The load bench's producer, a child process of run.mjs so that its CPU is measured apart from
 * the bench's watchers (it stands for the platforms and ingest, not for Vigil). It produces the
 * realistic stream of lib/mentions.mjs to mentions.raw at the rate asked, one send every 50 ms,
 * plus one probe mention of the brand `loadprobe` every 250 ms, and tells the parent over IPC:
 *
 *   parent → { type: 'warm', count }          child → { type: 'warmed', produced }
 *   parent → { type: 'step', rate, seconds }   child → { type: 'probe', t0 } each probe,
 *                                                        { type: 'stepped', produced, start }
 *   parent → { type: 'close' }                 child exits
 *
 * Made cheap (it is not Vigil's cost): each template of the pool is serialised once with
 * placeholders for its id and times, and a record is the template's pieces joined with this
 * mention's values, the same JSON as `JSON.stringify` of the mention would give (the
 * `--producer json` way of before, kept for alternated runs: LOAD_PRODUCER=json).
 *
 * Env: KAFKA_BROKERS, LOAD_RAW_TOPIC, LOAD_PRODUCER (template | json).
 */
import { createKafka, createProducer } from '../../../packages/bus/dist/index.js'
import { createLogger } from '../../../packages/config/dist/index.js'
import { rawStream } from './mentions.mjs'

const logger = createLogger('load-producer', 'error')
const topic = process.env.LOAD_RAW_TOPIC
const kafka = createKafka({
  brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
  clientId: 'load-producer',
  logger,
})
const producer = await createProducer(kafka, logger)

const pool = []
for (const slice of rawStream(20_000)) pool.push(...slice)
let seq = 0
const mentionAt = (tmpl, now) => {
  const iso = new Date(now).toISOString()
  return { ...tmpl, id: `${tmpl.platform}:lt-${now}-${++seq}`, createdAt: iso, receivedAt: iso }
}
const probeAt = (now) => {
  const iso = new Date(now).toISOString()
  const n = ++seq
  return {
    ...pool[0],
    id: `x:lt-${now}-p${n}`,
    platform: 'x',
    kind: 'post',
    text: `Checking in on LoadProbe today, order number ${n} arrived fine`,
    lang: 'en',
    author: { id: `probe-${n}`, handle: `@probe${n}`, followers: 10, verified: false, isBrandAccount: false },
    rating: null,
    inReplyTo: null,
    conversationId: null,
    createdAt: iso,
    receivedAt: iso,
  }
}
const record = (m) => ({ key: m.id, value: JSON.stringify(m) })

// Each template's JSON cut at its id and its two times; odd pieces name the value that goes there.
const ID = '@@load-id@@'
const TIME = '@@load-time@@'
const pieces = pool.map((t) =>
  JSON.stringify({ ...t, id: ID, createdAt: TIME, receivedAt: TIME }).split(/"(@@load-(?:id|time)@@)"/),
)
const templated = (i, now) => {
  const tmpl = pool[i]
  const id = `${tmpl.platform}:lt-${now}-${++seq}`
  const iso = `"${new Date(now).toISOString()}"`
  const p = pieces[i]
  let value = p[0]
  for (let k = 1; k < p.length; k += 2) value += (p[k] === ID ? JSON.stringify(id) : iso) + p[k + 1]
  return { key: id, value }
}
const nextRecord =
  process.env.LOAD_PRODUCER === 'json'
    ? (i, now) => record(mentionAt(pool[i], now))
    : (i, now) => templated(i, now)

async function step(rate, seconds) {
  const start = Date.now()
  let nextProbe = start
  let sent = 0
  let produced = 0
  while (Date.now() - start < seconds * 1000) {
    const now = Date.now()
    const due = Math.min(Math.floor(((now - start) / 1000) * rate) - sent, rate)
    const recs = []
    for (let i = 0; i < due; i++) recs.push(nextRecord((sent + i) % pool.length, now))
    if (now >= nextProbe) {
      recs.push(record(probeAt(now)))
      process.send({ type: 'probe', t0: now })
      nextProbe += 250
    }
    if (recs.length > 0) await producer.send(topic, recs)
    sent += due
    // The probes are stored too: count them, or "stored" exceeds "produced".
    produced += recs.length
    await new Promise((r) => setTimeout(r, 50))
  }
  return { produced, start }
}

process.on('message', async (msg) => {
  if (msg.type === 'warm') {
    const warm = pool.slice(0, msg.count).map((t) => mentionAt(t, Date.now()))
    await producer.send(topic, warm.map(record))
    process.send({ type: 'warmed', produced: warm.length })
  } else if (msg.type === 'step') {
    process.send({ type: 'stepped', ...(await step(msg.rate, msg.seconds)) })
  } else if (msg.type === 'close') {
    await producer.close()
    process.exit(0)
  }
})
process.send({ type: 'ready' })
