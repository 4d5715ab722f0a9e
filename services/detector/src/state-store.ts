/**
 * The latest checkpoint of every brand, tailed from the compacted detector.state topic. Each
 * detector instance reads the whole topic (its own consumer group), so when a partition moves
 * to it, the previous owner's last checkpoint of those brands is already here.
 */
import { type InboundRecord, runConsumer } from '@vigil/bus'
import type { Logger } from '@vigil/config'

/** The KafkaJS client as @vigil/bus takes it (no direct kafkajs dependency here). */
type Kafka = Parameters<typeof runConsumer>[0]['kafka']

export interface StateStore {
  get(brand: string): unknown
  /** Resolves once everything present at start-up has been read (or after `timeoutMs`). */
  ready: Promise<void>
  stop(): Promise<void>
}

export async function startStateStore(opts: {
  kafka: Kafka
  topic: string
  groupId: string
  logger: Logger
  timeoutMs?: number
}): Promise<StateStore> {
  const latest = new Map<string, unknown>()
  const admin = opts.kafka.admin()
  await admin.connect()
  const ends = new Map<number, bigint>()
  try {
    for (const p of await admin.fetchTopicOffsets(opts.topic)) ends.set(p.partition, BigInt(p.high))
  } finally {
    await admin.disconnect()
  }
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p))
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })
  if (pending.size === 0) markReady()
  const handleBatch = async (records: InboundRecord[], tp: { partition: number }): Promise<void> => {
    for (const r of records) {
      const key = r.key?.toString('utf8')
      if (key === undefined) continue
      if (r.value === null || r.value.length === 0) latest.delete(key)
      else {
        try {
          latest.set(key, JSON.parse(r.value.toString('utf8')))
        } catch (err) {
          opts.logger.warn({ event: 'checkpoint_unreadable', brand: key, offset: r.offset, err })
        }
      }
    }
    const last = records[records.length - 1]
    const high = ends.get(tp.partition)
    if (last && high !== undefined && BigInt(last.offset) + 1n >= high) {
      pending.delete(tp.partition)
      if (pending.size === 0) markReady()
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
  const timeout = setTimeout(() => {
    if (pending.size > 0) opts.logger.warn({ event: 'checkpoint_read_timeout', partitions: [...pending] })
    markReady()
  }, opts.timeoutMs ?? 30_000)
  void ready.then(() => clearTimeout(timeout))
  return { get: (brand) => latest.get(brand), ready, stop: () => consumer.stop() }
}
