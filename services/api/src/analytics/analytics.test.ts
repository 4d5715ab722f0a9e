import { describe, expect, it } from 'vitest'
import { beforeAfter, type HourCounts } from './before-after.js'
import { describeCoverage, spanWords } from './coverage.js'
import { excludesZero, meanRating, netSentiment, proportionDifference, wilson } from './intervals.js'
import { distinctivePerGroup, logOddsDirichlet } from './log-odds.js'

describe('wilson', () => {
  it('matches the published interval for 5 of 10 and 0 of 10 (Newcombe 1998, table I)', () => {
    const half = wilson(5, 10)
    expect(half.low).toBeCloseTo(0.2366, 4)
    expect(half.high).toBeCloseTo(0.7634, 4)
    const none = wilson(0, 10)
    expect(none.value).toBe(0)
    expect(none.low).toBe(0)
    expect(none.high).toBeCloseTo(0.2775, 4)
  })
  it('has no estimate without a sample and narrows as the sample grows', () => {
    expect(wilson(0, 0)).toEqual({ value: null, low: 0, high: 1, n: 0 })
    const small = wilson(30, 100)
    const big = wilson(3000, 10000)
    expect(big.high - big.low).toBeLessThan(small.high - small.low)
  })
  it('refuses impossible counts', () => {
    expect(() => wilson(3, 2)).toThrow(RangeError)
    expect(() => wilson(-1, 2)).toThrow(RangeError)
  })
})

describe('netSentiment', () => {
  it('says "too few to tell" for three negative posts instead of a certain −100 %', () => {
    const i = netSentiment(0, 3, 0)
    expect(i.value).toBe(-1)
    expect(i.low).toBe(-1)
    expect(i.high).toBeGreaterThan(0)
  })
  it('approaches the multinomial Wald interval on a large sample', () => {
    const [p, q, u] = [4000, 3000, 3000]
    const n = p + q + u
    const d = (p - q) / n
    const sd = Math.sqrt((p / n + q / n - d * d) / n)
    const i = netSentiment(p, q, u)
    expect(i.value).toBeCloseTo(0.1, 10)
    expect(i.low).toBeCloseTo(d - 1.96 * sd, 3)
    expect(i.high).toBeCloseTo(d + 1.96 * sd, 3)
  })
})

describe('meanRating', () => {
  it('is the histogram mean with a normal half width, nearly unchanged by the pseudo-review on a spread', () => {
    const i = meanRating([100, 0, 0, 0, 100])
    expect(i.value).toBe(3)
    // Without smoothing: s = sqrt(200·4/199), half = 1.96·s/√200 ≈ 0.278.
    expect(i.high - 3).toBeCloseTo(1.96 * Math.sqrt(800 / 199 / 200), 2)
    expect(meanRating([0, 0, 0, 1, 0])).toEqual({ value: 4, low: 1, high: 5, n: 1 })
  })
  it('does not claim certainty from eighteen identical ratings', () => {
    const i = meanRating([0, 0, 0, 0, 18])
    expect(i.value).toBe(5)
    expect(i.high).toBe(5)
    expect(i.low).toBeLessThan(4.85)
    expect(i.low).toBeGreaterThan(4.5)
  })
})

describe('proportionDifference', () => {
  it("Newcombe method 10 reproduces the paper's example 56/70 − 48/80", () => {
    const d = proportionDifference(wilson(56, 70), wilson(48, 80))
    expect(d.value).toBeCloseTo(0.2, 6)
    expect(d.low).toBeCloseTo(0.0524, 3)
    expect(d.high).toBeCloseTo(0.3339, 3)
    expect(excludesZero(d)).toBe(true)
    expect(excludesZero(proportionDifference(wilson(5, 10), wilson(4, 10)))).toBe(false)
  })
})

describe('logOddsDirichlet', () => {
  it('ranks a tag one group uses far more than the rest first, and shrinks a rare one', () => {
    const scored = logOddsDirichlet([
      { tag: 'outage', group: 80, rest: 20 },
      { tag: 'rare', group: 2, rest: 0 },
      { tag: 'app', group: 100, rest: 400 },
      { tag: 'fees', group: 18, rest: 480 },
    ])
    expect(scored[0]!.tag).toBe('outage')
    const rare = scored.find((t) => t.tag === 'rare')!
    expect(rare.z).toBeLessThan(scored[0]!.z)
    expect(scored.at(-1)!.tag).toBe('fees')
    expect(scored.at(-1)!.z).toBeLessThan(-1.96)
  })
  it('gives each bank the tags that set it apart from all the others', () => {
    const rows = [
      { group: 'a', tag: 'outage', count: 60 },
      { group: 'b', tag: 'outage', count: 3 },
      { group: 'a', tag: 'app', count: 100 },
      { group: 'b', tag: 'app', count: 100 },
      { group: 'b', tag: 'cashback', count: 50 },
    ]
    const out = distinctivePerGroup(
      rows,
      new Map([
        ['a', 160],
        ['b', 153],
      ]),
      5,
    )
    expect(out.get('a')!.map((t) => t.tag)).toEqual(['outage'])
    expect(out.get('b')!.map((t) => t.tag)).toEqual(['cashback'])
  })
})

describe('coverage', () => {
  it('calls an hour of data an hour, never the range asked for', () => {
    const c = describeCoverage('2026-11-23T10:00:00.000Z', '2026-11-23T11:05:00.000Z', 1, 400)
    expect(c.text).toBe('based on 1 hour of data')
    expect(describeCoverage('2026-11-20T00:00:00Z', '2026-11-23T06:00:00Z', 4, 9).text).toBe(
      'based on 3 days of data',
    )
    expect(describeCoverage(null, null, 0, 0).text).toBe('no data in this range')
    expect(spanWords(0.2)).toBe('12 minutes')
    expect(spanWords(47.9)).toBe('47 hours')
    expect(spanWords(71.8)).toBe('3 days')
  })
})

describe('beforeAfter', () => {
  const H = 3_600_000
  const T = Date.parse('2026-11-20T10:00:00Z')
  const hour = (
    offset: number,
    negative: number,
    reviews: number,
    stars: HourCounts['stars'],
  ): HourCounts => ({
    hourMs: T + offset * H,
    reviews,
    positive: reviews - negative,
    negative,
    neutral: 0,
    complaints: negative,
    stars,
  })
  it('compares the window before a release with the one after, cut at the next release', () => {
    const hours = [
      hour(-5, 1, 10, [1, 0, 0, 0, 9]),
      hour(2, 8, 10, [8, 0, 0, 0, 2]),
      // after the next release: not this version's
      hour(30, 10, 10, [10, 0, 0, 0, 0]),
    ]
    const r = beforeAfter(hours, T + 20 * 60_000, 7 * 24 * H, T + 24 * H, T + 100 * H)
    expect(r.before.reviews).toBe(10)
    expect(r.after.reviews).toBe(10)
    expect(r.after.to).toBe(new Date(T + 24 * H).toISOString())
    expect(r.before.rating.value).toBeCloseTo(4.6)
    expect(r.after.rating.value).toBeCloseTo(1.8)
    expect(r.change.negativeShare.value).toBeCloseTo(0.7)
    expect(excludesZero(r.change.negativeShare)).toBe(true)
  })
})
