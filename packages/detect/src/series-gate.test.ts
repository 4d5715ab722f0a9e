import { describe, expect, it } from 'vitest'
import type { DetectorParams } from './params.js'
import { createSeriesDetector, SERIES_LIFECYCLE } from './series-detector.js'
import { practicalSurprise } from './series-gate.js'
import { poisson, rng } from './synthetic.js'

const FIVE_MIN = 300_000
const T0 = Date.UTC(2026, 0, 5)

/** Rows where the NAB runner opens an incident on posts per 5 minutes, with these lifecycle values. */
function openings(values: number[], lifecycle: Partial<DetectorParams> = {}): number[] {
  const det = createSeriesDetector({}, lifecycle)
  const out: number[] = []
  values.forEach((v, i) => {
    if (det.push(v, T0 + i * FIVE_MIN) > 0) out.push(i)
  })
  return out
}

function stream(n: number, seed: number, rate: (i: number) => number): number[] {
  const r = rng(seed)
  return Array.from({ length: n }, (_, i) => poisson(r, rate(i)))
}

/** The gate at the ratio NAB's leave-one-corpus-out chose; the runner ships it off (ratio 1). */
const ON = { minRatio: 1.5 }

describe('practical significance of count surges in the NAB runner (issue 12)', () => {
  it('a busy stream rising by 30 % for good is improbable but not news: with the gate on it opens nothing', () => {
    // 2,000 posts a row: 30 % more is 13 Poisson sd a row, as improbable as a crisis, and the
    // size of a daily profile's misfit on a busy brand.
    const v = stream(6000, 61, (i) => 2000 * (i >= 4000 ? 1.3 : 1))
    const off = openings(v)
    expect(off.length).toBeGreaterThan(0)
    expect(off[0]).toBeGreaterThanOrEqual(4000)
    expect(openings(v, ON)).toEqual([])
  })

  it('a crisis on the same stream (three times the posts for hours) opens at the same row with the gate', () => {
    const v = stream(6000, 62, (i) => 2000 * (i >= 4000 && i < 4072 ? 3 : 1))
    const on = openings(v, ON)
    expect(on).toHaveLength(1)
    expect(on[0]).toBeGreaterThanOrEqual(4000)
    expect(on[0]).toBeLessThan(4012)
    expect(on).toEqual(openings(v))
  })

  it('gates count surges only: a fall, a general series and a surge at the ratio keep their surprise', () => {
    const p = { minRatio: ON.minRatio, minExcess: SERIES_LIFECYCLE.minExcess! }
    const surge = { surprise: 7, window: 27, observed: 130, expected: 100 }
    expect(practicalSurprise(surge, true, p)).toBe(0)
    expect(practicalSurprise(surge, false, p)).toBe(7)
    expect(practicalSurprise({ ...surge, observed: 150 }, true, p)).toBe(7)
    expect(practicalSurprise({ ...surge, observed: 60 }, true, p)).toBe(7)
  })
})
