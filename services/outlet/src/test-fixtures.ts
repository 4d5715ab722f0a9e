import type { Alert } from '@vigil/schema'
import type { OutletSpec } from './outlets-file.js'

export const T0 = Date.UTC(2026, 11, 5, 12, 0)

export function alert(over: Partial<Alert> = {}): Alert {
  return {
    id: 'northwind-2026-12-05T12:00:00.000Z',
    version: 1,
    brand: 'northwind',
    status: 'open',
    severity: 'high',
    score: 14,
    confidence: 0.9,
    signals: [
      { name: 'negative@5m', observed: 223, expected: 56, score: 14 },
      { name: 'hashtag:#NorthwindDown', observed: 51, expected: 0.1, score: 9 },
    ],
    drivers: { hashtags: ['#NorthwindDown'], terms: ['app'], platforms: ['x'], languages: ['en', 'nl'] },
    sectorWide: false,
    headline:
      'Northwind Bank: negative posts 3.9× normal in the last 5 minutes (223 vs 56 expected), mostly on X in English and Dutch, #NorthwindDown, still growing',
    multiplier: 3.9,
    trend: 'growing',
    brandName: 'Northwind Bank',
    openedAt: new Date(T0).toISOString(),
    updatedAt: new Date(T0 + 60_000).toISOString(),
    resolvedAt: null,
    sampleMentionIds: ['x:1', 'x:2'],
    ...over,
  }
}

export function outlet(over: Partial<OutletSpec> = {}): OutletSpec {
  return {
    name: 'hook',
    kind: 'webhook',
    url: 'http://127.0.0.1:1/hook',
    secret: 'a-secret-of-sixteen+',
    brands: ['*'],
    minSeverity: 'low',
    events: ['opened', 'escalated', 'resolved'],
    quietHours: null,
    escalate: null,
    digest: null,
    timeoutMs: 2_000,
    ...over,
  }
}
