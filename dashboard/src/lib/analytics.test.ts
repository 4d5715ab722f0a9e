import { describe, expect, it } from 'vitest'
import {
  bands,
  formatChange,
  formatEstimate,
  markerLabel,
  markerLines,
  sampleSize,
  significant,
  timeExtent,
} from './analytics.js'

const i = (value: number | null, low: number, high: number, n: number) => ({ value, low, high, n })

describe('analytics formatting', () => {
  it('writes an estimate with its interval, and a dash without a sample', () => {
    expect(formatEstimate(i(0.3428, 0.3099, 0.3772, 776), 'share')).toBe('34.3% (31.0%–37.7%)')
    expect(formatEstimate(i(-0.27, -0.35, -0.19, 266), 'net')).toBe('−27 (−35 to −19)')
    expect(formatEstimate(i(4.24, 3.9, 4.5, 20), 'rating')).toBe('4.2★ (3.9–4.5)')
    expect(formatEstimate(i(null, 0, 1, 0), 'share')).toBe('–')
    expect(sampleSize(i(0.5, 0.4, 0.6, 1774))).toBe('n = 1,774')
  })
  it('writes a change in points and tells noise from a change', () => {
    expect(formatChange(i(0.7, 0.48, 0.83, 36))).toBe('+70 pts (+48 to +83)')
    expect(significant(i(0.7, 0.48, 0.83, 36))).toBe(true)
    expect(significant(i(0.1, -0.2, 0.4, 10))).toBe(false)
  })
  it('draws each bank as a line with a band from low to high, gaps where it had no sample', () => {
    const series = [
      { period: '2026-11-20', brand: 'a', shareOfVoice: i(0.5, 0.4, 0.6, 10) },
      { period: '2026-11-21', brand: 'a', shareOfVoice: i(null, 0, 1, 0) },
    ]
    const [b] = bands({ series } as never, ['a'], 'shareOfVoice')
    const t = Date.parse('2026-11-20T00:00:00Z')
    expect(b!.line).toEqual([
      [t, 0.5],
      [t + 86_400_000, null],
    ])
    expect(b!.low[0]).toEqual([t, 0.4])
    expect(b!.width[0]![1]).toBeCloseTo(0.2)
  })
  it('labels release markers with bank, store and version', () => {
    const m = {
      brand: 'northwind',
      store: 'appstore' as const,
      version: '7.4.0',
      date: '2026-11-21T12:00:00.000Z',
      source: 'config' as const,
    }
    expect(markerLabel(m, 'Northwind Bank')).toBe('21 Nov 12:00 · Northwind Bank · App Store 7.4.0')
    expect(markerLines([m], () => 'Northwind Bank')[0]).toMatchObject({
      xAxis: Date.parse(m.date),
      name: 'Northwind Bank App Store 7.4.0',
    })
  })
})

describe('timeExtent', () => {
  it('takes in the last period whole and every release marker', () => {
    const m = {
      brand: 'a',
      store: 'appstore' as const,
      version: '1',
      date: '2026-11-21T12:00:00.000Z',
      source: 'config' as const,
    }
    const e = timeExtent(['2026-11-16'], 'week', [m])!
    expect(e.min).toBe(Date.parse('2026-11-16T00:00:00Z'))
    expect(e.max).toBe(Date.parse('2026-11-23T00:00:00Z') - 1)
    const early = timeExtent(['2026-11-20'], 'day', [{ ...m, date: '2026-11-18T00:00:00.000Z' }])!
    expect(early.min).toBe(Date.parse('2026-11-18T00:00:00Z'))
    expect(timeExtent([], 'day', [])).toBeNull()
  })
})
