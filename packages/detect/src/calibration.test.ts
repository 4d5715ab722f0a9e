import { describe, expect, it } from 'vitest'
import {
  alertProbability,
  MAX_EXTRA,
  MIN_EXTRA,
  newVerdictBook,
  plattProbability,
  recordVerdict,
  verdictExtraSurprise,
  verdictOddsRatio,
} from './calibration.js'

const DAY = 86_400_000
const inc = (peakScore: number, signals = 2) => ({
  peakScore,
  signals: Array.from({ length: signals }, (_, i) => ({ name: `s${i}`, observed: 2, expected: 1, score: 5 })),
})

describe('alert probability and verdict-driven sensitivity', () => {
  it('a stronger incident is more likely real; at the opening threshold it is a toss-up or better', () => {
    expect(plattProbability(12, 2, 5)).toBeGreaterThan(plattProbability(6, 2, 5))
    expect(plattProbability(12, 2, 5)).toBeGreaterThan(0.95)
    expect(plattProbability(5, 1, 5)).toBeGreaterThan(0.5)
  })

  it('without verdicts the brand changes nothing', () => {
    const book = newVerdictBook()
    expect(verdictOddsRatio(book, 0)).toBe(1)
    expect(verdictExtraSurprise(book, 0)).toBe(0)
    expect(alertProbability(inc(8), 5, book, 0)).toBeCloseTo(plattProbability(8, 2, 5), 3)
  })

  it('a brand whose alerts are called false needs more surprise and is shown lower odds, within bounds', () => {
    const book = newVerdictBook()
    for (let i = 0; i < 50; i++) recordVerdict(book, `b-${i}`, false, 0.7, i * 1000)
    expect(alertProbability(inc(8), 5, book, DAY)).toBeLessThan(plattProbability(8, 2, 5))
    expect(verdictExtraSurprise(book, DAY)).toBe(MAX_EXTRA)
    const good = newVerdictBook()
    for (let i = 0; i < 50; i++) recordVerdict(good, `g-${i}`, true, 0.5, i * 1000)
    expect(verdictExtraSurprise(good, DAY)).toBe(MIN_EXTRA)
    expect(alertProbability(inc(8), 5, good, DAY)).toBeGreaterThan(plattProbability(8, 2, 5))
  })

  it('one verdict moves little (shrunk toward the calibrated mean), and fades over months', () => {
    const book = newVerdictBook()
    recordVerdict(book, 'x-1', false, 0.6, 0)
    const now = verdictExtraSurprise(book, 0)
    expect(now).toBeGreaterThan(0)
    expect(now).toBeLessThan(1)
    expect(verdictExtraSurprise(book, 180 * DAY)).toBeLessThan(now / 10)
  })

  it('a verdict re-read after a restart is counted once', () => {
    const book = newVerdictBook()
    expect(recordVerdict(book, 'x-1', false, 0.6, 0)).toBe(true)
    expect(recordVerdict(book, 'x-1', false, 0.6, 0)).toBe(false)
    expect(book.false).toBe(1)
  })
})

describe('a probability is always a number in [0, 1]', () => {
  it('a surprise so large the sigmoid rounds to 1 still gives 0.99, not NaN (null on the wire)', () => {
    const p = alertProbability({ peakScore: 1e6, signals: [] }, 6, undefined, 0)
    expect(p).toBe(0.99)
    expect(alertProbability({ peakScore: Number.NaN, signals: [] }, 6, undefined, 0)).toBe(0.5)
  })
})
