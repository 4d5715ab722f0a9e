/**
 * When mentions last landed in each minute (processing time). Upstream stages reorder a
 * backfill (a batch per partition), so a minute behind the watermark closes only once nothing
 * has landed in it for `settleMs`.
 */
import type { DetectorParams } from '../params.js'

export interface Arrivals {
  /** Start of an advance at processing time `nowMs`: stamps the arrivals until the next one. */
  tick(nowMs: number): void
  /** A mention landed in minute `idx` (observe's hot path). */
  landed(idx: number): void
  /** Whether minute `idx` still received a mention less than `settleMs` ago. */
  settling(idx: number, nowMs: number): boolean
  forget(idx: number): void
  forgetBefore(idx: number): void
}

export function createArrivals(p: DetectorParams): Arrivals {
  /** Processing time of the latest advance: stamps arrivals (observe has no clock of its own). */
  let lastAdvanceNow = -Infinity
  /** Bucket index → processing time a mention last landed in it (any brand). */
  const touched = new Map<number, number>()
  /** The last (bucket, time) written to `touched` (skips rewriting the same entry per mention). */
  let touchedIdx = Number.NaN
  let touchedNow = Number.NaN

  return {
    tick: (nowMs) => {
      lastAdvanceNow = nowMs
      touchedIdx = Number.NaN
    },
    landed: (idx) => {
      // Consecutive mentions mostly land in the same minute between two ticks: one map write.
      if (idx !== touchedIdx || lastAdvanceNow !== touchedNow) {
        touched.set(idx, lastAdvanceNow)
        touchedIdx = idx
        touchedNow = lastAdvanceNow
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
