/**
 * Reading a (compacted) topic from its start up to where it ended when the read began: how a
 * service rebuilds state it keeps in Kafka (the detector's checkpoints, the outlet's outbox).
 * The read uses its own consumer group, so every instance sees every partition.
 */
import type { Logger } from '@vigil/config'
import type { Kafka } from 'kafkajs'
import { runConsumer } from './consumer.js'
import type { InboundRecord } from './records.js'

export interface ReadToEndOptions {
  kafka: Kafka
  topic: string
  groupId: string
  logger: Logger
  /** How long to wait for the end before `caughtUp` resolves anyway. */
  timeoutMs: number
  /** Each record, in order within its partition. */
  onRecord(record: InboundRecord): void
  /**
   * Stop reading once caught up (or timed out); an empty topic then starts no consumer at all.
   * Otherwise the read goes on with what is produced later, until `stop`.
   */
  stopAtEnd: boolean
}

export interface ReadToEnd {
  /** Resolves with the partitions not read to their end: empty unless the timeout struck. */
  caughtUp: Promise<number[]>
  stop(): Promise<void>
}

/** Each partition's high-water mark now: where "the end" is for this read. */
async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin()
  await admin.connect()
  const ends = new Map<number, bigint>()
  try {
    for (const p of await admin.fetchTopicOffsets(topic)) ends.set(p.partition, BigInt(p.high))
  } finally {
    await admin.disconnect()
  }
  return ends
}

export async function readToEnd(opts: ReadToEndOptions): Promise<ReadToEnd> {
  const ends = await endOffsets(opts.kafka, opts.topic)
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p))
  if (pending.size === 0 && opts.stopAtEnd) return { caughtUp: Promise.resolve([]), stop: async () => {} }
  let done: () => void = () => {}
  const reached = new Promise<void>((resolve) => {
    done = resolve
  })
  if (pending.size === 0) done()
  const handleBatch = async (records: InboundRecord[], tp: { partition: number }): Promise<void> => {
    for (const r of records) opts.onRecord(r)
    const last = records[records.length - 1]
    const high = ends.get(tp.partition)
    if (last && high !== undefined && BigInt(last.offset) + 1n >= high) {
      pending.delete(tp.partition)
      if (pending.size === 0) done()
    }
  }
  const consumer = await runConsumer({
    kafka: opts.kafka,
    groupId: opts.groupId,
    topics: [opts.topic],
    fromBeginning: true,
    logger: opts.logger,
    handleBatch,
  })
  const timer = setTimeout(done, opts.timeoutMs)
  const caughtUp = reached.then(async () => {
    clearTimeout(timer)
    if (opts.stopAtEnd) await consumer.stop()
    return [...pending]
  })
  return { caughtUp, stop: () => consumer.stop() }
}
