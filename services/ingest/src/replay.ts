import { createReadStream } from 'node:fs'
import type { RawRecord } from './raw-record.js'
import { toRawRecord } from './raw-record.js'

/**
 * Reads an NDJSON file as raw bytes, line by line, and hands batches to `send`. Lines are
 * not validated here: a bad line travels on and is dead-lettered by the enricher with its
 * reason, so a replayed file is accounted for line by line.
 */
export async function replayFile(
  path: string,
  send: (batch: RawRecord[]) => Promise<void>,
  opts: { batchSize?: number } = {},
): Promise<{ lines: number }> {
  const batchSize = opts.batchSize ?? 500
  let carry = Buffer.alloc(0)
  let batch: RawRecord[] = []
  let lines = 0
  const flushLine = async (line: Buffer): Promise<void> => {
    let end = line.length
    if (end > 0 && line[end - 1] === 0x0d) end--
    if (end === 0) return
    batch.push(toRawRecord(line.subarray(0, end)))
    lines++
    if (batch.length >= batchSize) {
      await send(batch)
      batch = []
    }
  }
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const buf = Buffer.concat([carry, chunk])
    let start = 0
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === 0x0a) {
        await flushLine(buf.subarray(start, i))
        start = i + 1
      }
    }
    carry = Buffer.from(buf.subarray(start))
  }
  await flushLine(carry)
  if (batch.length > 0) await send(batch)
  return { lines }
}
