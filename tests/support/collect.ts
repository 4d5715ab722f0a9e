/** Read a topic the way an observer would: every record from the beginning, in a group of its own. */
import { type InboundRecord, runConsumer } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import type { Kafka } from 'kafkajs'
import { uniqueName } from './kafka.js'

export interface CollectedTopic {
  /** Grows as records arrive. */
  got: InboundRecord[]
  stop(): Promise<void>
}

export async function collectTopic(kafka: Kafka, logger: Logger, topic: string): Promise<CollectedTopic> {
  const got: InboundRecord[] = []
  const h = await runConsumer({
    kafka,
    groupId: uniqueName('collect'),
    topics: [topic],
    fromBeginning: true,
    logger,
    handleBatch: async (rs) => {
      got.push(...rs)
    },
  })
  return { got, stop: () => h.stop() }
}

/** A record's value as JSON. */
export const recordJson = <T>(r: InboundRecord) => JSON.parse(r.value!.toString('utf8')) as T
