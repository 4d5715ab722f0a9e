import type { BusProducer, Kafka } from '@vigil/bus'

/** Where a poller stands: conditional-request validators, a platform cursor, what it has published. */
export interface Cursor {
  etag?: string
  lastModified?: string
  /** X recent search: newest tweet id seen. */
  sinceId?: string
  seen: Array<[string, string]>
  savedAt?: string
}

export interface CursorStore {
  load(id: string): Promise<Cursor | undefined>
  save(id: string, cursor: Cursor): Promise<void>
}

export class MemoryCursorStore implements CursorStore {
  readonly map = new Map<string, Cursor>()
  async load(id: string) {
    const c = this.map.get(id)
    return c ? structuredClone(c) : undefined
  }
  async save(id: string, c: Cursor) {
    this.map.set(id, structuredClone(c))
  }
}

/**
 * Cursors in a compacted Kafka topic keyed by poller id: Kafka keeps the latest per key, the
 * store reads the topic to its end once at start, and a save resolves only once Kafka has it.
 * A poller saves after its mentions are acknowledged, so a restart resumes from the last page
 * whose mentions are on mentions.raw: nothing skipped; a page in flight at a crash is read
 * again and its mentions dropped by the restored `seen` set, or (if the crash fell between the
 * two writes) sent again with the same ids, which downstream stages treat as a redelivery.
 */
export class KafkaCursorStore implements CursorStore {
  private constructor(
    private readonly producer: BusProducer,
    private readonly topic: string,
    private readonly cursors: Map<string, Cursor>,
  ) {}

  static async open(
    kafka: Kafka,
    producer: BusProducer,
    topic: string,
    groupPrefix = 'vigil-ingest-cursors',
  ): Promise<KafkaCursorStore> {
    return new KafkaCursorStore(producer, topic, await readAll(kafka, topic, groupPrefix))
  }

  async load(id: string): Promise<Cursor | undefined> {
    const c = this.cursors.get(id)
    return c ? structuredClone(c) : undefined
  }

  async save(id: string, cursor: Cursor): Promise<void> {
    const c = { ...cursor, savedAt: new Date().toISOString() }
    await this.producer.send(this.topic, [{ key: id, value: JSON.stringify(c) }])
    this.cursors.set(id, c)
  }
}

/** Reads a compacted topic from the beginning to the high watermarks seen at start. */
async function readAll(kafka: Kafka, topic: string, groupPrefix: string): Promise<Map<string, Cursor>> {
  const out = new Map<string, Cursor>()
  const admin = kafka.admin()
  await admin.connect()
  let ends: Map<number, bigint>
  try {
    const offsets = await admin.fetchTopicOffsets(topic)
    ends = new Map(offsets.map((o) => [o.partition, BigInt(o.high)]))
  } finally {
    await admin.disconnect()
  }
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p))
  if (pending.size === 0) return out
  // A throwaway group: this reader never commits, every start reads the whole (compacted) topic.
  const consumer = kafka.consumer({ groupId: `${groupPrefix}-${process.pid}-${Date.now()}` })
  await consumer.connect()
  try {
    await consumer.subscribe({ topic, fromBeginning: true })
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const key = message.key?.toString()
            if (key) {
              if (message.value === null) out.delete(key)
              else {
                try {
                  out.set(key, JSON.parse(message.value.toString()) as Cursor)
                } catch {
                  // A cursor we cannot read is as good as none: that poller starts afresh.
                  out.delete(key)
                }
              }
            }
            if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) pending.delete(partition)
            if (pending.size === 0) resolve()
          },
        })
        .catch(reject)
    })
  } finally {
    await consumer.disconnect()
  }
  return out
}
