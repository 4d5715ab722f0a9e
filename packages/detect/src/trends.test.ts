import { describe, expect, it } from 'vitest'
import { learnTrends, newTrends, scoreTrends, type TrendOpts, trackedKeys, trendRate } from './trends.js'

const o: TrendOpts = { tau: 720, novelRate: 0.02, minCount: 5, maxKeys: 50 }

describe('hashtag and term bursts', () => {
  it('a never-seen hashtag used by many at once is a burst; a usual one at its usual rate is not', () => {
    const s = newTrends()
    for (let b = 0; b < 600; b++) learnTrends(s, new Map([['#banking', 6]]), b, o)
    const hits = scoreTrends(
      s,
      new Map([
        ['#banking', 7],
        ['#appdown', 9],
      ]),
      1,
      600,
      o,
    )
    expect(hits[0]?.key).toBe('#appdown')
    expect(hits[0]!.surprise).toBeGreaterThan(5)
    expect(hits.find((h) => h.key === '#banking')?.surprise ?? 0).toBeLessThan(1)
  })

  it('ignores keys under the minimum count', () => {
    const s = newTrends()
    expect(scoreTrends(s, new Map([['#rare', 4]]), 1, 0, o)).toEqual([])
  })

  it('keeps memory bounded by forgetting the weakest keys', () => {
    const s = newTrends()
    for (let b = 0; b < 100; b++)
      learnTrends(
        s,
        new Map([
          [`#tag${b}`, 1],
          ['#steady', 3],
        ]),
        b,
        o,
      )
    expect(trackedKeys(s)).toBeLessThanOrEqual(Math.ceil(o.maxKeys * 1.25))
    expect(trendRate(s, '#steady', 100, o)).toBeGreaterThan(2)
  })
})
