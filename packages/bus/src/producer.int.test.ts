import { createLogger } from '@vigil/config'
import type { Kafka } from 'kafkajs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { createKafka } from './kafka.js'
import { type BusProducer, createProducer } from './producer.js'

const logger = createLogger('bus-producer-int-test', 'warn')
let kafka: Kafka
let producer: BusProducer

beforeAll(async () => {
  kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('bus-producer'), logger })
  producer = await createProducer(kafka, logger)
})

afterAll(async () => {
  await producer?.close()
})

describe('producer against a real broker', () => {
  it('delivers a backfill-sized send (several MiB, over the broker request limit) whole and in order', async () => {
    const topic = uniqueName('big-send')
    const admin = kafka.admin()
    await admin.connect()
    await admin.createTopics({
      topics: [{ topic, numPartitions: 1, replicationFactor: 1 }],
      waitForLeaders: true,
    })
    const records = Array.from({ length: 4000 }, (_, i) => ({
      key: 'one-key',
      value: JSON.stringify({ i, text: 'a realistic enriched mention body '.repeat(30) }),
    }))
    await producer.send(topic, records)
    const [offsets] = await admin.fetchTopicOffsets(topic)
    await admin.disconnect()
    expect(Number(offsets?.high)).toBe(records.length)
  })
})
