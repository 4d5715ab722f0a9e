/**
 * When mentions last landed in each minute (processing time). Upstream stages reorder a
 * backfill (a batch per partition), so a minute behind the watermark closes only once nothing
 * has landed in it for `settleMs`.
 *
 * observe has no clock: a mention is stamped with the processing time of the first advance
 * after it landed, the time the engine can first act on it. It used to take the time of the
 * advance before it: after the process stalled (a busy CPU, a long GC), the first partition's
 * batch then looked `settleMs` old on arrival, its minutes closed at once, and the other
 * partitions' batches of the same fetch, handled a moment later, came too late for them: the
 * same records decided differently with the timing (engine-arrival-order.test.ts).
 */
import type { DetectorParams } from '../params.js'

export interface Arrivals {
  /** Start of an advance at processing time `nowMs`: stamps the arrivals since the last one. */
  tick(nowMs: number): void
  /** A mention landed in minute `idx` (observe's hot path). */
  landed(idx: number): void
  /** Whether minute `idx` still received a mention less than `settleMs` ago. */
  settling(idx: number, nowMs: number): boolean
  forget(idx: number): void
  forgetBefore(idx: number): void
}

/** The stamp of a minute that received mentions since the last advance (stamped at the next). */
const PENDING = Number.POSITIVE_INFINITY

export function createArrivals(p: DetectorParams): Arrivals {
  /** Bucket index → processing time a mention last landed in it (any brand). */
  const touched = new Map<number, number>()
  /** The bucket `landed` marked last since the latest advance (skips re-marking per mention). */
  let touchedIdx = Number.NaN

  return {
    tick: (nowMs) => {
      // A handful of open minutes: the map holds only those not yet closed.
      for (const [idx, at] of touched) if (at === PENDING) touched.set(idx, nowMs)
      touchedIdx = Number.NaN
    },
    landed: (idx) => {
      // Consecutive mentions mostly land in the same minute between two ticks: one map write.
      if (idx !== touchedIdx) {
        touched.set(idx, PENDING)
        touchedIdx = idx
      }
    },
    settling: (idx, nowMs) => {
      const lastArrival = touched.get(idx)
      return lastArrival !== undefined && nowMs - lastArrival < p.settleMs
    },
    forget: (idx) => {
      touched.delete(idx)
    },
    forgetBefore: (before) => {
      for (const idx of touched.keys()) if (idx < before) touched.delete(idx)
    },
  }
}
