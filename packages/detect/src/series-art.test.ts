import { describe, expect, it } from 'vitest'
import { type ArtParams, createArtDetector } from './series-art.js'
import { poisson, rng } from './synthetic.js'

/** Posts per 5 minutes (288 rows a day) at a rate given per row. */
function posts(n: number, seed: number, rate: (i: number) => number): number[] {
  const r = rng(seed)
  return Array.from({ length: n }, (_, i) => poisson(r, rate(i)))
}

/** Every row's score. */
function scores(values: number[], params: Partial<ArtParams> = {}): number[] {
  const det = createArtDetector(params)
  return values.map((v) => det.push(v))
}

const alertsIn = (s: number[], from: number, to: number): number[] =>
  s.flatMap((x, i) => (x > 0 && i >= from && i < to ? [i] : []))

describe('ART series detector (after ARTime, issue 12)', () => {
  it('flags a half-hour spike to five times the usual count, and scores it above every other row', () => {
    const v = posts(4000, 7, () => 50)
    for (let i = 3000; i < 3006; i++) v[i] = 250
    const s = scores(v)
    expect(alertsIn(s, 3000, 3012).length).toBeGreaterThan(0)
    const spike = Math.max(...s.slice(3000, 3012))
    expect(Math.max(...s.slice(0, 3000), ...s.slice(3012))).toBeLessThan(spike)
  })

  it('flags a lasting tripling once at its onset, then takes it as the new normal', () => {
    const v = posts(6000, 8, (i) => (i < 2500 ? 50 : 150))
    const s = scores(v)
    expect(alertsIn(s, 2500, 2530).length).toBeGreaterThan(0)
    // The new level is above everything the probation saw: the range grows with it.
    expect(alertsIn(s, 2600, 6000)).toEqual([])
  })

  it('learns a daily cycle: quiet on its last five ordinary days, alerts on a surge at night', () => {
    const day = 288
    const daily = (i: number) => 40 + 35 * Math.sin((2 * Math.PI * i) / day)
    const night = day * 12 + 216 // the cycle's trough
    const ordinary = scores(posts(day * 14, 9, daily))
    expect(alertsIn(ordinary, day * 9, day * 14)).toEqual([])
    const surge = scores(posts(day * 14, 9, (i) => daily(i) + (i >= night && i < night + 44 ? 60 : 0)))
    expect(alertsIn(surge, night, night + 44).length).toBeGreaterThan(0)
    expect(alertsIn(surge, day * 9, night)).toEqual([])
  })

  it('is streaming: a row scores the same however long the series goes on (no file length)', () => {
    const v = posts(5000, 10, (i) => 30 + 10 * Math.sin(i / 40) + (i > 3500 ? 40 : 0))
    const whole = scores(v)
    expect(scores(v.slice(0, 3600))).toEqual(whole.slice(0, 3600))
  })

  it('keeps its pattern memory bounded on a long erratic series', () => {
    const r = rng(11)
    const det = createArtDetector({ maxCategories: 40 })
    for (let i = 0; i < 30_000; i++) det.push(r() < 0.01 ? 1000 * r() : 100 * r())
    expect(det.last?.categories).toBe(40)
  })
})
