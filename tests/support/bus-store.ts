/**
 * What an integration test of a consumer that writes to ClickHouse starts from: the real
 * broker, the pipeline's topics under a name of the test's own, an idempotent producer on
 * them, and a fresh migrated store.
 */
import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { type Topics, topicNames } from '@vigil/schema'
import type { Store } from '@vigil/store'
import { createTestStore } from './clickhouse.js'
import { testBrokers, uniqueName } from './kafka.js'

export interface BusStore {
  kafka: ReturnType<typeof createKafka>
  topics: Topics
  producer: BusProducer
  store: Store
  /** Closes the producer, then drops the store's database. */
  close(): Promise<void>
}

export interface BusStoreOptions {
  logger: Logger
  /** Partitions of each topic. */
  partitions: number
  /** Topic-name prefix (made unique); defaults to `name`. */
  topicPrefix?: string
}

/** `name` names the Kafka client (made unique) and, unless `topicPrefix` is given, the topics. */
export async function openBusStore(name: string, opts: BusStoreOptions): Promise<BusStore> {
  const store = await createTestStore()
  const kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName(name), logger: opts.logger })
  const topics = topicNames(`${uniqueName(opts.topicPrefix ?? name)}.`)
  let producer: BusProducer
  try {
    await ensureTopics(kafka, vigilTopicSpecs(topics, opts.partitions))
    producer = await createProducer(kafka, opts.logger)
  } catch (err) {
    await store.close()
    throw err
  }
  return {
    kafka,
    topics,
    producer,
    store,
    async close() {
      try {
        await producer.close()
      } finally {
        await store.close()
      }
    },
  }
}
