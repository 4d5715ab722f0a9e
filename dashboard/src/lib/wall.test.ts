import { describe, expect, it } from 'vitest'
import { mergeAlerts } from './format.js'
import { sampleAlert } from './sample-alert.js'
import { MetricStream } from './stream.js'
import { clockFor } from './time.js'
import type { Alert, Brand } from './types.js'
import { bankCards, isStale, STALE_AFTER_MS, stateSummary } from './wall.js'

const brands: Brand[] = [
  { id: 'crest', name: 'Crest Bank', role: 'competitor', markets: [] },
  { id: 'northwind', name: 'Northwind Bank', role: 'own', markets: [] },
  { id: 'lotus', name: 'Lotus Bank', role: 'competitor', markets: [] },
]

const alert = (over: Partial<Alert> & { id: string }): Alert =>
  sampleAlert({ signals: [{ name: 'negative@5m', observed: 30, expected: 10, score: 5 }], ...over })

describe('bank cards', () => {
  it('puts our bank first and gives each card its top unresolved incident', () => {
    const alerts = [
      alert({ id: 'c1', brand: 'crest', severity: 'medium' }),
      alert({ id: 'c2', brand: 'crest', severity: 'critical', sectorWide: true }),
      alert({ id: 'n1', status: 'acknowledged' }),
      alert({ id: 'l1', brand: 'lotus', status: 'resolved' }),
    ]
    const cards = bankCards(brands, alerts, new MetricStream(), Date.UTC(2026, 10, 23, 10))
    expect(cards.map((c) => [c.brand.id, c.incident?.id, c.kind, c.more])).toEqual([
      ['northwind', 'n1', 'own', 0],
      ['crest', 'c2', 'sector', 1],
      ['lotus', undefined, undefined, 0],
    ])
    expect(stateSummary(alerts, brands)).toBe('1 ours · 2 competitors')
    expect(stateSummary([], brands)).toBe('no open incidents')
  })

  it('keeps every unresolved alert however many resolved ones arrive', () => {
    const open = alert({ id: 'old-open', updatedAt: '2026-11-23T08:00:00Z' })
    const resolved = Array.from({ length: 5 }, (_, i) =>
      alert({ id: `r${i}`, status: 'resolved', updatedAt: `2026-11-23T09:0${i}:00Z` }),
    )
    const merged = mergeAlerts([open], resolved, 3)
    expect(merged.map((a) => a.id)).toEqual(['r4', 'r3', 'old-open'])
  })
})

describe('stale data', () => {
  it('is stale without a live connection or after the quiet limit', () => {
    expect(isStale(1_000_000, 1_000_000 - STALE_AFTER_MS + 1, true)).toBe(false)
    expect(isStale(1_000_000, 1_000_000 - STALE_AFTER_MS - 1, true)).toBe(true)
    expect(isStale(1_000_000, 1_000_000, false)).toBe(true)
    expect(isStale(1_000_000, null, true)).toBe(true)
  })
})

describe('the wall clock', () => {
  it('states its zone and shows 24-hour times in it', () => {
    const at = new Date('2026-11-23T09:05:07Z')
    const ams = clockFor('Europe/Amsterdam')
    expect([ams.hms(at), ams.hm(at), ams.zone]).toEqual(['10:05:07', '10:05', 'Europe/Amsterdam'])
    expect(clockFor('Asia/Shanghai').hm(at)).toBe('17:05')
    expect(clockFor('UTC').abbreviation(at)).toBe('UTC')
  })
})
