import { describe, expect, it } from 'vitest'
import { newSeasonal, type SeasonalState } from './baseline.js'
import { DEFAULT_PARAMS } from './params.js'
import { scoreVolume, volumeSeriesParams } from './score.js'
import {
  DEFAULT_SERIES_PARAMS,
  isSeriesState,
  learnSeries,
  newSeriesState,
  type SeriesScore,
  scoreSeries,
} from './series.js'
import { createSeriesDetector } from './series-detector.js'
import { gauss, poisson, rng } from './synthetic.js'

const FIVE_MIN = 300_000
const T0 = Date.UTC(2014, 3, 1)

/** Rows (index) where the detector opens an incident. */
function detections(values: number[]): number[] {
  const det = createSeriesDetector()
  const out: number[] = []
  values.forEach((v, i) => {
    if (det.push(v, T0 + i * FIVE_MIN) > 0) out.push(i)
  })
  return out
}

function noise(n: number, seed: number, level = 50, sd = 2): number[] {
  const r = rng(seed)
  return Array.from({ length: n }, () => level + sd * gauss(r))
}

describe('single-series detector (the NAB runner)', () => {
  it('stays quiet on two weeks of plain noise', () => {
    expect(detections(noise(4000, 1))).toEqual([])
  })

  it('finds a level shift within a few rows, once', () => {
    const v = noise(3000, 2)
    for (let i = 2000; i < 3000; i++) v[i] = v[i]! + 12
    const d = detections(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(2000)
    expect(d[0]).toBeLessThan(2005)
  })

  it('finds a drop as well as a rise (general values are two-sided)', () => {
    const v = noise(3000, 3)
    for (let i = 2000; i < 2040; i++) v[i] = v[i]! - 15
    const d = detections(v)
    expect(d[0]).toBeGreaterThanOrEqual(2000)
    expect(d[0]).toBeLessThan(2005)
  })

  it('gives the same detections whatever the scale of the series', () => {
    const v = noise(3000, 4)
    for (let i = 1500; i < 1600; i++) v[i] = v[i]! + 10
    const base = detections(v)
    expect(base.length).toBeGreaterThan(0)
    expect(detections(v.map((x) => x * 1e-4))).toEqual(base)
    expect(detections(v.map((x) => x * 1e6))).toEqual(base)
  })

  it('a nightly batch-job spike alerts on its first night only, a bigger one still alerts', () => {
    const r = rng(9)
    const day = 288
    const v = Array.from({ length: 8 * day }, () => 10 + 0.5 * r())
    // 03:00 every night give or take 20 minutes, 30x the noise; night 6 is five times larger.
    for (let d = 1; d < 8; d++) v[d * day + 36 + ((d * 7) % 9) - 4] = d === 6 ? 150 : 40
    const nights = detections(v).map((i) => Math.floor(i / day))
    expect(nights).toEqual([1, 6])
  })

  it("a repeat of yesterday's excursion is no news, unless it goes beyond anything seen", () => {
    const day = 288
    const withDips = (second: number): number[] => {
      const v = noise(4 * day, 13)
      // A 30-minute dip at 14:00 on day 2, and again at 14:00 on day 3.
      for (let i = 0; i < 6; i++) {
        v[2 * day + 168 + i] = 20
        v[3 * day + 168 + i] = second
      }
      return v
    }
    const days = (v: number[]) => detections(v).map((i) => Math.floor(i / day))
    expect(days(withDips(20))).toEqual([2])
    // A record low at the same time of day: the recalled dip does not explain it away.
    expect(days(withDips(12))).toEqual([2, 3])
  })

  it('learns a daily rhythm instead of alerting on it every morning', () => {
    const r = rng(5)
    const day = 288
    const v = Array.from(
      { length: 10 * day },
      (_, i) => 100 + 40 * Math.sin((2 * Math.PI * i) / day) + 2 * gauss(r),
    )
    // Warm-up (the first days) may flag; the last week must be quiet.
    expect(detections(v).filter((i) => i >= 3 * day)).toEqual([])
  })

  it('learns that weekends are quieter: after weeks of it, a weekend is expected low', () => {
    const r = rng(12)
    const HOUR = 3_600_000
    const weeks = 16
    // Hourly rows: a daily rhythm, and every Saturday and Sunday 30 % below the weekdays.
    const t = (i: number) => T0 + i * HOUR
    const weekend = (i: number) => [0, 6].includes(new Date(t(i)).getUTCDay())
    const value = (i: number) => (weekend(i) ? 70 : 100) + 20 * Math.sin((2 * Math.PI * i) / 24) + gauss(r)
    /** Mean expectation over the last weekend's hours (the daily term averages out there). */
    const lastWeekend = (weekRate: number): number => {
      const p = { ...DEFAULT_SERIES_PARAMS, weekRate }
      const st = newSeriesState(p)
      const out: SeriesScore = { surprise: 0, window: 1, observed: 0, expected: 0 }
      let sum = 0
      let n = 0
      for (let i = 0; i < weeks * 168; i++) {
        const x = value(i)
        scoreSeries(st, x, t(i), p, out)
        if (i >= (weeks - 1) * 168 && weekend(i)) {
          sum += x - st.lastR
          n++
        }
        learnSeries(st, 1, p)
      }
      return sum / n
    }
    expect(Math.abs(lastWeekend(DEFAULT_SERIES_PARAMS.weekRate) - 70)).toBeLessThan(8)
    // Without the weekday profile the weekend is still expected near the weekday level.
    expect(lastWeekend(0)).toBeGreaterThan(85)
  })

  it('a checkpoint from before the weekday profile is not resumed (it would never grow one)', () => {
    const p = DEFAULT_SERIES_PARAMS
    const st = newSeriesState(p)
    const out: SeriesScore = { surprise: 0, window: 1, observed: 0, expected: 0 }
    for (let i = 0; i < 50; i++) {
      scoreSeries(st, 10 + (i % 3), T0 + i * FIVE_MIN, p, out)
      learnSeries(st, 1, p)
    }
    expect(isSeriesState(JSON.parse(JSON.stringify(st)), p)).toBe(true)
    const old = JSON.parse(JSON.stringify({ ...st, week: undefined }))
    expect(isSeriesState(old, p)).toBe(false)
  })
})

describe('single-series detector on whole-number series (counts)', () => {
  it('a few posts an hour: the odd busy row is no news, an hour-long surge is', () => {
    const r = rng(21)
    // About 2 posts an hour (0.17 per 5-minute row) for three weeks.
    const v = Array.from({ length: 6000 }, () => poisson(r, 0.17))
    expect(detections(v)).toEqual([])
    for (let i = 5000; i < 5012; i++) v[i] = poisson(r, 4)
    const d = detections(v)
    expect(d).toHaveLength(1)
    expect(d[0]).toBeGreaterThanOrEqual(5000)
    expect(d[0]).toBeLessThan(5006)
  })

  it('the same series read as values (not whole numbers) raises false alarms: the count tail is what keeps it quiet', () => {
    const r = rng(21)
    const v = Array.from({ length: 6000 }, () => poisson(r, 0.17) + 0.001)
    expect(detections(v).length).toBeGreaterThan(0)
  })

  it('a whole-number series still alerts on a fall (only the engine volume is surges-only)', () => {
    const r = rng(22)
    const v = Array.from({ length: 3000 }, () => poisson(r, 200))
    for (let i = 2000; i < 2040; i++) v[i] = poisson(r, 60)
    const d = detections(v)
    expect(d[0]).toBeGreaterThanOrEqual(2000)
    expect(d[0]).toBeLessThan(2005)
  })
})

describe('series scorer on counts (the brand engine volume)', () => {
  const sp = volumeSeriesParams(DEFAULT_PARAMS)
  const out: SeriesScore = { surprise: 0, window: 1, observed: 0, expected: 0 }
  const MIN = 60_000

  function feed(counts: number[]): number[] {
    const st = newSeriesState(sp)
    return counts.map((c, i) => {
      const s = scoreSeries(st, c, T0 + i * MIN, sp, out).surprise
      learnSeries(st, 1, sp)
      return s
    })
  }

  it("is the NAB runner's scorer but for what minute buckets change: counts, windows, w^-0.5 (issue 12, item 3)", () => {
    const minuteOnly = new Set(['count', 'windows', 'windowShrink'])
    const shared = (q: object) => Object.entries(q).filter(([k]) => !minuteOnly.has(k))
    expect(shared(sp)).toEqual(shared(DEFAULT_SERIES_PARAMS))
  })

  it('low Poisson counts stay below the open threshold', () => {
    const r = rng(6)
    const s = feed(Array.from({ length: 3000 }, () => poisson(r, 3)))
    expect(Math.max(...s)).toBeLessThan(DEFAULT_PARAMS.openThreshold)
  })

  it('a surge of a small brand is very surprising once it lasts; a one-minute burst only when no larger one came before, a dip never', () => {
    const r = rng(7)
    const counts = Array.from({ length: 400 }, () => poisson(r, 3))
    counts[150] = 25
    counts[200] = 20
    for (let i = 300; i < 305; i++) counts[i] = 25
    counts[350] = 0
    const s = feed(counts)
    // The spike rule (as NAB's labellers mark the first change of its size): the first
    // one-minute burst is news, a smaller one later is not.
    expect(s[150]).toBeGreaterThan(DEFAULT_PARAMS.openThreshold)
    expect(s[200]).toBeLessThan(DEFAULT_PARAMS.openThreshold)
    expect(s[304]).toBeGreaterThan(8)
    expect(s[350]).toBe(0)
  })

  it('its state survives a JSON checkpoint: the resumed scorer scores the same', () => {
    const r = rng(8)
    const counts = Array.from({ length: 200 }, () => poisson(r, 10))
    const a = newSeriesState(sp)
    for (let i = 0; i < 150; i++) {
      scoreSeries(a, counts[i]!, T0 + i * MIN, sp, out)
      learnSeries(a, 1, sp)
    }
    const b = JSON.parse(JSON.stringify(a))
    for (let i = 150; i < 200; i++) {
      const sa = scoreSeries(a, counts[i]!, T0 + i * MIN, sp, out).surprise
      learnSeries(a, 1, sp)
      const sb = scoreSeries(b, counts[i]!, T0 + i * MIN, sp, out).surprise
      learnSeries(b, 1, sp)
      expect(sb).toBe(sa)
    }
  })

  it('a checkpoint taken while a slow rise builds up (the CUSUM) resumes to the same scores', () => {
    const r = rng(9)
    // Past the first day (the CUSUM waits it out), then a rise by half from minute 1500.
    const counts = Array.from({ length: 1600 }, (_, i) => poisson(r, 30 * (i >= 1500 ? 1.5 : 1)))
    const a = newSeriesState(sp)
    for (let i = 0; i < 1530; i++) {
      scoreSeries(a, counts[i]!, T0 + i * MIN, sp, out)
      learnSeries(a, 1, sp)
    }
    const b = JSON.parse(JSON.stringify(a))
    expect(b.cusum[0]).toBeGreaterThan(0)
    for (let i = 1530; i < 1600; i++) {
      const sa = scoreSeries(a, counts[i]!, T0 + i * MIN, sp, out).surprise
      learnSeries(a, 1, sp)
      const sb = scoreSeries(b, counts[i]!, T0 + i * MIN, sp, out).surprise
      learnSeries(b, 1, sp)
      expect(sb).toBe(sa)
    }
  })

  it('a checkpoint with an unusable scorer state (other windows, older format) starts afresh', () => {
    const core: SeasonalState = newSeasonal(10, 2)
    core.series = JSON.parse('{"n": 500, "resid": [1, 2]}')
    const hist = [{ c: 12, mu: 10, v: 10 }]
    const scored = scoreVolume(core, hist, T0, DEFAULT_PARAMS)
    expect(scored.map((s) => s.signal)).toEqual(['volume'])
    expect(core.series?.n).toBe(1)
    expect(core.series?.resid).toHaveLength(Math.max(...DEFAULT_PARAMS.windows))
  })
})
