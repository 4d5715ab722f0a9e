import { describe, expect, it } from 'vitest'
import { backoffMs, mergeAlerts } from './format.js'
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

describe('alert bookkeeping', () => {
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
