import type { Alert } from './types.js'

/** An open, high alert of Northwind opened at 09:00 on 23 November 2026: the unit tests' base. */
export const SAMPLE_ALERT: Alert = {
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
}

export const sampleAlert = (over: Partial<Alert> = {}): Alert => ({ ...SAMPLE_ALERT, ...over })
