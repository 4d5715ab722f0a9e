/**
 * The input sources (partitions) and how far each has delivered in event time. The watermark
 * follows the slowest source still delivering, so one partition racing ahead in a backfill does
 * not make another's records late.
 */
import type { DetectorParams } from '../params.js'

interface SourceState {
  /** Newest event time delivered. */
  max: number
  /** `max` as of the last watermark computation, and when it last grew (processing time). */
  seenMax: number
  progressNow: number
}

export interface SourceClock {
  /** Newest event time of any source; -Infinity before the first record. */
  newest(): number
  /** A record of event time `t` arrived from `source` (observe's hot path). */
  deliver(source: string, t: number): void
  /** Declare a source before its first record, so the watermark waits for it. */
  register(source: string, nowMs: number): void
  /**
   * Newest event time all delivering sources have reached (see `top` below); a source is idle
   * when nothing new came from it for `idleSourceMs` as of `heardMs` (default `nowMs`).
   */
  top(nowMs: number, heardMs?: number): number
}

export function createSourceClock(p: DetectorParams): SourceClock {
  let maxEventMs = -Infinity
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
   * Progress is stamped at `nowMs`, idleness judged at `heardMs`: a stall between two
   * partitions' batches of one fetch (the second waits while the first is handled) passes
   * processing time but tells nothing about the second partition.
   */
  function top(nowMs: number, heardMs = nowMs): number {
    if (firstDataNow === null) firstDataNow = nowMs
    let min = Infinity
    for (const s of sources.values()) {
      if (s.max > s.seenMax) {
        s.seenMax = s.max
        s.progressNow = nowMs
      } else if (s.max === -Infinity && s.progressNow < firstDataNow) s.progressNow = firstDataNow
      if (heardMs - s.progressNow < p.idleSourceMs && s.max < min) min = s.max
    }
    return min === Infinity ? maxEventMs : min
  }

  function deliver(source: string, t: number): void {
    if (t > maxEventMs) maxEventMs = t
    let src = source === lastSourceName ? lastSource : sources.get(source)
    if (src == null) {
      src = { max: t, seenMax: -Infinity, progressNow: -Infinity }
      sources.set(source, src)
    } else if (t > src.max) src.max = t
    lastSourceName = source
    lastSource = src
  }

  return {
    newest: () => maxEventMs,
    deliver,
    register: (source, nowMs) => {
      if (!sources.has(source))
        sources.set(source, { max: -Infinity, seenMax: -Infinity, progressNow: nowMs })
    },
    top,
  }
}
