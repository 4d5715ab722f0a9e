import type { Alert, EnrichedMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine, type DetectorEngine } from './engine.js'
import { ordinaryMinute, rng, synthMention } from './synthetic.js'
import { brandOfAlertId } from './verdicts.js'

const MIN = 60_000
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
]
const RATE: Record<string, number> = { northwind: 8, crest: 25, havenbank: 8 }
const T0 = Date.UTC(2026, 10, 2, 9, 0)

function surge(ms: number, perMinute: number): EnrichedMention[] {
  return Array.from({ length: perMinute }, (_, i) =>
    synthMention(
      ms + Math.floor((i * 60_000) / perMinute),
      { brand: 'northwind', label: 'negative', intent: 'complaint', terms: ['app', 'down'], platform: 'x' },
      `x:v-${ms}-${i}`,
    ),
  )
}

function run(
  e: DetectorEngine,
  from: number,
  minutes: number,
  extra: (ms: number) => EnrichedMention[],
): Alert[] {
  const r = rng(7)
  const out: Alert[] = []
  for (let m = 0; m < minutes; m++) {
    const t = from + m * MIN
    for (const b of BRANDS) for (const x of ordinaryMinute(r, b.id, t, RATE[b.id]!)) e.observe(x)
    for (const x of extra(t)) e.observe(x)
    out.push(...e.advance(t + MIN).alerts)
  }
  return out
}

const surgeAt = (k0: number) => (t: number) => {
  const k = (t - T0) / MIN
  return k >= k0 && k < k0 + 4 ? surge(t, 25) : []
}

/** An engine whose northwind book holds `n` verdicts of one kind on older alerts. */
function judged(n: number, real: boolean): DetectorEngine {
  const e = createDetectorEngine({ brands: BRANDS })
  for (let i = 0; i < n; i++) {
    const id = `northwind-${new Date(T0 - (i + 1) * 86_400_000).toISOString()}`
    e.feedback(id, { kind: 'verdict', real }, T0 - 3_600_000 + i)
  }
  return e
}

/**
 * Minutes from the surge's start to northwind's first alert; the surge grows by 1 every 3
 * minutes (slow enough that a bar one surprise lower shows in whole minutes).
 */
function delay(e: DetectorEngine): number | null {
  const first = run(e, T0, 90, (t) => {
    const k = (t - T0) / MIN - 60
    return k >= 0 ? surge(t, 1 + Math.floor(k / 3)) : []
  }).find((a) => a.brand === 'northwind')
  return first === undefined ? null : (Date.parse(first.openedAt) - (T0 + 60 * MIN)) / MIN
}

describe('calibrated probability and operator verdicts in the engine', () => {
  it('every published update carries a probability between 0 and 1', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const alerts = run(e, T0, 80, surgeAt(60)).filter((a) => a.brand === 'northwind')
    expect(alerts.length).toBeGreaterThan(0)
    for (const a of alerts) {
      expect(a.probability).toBeGreaterThan(0)
      expect(a.probability).toBeLessThan(1)
    }
  })

  it("verdicts on a brand's older alerts lower the next alert's probability and survive a checkpoint", () => {
    const plain = createDetectorEngine({ brands: BRANDS })
    const base = run(plain, T0, 80, surgeAt(60)).find((a) => a.brand === 'northwind')!
    const judged = createDetectorEngine({ brands: BRANDS })
    // Twenty earlier alerts of northwind (resolved long ago) that operators called false.
    for (let i = 0; i < 20; i++) {
      const id = `northwind-${new Date(T0 - (i + 1) * 86_400_000).toISOString()}`
      // Applied (the service counts and logs it) though no current incident has that id.
      expect(judged.feedback(id, { kind: 'verdict', real: false }, T0 - 3_600_000 + i)).toEqual({
        matched: false,
        applied: true,
        alert: null,
      })
      // Re-read after a restart: counted once.
      expect(judged.feedback(id, { kind: 'verdict', real: false }, T0 - 3_600_000 + i).applied).toBe(false)
    }
    const restarted = createDetectorEngine({ brands: BRANDS })
    restarted.restore('northwind', judged.snapshot('northwind'))
    const after = run(restarted, T0, 80, surgeAt(60)).filter((a) => a.brand === 'northwind')
    const first = after[0]
    // Either the surge no longer opens an incident (more surprise needed) or it is shown less likely.
    if (first !== undefined) expect(first.probability!).toBeLessThan(base.probability!)
    expect(after.length).toBeLessThanOrEqual(
      run(createDetectorEngine({ brands: BRANDS }), T0, 80, surgeAt(60)).filter(
        (a) => a.brand === 'northwind',
      ).length,
    )
  })

  it("verdicts move the brand's opening bar within bounds: on the same rising surge a brand called false alarms alerts later, one called right sooner, and past the bound no later still", () => {
    const plain = delay(createDetectorEngine({ brands: BRANDS }))
    const manyFalse = delay(judged(40, false))
    const manyReal = delay(judged(40, true))
    // A thousand "not real" verdicts ask no more than forty (+2 surprise at most).
    const thousandFalse = delay(judged(1000, false))
    expect(plain).not.toBeNull()
    expect(manyFalse).not.toBeNull()
    expect(manyFalse!).toBeGreaterThan(plain!)
    expect(manyReal).not.toBeNull()
    expect(manyReal!).toBeLessThan(plain!)
    expect(thousandFalse).toBe(manyFalse)
  })

  it('however many verdicts a brand gets, it alerts where a bar 1 lower or 2 higher would, never beyond (the documented bounds)', () => {
    const withBar = (openThreshold: number) =>
      delay(createDetectorEngine({ brands: BRANDS, params: { openThreshold } }))
    // On this surge every whole point of the bar shows in minutes (bar 3: 16, 4: 18, 5: 19,
    // 7: 22, 8: 26 minutes), so a brand moved past a bound would alert at another minute.
    expect(withBar(3)!).toBeLessThan(withBar(4)!)
    expect(delay(judged(1000, true))).toBe(withBar(4))
    expect(withBar(8)!).toBeGreaterThan(withBar(7)!)
    expect(delay(judged(1000, false))).toBe(withBar(7))
  })

  it('reads the brand out of an alert id', () => {
    expect(brandOfAlertId('north-wind-2026-11-02T09:30:00.000Z')).toBe('north-wind')
    expect(brandOfAlertId('no-such-alert')).toBeNull()
  })
})
