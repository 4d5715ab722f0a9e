import { describe, expect, it } from 'vitest'
import { chunkByBytes } from './chunk.js'
import type { OutboundRecord } from './producer.js'

const rec = (i: number, bytes: number): OutboundRecord => ({ key: `k${i}`, value: 'x'.repeat(bytes) })

describe('chunkByBytes', () => {
  it('splits a backfill too big for one broker request into ordered slices under the limit', () => {
    const records = Array.from({ length: 3000 }, (_, i) => rec(i, 700))
    const chunks = chunkByBytes(records, 512 * 1024)
    expect(chunks.length).toBeGreaterThan(3)
    expect(chunks.flat()).toEqual(records)
    for (const c of chunks) {
      const bytes = c.reduce((a, r) => a + String(r.value).length, 0)
      expect(bytes).toBeLessThanOrEqual(512 * 1024)
    }
  })

  it('keeps a small send in one request and lets an oversized record travel alone', () => {
    expect(chunkByBytes([rec(1, 10), rec(2, 10)], 1000)).toHaveLength(1)
    const chunks = chunkByBytes([rec(1, 10), rec(2, 5000), rec(3, 10)], 1000)
    expect(chunks.map((c) => c.map((r) => r.key))).toEqual([['k1'], ['k2'], ['k3']])
  })
})
