/**
 * What the engine emits is what the sink, the api and the outlets decode: every alert and every
 * live metric must pass the wire contract's decoders (packages/schema), whatever the mentions
 * carried — hashtags and terms at the contract's item limit, a flood of distinct ones, odd scripts.
 */
import { decodeAlert, decodeLiveMetrics, LIMITS } from '@vigil/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine } from './engine.js'
import { ordinaryMinute, rng, synthMention } from './synthetic.js'

const MIN = 60_000
const T0 = Date.UTC(2026, 10, 2, 9, 0)
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
]

const reasonOf = (r: { kind: string; reason?: string }) => (r.kind === 'ok' ? '' : (r.reason ?? ''))

describe('engine output honours the wire contract', () => {
  it('alerts and metrics of a surge whose tags and terms are at the item limit decode', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: LIMITS.itemChars - 1 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 1_000 }),
        (words, seed) => {
          const e = createDetectorEngine({ brands: BRANDS })
          const r = rng(seed)
          let alerts = 0
          for (let m = 0; m < 40; m++) {
            const t = T0 + m * MIN
            for (const b of BRANDS) for (const x of ordinaryMinute(r, b.id, t, 6)) e.observe(x)
            if (m >= 25) {
              for (let i = 0; i < 40; i++) {
                const w = words[(i + m) % words.length]!
                e.observe(
                  synthMention(t + i * 1000, {
                    brand: 'northwind',
                    label: 'negative',
                    intent: 'complaint',
                    hashtags: [`#${w}`.slice(0, LIMITS.itemChars)],
                    terms: [w, `${w}${i}`.slice(0, LIMITS.itemChars)],
                  }),
                )
              }
            }
            const out = e.advance(t + MIN)
            for (const a of out.alerts) {
              alerts++
              expect(reasonOf(decodeAlert(Buffer.from(JSON.stringify(a))))).toBe('')
            }
            const ticks = decodeLiveMetrics(Buffer.from(JSON.stringify(out.metrics)))
            expect(ticks.kind === 'ok' && ticks.value.refused).toEqual([])
          }
          expect(alerts).toBeGreaterThan(0)
        },
      ),
      { numRuns: 12 },
    )
  })
})
