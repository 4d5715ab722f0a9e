export const ALERT_STATUSES = ['open', 'escalating', 'acknowledged', 'resolved'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Where an incident is heading now (its headline signal, this minute against the last). */
export const ALERT_TRENDS = ['growing', 'steady', 'calming'] as const
export type AlertTrend = (typeof ALERT_TRENDS)[number]

export interface AlertSignal {
  /** e.g. `volume`, `negative`, `complaints`, `hashtag:#appdown`. */
  name: string
  observed: number
  expected: number
  score: number
}

/**
 * How many times normal a signal is: observed over expected, each plus one (a quiet brand's
 * zero expectation must not make one post "infinitely" abnormal), to one decimal. Defined here
 * once; an incident publishes its headline signal's as `Alert.multiplier`, which every screen
 * and outlet shows instead of computing its own. A trend key's (`hashtag:…`, `term:…`)
 * expectation is a novelty rate, not a baseline: it has no multiplier.
 */
export function multiplierOf(s: Pick<AlertSignal, 'observed' | 'expected'>): number {
  return Math.round(((s.observed + 1) / (s.expected + 1)) * 10) / 10
}

export interface AlertDrivers {
  hashtags: string[]
  terms: string[]
  platforms: string[]
  languages: string[]
}

/**
 * One incident for one brand. An incident is updated in place as it grows; every update is
 * published with the same `id` and a higher `version`, so consumers keep the latest.
 */
export interface Alert {
  id: string
  version: number
  brand: string
  status: AlertStatus
  severity: Severity
  /** Combined anomaly score; higher is more surprising. */
  score: number
  confidence: number
  signals: AlertSignal[]
  drivers: AlertDrivers
  /** True when competitors spike at the same time (sector-wide event). */
  sectorWide: boolean
  /** Plain language, with the bank's display name and the incident's present multiplier. */
  headline: string
  /**
   * The incident's one multiplier: its headline signal's (observed + 1) / (expected + 1) now,
   * one decimal. Banner, tile, list and outlets show this number, never their own. Absent on
   * alerts from before it existed.
   */
  multiplier?: number
  /** Growing, steady or calming now (never "growing" after the peak). */
  trend?: AlertTrend
  /** The bank's display name from the brands configuration ("Northwind Bank"). */
  brandName?: string
  openedAt: string
  updatedAt: string
  resolvedAt: string | null
  sampleMentionIds: string[]
}

/** One per-brand, per-minute tick for the live wall screen. */
export interface LiveMetric {
  brand: string
  /** Start of the minute bucket (ISO-8601 UTC). */
  minute: string
  volume: number
  negative: number
  positive: number
  complaints: number
  meanSentiment: number
  /** Baseline expectation of `volume` for this minute. */
  expectedVolume: number
  score: number
}
