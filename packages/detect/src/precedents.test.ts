import { describe, expect, it } from 'vitest'
import { addPrecedent, precedentDiscount } from './precedents.js'
import { createSeriesDetector } from './series-detector.js'
import { gauss, rng } from './synthetic.js'

const DAY = 86_400_000

describe('precedents: a series that bursts like this often is less alarming for it', () => {
  it('counts earlier incidents at least half as strong, within the memory, never the incident itself', () => {
    const list: number[] = []
    addPrecedent(list, 0, 10, 30)
    addPrecedent(list, DAY, 4, 30)
    addPrecedent(list, 2 * DAY, 30, 30)
    // At day 3, an incident of 12: the 10 and the 30 are precedents (≥ 6), the 4 is not.
    expect(precedentDiscount(list, 12, 3 * DAY, 3 * DAY, 0.5, 30)).toBeCloseTo(Math.log10(3), 9)
    // The incident opened on day 2 is not its own precedent.
    expect(precedentDiscount(list, 30, 3 * DAY, 2 * DAY, 0.5, 30)).toBeCloseTo(Math.log10(1), 9)
    // Forty days on, all are forgotten; factor 0 turns it off.
    expect(precedentDiscount(list, 12, 40 * DAY, 40 * DAY, 0.5, 30)).toBe(0)
    expect(precedentDiscount(list, 12, 3 * DAY, 3 * DAY, 0, 30)).toBe(0)
  })

  it('the NAB runner ranks the fifth burst of the same size below where it would rank without its four precedents', () => {
    const r = rng(31)
    const FIVE = 300_000
    const v = Array.from({ length: 8000 }, () => 50 + 2 * gauss(r))
    const at = [2000, 3200, 4400, 5600, 6800]
    for (const a of at) for (let i = a; i < a + 6; i++) v[i] = v[i]! + 30
    const run = (precedentFactor: number) => {
      const det = createSeriesDetector({}, { precedentFactor })
      return v.map((x, i) => det.push(x, Date.UTC(2014, 3, 1) + i * FIVE))
    }
    const on = run(0.5)
    const off = run(0)
    const peak = (out: number[], a: number) => Math.max(...out.slice(a, a + 10))
    expect(peak(on, 2000)).toBe(peak(off, 2000))
    expect(peak(on, 6800)).toBeGreaterThan(0)
    expect(peak(on, 6800)).toBeLessThan(peak(off, 6800))
  })
})
