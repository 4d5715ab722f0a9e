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
 * Made cheap (it is not Vigil's cost): each template of the pool is serialised once, as UTF-8
 * bytes cut at its id and its two times, and a record's value is those bytes copied into one
 * buffer with this mention's id and time spliced in, the same bytes as `JSON.stringify` of the
 * mention (lib/producer-records.mjs; tests/bench/producer-records.test.ts checks every template
 * of the pool). Each record names its partition: murmur2 of its id, as KafkaJS's default
 * partitioner computes it (@vigil/schema `murmur2Partition`, the same partition for every key;
 * KafkaJS's own works on 64-bit Long objects, ~9 % of this process's profile). The ways of
 * before stay for alternated runs (bench/load/producer-cost.mjs): LOAD_PRODUCER=template (the
 * same JSON as strings joined per record, partitioned by KafkaJS) and json (`JSON.stringify` of
 * every mention).
 *
 * Env: KAFKA_BROKERS, LOAD_RAW_TOPIC, LOAD_PRODUCER (bytes | template | json; default bytes).
 */
import { createKafka, createProducer } from '../../../packages/bus/dist/index.js'
import { createLogger } from '../../../packages/config/dist/index.js'
import { murmur2Partition } from '../../../packages/schema/dist/index.js'
import { rawStream } from './mentions.mjs'
import { byteSplicer, joinPieces, mentionAt, quotedTime, templatePieces } from './producer-records.mjs'

const logger = createLogger('load-producer', 'error')
const topic = process.env.LOAD_RAW_TOPIC
const mode = process.env.LOAD_PRODUCER ?? 'bytes'
const kafka = createKafka({
  brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
  clientId: 'load-producer',
  logger,
})
const producer = await createProducer(kafka, logger)
const partitions = await partitionCount(topic)

const pool = []
for (const slice of rawStream(20_000)) pool.push(...slice)
let seq = 0
const idAt = (tmpl, now) => `${tmpl.platform}:lt-${now}-${++seq}`
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

/** The records of one send at `now`: record `i` of the send is template `i`'s turn. */
const sendBuilder = {
  json: (now) => {
    const iso = new Date(now).toISOString()
    return (i) => {
      const tmpl = pool[i]
      return record(mentionAt(tmpl, idAt(tmpl, now), iso))
    }
  },
  template: (now) => {
    const iso = new Date(now).toISOString()
    return (i) => {
      const id = idAt(pool[i], now)
      return { key: id, value: joinPieces(pieces[i], id, iso) }
    }
  },
  bytes: (now) => {
    const isoJson = quotedTime(new Date(now).toISOString())
    return (i) => {
      const id = idAt(pool[i], now)
      return { key: id, value: splicers[i](id, isoJson), partition: murmur2Partition(id, partitions) }
    }
  },
}[mode]
if (sendBuilder === undefined) throw new Error(`LOAD_PRODUCER=${mode}: bytes, template or json`)
const pieces = mode === 'json' ? [] : pool.map(templatePieces)
const splicers = mode === 'bytes' ? pieces.map(byteSplicer) : []

/** The topic's partition count; it may still be being created by the stack's services. */
async function partitionCount(name) {
  const admin = kafka.admin()
  await admin.connect()
  try {
    for (let tries = 1; ; tries++) {
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: [name] })
        return topics[0].partitions.length
      } catch (err) {
        if (tries >= 120) throw err
        await new Promise((r) => setTimeout(r, 500))
      }
    }
  } finally {
    await admin.disconnect()
  }
}

async function step(rate, seconds) {
  const start = Date.now()
  let nextProbe = start
  let sent = 0
  let produced = 0
  while (Date.now() - start < seconds * 1000) {
    const now = Date.now()
    const due = Math.min(Math.floor(((now - start) / 1000) * rate) - sent, rate)
    const recs = []
    const next = sendBuilder(now)
    for (let i = 0; i < due; i++) recs.push(next((sent + i) % pool.length))
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
    const now = Date.now()
    const iso = new Date(now).toISOString()
    const warm = pool.slice(0, msg.count).map((t) => mentionAt(t, idAt(t, now), iso))
    await producer.send(topic, warm.map(record))
    process.send({ type: 'warmed', produced: warm.length })
  } else if (msg.type === 'step') {
    process.send({ type: 'stepped', ...(await step(msg.rate, msg.seconds)) })
  } else if (msg.type === 'close') {
    await producer.close()
    process.exit(0)
  }
})
process.send({ type: 'ready', templates: pool.length, distinctTexts: new Set(pool.map((m) => m.text)).size })
