import { type Static, Type } from '@sinclair/typebox'
import { LIMITS } from './limits.js'
import { IsoTime, List, Nullable, OneOf, Text } from './mention.js'

export const ALERT_STATUSES = ['open', 'escalating', 'acknowledged', 'resolved'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Where an incident is heading now (its headline signal, this minute against the last). */
export const ALERT_TRENDS = ['growing', 'steady', 'calming'] as const
export type AlertTrend = (typeof ALERT_TRENDS)[number]

const Finite = (description?: string) => Type.Number(description ? { description } : {})

export const AlertSignalSchema = Type.Object({
  name: Text(LIMITS.itemChars),
  observed: Finite(),
  expected: Finite(),
  score: Finite(),
})
/** e.g. `volume`, `negative`, `complaints`, `hashtag:#appdown`. */
export type AlertSignal = Static<typeof AlertSignalSchema>

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

export const AlertDriversSchema = Type.Object({
  hashtags: List(),
  terms: List(),
  platforms: List(),
  languages: List(),
})
export type AlertDrivers = Static<typeof AlertDriversSchema>

/**
 * One incident for one brand. An incident is updated in place as it grows; every update is
 * published with the same `id` and a higher `version`, so consumers keep the latest.
 */
export const AlertSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: LIMITS.idChars }),
    version: Type.Integer({ minimum: 0 }),
    brand: Text(LIMITS.brandIdChars),
    status: OneOf(ALERT_STATUSES),
    severity: OneOf(SEVERITIES),
    score: Finite('Combined anomaly score; higher is more surprising.'),
    confidence: Finite(),
    signals: Type.Array(AlertSignalSchema, { maxItems: LIMITS.listItems }),
    drivers: AlertDriversSchema,
    sectorWide: Type.Boolean({
      description: 'True when competitors spike at the same time (sector-wide event).',
    }),
    headline: Text(
      LIMITS.noteChars,
      "Plain language, with the bank's display name and the present multiplier.",
    ),
    multiplier: Type.Optional(
      Type.Number({
        minimum: 0,
        description:
          "The incident's one multiplier: its headline signal's (observed + 1) / (expected + 1) now, one " +
          'decimal. Banner, tile, list and outlets show this number, never their own. Absent on alerts ' +
          'from before it existed.',
      }),
    ),
    trend: Type.Optional(
      OneOf(ALERT_TRENDS, {
        description: 'Growing, steady or calming now (never "growing" after the peak).',
      }),
    ),
    brandName: Type.Optional(
      Text(LIMITS.itemChars, "The bank's display name from the brands configuration."),
    ),
    openedAt: IsoTime(),
    updatedAt: IsoTime(),
    resolvedAt: Nullable(IsoTime()),
    sampleMentionIds: List(LIMITS.listItems, LIMITS.idChars),
    // Set by the api on the version that acknowledges the incident and carried by the api's live
    // book onto the detector's later versions: who (the operator token's name; absent in an open
    // demo) and when. Absent on records from before acknowledgements named people.
    probability: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description:
          'Calibrated probability that the incident is real (Platt scaling on labelled scenarios, ' +
          "moved within bounds by the brand's operator verdicts). Absent on alerts from before it existed.",
      }),
    ),
    acknowledgedBy: Type.Optional(Text(LIMITS.idChars)),
    acknowledgedAt: Type.Optional(IsoTime()),
  },
  { $id: 'Alert' },
)
export type Alert = Static<typeof AlertSchema>

/** One per-brand, per-minute tick for the live wall screen. */
export const LiveMetricSchema = Type.Object(
  {
    brand: Text(LIMITS.brandIdChars),
    minute: IsoTime('Start of the minute bucket (ISO-8601 UTC).'),
    volume: Finite(),
    negative: Finite(),
    positive: Finite(),
    complaints: Finite(),
    meanSentiment: Finite(),
    expectedVolume: Finite('Baseline expectation of `volume` for this minute.'),
    score: Finite(),
  },
  { $id: 'LiveMetric' },
)
export type LiveMetric = Static<typeof LiveMetricSchema>
