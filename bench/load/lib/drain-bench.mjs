/**
 * What the per-service drain benches share (services/sink/bench/throughput.mjs,
 * services/detector/bench/drain.mjs): fill a fresh mentions.enriched with the load stream,
 * keyed as the enricher keys it (one copy per brand named), and profile the drain alone.
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { enrichedKeys } from '../../../packages/schema/dist/index.js'
import { enrichedStream } from './mentions.mjs'

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
