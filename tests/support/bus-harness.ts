/**
 * For @vigil/bus's own integration tests: one client and producer per file on the real broker,
 * fresh topics and groups per test, and every consumer a test starts stopped after it.
 */
import {
  type BusProducer,
  type ConsumerHandle,
  type ConsumerOptions,
  createKafka,
  createProducer,
  ensureTopics,
  type Kafka,
  runConsumer,
} from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { testBrokers, uniqueName } from './kafka.js'

export interface BusHarness {
  readonly kafka: Kafka
  readonly producer: BusProducer
  /** The consumers started by `consume`, in order; stopped (idempotently) after each test. */
  readonly handles: ConsumerHandle[]
  /** A topic of its own (`name` made unique) with `partitions` partitions. */
  topic(name: string, partitions: number): Promise<string>
  /** `runConsumer` from the beginning, in a new group unless one is given, with the file's logger. */
  consume(
    o: Pick<ConsumerOptions, 'topics' | 'handleBatch'> & Partial<Omit<ConsumerOptions, 'kafka'>>,
  ): Promise<ConsumerHandle>
}

/** Call at a test file's top level: registers the set-up and tear-down hooks. */
export function busHarness(logger: Logger): BusHarness {
  let kafka: Kafka | undefined
  let producer: BusProducer | undefined
  const handles: ConsumerHandle[] = []
  beforeAll(async () => {
    kafka = createKafka({ brokers: testBrokers(), clientId: uniqueName('bus-test'), logger })
    producer = await createProducer(kafka, logger)
  })
  afterEach(async () => {
    for (const h of handles.splice(0)) await h.stop()
  })
  afterAll(async () => {
    await producer?.close()
  })
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('busHarness: used before its beforeAll ran')
    return v
  }
  const harness: BusHarness = {
    get kafka() {
      return ready(kafka)
    },
    get producer() {
      return ready(producer)
    },
    handles,
    async topic(name, partitions) {
      const topic = uniqueName(name)
      await ensureTopics(ready(kafka), [{ name: topic, partitions }])
      return topic
    },
    async consume(o) {
      const h = await runConsumer({
        kafka: ready(kafka),
        groupId: uniqueName('g'),
        fromBeginning: true,
        logger,
        ...o,
      })
      handles.push(h)
      return h
    },
  }
  return harness
}
