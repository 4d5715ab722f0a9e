import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { createEnricher } from '@vigil/nlp'
import { type EnrichedMention, topicNames } from '@vigil/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { rawPost } from '../../../tests/support/enricher-run.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { startEnricher } from './service.js'

const logger = createLogger('enricher-pipeline-test', 'warn')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

describe('enricher pipeline against a real broker', () => {
  it('enriches the next batch while the previous one is unacknowledged, and commits neither until it is', async () => {
    const topics = topicNames(`${uniqueName('enricher-pipe')}.`)
    const groupId = uniqueName('enricher-pipe-group')
    const kafka = createKafka({ brokers: testBrokers(), clientId: 'enricher-pipe-test', logger })
    await ensureTopics(kafka, vigilTopicSpecs(topics, 1))
    const producer = await createProducer(kafka, logger)
    cleanups.push(() => producer.close())
    // The broker's acknowledgement of the first enriched batch is held back until released.
    let release: () => void = () => undefined
    const released = new Promise<void>((r) => {
      release = r
    })
    let held = 0
    const slowAck: BusProducer = {
      ...producer,
      send: async (topic, records) => {
        await producer.send(topic, records)
        if (topic === topics.enriched && held++ === 0) await released
      },
    }
    const seen: string[] = []
    const nlp = createEnricher({ brands: loadBrands() })
    const svc = await startEnricher({
      kafka,
      producer: slowAck,
      topics,
      logger,
      groupId,
      nlp: {
        enrich: (m, now) => {
          seen.push(m.id)
          return nlp.enrich(m, now)
        },
      },
    })
    cleanups.push(() => svc.stop())
    // Stopping waits for the held batch: release it first, even when the test failed before.
    cleanups.push(async () => release())
    const admin = kafka.admin()
    await admin.connect()
    cleanups.push(() => admin.disconnect())
    const committed = async () =>
      Number((await admin.fetchOffsets({ groupId, topics: [topics.raw] }))[0]?.partitions[0]?.offset ?? -1)

    const at = '2026-11-23T10:00:00Z'
    await producer.send(topics.raw, [rawPost('x:1', at, 'Havenbank app is down again')])
    await waitFor(() => held === 1, {
      what: 'the first batch written, its acknowledgement held',
      timeoutMs: 60_000,
    })
    await producer.send(topics.raw, [rawPost('x:2', at, 'Crest Bank charged me twice')])
    await waitFor(() => seen.includes('x:2'), {
      what: 'the second mention enriched while the first batch waits for its acknowledgement',
      timeoutMs: 30_000,
    })
    expect(await committed()).toBeLessThan(1)

    release()
    await waitFor(async () => (await committed()) === 2, {
      what: 'both offsets committed',
      timeoutMs: 30_000,
    })
    const out: EnrichedMention[] = []
    const observer = kafka.consumer({ groupId: uniqueName('enricher-pipe-observer') })
    cleanups.push(() => observer.disconnect())
    await observer.connect()
    await observer.subscribe({ topics: [topics.enriched], fromBeginning: true })
    await observer.run({
      eachMessage: async ({ message }) => {
        out.push(JSON.parse(String(message.value)))
      },
    })
    await waitFor(() => out.length >= 2, { what: 'two enriched mentions', timeoutMs: 30_000 })
    expect(out.map((m) => m.id)).toEqual(['x:1', 'x:2'])
    expect(svc.stats).toMatchObject({ enriched: 2, deadLettered: 0 })
  })
})
