/**
 * The detector engine: fed enriched mentions and clock ticks, it buckets by event time,
 * closes buckets behind a watermark, scores them, compares brands with their peers and runs
 * each brand's incident lifecycle. No I/O: the service around it consumes and produces.
 */
import type { Alert, EnrichedMention, LiveMetric } from '@vigil/schema'
import { authorCounts, pruneAuthors } from './authors.js'
import {
  type BrandInfo,
  type BrandState,
  type BucketResult,
  closeBucket,
  learnBucket,
  newBrandBucket,
  newBrandState,
  recycleKeys,
} from './brand.js'
import { addNewToBucket, isExcluded } from './bucket.js'
import { buildEvidence, gateSlowWindowsByPeers, isYoung, toAlert, toMetric, trendScore } from './evidence.js'
import { applyFeedback, type Evidence, type IncidentFeedback, stepIncident } from './incident.js'
import { DEFAULT_PARAMS, type DetectorParams } from './params.js'
import { scorePeer } from './score.js'
import { restoreBrand, snapshotBrand } from './snapshot.js'
import { countVerdict, incidentProbability, verdictExtraSurprise } from './verdicts.js'

export interface DetectorEngine {
  /**
   * Count a mention in its event-time bucket, for every matched brand. `source` names the
   * input partition: the watermark follows the slowest source still delivering, so one
   * partition racing ahead in a backfill does not make another's records late.
   */
  observe(m: EnrichedMention, source?: string): void
  /** Close every bucket behind the watermark; returns alert updates and per-bucket metrics. */
  advance(nowMs: number): { alerts: Alert[]; metrics: LiveMetric[] }
  /** JSON-serialisable per-brand state (baselines, trends, incident), for checkpoints. */
  snapshot(brand: string): unknown
  /** Resume a brand from a checkpoint; false (and state untouched) when it is not usable. */
  restore(brand: string, state: unknown): boolean
  brands(): string[]
  /**
   * Declare an input source (partition) before its first record, so the watermark waits for
   * it (until it proves idle) instead of racing ahead on the partitions fetched first.
   */
  registerSource(source: string, nowMs: number): void
  /**
   * Brands this engine owns right now. An inactive brand is neither scored nor learned (its
   * partition belongs to another detector instance); all brands start active.
   */
  setActive(brand: string, active: boolean): void
  isActive(brand: string): boolean
  /**
   * Operator feedback on alert `alertId` at processing time `atMs`: the incident becomes
   * acknowledged (and stays so in later updates unless it rises above the acknowledged
   * severity); a "not real" verdict also makes that brand's next incident, for
   * `falseAlarmBuckets`, need a surprise `falseAlarmExtraSurprise` above the false alarm's peak.
   * Returns the alert update to publish, if any; `matched` is false when no current incident
   * has that id, `applied` false when the feedback is stale (already applied, older version).
   */
  feedback(
    alertId: string,
    f: IncidentFeedback,
    atMs: number,
  ): { matched: boolean; applied: boolean; alert: Alert | null }
  stats(): EngineStats
}

export interface EngineStats {
  /** Mentions whose bucket had already closed: reported here, never silently dropped. */
  lateEvents: number
  duplicates: number
  unknownBrand: number
  invalidTime: number
  /** Edits and deletes: they change a mention already counted. */
  notCounted: number
  watermarkMs: number | null
  openBuckets: number
}

interface SourceState {
  /** Newest event time delivered. */
  max: number
  /** `max` as of the last watermark computation, and when it last grew (processing time). */
  seenMax: number
  progressNow: number
}

export interface EngineOptions {
  brands: BrandInfo[]
  params?: Partial<DetectorParams>
  /** Called with every scored bucket's evidence (evaluations and debugging; keep it cheap). */
  trace?: (ev: Evidence, scored: BucketResult) => void
}

/** A future timestamp beyond this is clock skew: it must not drag the watermark ahead. */
const MAX_FUTURE_MS = 5 * 60_000
/** After this many buckets with no mention for any brand, the gap is a feed outage: skip it. */
const MAX_SILENT_BUCKETS = 180

export function createDetectorEngine(opts: EngineOptions): DetectorEngine {
  const p: DetectorParams = { ...DEFAULT_PARAMS, ...opts.params }
  const states = new Map<string, BrandState>()
  for (const b of opts.brands) states.set(b.id, newBrandState(b, p))
  // observe looks brands up by id in a prototype-less object rather than the map (which keeps
  // the brands' order): V8 finds a recurring property key by pointer (see KeyDict).
  const stateOf: Record<string, BrandState | undefined> = Object.create(null)
  for (const [id, st] of states) stateOf[id] = st
  const inactive = new Set<string>()
  let maxEventMs = -Infinity
  let nextClose: number | null = null
  let watermarkMs: number | null = null
  let lastTop = -Infinity
  let lastProgressNow = -Infinity
  /** Processing time of the latest advance: stamps arrivals (observe has no clock of its own). */
  let lastAdvanceNow = -Infinity
  /** Bucket index → processing time a mention last landed in it (any brand). */
  const touched = new Map<number, number>()
  /** The last (bucket, time) written to `touched` (skips rewriting the same entry per mention). */
  let touchedIdx = Number.NaN
  let touchedNow = Number.NaN
  const sources = new Map<string, SourceState>()
  /** The source observe saw last and its entry (entries are never replaced or removed). */
  let lastSourceName: string | null = null
  let lastSource: SourceState | null = null

  /** Processing time at which the first record reached the engine (null before). */
  let firstDataNow: number | null = null

  /**
   * Newest event time all delivering sources have reached; idle sources do not hold it back.
   * A declared source that has delivered nothing yet is idle only `idleSourceMs` after the
   * first record reached the engine, not after it was declared: a detector started long
   * before its upstream would otherwise find every partition "idle" when a backfill lands,
   * let the first partition fetched close the whole history, and count the others' late.
   */
  function sourceTop(nowMs: number): number {
    if (firstDataNow === null) firstDataNow = nowMs
    let min = Infinity
    for (const s of sources.values()) {
      if (s.max > s.seenMax) {
        s.seenMax = s.max
        s.progressNow = nowMs
      } else if (s.max === -Infinity && s.progressNow < firstDataNow) s.progressNow = firstDataNow
      if (nowMs - s.progressNow < p.idleSourceMs && s.max < min) min = s.max
    }
    return min === Infinity ? maxEventMs : min
  }
  const counters = { duplicates: 0, unknownBrand: 0, invalidTime: 0, notCounted: 0, late: 0 }

  function observe(m: EnrichedMention, source = ''): void {
    if (m.event !== 'create') {
      counters.notCounted++
      return
    }
    const t = parseIsoMs(m.createdAt)
    if (!Number.isFinite(t)) {
      counters.invalidTime++
      return
    }
    const idx = Math.floor(t / p.bucketMs)
    if (t > maxEventMs) maxEventMs = t
    let src = source === lastSourceName ? lastSource : sources.get(source)
    if (src == null) {
      src = { max: t, seenMax: -Infinity, progressNow: -Infinity }
      sources.set(source, src)
    } else if (t > src.max) src.max = t
    lastSourceName = source
    lastSource = src
    const list = m.brands
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.brand
      if (i > 0 && namedBefore(list, i)) continue
      const st = stateOf[id]
      if (st === undefined) {
        counters.unknownBrand++
        continue
      }
      if ((nextClose !== null && idx < nextClose) || idx <= st.closedThrough) {
        st.lateEvents++
        counters.late++
        continue
      }
      let b = st.lastOpen
      if (b === null || b.index !== idx) {
        b = st.open.get(idx) ?? null
        if (b === null) {
          b = newBrandBucket(st, idx)
          st.open.set(idx, b)
        }
        st.lastOpen = b
      }
      const seen = b.ids.size
      b.ids.add(m.id)
      if (b.ids.size === seen) {
        st.duplicates++
        counters.duplicates++
        continue
      }
      const voice = authorCounts(st.authors, m.author.id, idx, p, m.intent === 'troll')
      addNewToBucket(b, m, voice && !isExcluded(m))
      // Consecutive mentions mostly land in the same minute between two ticks: one map write.
      if (idx !== touchedIdx || lastAdvanceNow !== touchedNow) {
        touched.set(idx, lastAdvanceNow)
        touchedIdx = idx
        touchedNow = lastAdvanceNow
      }
    }
  }

  function minOpenIndex(from: number): number | null {
    let min: number | null = null
    for (const st of states.values())
      for (const idx of st.open.keys()) if (idx >= from && (min === null || idx < min)) min = idx
    return min
  }

  function advance(nowMs: number): { alerts: Alert[]; metrics: LiveMetric[] } {
    const alerts: Alert[] = []
    const metrics: LiveMetric[] = []
    lastAdvanceNow = nowMs
    touchedIdx = Number.NaN
    if (maxEventMs === -Infinity) return { alerts, metrics }
    const top = Math.min(sourceTop(nowMs), nowMs + MAX_FUTURE_MS)
    if (top === -Infinity) return { alerts, metrics }
    if (top > lastTop) {
      lastTop = top
      lastProgressNow = nowMs
    }
    let wm = top - p.allowedLatenessMs
    // Event time drives the watermark while events flow (a backfill streaming in must not be
    // declared late). Once the stream has been idle for the allowed lateness and its newest
    // event is recent, processing time closes the quiet minutes so the wall screen ticks on.
    const idle = nowMs - lastProgressNow >= p.allowedLatenessMs
    if (idle && nowMs >= top && nowMs - top < p.liveWindowMs) wm = Math.max(wm, nowMs - p.allowedLatenessMs)
    watermarkMs = wm
    const closeBefore = Math.floor(wm / p.bucketMs)
    if (nextClose === null) nextClose = minOpenIndex(-Infinity) ?? closeBefore
    let silent = 0
    while (nextClose < closeBefore) {
      const idx: number = nextClose
      // Behind the watermark but still receiving: upstream stages reorder a backfill (a batch
      // per partition), so a minute closes only once nothing has landed in it for settleMs.
      const lastArrival = touched.get(idx)
      if (lastArrival !== undefined && nowMs - lastArrival < p.settleMs) break
      const any = [...states.values()].some((st) => st.open.has(idx))
      silent = any ? 0 : silent + 1
      if (silent > MAX_SILENT_BUCKETS) {
        nextClose = Math.min(minOpenIndex(idx) ?? closeBefore, closeBefore)
        silent = 0
        continue
      }
      closeAll(idx, alerts, metrics)
      touched.delete(idx)
      nextClose = idx + 1
    }
    dropStale(nextClose)
    for (const idx of touched.keys()) if (idx < nextClose) touched.delete(idx)
    return { alerts, metrics }
  }

  /** Open buckets behind the close point (restored from an older checkpoint): count as late. */
  function dropStale(before: number): void {
    for (const st of states.values()) {
      for (const [idx, b] of st.open) {
        if (idx >= before) continue
        st.open.delete(idx)
        st.lastOpen = null
        st.lateEvents += b.total
        counters.late += b.total
      }
    }
  }

  function closeAll(idx: number, alerts: Alert[], metrics: LiveMetric[]): void {
    const results: Array<[BrandState, BucketResult]> = []
    for (const st of states.values()) {
      const b = st.open.get(idx) ?? newBrandBucket(st, idx)
      st.open.delete(idx)
      st.lastOpen = null
      if (idx % 60 === 0) pruneAuthors(st.authors, idx, p)
      if (!inactive.has(st.info.id) && idx > st.closedThrough) results.push([st, closeBucket(st, b, p)])
    }
    gateSlowWindowsByPeers(
      results.map(([, r]) => r),
      p,
    )
    const ratio = (r: BucketResult) => (r.negObs.c + 1) / (r.negObs.mu + 1)
    for (const [st, r] of results) {
      const others = results.filter(([o]) => o !== st).map(([, o]) => o)
      // A peer spikes with us when its own signals do, or when our bursting hashtag bursts
      // there too (#CardOutage across banks is one event, seen before the volumes all move).
      const tag = burstingTag(r, p)
      const spiking = others.filter(
        (o) =>
          (o.combined >= p.calmThreshold && ratio(o) >= p.minRatio) ||
          (tag !== null && o.trends.hashtags.some((h) => h.key === tag && h.observed >= 2)),
      ).length
      const peer = scorePeer(r.negObs, { ratios: others.map(ratio), spiking }, p)
      const sectorWide = others.length >= 2 && spiking >= Math.ceil(p.sectorFraction * others.length)
      const ev = buildEvidence(st, r, { score: peer.gated, sectorWide, spiking, peers: others.length }, p)
      ev.score = Math.max(ev.score, trendScore(r, p))
      if (r.age < p.minHistoryBuckets) ev.score = 0
      opts.trace?.(ev, r)
      const extra =
        (idx < st.falseAlarmUntil ? st.falseAlarmNeed : 0) +
        (isYoung(r, p) ? p.youngExtraSurprise : 0) +
        verdictExtraSurprise(st.verdicts, r.startMs)
      const step = stepIncident(st.incident, ev, st.cooldownUntil, idx, p, extra)
      if (step.publish && step.inc !== null)
        step.inc.probability = incidentProbability(step.inc, st, r.startMs, p)
      if (step.inc !== null && step.inc.status === 'resolved' && st.incident?.status !== 'resolved') {
        st.cooldownUntil = idx + p.cooldownBuckets
      }
      st.incident = step.inc
      if (step.inc?.falseAlarm === true) {
        // The false alarm's peak may still grow after the verdict: the bar follows it.
        const need = step.inc.peakScore - p.openThreshold + p.falseAlarmExtraSurprise
        st.falseAlarmNeed = Math.max(st.falseAlarmNeed, need)
      }
      if (step.publish && step.inc !== null) alerts.push(toAlert(step.inc))
      const inc = st.incident
      const open = inc !== null && inc.status !== 'resolved'
      const weight = open ? Math.min(1, p.incidentLearnWeight + inc.buckets / p.incidentAdaptBuckets) : 1
      learnBucket(st, r, weight, p)
      metrics.push(toMetric(r))
    }
    for (const st of states.values()) recycleKeys(st)
  }

  return {
    observe,
    advance,
    snapshot: (brand) => {
      const st = states.get(brand)
      return st === undefined ? null : snapshotBrand(st)
    },
    restore: (brand, state) => {
      const st = states.get(brand)
      if (st === undefined) return false
      return restoreBrand(st, state)
    },
    brands: () => [...states.keys()],
    registerSource: (source, nowMs) => {
      if (!sources.has(source))
        sources.set(source, { max: -Infinity, seenMax: -Infinity, progressNow: nowMs })
    },
    setActive: (brand, active) => {
      if (active) inactive.delete(brand)
      else if (states.has(brand)) inactive.add(brand)
    },
    isActive: (brand) => states.has(brand) && !inactive.has(brand),
    feedback: (alertId, f, atMs) => {
      if (f.kind === 'verdict' && f.real !== undefined) countVerdict(states, alertId, f.real, atMs, p)
      for (const st of states.values()) {
        const inc = st.incident
        if (inc === null || inc.id !== alertId) continue
        const res = applyFeedback(inc, f, atMs)
        st.incident = res.inc
        if (res.inc !== inc && f.kind === 'verdict' && f.real === false) {
          // What the operator called no crisis must not come back at the same strength.
          st.falseAlarmUntil = Math.max(
            st.falseAlarmUntil,
            Math.floor(atMs / p.bucketMs) + p.falseAlarmBuckets,
          )
          st.falseAlarmNeed = Math.max(0, inc.peakScore - p.openThreshold) + p.falseAlarmExtraSurprise
        }
        return { matched: true, applied: res.inc !== inc, alert: res.publish ? toAlert(res.inc) : null }
      }
      return { matched: false, applied: false, alert: null }
    },
    stats: () => ({
      lateEvents: counters.late,
      duplicates: counters.duplicates,
      unknownBrand: counters.unknownBrand,
      invalidTime: counters.invalidTime,
      notCounted: counters.notCounted,
      watermarkMs,
      openBuckets: [...states.values()].reduce((n, st) => n + st.open.size, 0),
    }),
  }
}

/** Whether the brand of `list[i]` is named earlier in the list too (counted once per mention). */
function namedBefore(list: EnrichedMention['brands'], i: number): boolean {
  const id = list[i]!.brand
  for (let k = 0; k < i; k++) if (list[k]!.brand === id) return true
  return false
}

/** The bucket's leading hashtag when it bursts clearly (after correcting for the keys tested). */
function burstingTag(r: BucketResult, p: DetectorParams): string | null {
  const top = r.trends.hashtags[0]
  if (top === undefined) return null
  return top.surprise - Math.log10(r.trends.hashtags.length) >= p.calmThreshold ? top.key : null
}

/**
 * Milliseconds of an ISO-8601 UTC time. The canonical form validateMention writes
 * ("2026-11-02T09:00:00.000Z") is read digit by digit (Date.parse costs more than the rest of
 * observe); anything else goes to Date.parse.
 */
export function parseIsoMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(10) !== 84 /* T */)
    return Date.parse(s)
  const y = digits(s, 0, 4)
  const mo = digits(s, 5, 2)
  const d = digits(s, 8, 2)
  const h = digits(s, 11, 2)
  const mi = digits(s, 14, 2)
  const sec = digits(s, 17, 2)
  const ms = digits(s, 20, 3)
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60)) return Date.parse(s)
  // Consecutive mentions mostly share a day: Date.UTC once per day. Within the checked ranges
  // Date.UTC's day and time parts simply add (exact integers), so the result is the same.
  const day = (y * 100 + mo) * 100 + d
  if (day !== lastDay) {
    lastDayMs = Date.UTC(y, mo - 1, d)
    lastDay = day
  }
  return lastDayMs + ((h * 60 + mi) * 60 + sec) * 1000 + ms
}

/** The day (yyyymmdd) parseIsoMs saw last, and its Date.UTC. */
let lastDay = Number.NaN
let lastDayMs = Number.NaN

/** The number written by `len` decimal digits of `s` from `i` (NaN on a non-digit). */
function digits(s: string, i: number, len: number): number {
  let v = 0
  for (let k = i; k < i + len; k++) {
    const c = s.charCodeAt(k) - 48
    if (c < 0 || c > 9) return Number.NaN
    v = v * 10 + c
  }
  return v
}
