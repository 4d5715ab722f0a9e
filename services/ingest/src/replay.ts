import { createReadStream, readFileSync } from 'node:fs'
import { type Format, type NormaliseContext, readPayload } from './connectors/index.js'
import type { RawRecord } from './raw-record.js'
import { toRawRecord } from './raw-record.js'
import { csvMentions } from './replay-csv.js'

/**
 * How fast to replay: `fastest`, or at the pace of the records' own event times (`createdAt`)
 * divided by `speed` (1 = original pace, 10 = ten times faster). Records are never rewritten:
 * their event times stay as exported.
 */
export type Pace = { mode: 'fastest' } | { mode: 'paced'; speed: number }

export interface ReplayOptions {
  batchSize?: number
  pace?: Pace
  /** For tests: the clock and the wait used for pacing. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Sends records in batches, holding each until its event time (scaled) has come. */
class Pacer {
  private batch: RawRecord[] = []
  private t0: number | undefined
  private w0 = 0
  sent = 0

  constructor(
    private readonly send: (batch: RawRecord[]) => Promise<void>,
    private readonly opts: ReplayOptions,
  ) {}

  async push(rec: RawRecord, eventMs: number | undefined): Promise<void> {
    const pace = this.opts.pace ?? { mode: 'fastest' }
    if (pace.mode === 'paced' && eventMs !== undefined && Number.isFinite(eventMs)) {
      const now = this.opts.now ?? Date.now
      if (this.t0 === undefined) {
        this.t0 = eventMs
        this.w0 = now()
      }
      const due = this.w0 + (eventMs - this.t0) / pace.speed
      const wait = due - now()
      if (wait > 0) {
        // Whatever is due before this record goes first.
        await this.flush()
        await (this.opts.sleep ?? sleepMs)(wait)
      }
    }
    this.batch.push(rec)
    if (this.batch.length >= (this.opts.batchSize ?? 500)) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return
    const b = this.batch
    this.batch = []
    await this.send(b)
    this.sent += b.length
  }
}

function eventTime(value: Buffer): number | undefined {
  try {
    const v = JSON.parse(value.toString('utf8')) as { createdAt?: unknown }
    return typeof v.createdAt === 'string' ? Date.parse(v.createdAt) : undefined
  } catch {
    return undefined
  }
}

/**
 * Reads an NDJSON file as raw bytes, line by line, and hands batches to `send`. Lines are
 * not validated here: a bad line travels on and is dead-lettered by the enricher with its
 * reason, so a replayed file is accounted for line by line.
 */
export async function replayFile(
  path: string,
  send: (batch: RawRecord[]) => Promise<void>,
  opts: ReplayOptions = {},
): Promise<{ lines: number }> {
  const pacer = new Pacer(send, opts)
  let carry = Buffer.alloc(0)
  let lines = 0
  const flushLine = async (line: Buffer): Promise<void> => {
    let end = line.length
    if (end > 0 && line[end - 1] === 0x0d) end--
    if (end === 0) return
    const rec = toRawRecord(Buffer.from(line.subarray(0, end)))
    lines++
    await pacer.push(rec, opts.pace?.mode === 'paced' ? eventTime(rec.value) : undefined)
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
  await pacer.flush()
  return { lines }
}

/** A CSV export (header line; columns named like Mention fields, author_handle or author.handle). */
export async function replayCsv(
  path: string,
  send: (batch: RawRecord[]) => Promise<void>,
  opts: ReplayOptions = {},
): Promise<{ lines: number }> {
  const pacer = new Pacer(send, opts)
  let lines = 0
  for await (const row of csvMentions(createReadStream(path))) {
    lines++
    const createdAt = row.value.createdAt
    await pacer.push(
      toRawRecord(JSON.stringify(row.value)),
      typeof createdAt === 'string' ? Date.parse(createdAt) : undefined,
    )
  }
  await pacer.flush()
  return { lines }
}

/** A recorded platform payload through its connector; the issues are returned, not sent. */
export async function replayPayload(
  path: string,
  format: Format | 'auto',
  ctx: NormaliseContext,
  send: (batch: RawRecord[]) => Promise<void>,
  opts: ReplayOptions = {},
) {
  const r = readPayload(readFileSync(path), format, ctx)
  const pacer = new Pacer(send, opts)
  const sorted =
    opts.pace?.mode === 'paced'
      ? [...r.mentions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      : r.mentions
  for (const m of sorted) await pacer.push(toRawRecord(JSON.stringify(m)), Date.parse(m.createdAt))
  await pacer.flush()
  return { format: r.format, readable: r.readable, sent: r.mentions.length, errors: r.errors }
}
