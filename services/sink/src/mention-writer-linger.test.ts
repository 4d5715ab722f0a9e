import type { Logger } from '@vigil/config'
import type { RawInsert, Store } from '@vigil/store'
import { describe, expect, it } from 'vitest'
import type { KeptMention } from './compliance.js'
import { createMentionWriter, type PendingMention } from './mention-writer.js'
import { createRecentIdentities } from './recent.js'

/** A store that only records the blocks it is handed (the writer's own logic is the subject). */
function recordingStore() {
  const blocks: Array<{ table: string; rows: number; atMs: number }> = []
  const started = performance.now()
  const store = {
    database: 'vigil',
    kind: 'embedded',
    rawInsert: async (p: RawInsert) => {
      const rows = p.values.toString('utf8').split('\n').filter(Boolean).length
      blocks.push({ table: p.table, rows, atMs: performance.now() - started })
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
      line: { key: 'create', fields: `${id}\tcreate` },
      identity: `${id}\u0000create`,
      check: false,
      onRejected: async () => {},
    }
  })

function writer(store: Store, lingerMs: number) {
  return createMentionWriter({
    store,
    recent: createRecentIdentities({ windowPerPartition: 1000, resumeCheckRecords: 0 }),
    maxRows: 1000,
    metrics: undefined,
    log: quiet,
    topic: 'mentions.enriched',
    timed: (_table, _rows, fn) => fn(),
    linger: { minRows: 100, lingerMs },
  })
}

describe('mention writer: larger blocks', () => {
  it('holds a small block until its oldest rows have lingered, then writes everything waiting as one', async () => {
    const { store, blocks } = recordingStore()
    const w = writer(store, 300)
    const first = w.write(pending(10))
    await new Promise((r) => setTimeout(r, 100))
    expect(blocks).toEqual([])
    const second = w.write(pending(20))
    await Promise.all([first, second])
    expect(blocks.map((b) => [b.table, b.rows])).toEqual([['vigil.mention_stream', 30]])
    expect(blocks[0]!.atMs).toBeGreaterThanOrEqual(290)
  })

  it('writes at once when enough rows wait', async () => {
    const { store, blocks } = recordingStore()
    // A linger far longer than the test waits: only the row count can set it off.
    const w = writer(store, 20_000)
    const small = w.write(pending(60))
    const full = w.write(pending(60))
    await Promise.all([small, full])
    expect(blocks.map((b) => b.rows)).toEqual([120])
    expect(blocks[0]!.atMs).toBeLessThan(10_000)
  })
})
