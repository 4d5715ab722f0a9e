import { createDetectorEngine, synthMention } from '@vigil/detect'
import { describe, expect, it } from 'vitest'
import { checkpointValue, createWatermarks } from './watermarks.js'

const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' as const },
  { id: 'crest', role: 'competitor' as const, size: 'large' as const },
]
/** Kafka's default record limit (message.max.bytes) is 1 MiB; a checkpoint must stay far below. */
const BOUND_BYTES = 256 * 1024

describe('detector checkpoint', () => {
  it('stays under a fixed bound for a minute of 100,000 mentions, each with hashtags and an author of its own', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const marks = createWatermarks()
    const minute = Math.floor(Date.now() / 60_000) * 60_000
    for (let i = 0; i < 100_000; i++) {
      const m = synthMention(
        minute + (i % 60_000),
        {
          brand: 'northwind',
          label: i % 3 === 0 ? 'negative' : 'neutral',
          hashtags: [`#burst${i}`, '#outage'],
          terms: [`word${i % 5000}`, 'app'],
        },
        `x:burst-${i}`,
      )
      e.observe(m, 'enriched:0')
      marks.advance('northwind', 0, String(1_000_000 + i))
    }
    const value = checkpointValue(e.snapshot('northwind'), marks.of('northwind'))
    expect(Buffer.byteLength(value)).toBeLessThan(BOUND_BYTES)
    // The minute is still open and fully counted: nothing was lost to stay small.
    const snap = JSON.parse(value) as { open: Array<{ n: number[] }>; offsets: Record<string, string> }
    expect(snap.open.reduce((s, b) => s + b.n[9]!, 0)).toBe(100_000)
    expect(snap.offsets).toEqual({ '0': '1099999' })
  })

  it('a restored brand skips what its checkpoint already holds and takes what came after', () => {
    const marks = createWatermarks()
    marks.restore('northwind', { '0': '41', '2': '7' })
    expect(marks.holds('northwind', 0, '41')).toBe(true)
    expect(marks.holds('northwind', 0, '42')).toBe(false)
    expect(marks.holds('northwind', 1, '3')).toBe(false)
    expect(marks.holds('crest', 0, '1')).toBe(false)
    marks.restore('crest', { '0': 'not an offset', x: '3' })
    expect(marks.holds('crest', 0, '0')).toBe(false)
    marks.forget('northwind')
    expect(marks.holds('northwind', 0, '1')).toBe(false)
  })
})
