import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { ordinaryMinute, rng, synthMention } from '@vigil/detect'
import { topicNames } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { STREAM_START_MS } from '../../../tests/support/stream-start.js'
import { waitFor } from '../../../tests/support/wait.js'
import { type DetectorHandle, sendChunked, startDetector } from './service.js'

const logger = createLogger('detector-crash-test', 'warn')
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
]
const MIN = 60_000
let kafka: ReturnType<typeof createKafka>
let producer: BusProducer

beforeAll(async () => {
  kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('detector-crash'), logger })
  producer = await createProducer(kafka, logger)
})
afterAll(async () => {
  await producer?.close()
})

const keyed = (ms: ReturnType<typeof ordinaryMinute>) =>
  ms.map((m) => ({ key: m.brands[0]!.brand, value: JSON.stringify(m) }))

describe('a detector killed without its final checkpoint', () => {
  it('loses none of the mentions it had counted: the restarted one shows the same running minute', async () => {
    const topics = topicNames(`${uniqueName('det-crash')}.`)
    await ensureTopics(kafka, vigilTopicSpecs(topics, 2))
    const t0 = STREAM_START_MS
    // A past stream: only records close its minutes (processing time closes only live ones), so the
    // records after the last close are exactly what only the checkpoint at stop would hold.
    const wall = t0 + 29 * MIN + 55_000
    const r = rng(14)
    const history = []
    for (let m = 0; m < 30; m++) {
      for (const b of BRANDS)
        history.push(...ordinaryMinute(r, b.id, t0 + m * MIN, b.size === 'large' ? 25 : 8))
    }
    history.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    // Late in minute 29, after its other records: consumed in a batch of its own, closing nothing.
    const tail = Array.from({ length: 6 }, (_, i) =>
      synthMention(
        t0 + 29 * MIN + 40_000 + i * 1000,
        { brand: 'northwind', label: 'negative' },
        `x:tail-${i}`,
      ),
    )
    const after = synthMention(t0 + 29 * MIN + 50_000, { brand: 'northwind' }, 'x:after-restart')
    const minute29 = new Date(t0 + 29 * MIN).toISOString()
    const expected = [...history, ...tail, after].filter(
      (m) => m.brands[0]!.brand === 'northwind' && m.createdAt >= minute29,
    ).length

    const groupId = uniqueName('detector')
    const start = () =>
      startDetector({
        kafka,
        producer,
        topics,
        logger,
        brands: BRANDS,
        groupId,
        liveEveryMs: 0,
      })
    let det: DetectorHandle | undefined = await start()
    try {
      await sendChunked(producer, topics.enriched, keyed(history))
      const first = det
      await waitFor(() => first.stats().observed === history.length && first.stats().checkpoints > 0, {
        what: 'the history observed and checkpointed',
        timeoutMs: 60_000,
      })
      await sendChunked(producer, topics.enriched, keyed(tail))
      await waitFor(() => first.stats().observed === history.length + tail.length, {
        what: 'the tail observed',
      })
      await det.stop({ finalCheckpoint: false })
      det = undefined

      det = await start()
      await producer.send(topics.enriched, keyed([after]))
      const second = det
      const volume = () =>
        second.engine.running(wall).find((m) => m.brand === 'northwind' && m.minute === minute29)?.volume
      await waitFor(() => second.stats().restored >= 1 && volume() !== undefined, {
        what: 'northwind resumed after the crash',
      })
      // Every redelivered record is fed or skipped before the one sent after the restart.
      await waitFor(() => volume()! >= expected, {
        what: `minute 29 at ${expected}`,
        timeoutMs: 20_000,
      }).catch(() => undefined)
      expect(volume()).toBe(expected)
    } finally {
      await det?.stop()
    }
  })
})
