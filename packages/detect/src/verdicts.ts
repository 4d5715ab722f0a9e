/**
 * The engine's side of calibration.ts: each published incident update carries its calibrated
 * probability, and each operator verdict is counted in its brand's book (whichever incident it
 * names: an older, resolved one counts too), which sets the brand's extra opening surprise.
 */
import type { BrandState } from './brand.js'
import { alertProbability, plattProbability, recordVerdict, verdictExtraSurprise } from './calibration.js'
import type { IncidentState } from './incident.js'
import type { DetectorParams } from './params.js'
import { addPrecedent, precedentDiscount } from './precedents.js'

export { verdictExtraSurprise }

/**
 * The probability a published update carries: calibrated on its peak surprise less its
 * precedents (the brand's earlier incidents at least precedentFactor as strong, as the NAB
 * runner ranks its openings), moved by the brand's verdicts. An opening update also joins the
 * brand's precedents.
 */
export function incidentProbability(
  inc: IncidentState,
  st: BrandState,
  atMs: number,
  p: DetectorParams,
): number {
  const discount = precedentDiscount(
    st.precedents,
    inc.peakScore,
    atMs,
    inc.openedMs,
    p.precedentFactor,
    p.precedentDays,
  )
  if (inc.version === 1) addPrecedent(st.precedents, inc.openedMs, inc.score, p.precedentDays)
  return alertProbability(inc, p.openThreshold, st.verdicts, atMs, undefined, discount)
}

/** Alert ids are `${brand}-${ISO time}` (incident.ts): the brand is what precedes the time. */
const ISO_LEN = '2026-01-01T00:00:00.000Z'.length

export function brandOfAlertId(alertId: string): string | null {
  const cut = alertId.length - ISO_LEN - 1
  if (cut <= 0 || alertId[cut] !== '-' || Number.isNaN(Date.parse(alertId.slice(cut + 1)))) return null
  return alertId.slice(0, cut)
}

/** Count a verdict once in its brand's book; false when the brand is unknown or it was counted. */
export function countVerdict(
  states: Map<string, BrandState>,
  alertId: string,
  real: boolean,
  atMs: number,
  p: DetectorParams,
): boolean {
  const brand = brandOfAlertId(alertId)
  const st = brand === null ? undefined : states.get(brand)
  if (st === undefined) return false
  const inc = st.incident
  // The probability the alert was shown with; an older incident's is not kept: the book's mean.
  const shown =
    inc !== null && inc.id === alertId
      ? (inc.probability ?? plattProbability(inc.peakScore, inc.signals.length, p.openThreshold))
      : st.verdicts.meanP
  return recordVerdict(st.verdicts, alertId, real, shown, atMs)
}
