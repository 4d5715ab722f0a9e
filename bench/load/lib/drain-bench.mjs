/**
 * What the per-service drain benches share (services/sink/bench/throughput.mjs,
 * services/detector/bench/drain.mjs): fill a fresh mentions.enriched with the load stream,
 * keyed as the enricher keys it (one copy per brand named), and profile the drain alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { createKafka, ensureTopics, vigilTopicSpecs } from '../../../packages/bus/dist/index.js'
import { createLogger } from '../../../packages/config/dist/index.js'
import { enrichedKeys, topicNames } from '../../../packages/schema/dist/index.js'
import { enrichedStream } from './mentions.mjs'

/**
 * Fresh topics of `partitions` partitions under a run's own prefix on `KAFKA_BROKERS` (a bench
 * never reads another run's records), with the Kafka client and logger named after `name`.
 */
export async function freshBenchTopics(name, partitions) {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:29092').split(',')
  const logger = createLogger(`${name}-bench`, process.env.LOG_LEVEL ?? 'warn')
  const prefix = `bench-${name}-${Date.now().toString(36)}-`
  const topics = topicNames(prefix)
  const kafka = createKafka({ brokers, clientId: `${name}-bench`, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, partitions))
  return { kafka, logger, prefix, topics }
}

/**
 * Produce `count` enriched mentions to `topic`; `place(key)` picks a partition (the enricher's
 * brand placement), absent: the producer's own partitioner. Returns the mentions and records sent.
 */
export async function fillEnriched(producer, topic, count, place) {
  let mentions = 0
  let records = 0
  for (const slice of enrichedStream(count, 5_000)) {
    const recs = []
    for (const m of slice) {
      const value = JSON.stringify(m)
      for (const key of enrichedKeys(m))
        recs.push(place ? { key, value, partition: place(key) } : { key, value })
    }
    await producer.send(topic, recs)
    mentions += slice.length
    records += recs.length
  }
  return { mentions, records }
}

/**
 * Start a V8 CPU profile when `file` is given (for bench/load/cpu-top.mjs); the returned
 * function stops it and writes the file (a no-op without one).
 */
export async function profileTo(file) {
  if (!file) return async () => {}
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return async () => {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
  }
}

/** Linux's USER_HZ: /proc's CPU times are in these ticks. */
const CLOCK_TICKS = 100

/**
 * This process's CPU ms by thread name (/proc/self/task/<tid>/stat, trailing digits cut): `js-main`, `node`
 * (V8's GC and compile helpers and libuv's pool, where chDB's calls run), chDB's pools
 * (`MergeMutate` background merges, `ThreadPool` / `QueryCompPipeEx` its insert pipeline, …).
 * A thread that ended between two readings loses its share: `threadCpuSplit` reports it apart.
 */
export function threadCpuMs() {
  const out = {}
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const raw = readFileSync(`/proc/self/task/${t}/stat`, 'utf8')
      const name =
        t === String(process.pid)
          ? 'js-main'
          : raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')')).replace(/[0-9]+$/, '')
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ')
      out[name] = (out[name] ?? 0) + ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS
    } catch {}
  }
  return out
}

/**
 * ms of CPU per item by thread between two `threadCpuMs` readings, the largest first, and
 * `exited`: the process's CPU (`cpuMs`, from `process.cpuUsage`) that no living thread holds.
 */
export function threadCpuSplit(before, after, cpuMs, items) {
  const per = (ms) => Number((ms / items).toFixed(4))
  const rows = Object.entries(after)
    .map(([k, v]) => [k, v - (before[k] ?? 0)])
    .filter(([, v]) => v > 0)
  const counted = rows.reduce((s, [, v]) => s + v, 0)
  return Object.fromEntries([
    ...rows.sort((x, y) => y[1] - x[1]).map(([k, v]) => [k, per(v)]),
    ['exited', per(Math.max(0, cpuMs - counted))],
  ])
}
