import {
  type BusProducer,
  createKafka,
  createProducer,
  ensureTopics,
  RetriableError,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { createEnricher } from '@vigil/nlp'
import { topicNames } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawPost } from '../../../tests/support/enricher-run.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { startEnricher } from './service.js'

const logger = createLogger('enricher-dlq-test', 'fatal')
const cleanups: Array<() => Promise<void>> = []
const nlp = createEnricher({ brands: loadBrands() })
const at = '2026-11-23T10:00:00Z'

// A consumer that stops for good signals the process (SIGTERM, exit code 1) as in production;
// here that signal is counted instead of ending the test run.
let crashes = 0
const onSigterm = () => {
  crashes++
  process.exitCode = 0
}
beforeAll(() => {
  process.on('SIGTERM', onSigterm)
})
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
  process.off('SIGTERM', onSigterm)
})

async function freshTopics(name: string) {
  const topics = topicNames(`${uniqueName(name)}.`)
  const groupId = uniqueName(`${name}-group`)
  const kafka = createKafka({ brokers: testBrokers(), clientId: `${name}-test`, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, 1))
  const producer = await createProducer(kafka, logger)
  cleanups.push(() => producer.close())
  const admin = kafka.admin()
  await admin.connect()
  cleanups.push(() => admin.disconnect())
  const committed = async () =>
    Number((await admin.fetchOffsets({ groupId, topics: [topics.raw] }))[0]?.partitions[0]?.offset ?? -1)
  /** Every record a topic holds (one partition), oldest first. */
  const records = async (topic: string): Promise<string[]> => {
    const end = Number((await admin.fetchTopicOffsets(topic))[0]?.high ?? 0)
    const values: string[] = []
    if (end === 0) return values
    const reader = kafka.consumer({ groupId: uniqueName(`${name}-reader`) })
    await reader.connect()
    try {
      await reader.subscribe({ topics: [topic], fromBeginning: true })
      await reader.run({
        eachMessage: async ({ message }) => {
          values.push(String(message.value))
        },
      })
      await waitFor(() => values.length >= end, { what: `${end} records of ${topic}`, timeoutMs: 30_000 })
    } finally {
      await reader.disconnect()
    }
    return values
  }
  const start = (p: BusProducer) => startEnricher({ kafka, producer: p, topics, logger, groupId, nlp })
  return { topics, producer, committed, records, start }
}

const bad = (name: string) => ({ key: name, value: `not json: ${name}` })

describe('enricher dead letters against a real broker', () => {
  it('writes each dead letter once across a crash in the middle of a batch, and none of a committed batch again', async () => {
    const t = await freshTopics('enricher-dlq-crash')
    // The process dies as the dead letter of B is about to be written (after A's, on a build
    // that writes them one by one).
    const dying: BusProducer = {
      ...t.producer,
      send: async (topic, records) => {
        if (topic === t.topics.dlq && records.some((r) => String(r.value) === bad('B').value)) {
          throw new Error('killed')
        }
        await t.producer.send(topic, records)
      },
    }
    const first = await t.start(dying)
    cleanups.push(() => first.stop())
    await t.producer.send(t.topics.raw, [bad('Z')])
    await waitFor(async () => (await t.committed()) === 1, {
      what: 'batch of Z committed',
      timeoutMs: 60_000,
    })
    await t.producer.send(t.topics.raw, [
      rawPost('x:1', at, 'Havenbank app is down again'),
      bad('A'),
      bad('B'),
    ])
    await waitFor(() => crashes === 1, {
      what: 'the enricher crashed on the dead letter of B',
      timeoutMs: 60_000,
    })
    await first.stop()
    expect(await t.committed()).toBe(1)

    const second = await t.start(t.producer)
    cleanups.push(() => second.stop())
    await waitFor(async () => (await t.committed()) === 4, { what: 'all four committed', timeoutMs: 60_000 })
    expect(await t.records(t.topics.dlq)).toEqual([bad('Z').value, bad('A').value, bad('B').value])
    expect(second.stats).toMatchObject({ enriched: 1, deadLettered: 2 })
    expect(crashes).toBe(1)
  }, 180_000)

  it('a stop during a broker outage cuts the write retries short and leaves the batch for the next start', async () => {
    crashes = 0
    const t = await freshTopics('enricher-dlq-stop')
    let attempts = 0
    const down: BusProducer = {
      ...t.producer,
      send: async (topic) => {
        if (topic === t.topics.enriched) attempts++
        throw new RetriableError('broker not reachable')
      },
    }
    const first = await t.start(down)
    cleanups.push(() => first.stop())
    await t.producer.send(t.topics.raw, [rawPost('x:2', at, 'Crest Bank charged me twice')])
    await waitFor(() => attempts >= 2, { what: 'the write retried', timeoutMs: 60_000 })
    const stopping = first.stop()
    const attemptsAtStop = attempts
    await stopping
    expect(attempts).toBe(attemptsAtStop)
    expect(await t.committed()).toBeLessThan(1)
    expect(crashes).toBe(0)

    const second = await t.start(t.producer)
    cleanups.push(() => second.stop())
    await waitFor(async () => (await t.committed()) === 1, { what: 'x:2 committed', timeoutMs: 60_000 })
    const enriched = await t.records(t.topics.enriched)
    expect(enriched.map((v) => JSON.parse(v).id)).toEqual(['x:2'])
  }, 180_000)
})
