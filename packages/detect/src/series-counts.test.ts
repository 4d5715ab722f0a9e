import { describe, expect, it } from 'vitest'
import type { DetectorParams } from './params.js'
import type { SeriesParams } from './series.js'
import { createSeriesDetector } from './series-detector.js'
import { poisson, rng } from './synthetic.js'

const FIVE_MIN = 300_000
const T0 = Date.UTC(2026, 0, 5)

/** Rows (index) where the NAB runner opens an incident on posts per 5 minutes. */
function alerts(
  values: number[],
  params: Partial<SeriesParams> = {},
  lifecycle: Partial<DetectorParams> = {},
): number[] {
  const det = createSeriesDetector(params, lifecycle)
  const out: number[] = []
  values.forEach((v, i) => {
    if (det.push(v, T0 + i * FIVE_MIN) > 0) out.push(i)
  })
  return out
}

function posts(n: number, seed: number, rate: number): number[] {
  const r = rng(seed)
  return Array.from({ length: n }, () => poisson(r, rate))
}

describe('count streams: bursts, new levels, gaps (issue 12)', () => {
  it('a viral post at small counts (one row 20x normal) opens the first time; one like it a day later raises nothing', () => {
    const v = posts(4000, 31, 2)
    v[3000] = 40
    v[3001] = 9
    v[3288] = 40
    v[3289] = 9
    // NAB's labellers mark a spike of a size the series never showed (spikeSigmas).
    expect(alerts(v)).toEqual([3000])
    // The burst cap alone (before spikeSigmas) held both back.
    expect(alerts(v, { spikeSigmas: 0 })).toEqual([])
  })

  it('a viral post at a busy brand (one row 4x) opens the first time; a smaller one later raises nothing', () => {
    const v = posts(4000, 32, 400)
    v[3000] = 1600
    v[3001] = 700
    v[3500] = 1300
    expect(alerts(v)).toEqual([3000])
    expect(alerts(v, { spikeSigmas: 0 })).toEqual([])
  })

  it('where viral posts are routine, only the first of their size opens', () => {
    const v = posts(4000, 35, 20)
    // Every day from the first: a post shared widely, 3.5-4x for a row, never larger than the first.
    for (let d = 0; d < 13; d++) v[150 + 288 * d] = 80 - (d % 3) * 5
    v[3900] = 78
    expect(alerts(v)).toEqual([150])
  })

  it('a surge that lasts is found within its first two hours, at small and at large counts', () => {
    for (const [rate, seed] of [
      [2, 33],
      [400, 34],
    ] as const) {
      const v = posts(4000, seed, rate)
      const r = rng(seed + 100)
      for (let i = 3000; i < 3060; i++) v[i] = poisson(r, rate * 5)
      const d = alerts(v)
      expect(d).toHaveLength(1)
      expect(d[0]).toBeGreaterThanOrEqual(3000)
      // Persistence is the evidence: at 2 posts per row about 25 rows, at 400 about 8.
      expect(d[0]).toBeLessThan(3030)
    }
  })

  it('a level shift that becomes the new normal raises one alert, not one a day', () => {
    // Three times the posts from row 4000 on, daily rhythm included: once the shift has
    // alerted, learning follows the lifecycle (not the burst cap), so the new level and its
    // larger daily swing are learned before the next afternoon.
    const r = rng(35)
    const day = (i: number) => 1 + 0.8 * Math.sin((2 * Math.PI * i) / 288)
    const v = Array.from({ length: 8000 }, (_, i) => poisson(r, 300 * day(i) * (i >= 4000 ? 3 : 1)))
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(4000)
    expect(d[0]).toBeLessThan(4030)
  })

  it('six hours of zeros (the collector was down) and the return of ordinary traffic raise nothing', () => {
    const v = posts(5000, 36, 50)
    for (let i = 3000; i < 3072; i++) v[i] = 0
    expect(alerts(v)).toEqual([])
    // Read as traffic, the zeros are a fall and the level sinks through them.
    expect(alerts(v, { gapP: 0 }).length).toBeGreaterThan(0)
  })
})

describe('count streams: weak shifts and slow waves (CUSUM, issue 12)', () => {
  function stream(n: number, seed: number, rate: (i: number) => number): number[] {
    const r = rng(seed)
    return Array.from({ length: n }, (_, i) => poisson(r, rate(i)))
  }

  it('a lasting rise of a fifth at 200 posts per row is found within three hours; the windows alone (read with the slow shrinkage for all noise) never find it', () => {
    const v = stream(6000, 45, (i) => 200 * (i >= 4000 ? 1.2 : 1))
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(4000)
    expect(d[0]).toBeLessThan(4036)
    expect(alerts(v, { cusumK: 0, countSplit: false, shiftTau: 0 })).toEqual([])
    // With the practical-significance gate on (series-gate.ts; shipped off) a fifth more posts
    // is below its ratio, as it is below the engine's (minRatio 1.8) for a brand's volume.
    expect(alerts(v, {}, { minRatio: 1.5 })).toEqual([])
  })

  it('a slow wave (four hours of rise to 1.8x at 20 posts per row) is found while it rises', () => {
    const v = stream(6000, 51, (i) => {
      const d = i - 4000
      return 20 * (d < 0 ? 1 : d < 48 ? 1 + (0.8 * d) / 48 : d < 96 ? 1.8 : 1)
    })
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(4000)
    expect(d[0]).toBeLessThan(4048)
    expect(alerts(v, { cusumK: 0, countSplit: false, shiftTau: 0 })).toEqual([])
  })

  it('a lasting drop of a fifth (a keyword or API change) is found too: whole-number series are two-sided', () => {
    const v = stream(6000, 71, (i) => 200 * (i >= 4000 ? 0.8 : 1))
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(4000)
    expect(d[0]).toBeLessThan(4036)
    expect(alerts(v, { cusumK: 0 })).toEqual([])
  })

  it('a month of ordinary days with a daily rhythm raises nothing, the first day (profile unlearned) included', () => {
    // Seed 35's two weeks alerted at row 165 before the CUSUM waited out the first day (the
    // profile's misfit that day lasts hours).
    for (const [seed, rate, n] of [
      [35, 300, 4000],
      [61, 40, 8640],
      [62, 300, 8640],
    ] as const) {
      const v = stream(n, seed, (i) => rate * (1 + 0.6 * Math.sin((2 * Math.PI * i) / 288)))
      expect(alerts(v)).toEqual([])
    }
  })
})

describe('count windows: Poisson noise is independent from row to row (issue 12)', () => {
  it('a crisis on a quiet stream (one post every 50 minutes, 15 times that for five hours) is found within an hour', () => {
    const r = rng(42)
    const v = posts(7000, 41, 0.1)
    for (let i = 5000; i < 5060; i++) v[i] = poisson(r, 1.5)
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(5000)
    expect(d[0]).toBeLessThan(5012)
    // Read with the slow shrinkage for all its noise (as before), 90 posts where 6 were
    // expected over five hours went unseen.
    expect(alerts(v, { countSplit: false, shiftTau: 0 })).toEqual([])
  })
})

describe('count streams: a lasting rise read against a slow level (issue 12)', () => {
  function sparse(seed: number, rate: number, factor: number, rows: number): number[] {
    const r = rng(seed)
    const day = (i: number) => 1 + 0.6 * Math.sin((2 * Math.PI * i) / 288)
    return Array.from({ length: 8000 }, (_, i) =>
      poisson(r, rate * day(i) * (i >= 5000 && i < 5000 + rows ? factor : 1)),
    )
  }

  it('a quiet stream (a post every 50 minutes) that quadruples for good is found within five hours; windows and CUSUM alone miss it', () => {
    const v = sparse(94, 0.1, 4, 3000)
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(5000)
    expect(d[0]).toBeLessThan(5060)
    expect(alerts(v, { shiftTau: 0 })).toEqual([])
  })

  it('twelve hours at three times a sparse rate (a post every 25 minutes) is found within four hours; missed without the slow level', () => {
    const v = sparse(95, 0.2, 3, 144)
    const d = alerts(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(5000)
    expect(d[0]).toBeLessThan(5048)
    expect(alerts(v, { shiftTau: 0 })).toEqual([])
  })

  it('a month of ordinary sparse days raises nothing', () => {
    for (const [seed, rate] of [
      [81, 0.05],
      [82, 0.2],
      [83, 1],
    ] as const) {
      const r = rng(seed + 1000)
      const v = Array.from({ length: 8640 }, (_, i) =>
        poisson(r, rate * (1 + 0.6 * Math.sin((2 * Math.PI * i) / 288))),
      )
      expect(alerts(v)).toEqual([])
    }
  })
})
