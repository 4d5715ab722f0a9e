import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { ordinaryMinute, rng } from '@vigil/detect'
import { topicNames } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { STREAM_START_MS } from '../../../tests/support/stream-start.js'
import { waitFor } from '../../../tests/support/wait.js'
import { startDetector } from './service.js'

const logger = createLogger('detector-stall-test', 'error')
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'mid' },
]
const MIN = 60_000
/** A partition quiet this long (processing time) stops holding the watermark back. */
const IDLE_MS = 3_000
/** The stall in the handler of the first partition's batch: longer than IDLE_MS. */
const STALL_MS = 6_000
let kafka: ReturnType<typeof createKafka>
let producer: BusProducer

beforeAll(async () => {
  kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('detector-stall'), logger })
  producer = await createProducer(kafka, logger)
})
afterAll(async () => {
  await producer?.close()
})

/** Minutes [from, to) of both brands, northwind on partition 0 and crest on partition 1. */
function minutes(from: number, to: number) {
  const r = rng(from + 1)
  const out = []
  for (let m = from; m < to; m++) {
    for (const [partition, b] of BRANDS.entries()) {
      for (const x of ordinaryMinute(r, b.id, STREAM_START_MS + m * MIN, 10))
        out.push({ key: b.id, value: JSON.stringify(x), partition })
    }
  }
  return out
}

describe('detector against a real broker: a stall between two partitions of one fetch', () => {
  it('counts no mention of the waiting partition late, however long the first one stalls', async () => {
    const topics = topicNames(`${uniqueName('stall')}.`)
    await ensureTopics(kafka, vigilTopicSpecs(topics, 2))
    await producer.send(topics.enriched, minutes(0, 20))
    // The detector's dead letters take STALL_MS, once: the batch handled first in a fetch that
    // holds an unreadable record on each partition stalls, the other partition's batch waits.
    let stalled = false
    const slow: BusProducer = {
      ...producer,
      send: async (topic, records) => {
        if (topic === topics.dlq && !stalled) {
          stalled = true
          await new Promise((resolve) => setTimeout(resolve, STALL_MS))
        }
        await producer.send(topic, records)
      },
    }
    const det = await startDetector({
      kafka,
      producer: slow,
      topics,
      logger,
      brands: BRANDS,
      groupId: uniqueName('detector'),
      tickMs: 200,
      // A minute closes as soon as the watermark passes it: only the partitions' idleness decides.
      params: { idleSourceMs: IDLE_MS, settleMs: 0 },
    })
    try {
      const first = minutes(0, 20).length
      await waitFor(() => det.stats().observed >= first, { timeoutMs: 60_000, what: 'the first 20 minutes' })
      // One produce request: both partitions' next ten minutes, each with an unreadable record.
      const next = minutes(20, 30)
      await producer.send(topics.enriched, [
        ...next,
        { key: 'northwind', value: '{"not json', partition: 0 },
        { key: 'crest', value: '{"not json', partition: 1 },
      ])
      await waitFor(() => det.stats().observed >= first + next.length && det.stats().deadLettered >= 2, {
        timeoutMs: 60_000,
        what: 'the next 10 minutes and two dead letters',
      })
      expect(stalled).toBe(true)
      expect(det.stats().lateEvents).toBe(0)
    } finally {
      await det.stop()
    }
  }, 120_000)
})
