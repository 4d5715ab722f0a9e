export const ALERT_STATUSES = ['open', 'escalating', 'acknowledged', 'resolved'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface AlertSignal {
  /** e.g. `volume`, `negative`, `complaints`, `hashtag:#appdown`. */
  name: string
  observed: number
  expected: number
  score: number
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
  /**
   * Calibrated probability (0-1) that the incident is real: Platt-scaled on the crisis
   * evaluation's labelled alerts and moved, within bounds, by the brand's operator verdicts
   * (packages/detect/src/calibration.ts). Absent from producers that do not calibrate.
   */
  probability?: number
  signals: AlertSignal[]
  drivers: AlertDrivers
  /** True when competitors spike at the same time (sector-wide event). */
  sectorWide: boolean
  headline: string
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
