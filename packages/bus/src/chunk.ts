import type { OutboundRecord } from './producer.js'

/**
 * Requests stay well under the broker's default message.max.bytes (1 MiB), which bounds a
 * partition's record batch: a backfill of a few thousand mentions in one send would be refused
 * whole. Overhead per record (offsets, lengths, attributes) is small next to this margin.
 */
export const MAX_REQUEST_BYTES = 512 * 1024

function recordBytes(r: OutboundRecord): number {
  let n = 64 + byteLength(r.value) + (r.key === null ? 0 : byteLength(r.key))
  if (r.headers) for (const [k, v] of Object.entries(r.headers)) n += k.length + byteLength(v) + 8
  return n
}

function byteLength(v: string | Buffer): number {
  return typeof v === 'string' ? Buffer.byteLength(v) : v.length
}

/**
 * Consecutive slices of `records`, in order, each at most `maxBytes` (a record larger than that
 * travels alone and the broker decides). Sent one after another, the slices keep per-key order.
 */
export function chunkByBytes(records: OutboundRecord[], maxBytes = MAX_REQUEST_BYTES): OutboundRecord[][] {
  const chunks: OutboundRecord[][] = []
  let current: OutboundRecord[] = []
  let size = 0
  for (const r of records) {
    const n = recordBytes(r)
    if (current.length > 0 && size + n > maxBytes) {
      chunks.push(current)
      current = []
      size = 0
    }
    current.push(r)
    size += n
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}
