import type { Logger } from '@vigil/config'
import type { RawInsert, Store } from '@vigil/store'
import { describe, expect, it } from 'vitest'
import type { KeptMention } from './compliance.js'
import { createMentionWriter, type PendingMention, type WriterClock } from './mention-writer.js'
import { createRecentIdentities } from './recent.js'

/** A clock moved only by the test: the linger is measured in its ms, never in real time. */
function manualClock() {
  let now = 0
  let timers: Array<{ at: number; fn: () => void }> = []
  const clock: WriterClock = {
    now: () => now,
    after: (ms, fn) => {
      const t = { at: now + ms, fn }
      timers.push(t)
      return () => {
        timers = timers.filter((x) => x !== t)
      }
    },
  }
  /** Moves the clock on by `ms`, firing the timers that fall due on the way. */
  const advance = (ms: number) => {
    now += ms
    const due = timers.filter((t) => t.at <= now)
    timers = timers.filter((t) => t.at > now)
    for (const t of due) t.fn()
  }
  return { clock, advance, pending: () => timers.length, now: () => now }
}

/** Lets the writer's promise chains run (no real time passes: the clock is manual). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

/** A store that only records the blocks it is handed (the writer's own logic is the subject). */
function recordingStore(now: () => number) {
  const blocks: Array<{ table: string; rows: number; atMs: number }> = []
  const store = {
    database: 'vigil',
    kind: 'embedded',
    rawInsert: async (p: RawInsert) => {
      const rows = p.values.toString('utf8').split('\n').filter(Boolean).length
      blocks.push({ table: p.table, rows, atMs: now() })
    },
  } as unknown as Store
  return { store, blocks }
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} } as unknown as Logger
let n = 0
const pending = (count: number): PendingMention[] =>
  Array.from({ length: count }, () => {
    const id = `x:linger-${++n}`
    return {
      partition: 0,
      mention: { id, event: 'create' } as KeptMention,
      line: { key: 'create', bytes: Buffer.from(`${id}\tcreate\t`) },
      identity: `${id}\u0000create`,
      check: false,
      onRejected: async () => {},
    }
  })

function writer(store: Store, clock: WriterClock, lingerMs: number) {
  return createMentionWriter({
    store,
    recent: createRecentIdentities({ windowPerPartition: 1000, resumeCheckRecords: 0 }),
    maxRows: 1000,
    metrics: undefined,
    log: quiet,
    topic: 'mentions.enriched',
    timed: (_table, _rows, fn) => fn(),
    linger: { minRows: 100, lingerMs },
    clock,
  })
}

describe('mention writer: larger blocks', () => {
  it('holds a small block until its oldest rows have lingered, then writes everything waiting as one', async () => {
    const c = manualClock()
    const { store, blocks } = recordingStore(c.now)
    const w = writer(store, c.clock, 300)
    let written = 0
    const first = w.write(pending(10)).then(() => written++)
    c.advance(100)
    await settle()
    expect(blocks).toEqual([])
    const second = w.write(pending(20)).then(() => written++)
    // The linger counts from the oldest rows (at 0), not from the latest write (at 100).
    c.advance(199)
    await settle()
    expect(blocks).toEqual([])
    expect(written).toBe(0)
    c.advance(1)
    await Promise.all([first, second])
    expect(blocks).toEqual([{ table: 'vigil.mention_stream', rows: 30, atMs: 300 }])
    expect(c.pending()).toBe(0)
  })

  it('writes at once when enough rows wait, and drops the linger timer', async () => {
    const c = manualClock()
    const { store, blocks } = recordingStore(c.now)
    const w = writer(store, c.clock, 20_000)
    const small = w.write(pending(60))
    await settle()
    expect(blocks).toEqual([])
    expect(c.pending()).toBe(1)
    // The clock never moves: only the row count can set the write off.
    const full = w.write(pending(60))
    await Promise.all([small, full])
    expect(blocks).toEqual([{ table: 'vigil.mention_stream', rows: 120, atMs: 0 }])
    expect(c.pending()).toBe(0)
  })
})
