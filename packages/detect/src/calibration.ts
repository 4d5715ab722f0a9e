/**
 * How likely an alert is to be real, and how operator verdicts move a brand's sensitivity.
 *
 * 1. A Platt-scaled probability from the incident's peak surprise above the opening
 *    threshold and how many signals agree: P = σ(a + b·(peak − open) + c·ln(signals)). The
 *    coefficients are fitted by bench/detect/calibrate.mjs on the crisis evaluation's labelled
 *    alerts (the generator's scenarios are real, alerts on ordinary days and on uninvolved
 *    brands are not), with the opening threshold lowered so both classes are populated; the
 *    command and its output are in the README.
 * 2. The brand's own verdicts (operator feedback on alerts.feedback: real or not) shift that
 *    probability by a bounded likelihood ratio: the brand's verdict precision, shrunk toward
 *    the calibrated mean with a prior worth PRIOR_VERDICTS verdicts, against that mean, in odds,
 *    clamped to ×1/4..×4. Verdicts fade with a half-life of VERDICT_HALF_LIFE_DAYS.
 * 3. The same ratio sets the brand's extra opening surprise (sensitivity): a brand whose
 *    alerts operators keep calling false needs up to MAX_EXTRA more surprise, one whose alerts
 *    are all real up to MIN_EXTRA less (never below the engine's own threshold minus 1).
 */
import type { IncidentState } from './incident.js'

/** Platt coefficients (bench/detect/calibrate.mjs; see the README for the run). */
export interface Calibration {
  a: number
  b: number
  c: number
}

/**
 * `node bench/detect/calibrate.mjs 4 4` of 2026-12-05 18:11 UTC: 71 incidents (44 real) at
 * an opening threshold of 2.5, peak less its precedents, ridge sd 1 on the slopes. Held-out
 * (fit on odd seeds, scored on even): Brier 0.056, against 0.059 for the peak alone. The
 * signals slope is negative: on ordinary days the low-threshold false alarms carry several
 * mildly raised signals at once.
 */
export const DEFAULT_CALIBRATION: Calibration = { a: 1.166, b: 0.967, c: -1.283 }

/** A brand's operator verdicts, decayed; plus the ids already counted (feedback is re-read). */
export interface VerdictBook {
  real: number
  false: number
  /** Mean calibrated probability of the judged alerts (the prior the verdicts are read against). */
  meanP: number
  atMs: number
  ids: string[]
}

export const PRIOR_VERDICTS = 5
export const VERDICT_HALF_LIFE_DAYS = 30
export const MIN_EXTRA = -1
export const MAX_EXTRA = 2
const MAX_ODDS = 4
const MAX_IDS = 64

export function newVerdictBook(): VerdictBook {
  return { real: 0, false: 0, meanP: 0.5, atMs: 0, ids: [] }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/** The calibrated probability from the incident's own evidence alone. */
export function plattProbability(
  peakScore: number,
  signals: number,
  openThreshold: number,
  cal: Calibration = DEFAULT_CALIBRATION,
): number {
  return sigmoid(cal.a + cal.b * (peakScore - openThreshold) + cal.c * Math.log(Math.max(1, signals)))
}

function decayed(book: VerdictBook, atMs: number): { real: number; false: number } {
  const days = Math.max(0, atMs - book.atMs) / 86_400_000
  const f = 0.5 ** (days / VERDICT_HALF_LIFE_DAYS)
  return { real: book.real * f, false: book.false * f }
}

/**
 * The odds ratio the brand's verdicts justify, in [1/4, 4]: its verdict precision (shrunk
 * toward the calibrated mean) against that mean. 1 with no verdicts.
 */
export function verdictOddsRatio(book: VerdictBook | undefined, atMs: number): number {
  if (book === undefined || book.real + book.false === 0) return 1
  const d = decayed(book, atMs)
  const prior = Math.min(0.95, Math.max(0.05, book.meanP))
  const prec = (d.real + PRIOR_VERDICTS * prior) / (d.real + d.false + PRIOR_VERDICTS)
  const ratio = prec / (1 - prec) / (prior / (1 - prior))
  return Math.min(MAX_ODDS, Math.max(1 / MAX_ODDS, ratio))
}

/** The alert's probability of being real: calibrated evidence, moved by the brand's verdicts. */
export function alertProbability(
  inc: Pick<IncidentState, 'peakScore' | 'signals'>,
  openThreshold: number,
  book: VerdictBook | undefined,
  atMs: number,
  cal: Calibration = DEFAULT_CALIBRATION,
  /** log10(1 + precedents) (precedents.ts): the brand bursts like this often. */
  discount = 0,
): number {
  // Clamped before the odds: a huge surprise gives p = 1 in floating point, and 1 / 0 odds would
  // turn into NaN (null on the wire, refused by every decoder).
  const raw = plattProbability(inc.peakScore - discount, inc.signals.length, openThreshold, cal)
  const p = Number.isFinite(raw) ? Math.min(1 - 1e-9, Math.max(1e-9, raw)) : 0.5
  const odds = (p / (1 - p)) * verdictOddsRatio(book, atMs)
  // Nothing the detector sees makes an alert certain either way.
  return Math.round(Math.min(0.99, Math.max(0.01, odds / (1 + odds))) * 1000) / 1000
}

/**
 * Extra surprise a new incident of the brand needs, from its verdicts: log2 of the inverse
 * odds ratio, so ×1/4 (mostly false alarms) asks for 2 more and ×4 (all real) for 1 less
 * (MIN_EXTRA). 0 without verdicts.
 */
export function verdictExtraSurprise(book: VerdictBook | undefined, atMs: number): number {
  const r = verdictOddsRatio(book, atMs)
  if (r === 1) return 0
  return Math.min(MAX_EXTRA, Math.max(MIN_EXTRA, -Math.log2(r)))
}

/**
 * Count one verdict (once per alert id: feedback is re-read after a restart). `p` is the
 * probability the alert was shown with. Returns whether it was counted.
 */
export function recordVerdict(
  book: VerdictBook,
  alertId: string,
  real: boolean,
  p: number,
  atMs: number,
): boolean {
  if (book.ids.includes(alertId)) return false
  const d = decayed(book, atMs)
  const n = d.real + d.false
  book.meanP = (book.meanP * n + p) / (n + 1)
  book.real = d.real + (real ? 1 : 0)
  book.false = d.false + (real ? 0 : 1)
  book.atMs = Math.max(book.atMs, atMs)
  book.ids.push(alertId)
  if (book.ids.length > MAX_IDS) book.ids.shift()
  return true
}

/** Whether `x` is a verdict book (checkpoints written before it have none). */
export function isVerdictBook(x: unknown): x is VerdictBook {
  if (typeof x !== 'object' || x === null) return false
  const b = x as Partial<VerdictBook>
  return (
    typeof b.real === 'number' &&
    typeof b.false === 'number' &&
    typeof b.meanP === 'number' &&
    typeof b.atMs === 'number' &&
    Array.isArray(b.ids)
  )
}
