/**
 * How the NAB runner ranks an incident it opens (its output score, before the [0, 1) map):
 * the opening surprise less its precedents (precedents.ts), and less a fixed amount when a
 * sparse count series opened on a short window.
 *
 * Why the short-window rule: on a large count stream one row may add at most 3 noise sd to
 * any window (series-counts.ts, burstCap), so a window of a few rows cannot reach the opening
 * bar and only persistence opens an incident. Where a row expects a few posts, the cap is
 * the Poisson reach (a post where 0.1 were expected is already 3 sd), and one row or a
 * clump of three (a viral reply, a conversation) passes the exact count tail: on the
 * synthetic social corpora the highest-ranked false alarms were such openings on streams of
 * 0.1-1 post a row, ranked above the real onsets, which open on longer windows or the CUSUM
 * as a crisis persists. It ranks; it never stops an incident opening, so the lifecycle is
 * unchanged. The engine has no counterpart: its volume never opens an incident, every signal
 * that does is gated by a minimum excess first (score.ts, gate), and there the sparse
 * one-minute openings are real crises' earliest alerts (README, "One algorithm again").
 */
import { precedentDiscount } from './precedents.js'
import type { SeriesScore } from './series.js'

export interface ShortOpening {
  /** Windows of at most this many rows are short (the scorer's windows are 1, 3, 9, 27, 81). */
  rows: number
  /** Sparse: at most this many counts expected a row over the window. */
  maxExpected: number
  /** Surprise taken off such an opening's rank (0 = off). */
  penalty: number
}

/** Structural constants, chosen on the synthetic development corpora (packages/detect/README.md). */
export const SHORT_OPENING: ShortOpening = { rows: 3, maxExpected: 30, penalty: 4 }

/** Whether `sc` (the opening row's score) is a sparse count series opening on a short window. */
export function isShortSparseOpening(sc: SeriesScore, counts: boolean, so: ShortOpening): boolean {
  return counts && so.penalty > 0 && sc.window <= so.rows && sc.expected <= so.maxExpected * sc.window
}

/**
 * The rank of an opening at `atMs`: its surprise less log10(1 + precedents) and, for a sparse
 * count series opening on a short window, less the short-opening penalty.
 */
export function openingRank(
  sc: SeriesScore,
  counts: boolean,
  precedents: number[],
  atMs: number,
  factor: number,
  days: number,
  so: ShortOpening = SHORT_OPENING,
): number {
  return (
    sc.surprise -
    precedentDiscount(precedents, sc.surprise, atMs, atMs, factor, days) -
    (isShortSparseOpening(sc, counts, so) ? so.penalty : 0)
  )
}
