import { describe, expect, it } from 'vitest'
import {
  completeMinutes,
  isPartialMinute,
  type MetricPoint,
  MetricStream,
  RollingBuffer,
  windowStats,
} from './stream.js'

const pt = (brand: string, minute: number, volume = 10, extra: Partial<MetricPoint> = {}): MetricPoint => ({
  brand,
  minute: new Date(Date.UTC(2026, 10, 23, 9, minute)).toISOString(),
  volume,
  negative: 2,
  positive: 3,
  complaints: 1,
  meanSentiment: 0,
  ...extra,
})

describe('RollingBuffer', () => {
  it('keeps at most capacity items, oldest evicted, in key order', () => {
    const b = new RollingBuffer<number>(3, (x) => x)
    for (const x of [5, 1, 4, 2, 3]) b.push(x)
    expect(b.values()).toEqual([3, 4, 5])
    expect(b.push(0)).toBe(false)
    expect(b.last(2)).toEqual([4, 5])
  })

  it('replaces an item with the same key instead of growing', () => {
    const b = new RollingBuffer<{ k: number; v: string }>(2, (x) => x.k)
    b.push({ k: 1, v: 'a' })
    b.push({ k: 1, v: 'b' })
    expect(b.values()).toEqual([{ k: 1, v: 'b' }])
  })

  it('rejects a bad capacity', () => {
    expect(() => new RollingBuffer<number>(0, (x) => x)).toThrow(RangeError)
  })
})

describe('MetricStream', () => {
  it('holds a bounded window per brand and counts accepted updates', () => {
    const s = new MetricStream(3)
    s.push([pt('crest', 0), pt('crest', 1), pt('northwind', 1)])
    s.push([pt('crest', 2), pt('crest', 3), pt('crest', 3, 50)])
    expect(s.series('crest').map((p) => p.volume)).toEqual([10, 10, 50])
    expect(s.pointCount).toBe(4)
    expect(s.updates).toBe(6)
    expect(s.brands()).toEqual(['crest', 'northwind'])
  })

  it('lets history fill gaps without overwriting fresher live ticks', () => {
    const s = new MetricStream(10)
    s.push([pt('crest', 1, 42)])
    expect(s.push([pt('crest', 0, 0), pt('crest', 1, 0)], true)).toBe(1)
    expect(s.series('crest').map((p) => p.volume)).toEqual([0, 42])
  })

  it('ignores points with an unreadable minute', () => {
    const s = new MetricStream()
    expect(s.push([{ ...pt('crest', 0), minute: 'soon' }])).toBe(0)
    expect(s.pointCount).toBe(0)
  })
})

describe('windowStats', () => {
  it('sums the last minutes and compares with the baseline when one is known', () => {
    const series = [
      pt('c', 0, 100),
      pt('c', 1, 10, { expectedVolume: 5 }),
      pt('c', 2, 30, { expectedVolume: 10 }),
    ]
    expect(windowStats(series, 2)).toEqual({ volume: 40, negativeShare: 4 / 40, vsBaseline: 40 / 15 })
    expect(windowStats([pt('c', 0, 0)]).negativeShare).toBeNull()
    expect(windowStats([pt('c', 0, 5)]).vsBaseline).toBeNull()
  })

  it('leaves out the still-filling minute: its count so far is not a fall', () => {
    const series = [pt('c', 0, 30, { expectedVolume: 10 }), pt('c', 1, 3, { expectedVolume: 10 })]
    const during = Date.UTC(2026, 10, 23, 9, 1, 20) // 20 s into minute 1
    expect(windowStats(series, 5, during)).toEqual({ volume: 30, negativeShare: 2 / 30, vsBaseline: 3 })
    expect(completeMinutes(series, during).map((p) => p.minute)).toEqual([series[0]!.minute])
    expect(isPartialMinute(series[1]!, Date.UTC(2026, 10, 23, 9, 2))).toBe(false)
  })
})
