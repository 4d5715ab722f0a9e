import { DLQ_HEADER, type InboundRecord } from '@vigil/bus'
import type { DeadLetter } from '@vigil/store'

const partitionOf = (s: string | undefined) => {
  const n = Number(s)
  return Number.isInteger(n) ? n : -1
}

/**
 * A record from the DLQ topic as a `dead_letters` row. The provenance headers come from the
 * bus's `deadLetter`; a record without them (someone wrote to the DLQ directly) is kept raw
 * with a code saying so, never dead-lettered again: that would loop.
 */
export function deadLetterFromRecord(rec: InboundRecord): DeadLetter {
  const h = rec.headers
  const known = h[DLQ_HEADER.code] !== undefined
  const at = h[DLQ_HEADER.time]
  const ms = Number(rec.timestamp)
  return {
    stage: h[DLQ_HEADER.stage] ?? 'unknown',
    code: known ? h[DLQ_HEADER.code]! : 'VIGIL_ERR_DLQ_NO_PROVENANCE',
    reason: h[DLQ_HEADER.reason] ?? 'record on the dead-letter topic without provenance headers',
    sourceTopic: h[DLQ_HEADER.sourceTopic] ?? '',
    sourcePartition: partitionOf(h[DLQ_HEADER.sourcePartition]),
    sourceOffset: h[DLQ_HEADER.sourceOffset] ?? '',
    dlqTopic: rec.topic,
    dlqPartition: rec.partition,
    dlqOffset: rec.offset,
    key: rec.key === null ? null : rec.key.toString('utf8'),
    value: rec.value,
    at:
      at && !Number.isNaN(Date.parse(at))
        ? at
        : new Date(Number.isFinite(ms) ? ms : Date.now()).toISOString(),
  }
}
