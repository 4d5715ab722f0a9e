// Bus throughput and latency against a real broker. Prints figures; asserts nothing.
//
//   pnpm exec tsc -b packages/bus && bash infra/kafka/kafka.sh start
//   node packages/bus/bench/throughput.mjs            # KAFKA_BROKERS, BENCH_RECORDS, BENCH_BATCH
//
// Measures: (1) produce of N records in batches (idempotent, acks=-1, the production config);
// (2) consume + commit of the same N records with runConsumer; (3) end-to-end latency of
// single records sent one at a time (send → handler), p50/p90/p99.
import { randomBytes } from 'node:crypto'
import { pino } from 'pino'
import { createKafka, createProducer, ensureTopics, runConsumer } from '../dist/index.js'

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')
const total = Number(process.env.BENCH_RECORDS ?? 50_000)
const batch = Number(process.env.BENCH_BATCH ?? 500)
const latencySamples = Number(process.env.BENCH_LATENCY_SAMPLES ?? 200)
const logger = pino({ level: 'error' })
const id = randomBytes(4).toString('hex')
const topic = `bench-bus-${id}`
const brands = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']
const value = JSON.stringify({ id: 'x:1', platform: 'x', text: 'a'.repeat(400) })

const kafka = createKafka({ brokers, clientId: `bench-${id}`, logger })
await ensureTopics(kafka, [{ name: topic, partitions: 3 }])
const producer = await createProducer(kafka, logger)

let t0 = performance.now()
for (let i = 0; i < total; i += batch) {
  const n = Math.min(batch, total - i)
  await producer.send(
    topic,
    Array.from({ length: n }, (_, j) => ({ key: brands[(i + j) % brands.length], value })),
  )
}
const produceMs = performance.now() - t0
print('produce', total, produceMs)

let seen = 0
let batches = 0
let done
const allSeen = new Promise((r) => {
  done = r
})
t0 = performance.now()
const consumer = await runConsumer({
  kafka,
  groupId: `bench-g-${id}`,
  topics: [topic],
  fromBeginning: true,
  logger,
  concurrency: 3,
  handleBatch: async (records) => {
    seen += records.length
    batches++
    if (seen >= total) done()
  },
})
await allSeen
const consumeMs = performance.now() - t0
print(
  'consume+commit',
  total,
  consumeMs,
  `(${batches} batches, mean ${(total / batches).toFixed(0)} records)`,
)
await consumer.stop()

// Latency: one record at a time, measured from before send to the handler seeing it.
const latTopic = `${topic}-lat`
await ensureTopics(kafka, [{ name: latTopic, partitions: 1 }])
const sentAt = new Map()
const lat = []
let next
const latConsumer = await runConsumer({
  kafka,
  groupId: `bench-lat-${id}`,
  topics: [latTopic],
  fromBeginning: true,
  logger,
  handleBatch: async (records) => {
    for (const r of records) {
      const k = r.value.toString()
      lat.push(performance.now() - sentAt.get(k))
      next?.()
    }
  },
})
for (let i = 0; i < latencySamples; i++) {
  const arrived = new Promise((r) => {
    next = r
  })
  sentAt.set(String(i), performance.now())
  await producer.send(latTopic, [{ key: 'k', value: String(i) }])
  await arrived
}
await latConsumer.stop()
lat.sort((a, b) => a - b)
const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(1)
console.log(
  `latency send→handler over ${lat.length} single records: p50 ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms`,
)

await producer.close()
const admin = kafka.admin()
await admin.connect()
await admin.deleteTopics({ topics: [topic, latTopic] })
await admin.disconnect()

function print(what, n, ms, extra = '') {
  const rate = Math.round((n / ms) * 1000)
  console.log(
    `${what}: ${n} records of ${value.length} B in ${ms.toFixed(0)} ms = ${rate} records/s ${extra}`,
  )
}
