/**
 * A running enricher on fresh topics of the real broker, for the enricher's integration tests:
 * the service as `main` starts it (its own group), a producer for raw posts, and an observer of
 * what it writes. `stop` closes them in reverse order of start.
 */
import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { type EnricherDeps, startEnricher } from '@vigil/enricher'
import { type EnrichedMention, type Topics, topicNames } from '@vigil/schema'
import { testBrokers, uniqueName } from './kafka.js'

export interface TestEnricher {
  kafka: ReturnType<typeof createKafka>
  topics: Topics
  producer: BusProducer
  svc: Awaited<ReturnType<typeof startEnricher>>
  stop(): Promise<void>
}

/** `name` prefixes the topics and groups and is the Kafka client id. */
export async function startTestEnricher(
  name: string,
  o: { logger: Logger } & Pick<EnricherDeps, 'nlp' | 'beforeBatch'>,
): Promise<TestEnricher> {
  const topics = topicNames(`${uniqueName(name)}.`)
  const kafka = createKafka({ brokers: testBrokers(), clientId: `${name}-test`, logger: o.logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, 2))
  const producer = await createProducer(kafka, o.logger)
  let svc: TestEnricher['svc']
  try {
    svc = await startEnricher({ kafka, producer, topics, ...o, groupId: uniqueName(`${name}-group`) })
  } catch (err) {
    await producer.close()
    throw err
  }
  return {
    kafka,
    topics,
    producer,
    svc,
    async stop() {
      await svc.stop()
      await producer.close()
    },
  }
}

/** Every enriched mention, by id (a later copy replaces an earlier one), as it arrives. */
export async function observeEnriched(
  run: TestEnricher,
  name: string,
): Promise<{ got: Map<string, EnrichedMention>; stop(): Promise<void> }> {
  const got = new Map<string, EnrichedMention>()
  const consumer = run.kafka.consumer({ groupId: uniqueName(`${name}-observer`) })
  await consumer.connect()
  await consumer.subscribe({ topics: [run.topics.enriched], fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ message }) => {
      const m = JSON.parse(String(message.value)) as EnrichedMention
      got.set(m.id, m)
    },
  })
  return { got, stop: () => consumer.disconnect() }
}

/** A raw post on X by a one-follower author, keyed by its id. */
export const rawPost = (id: string, createdAt: string, text: string) => ({
  key: id,
  value: JSON.stringify({
    id,
    platform: 'x',
    author: { id: `a-${id}`, handle: `@a${id}`, followers: 1 },
    createdAt,
    text,
  }),
})
