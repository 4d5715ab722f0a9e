import { describe, expect, it } from 'vitest'
import { backoffMs, bannerAlert, formatGrowth, growth, mergeAlerts } from './format.js'
import type { Alert } from './types.js'

const alert = (over: Partial<Alert>): Alert => ({
  id: 'a',
  version: 1,
  brand: 'northwind',
  status: 'open',
  severity: 'high',
  score: 5,
  confidence: 0.9,
  signals: [],
  drivers: { hashtags: [], terms: [], platforms: [], languages: [] },
  sectorWide: false,
  headline: '',
  openedAt: '2026-11-23T09:00:00Z',
  updatedAt: '2026-11-23T09:00:00Z',
  resolvedAt: null,
  sampleMentionIds: [],
  ...over,
})

describe('alert display rules', () => {
  it('never reads a new hashtag against its novelty rate as growth', () => {
    const a = alert({
      signals: [
        { name: 'hashtag:#northwinddown', observed: 51, expected: 0.1, score: 12 },
        { name: 'reach@5m', observed: 200, expected: 73.2, score: 6 },
      ],
    })
    expect(formatGrowth(growth(a))).toBe('×2.7')
    expect(
      growth(alert({ signals: [{ name: 'term:down', observed: 9, expected: 0.1, score: 8 }] })),
    ).toBeNull()
  })

  it('reports growth from the volume signal, or the strongest one', () => {
    const a = alert({
      signals: [
        { name: 'negative', observed: 40, expected: 4, score: 9 },
        { name: 'volume', observed: 120, expected: 20, score: 6 },
      ],
    })
    expect(formatGrowth(growth(a))).toBe('×6.0')
    expect(
      formatGrowth(growth(alert({ signals: [{ name: 'negative', observed: 40, expected: 2, score: 9 }] }))),
    ).toBe('×20')
    expect(
      formatGrowth(growth(alert({ signals: [{ name: 'volume', observed: 5, expected: 0, score: 1 }] }))),
    ).toBe('—')
  })

  it('puts the most severe unacknowledged alert on the banner', () => {
    const list = [
      alert({ id: 'x', severity: 'critical', status: 'acknowledged' }),
      alert({ id: 'y', severity: 'medium', updatedAt: '2026-11-23T09:05:00Z' }),
      alert({ id: 'z', severity: 'high' }),
    ]
    expect(bannerAlert(list)?.id).toBe('z')
    expect(bannerAlert([alert({ status: 'resolved' })])).toBeUndefined()
  })

  it('keeps the newest version of each alert', () => {
    const merged = mergeAlerts([alert({ version: 3, status: 'acknowledged' })], [alert({ version: 2 })])
    expect(merged).toHaveLength(1)
    expect(merged[0]?.status).toBe('acknowledged')
  })

  it('backs off exponentially with a cap', () => {
    expect(backoffMs(0, () => 1)).toBe(500)
    expect(backoffMs(3, () => 1)).toBe(4000)
    expect(backoffMs(20, () => 1)).toBe(15_000)
    expect(backoffMs(3, () => 0)).toBe(2000)
  })
})
