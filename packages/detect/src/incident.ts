/**
 * Incident lifecycle for one brand: many signals, one incident. It opens on a calibrated
 * surprise, escalates through severities as it grows, resolves only after several calm
 * buckets (hysteresis), and a cooldown keeps a flapping signal from reopening at once.
 */
import type { AlertSignal, AlertStatus, AlertTrend, Severity } from '@vigil/schema'
import { multiplierOf, trendOf, writeHeadline } from './headline.js'
import type { DetectorParams } from './params.js'

export interface IncidentState {
  id: string
  brand: string
  version: number
  openedMs: number
  updatedMs: number
  resolvedMs: number | null
  status: AlertStatus
  severity: Severity
  score: number
  peakScore: number
  /** Peak observed/expected ratio of the leading signal. */
  peakRatio: number
  calm: number
  buckets: number
  sectorWide: boolean
  signals: AlertSignal[]
  hashtags: string[]
  terms: string[]
  platforms: string[]
  languages: string[]
  samples: string[]
  confidence: number
  /** Calibrated probability that it is real (calibration.ts); set by the engine. */
  probability?: number
  headline: string
  /** Growth: leading signal's observed now over its observed when the incident opened. */
  growth: number
  firstObserved: number
  /** The bank's display name (brands configuration); absent in old checkpoints: the id. */
  brandName?: string
  /** The signal the headline and multiplier speak of (the latest hot bucket's lead). */
  leadName?: string | null
  /** The incident's one multiplier, present value (see headline.ts). */
  multiplier?: number
  trend?: AlertTrend
  /**
   * The highest severity reached. `severity` is the present one (it falls as the signals
   * calm); a rise above this peak is what escalates.
   */
  peakSeverity?: Severity
  /** Severity when an operator acknowledged it (null: not acknowledged). */
  ackSeverity?: Severity | null
  /** An operator said this is not a real crisis. */
  falseAlarm?: boolean
  /** When the latest feedback applied was given (a replay of older feedback is ignored). */
  feedbackAtMs?: number | null
  /** When and by whom the incident was acknowledged (cleared when it escalates past that). */
  ackAtMs?: number
  ackBy?: string
}

/** What the engine saw for one brand in one bucket, condensed for the lifecycle. */
export interface Evidence {
  brand: string
  role: 'own' | 'competitor'
  startMs: number
  endMs: number
  score: number
  lead: AlertSignal | null
  signals: AlertSignal[]
  hashtags: string[]
  terms: string[]
  platforms: string[]
  languages: string[]
  samples: string[]
  sectorWide: boolean
  spikingPeers: number
  peers: number
  maturity: number
  /** The bank's display name. */
  brandName?: string
  /**
   * Every scored signal of this bucket, hot or not: an incident's headline signal is read
   * here after it has calmed, so the headline tells the present, not the peak.
   */
  present?: AlertSignal[]
  /**
   * The bucket's own severity: the strongest of its signals, each judged by its own surprise
   * and its own ratio. Absent (a single series): the lead's pair.
   */
  severity?: Severity
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 }

export function severityFor(score: number, ratio: number, p: DetectorParams): Severity {
  if (score >= p.openThreshold + 30 && ratio >= 10) return 'critical'
  if (score >= p.openThreshold + 12 && ratio >= 5) return 'high'
  if (score >= p.openThreshold + 4 || ratio >= 3) return 'medium'
  return 'low'
}

/** The higher of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b
}

function ratioOf(s: AlertSignal | null): number {
  return s === null ? 1 : (s.observed + 1) / (s.expected + 1)
}

function confidenceOf(peak: number, agreeing: number, maturity: number, p: DetectorParams): number {
  const strength = 1 - Math.exp(-(peak - p.openThreshold + 1) / 4)
  const agreement = 0.7 + 0.3 * Math.min(1, Math.max(0, agreeing - 1) / 3)
  // A fresh brand speaks from priors: trust it less until two days of its own history.
  const history = 0.6 + 0.4 * maturity
  return Math.round(Math.min(0.99, Math.max(0.05, strength * agreement * history)) * 100) / 100
}

function unique(into: string[], add: string[], max: number): string[] {
  const out = [...into]
  for (const a of add) if (!out.includes(a) && out.length < max) out.push(a)
  return out
}

/**
 * The incident's present: its headline signal now, the one multiplier, the trend and the
 * headline. After the signals calm, the headline signal is read from the bucket's full list
 * (`present`), so an incident that has calmed says so at once instead of repeating its peak.
 */
export function describeNow(inc: IncidentState, ev: Evidence, calm: boolean): void {
  const find = (name: string): AlertSignal | null =>
    ev.present?.find((s) => s.name === name) ?? ev.signals.find((s) => s.name === name) ?? null
  const prevName = inc.leadName ?? null
  const prevNow = prevName === null ? null : find(prevName)
  let trend: AlertTrend = calm ? 'calming' : 'growing'
  if (prevName !== null && prevNow !== null && inc.multiplier !== undefined) {
    const at = prevName.indexOf('@')
    const fresh = at < 0 ? prevNow : (find(prevName.slice(0, at)) ?? prevNow)
    trend = trendOf(inc.multiplier, multiplierOf(prevNow), multiplierOf(fresh), calm)
  }
  // A trend key's expectation is a novelty rate (51 uses of a new hashtag "against 0.1"): no multiplier.
  const hotLead = ev.lead ?? ev.signals.find((s) => s.name !== 'peer' && !s.name.includes(':')) ?? null
  // The headline keeps speaking of one signal while that signal is still hot: a multiplier that
  // jumps between signals from minute to minute (reach 13×, share 3×) reads as noise.
  const stillHot = prevName === null ? null : (ev.signals.find((s) => s.name === prevName) ?? null)
  const signal = calm ? prevNow : (stillHot ?? hotLead ?? prevNow)
  inc.leadName = signal?.name ?? prevName
  if (signal !== null) inc.multiplier = multiplierOf(signal)
  inc.trend = trend
  inc.headline = writeHeadline({
    brandName: inc.brandName ?? ev.brandName ?? inc.brand,
    role: ev.role,
    signal,
    trend,
    resolved: inc.status === 'resolved',
    hashtags: inc.hashtags,
    platforms: inc.platforms,
    languages: inc.languages,
    sectorWide: inc.sectorWide,
    spikingPeers: ev.spikingPeers,
    peers: ev.peers,
  })
}

/**
 * One lifecycle step. Returns the (possibly new) incident and whether it changed in a way
 * that must be published. `null` means no incident.
 */
export function stepIncident(
  inc: IncidentState | null,
  ev: Evidence,
  cooldownUntil: number,
  bucketIndex: number,
  p: DetectorParams,
  /** Extra surprise a new incident needs (operator feedback said the last was a false alarm). */
  extraNeed = 0,
): { inc: IncidentState | null; publish: boolean } {
  const ratio = ratioOf(ev.lead)
  if (inc === null || inc.status === 'resolved') {
    const need = p.openThreshold + extraNeed + (bucketIndex < cooldownUntil ? p.cooldownExtraSurprise : 0)
    if (ev.score < need) return { inc: inc?.status === 'resolved' ? inc : null, publish: false }
    return { inc: openIncident(ev, ratio, p), publish: true }
  }
  const next: IncidentState = { ...inc, updatedMs: ev.endMs, score: ev.score, buckets: inc.buckets + 1 }
  const calm = ev.score < p.calmThreshold
  // This bucket's severity, never one signal's peak surprise paired with another's ratio:
  // that pairing called an operator back as a surge faded (the share signal's peak with the
  // complaint count's ratio, once the complaints led). The severity shown is the present one
  // (a calmed incident is no longer "high"); only a rise above the peak escalates.
  const sev = ev.severity ?? severityFor(ev.score, ratio, p)
  const peak = inc.peakSeverity ?? inc.severity
  next.severity = sev
  next.peakSeverity = maxSeverity(peak, sev)
  escalateOrSettle(inc, next, sev, peak)
  if (!calm) absorbEvidence(inc, next, ev, ratio, p)
  else {
    next.calm = inc.calm + 1
    if (next.calm >= p.resolveAfterBuckets) {
      next.status = 'resolved'
      next.resolvedMs = ev.endMs
    }
  }
  describeNow(next, ev, calm)
  next.confidence = confidenceOf(next.peakScore, next.signals.length, ev.maturity, p)
  next.version = inc.version + 1
  return { inc: next, publish: true }
}

/**
 * The status after this bucket's severity `sev`. Acknowledged stays acknowledged while it
 * stays within what the operator saw; a rise to a higher severity than at the acknowledgement
 * calls them back. Otherwise a rise above the peak escalates, and an escalation that stops
 * rising is open again.
 */
function escalateOrSettle(inc: IncidentState, next: IncidentState, sev: Severity, peak: Severity): void {
  const ack = inc.ackSeverity ?? null
  if (inc.status === 'acknowledged' && ack !== null) {
    if (SEVERITY_RANK[sev] > SEVERITY_RANK[ack]) {
      next.status = 'escalating'
      next.ackSeverity = null
      next.ackAtMs = undefined
      next.ackBy = undefined
    }
  } else if (SEVERITY_RANK[sev] > SEVERITY_RANK[peak]) next.status = 'escalating'
  else if (inc.status === 'escalating') next.status = 'open'
}

/** A bucket that is not calm: the peaks, the leading signals and what the posts say join in. */
function absorbEvidence(
  inc: IncidentState,
  next: IncidentState,
  ev: Evidence,
  ratio: number,
  p: DetectorParams,
): void {
  next.calm = 0
  next.peakScore = Math.max(inc.peakScore, ev.score)
  next.peakRatio = Math.max(inc.peakRatio, ratio)
  if (ev.lead !== null) {
    next.signals = ev.signals
    next.growth = (ev.lead.observed + 1) / (inc.firstObserved + 1)
  }
  next.sectorWide = inc.sectorWide || ev.sectorWide
  next.hashtags = unique(inc.hashtags, ev.hashtags, 5)
  next.terms = unique(inc.terms, ev.terms, 8)
  next.platforms = unique(inc.platforms, ev.platforms, 4)
  next.languages = unique(inc.languages, ev.languages, 4)
  next.samples = unique(inc.samples, ev.samples, p.maxSamples)
}

/** Operator feedback on an incident, as the engine takes it. */
export interface IncidentFeedback {
  /** An acknowledgement or a verdict (both from alerts.feedback). */
  kind: 'ack' | 'verdict'
  /** For a verdict: whether the operator judged it a real crisis. */
  real?: boolean
  /** Who gave it (the api's token name; empty in an open demo). */
  by?: string
}

/**
 * Apply feedback to an open incident. An acknowledgement or any verdict makes it
 * acknowledged, and the detector publishes that as the incident's next version: it is the one
 * writer of alert versions (the api only asks), so an acknowledgement and a concurrent update
 * can never share a version number. Returns the new incident and whether to publish it. A
 * resolved incident is left alone.
 */
export function applyFeedback(
  inc: IncidentState,
  f: IncidentFeedback,
  atMs: number,
): { inc: IncidentState; publish: boolean; changed: boolean } {
  const unchanged = { inc, publish: false, changed: false }
  if (inc.status === 'resolved') return unchanged
  // Feedback is re-read after a restart (the topic is read from the start): what was already
  // applied must not act again.
  if (inc.feedbackAtMs != null && atMs <= inc.feedbackAtMs) return unchanged
  const next: IncidentState = { ...inc, feedbackAtMs: atMs }
  // What the operator saw is the incident as it has been, its peak included: a dip and a
  // return to that peak does not call them back.
  const seen = maxSeverity(next.severity, next.peakSeverity ?? next.severity)
  if (next.status !== 'acknowledged') {
    next.status = 'acknowledged'
    next.ackSeverity = seen
    next.ackAtMs = atMs
    next.ackBy = f.by ?? ''
  } else next.ackSeverity ??= seen
  if (f.kind === 'verdict' && f.real === false) next.falseAlarm = true
  const changed = next.status !== inc.status || next.falseAlarm !== inc.falseAlarm
  if (changed) next.version += 1
  return { inc: next, publish: changed, changed }
}

function openIncident(ev: Evidence, ratio: number, p: DetectorParams): IncidentState {
  const first = ev.lead?.observed ?? 0
  const inc: IncidentState = {
    id: `${ev.brand}-${new Date(ev.startMs).toISOString()}`,
    brand: ev.brand,
    version: 1,
    openedMs: ev.startMs,
    updatedMs: ev.endMs,
    resolvedMs: null,
    status: 'open',
    severity: ev.severity ?? severityFor(ev.score, ratio, p),
    score: ev.score,
    peakScore: ev.score,
    peakRatio: ratio,
    calm: 0,
    buckets: 1,
    sectorWide: ev.sectorWide,
    signals: ev.signals,
    hashtags: ev.hashtags.slice(0, 5),
    terms: ev.terms.slice(0, 8),
    platforms: ev.platforms.slice(0, 4),
    languages: ev.languages.slice(0, 4),
    samples: ev.samples.slice(0, p.maxSamples),
    confidence: confidenceOf(ev.score, ev.signals.length, ev.maturity, p),
    headline: '',
    growth: 1,
    firstObserved: first,
    peakSeverity: ev.severity ?? severityFor(ev.score, ratio, p),
    ...(ev.brandName === undefined ? {} : { brandName: ev.brandName }),
  }
  describeNow(inc, ev, false)
  return inc
}
