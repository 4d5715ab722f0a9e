/**
 * The parts of @vigil/schema's Alert and LiveMetric the wall screen reads. Kept as a local
 * mirror so the browser bundle depends on nothing from the server side.
 */
export type AlertStatus = 'open' | 'escalating' | 'acknowledged' | 'resolved'
export type Severity = 'low' | 'medium' | 'high' | 'critical'

export interface AlertSignal {
  name: string
  observed: number
  expected: number
  score: number
}

export interface Alert {
  id: string
  version: number
  brand: string
  status: AlertStatus
  severity: Severity
  score: number
  confidence: number
  signals: AlertSignal[]
  drivers: { hashtags: string[]; terms: string[]; platforms: string[]; languages: string[] }
  sectorWide: boolean
  headline: string
  openedAt: string
  updatedAt: string
  resolvedAt: string | null
  sampleMentionIds: string[]
}

export interface Brand {
  id: string
  name: string
  role: 'own' | 'competitor'
}
