/**
 * Outputs produced by the engine and not yet confirmed by Kafka. A batch resolves (and its
 * offsets commit) only after the outbox it filled is sent; a failed send keeps it for the next.
 */
import type { BusProducer, OutboundRecord } from '@vigil/bus'
import type { Logger } from '@vigil/config'

/** Produced-but-unconfirmed outputs beyond this are dropped (logged): memory must stay bounded. */
const MAX_OUTBOX = 100_000

export interface Outbox {
  push(topic: string, rec: OutboundRecord): void
  size(): number
  /** Keep the newest MAX_OUTBOX outputs, dropping (and logging) the rest. */
  cap(): void
  /** Send everything pending, by topic in bounded requests; cleared once all are confirmed. */
  send(): Promise<void>
}

export function createOutbox(producer: BusProducer, log: Logger): Outbox {
  let outbox: Array<{ topic: string; rec: OutboundRecord }> = []
  return {
    push: (topic, rec) => {
      outbox.push({ topic, rec })
    },
    size: () => outbox.length,
    cap: () => {
      if (outbox.length > MAX_OUTBOX) {
        log.error({ event: 'outbox_overflow', dropped: outbox.length - MAX_OUTBOX })
        outbox = outbox.slice(outbox.length - MAX_OUTBOX)
      }
    },
    send: async () => {
      if (outbox.length === 0) return
      const byTopic = new Map<string, OutboundRecord[]>()
      for (const o of outbox) {
        const list = byTopic.get(o.topic)
        if (list) list.push(o.rec)
        else byTopic.set(o.topic, [o.rec])
      }
      for (const [topic, recs] of byTopic) await sendChunked(producer, topic, recs)
      outbox = []
    },
  }
}

/** Bytes per produce request: well under the broker's default 1 MiB message.max.bytes. */
const MAX_REQUEST_BYTES = 512 * 1024

/** Send in requests of bounded size (a backfill closes hours of minutes in one flush). */
export async function sendChunked(
  producer: BusProducer,
  topic: string,
  recs: OutboundRecord[],
): Promise<void> {
  let chunk: OutboundRecord[] = []
  let bytes = 0
  for (const r of recs) {
    const size = r.value.length + (r.key?.length ?? 0) + 64
    if (chunk.length > 0 && bytes + size > MAX_REQUEST_BYTES) {
      await producer.send(topic, chunk)
      chunk = []
      bytes = 0
    }
    chunk.push(r)
    bytes += size
  }
  if (chunk.length > 0) await producer.send(topic, chunk)
}
