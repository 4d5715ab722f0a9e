import type { BusMetrics } from './metrics.js'
import type { BusProducer, OutboundRecord } from './producer.js'
import type { InboundRecord } from './records.js'

export interface DeadLetter {
  /** Stable error code, e.g. VIGIL_ERR_MENTION_INVALID. */
  code: string
  /** Human-readable reason; truncated to keep headers small. */
  reason: string
  /** The stage that gave up on the record (enricher, sink, …). */
  stage: string
}

export const DLQ_HEADER = {
  code: 'vigil.dlq.code',
  reason: 'vigil.dlq.reason',
  stage: 'vigil.dlq.stage',
  time: 'vigil.dlq.time',
  sourceTopic: 'vigil.dlq.source.topic',
  sourcePartition: 'vigil.dlq.source.partition',
  sourceOffset: 'vigil.dlq.source.offset',
} as const

const MAX_REASON_CHARS = 1_000

/** The original record's headers plus provenance; provenance wins over a same-named original. */
export function dlqHeaders(rec: InboundRecord, dl: DeadLetter, now: Date): Record<string, string> {
  const reason = dl.reason.length > MAX_REASON_CHARS ? `${dl.reason.slice(0, MAX_REASON_CHARS)}…` : dl.reason
  return {
    ...rec.headers,
    [DLQ_HEADER.code]: dl.code,
    [DLQ_HEADER.reason]: reason,
    [DLQ_HEADER.stage]: dl.stage,
    [DLQ_HEADER.time]: now.toISOString(),
    [DLQ_HEADER.sourceTopic]: rec.topic,
    [DLQ_HEADER.sourcePartition]: String(rec.partition),
    [DLQ_HEADER.sourceOffset]: rec.offset,
  }
}

/**
 * Write the original key and value, byte for byte, with provenance headers. The caller awaits
 * this before its batch's offset is committed, so a dead letter is never lost.
 */
export async function deadLetter(
  producer: BusProducer,
  dlqTopic: string,
  rec: InboundRecord,
  dl: DeadLetter,
  metrics?: BusMetrics,
): Promise<void> {
  await producer.send(dlqTopic, [deadLetterRecord(rec, dl, new Date())])
  metrics?.dlqRecords.inc({ stage: dl.stage, code: dl.code, source_topic: rec.topic })
}

/** The dead letter of `rec` as a record to write: its original key and value, provenance headers. */
export function deadLetterRecord(rec: InboundRecord, dl: DeadLetter, now: Date): OutboundRecord {
  return { key: rec.key, value: rec.value ?? Buffer.alloc(0), headers: dlqHeaders(rec, dl, now) }
}
