/**
 * The detector engine: fed enriched mentions and clock ticks, it buckets by event time,
 * closes buckets behind a watermark, scores them, compares brands with their peers and runs
 * each brand's incident lifecycle. No I/O: the service around it consumes and produces.
 * This file composes the parts in ./engine/ (see the package README for what each holds).
 */
import type { Alert, EnrichedMention, LiveMetric } from '@vigil/schema'
import type { BrandInfo, BucketResult } from './brand.js'
import { createArrivals } from './engine/arrivals.js'
import { createBrandTable } from './engine/brand-table.js'
import { closeMinute } from './engine/close-minute.js'
import { applyOperatorFeedback } from './engine/feedback.js'
import { createObserve, type IntakeCounters } from './engine/observe.js'
import { runningMetrics } from './engine/running.js'
import { createCloseSchedule } from './engine/schedule.js'
import { createSourceClock } from './engine/sources.js'
import { createWatermark } from './engine/watermark.js'
import type { Evidence, IncidentFeedback } from './incident.js'
import { DEFAULT_PARAMS, type DetectorParams } from './params.js'
import { countVerdict } from './verdicts.js'

export { parseIsoMs } from './engine/iso-time.js'

export interface DetectorEngine {
  /**
   * Count a mention in its event-time bucket, for every matched brand. `source` names the
   * input partition: the watermark follows the slowest source still delivering, so one
   * partition racing ahead in a backfill does not make another's records late.
   */
  observe(m: EnrichedMention, source?: string): void
  /**
   * Close every bucket behind the watermark; returns alert updates and per-bucket metrics.
   * `heardMs` (default `nowMs`): the processing time up to which every record the input held
   * has been observed (the detector service: the start of its consumer's last fetch round
   * handled whole). Idleness, of one source or of the stream, is judged at `heardMs`: a
   * partition whose batch waits behind a stalled one of the same fetch is not idle, however
   * long the stall.
   */
  advance(nowMs: number, heardMs?: number): { alerts: Alert[]; metrics: LiveMetric[] }
  /**
   * The figures so far of each owned brand's minute containing `nowMs`, and of the minute
   * before while it is still open, for the live wall between closes (a minute closes only
   * after its allowed lateness). Counts only:
   * `expectedVolume` and `score` are 0, a minute is scored when it closes.
   */
  running(nowMs: number): LiveMetric[]
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
   * A verdict on an older, resolved alert of a known brand is applied too (it joins the brand's
   * verdict book, once per alert id) without matching an incident.
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

export interface EngineOptions {
  brands: BrandInfo[]
  params?: Partial<DetectorParams>
  /** Called with every scored bucket's evidence (evaluations and debugging; keep it cheap). */
  trace?: (ev: Evidence, scored: BucketResult) => void
}

export function createDetectorEngine(opts: EngineOptions): DetectorEngine {
  const p: DetectorParams = { ...DEFAULT_PARAMS, ...opts.params }
  const table = createBrandTable(opts.brands, p)
  const sources = createSourceClock(p)
  const watermark = createWatermark(p, sources)
  const arrivals = createArrivals(p)
  const schedule = createCloseSchedule(table, arrivals)
  const counters: IntakeCounters = { duplicates: 0, unknownBrand: 0, invalidTime: 0, notCounted: 0, late: 0 }
  const observe = createObserve({ p, table, sources, arrivals, schedule, counters })

  function advance(nowMs: number, heardMs = nowMs): { alerts: Alert[]; metrics: LiveMetric[] } {
    const out = { alerts: [] as Alert[], metrics: [] as LiveMetric[] }
    arrivals.tick(nowMs)
    const wm = watermark.advance(nowMs, Math.min(heardMs, nowMs))
    if (wm === null) return out
    const closeBefore = Math.floor(wm / p.bucketMs)
    counters.late += schedule.closeUpTo(closeBefore, nowMs, (idx) =>
      closeMinute(idx, table, p, opts.trace, out),
    )
    return out
  }

  return {
    observe,
    advance,
    running: (nowMs) => runningMetrics(table, p, nowMs),
    snapshot: table.snapshot,
    restore: table.restore,
    brands: table.ids,
    registerSource: sources.register,
    setActive: table.setActive,
    isActive: table.isActive,
    feedback: (alertId, f, atMs) => {
      const counted =
        f.kind === 'verdict' && f.real !== undefined && countVerdict(table.states, alertId, f.real, atMs, p)
      const res = applyOperatorFeedback(table.states.values(), alertId, f, atMs, p)
      return counted && !res.applied ? { ...res, applied: true } : res
    },
    stats: () => ({
      lateEvents: counters.late,
      duplicates: counters.duplicates,
      unknownBrand: counters.unknownBrand,
      invalidTime: counters.invalidTime,
      notCounted: counters.notCounted,
      watermarkMs: watermark.current(),
      openBuckets: table.openBuckets(),
    }),
  }
}
