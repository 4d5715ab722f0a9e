import type { Logger } from '@vigil/config'
import { type Kafka, Partitioners } from 'kafkajs'
import { chunkByBytes } from './chunk.js'
import { BusError, BusErrorCode } from './errors.js'

export interface OutboundRecord {
  /** Partitioning key (brand id, mention id); null only for records with no ordering need.
   * A Buffer keeps a foreign key byte-exact (dead letters). */
  key: string | Buffer | null
  value: string | Buffer
  headers?: Record<string, string>
  /** An explicit partition, where the writer places keys itself (mentions.enriched: brands
   * balanced over partitions, @vigil/schema placement.ts); otherwise murmur2 of the key. */
  partition?: number
}

export interface BusProducer {
  /** Resolves once every record is acknowledged by all in-sync replicas. */
  send(topic: string, records: OutboundRecord[]): Promise<void>
  sendJson<T>(topic: string, key: string | null, value: T): Promise<void>
  close(): Promise<void>
}

/**
 * The one producer configuration of the system: idempotent, acks=-1, one request in flight
 * per broker so a retried batch cannot overtake the next (per-key order holds), Java-compatible
 * murmur2 partitioner so a key lands on the same partition whichever client wrote it.
 *
 * Retries are bounded (the KafkaJS default for idempotent producers is unbounded): a send to an
 * unreachable cluster fails after the retry schedule (~50 s, computed, not measured) and the caller's retry policy decides, instead
 * of hanging a shutdown forever. KafkaJS logs a warning about this once per producer; downstream
 * stages are idempotent on mention id, so a rare duplicate after a failed send is harmless.
 */
export async function createProducer(kafka: Kafka, logger: Logger): Promise<BusProducer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { initialRetryTime: 300, maxRetryTime: 15_000, retries: 8 },
  })
  await producer.connect()
  const log = logger.child({ component: 'bus-producer' })
  let closed = false

  const send = async (topic: string, records: OutboundRecord[]): Promise<void> => {
    if (records.length === 0) return
    if (closed) throw new BusError(BusErrorCode.produce, `producer is closed (topic ${topic})`)
    try {
      // One request per slice, in order: a backfill batch can exceed what a broker accepts.
      for (const chunk of chunkByBytes(records)) {
        await producer.send({
          topic,
          acks: -1,
          messages: chunk.map((r) => ({
            key: r.key,
            value: r.value,
            headers: r.headers,
            partition: r.partition,
          })),
        })
      }
    } catch (err) {
      log.warn({ event: 'produce_failed', topic, records: records.length, err }, 'produce failed')
      // Keep the KafkaJS error (and its `retriable` flag) as the cause for classifyError.
      throw new BusError(BusErrorCode.produce, `produce to ${topic} failed: ${(err as Error).message}`, {
        cause: err,
      })
    }
  }

  return {
    send,
    sendJson: (topic, key, value) => send(topic, [{ key, value: JSON.stringify(value) }]),
    close: async () => {
      if (closed) return
      closed = true
      await producer.disconnect()
    },
  }
}
