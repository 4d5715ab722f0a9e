import type { IHeaders, KafkaMessage } from 'kafkajs'

/** One consumed record, decoupled from KafkaJS types so handlers and tests need not import them. */
export interface InboundRecord {
  topic: string
  partition: number
  /** Kafka offsets are int64; kept as a decimal string as KafkaJS gives them. */
  offset: string
  key: Buffer | null
  value: Buffer | null
  headers: Record<string, string>
  /** Milliseconds since the epoch, as a decimal string. */
  timestamp: string
}

/**
 * Header values as UTF-8 strings. Kafka allows repeated header keys; the last value wins,
 * matching how a map-based producer would have written it.
 */
export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!headers) return out
  for (const [k, raw] of Object.entries(headers)) {
    const v = Array.isArray(raw) ? raw[raw.length - 1] : raw
    if (v === undefined) continue
    out[k] = typeof v === 'string' ? v : v.toString('utf8')
  }
  return out
}

export function toInboundRecord(topic: string, partition: number, m: KafkaMessage): InboundRecord {
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key ?? null,
    value: m.value ?? null,
    headers: headersToStrings(m.headers),
    timestamp: m.timestamp,
  }
}

/** The offset to commit after `offset` has been processed: Kafka commits the *next* offset to read. */
export function nextOffset(offset: string): string {
  return (BigInt(offset) + 1n).toString()
}
