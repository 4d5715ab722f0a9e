/**
 * One incident update as every outlet tells it: the same content, laid out per outlet by
 * formats.ts. Pure.
 */
import { type Alert, type DeliveryEvent, multiplierOf } from '@vigil/schema'

export interface SamplePost {
  id: string
  platform: string
  author: string
  followers: number
  /** Masked as stored (card and account numbers, e-mail, phone replaced). */
  text: string
  url: string
  createdAt: string
}

export interface SignalLine {
  name: string
  observed: number
  expected: number
  /** Null for a trend key (#hashtag, term): its expectation is a novelty rate, not a baseline. */
  multiplier: number | null
}

export interface IncidentMessage {
  event: DeliveryEvent
  idempotencyKey: string
  incident: {
    id: string
    version: number
    brand: string
    brandName: string
    severity: Alert['severity']
    status: Alert['status']
    headline: string
    multiplier: number | null
    /** The detector's calibrated probability that the incident is real (0-1), when it gave one. */
    probability: number | null
    trend: Alert['trend'] | null
    sectorWide: boolean
    openedAt: string
    updatedAt: string
    resolvedAt: string | null
  }
  signals: SignalLine[]
  drivers: Alert['drivers']
  samples: SamplePost[]
  link: string
}

/** Sample posts per message: enough to see what people say, few enough to read. */
export const MAX_SAMPLES = 5

export function incidentLink(dashboardUrl: string, alertId: string): string {
  const base = dashboardUrl.endsWith('/') ? dashboardUrl : `${dashboardUrl}/`
  return `${base}#/alerts/${encodeURIComponent(alertId)}`
}

export function buildMessage(
  a: Alert,
  event: DeliveryEvent,
  key: string,
  samples: SamplePost[],
  dashboardUrl: string,
): IncidentMessage {
  return {
    event,
    idempotencyKey: key,
    incident: {
      id: a.id,
      version: a.version,
      brand: a.brand,
      brandName: a.brandName ?? a.brand,
      severity: a.severity,
      status: a.status,
      headline: a.headline,
      multiplier: a.multiplier ?? null,
      probability: a.probability ?? null,
      trend: a.trend ?? null,
      sectorWide: a.sectorWide,
      openedAt: a.openedAt,
      updatedAt: a.updatedAt,
      resolvedAt: a.resolvedAt,
    },
    signals: a.signals.map((s) => ({
      name: s.name,
      observed: s.observed,
      expected: s.expected,
      multiplier: s.name.includes(':') ? null : multiplierOf(s),
    })),
    drivers: a.drivers,
    samples: samples.slice(0, MAX_SAMPLES),
    link: incidentLink(dashboardUrl, a.id),
  }
}

const EVENT_WORDS: Record<DeliveryEvent, string> = {
  opened: 'New incident',
  escalated: 'Incident escalated',
  resolved: 'Incident resolved',
  unacknowledged: 'Still unacknowledged',
  digest: 'Digest',
}

/** "likely real · 87 %", as the wall shows it; null when the detector gave no probability. */
export function probabilityText(m: IncidentMessage): string | null {
  const p = m.incident.probability
  return p === null ? null : `likely real · ${Math.round(p * 100)} %`
}

/** "New incident (high): Northwind Bank". */
export function titleOf(m: IncidentMessage): string {
  return `${EVENT_WORDS[m.event]} (${m.incident.severity}): ${m.incident.brandName}`
}
