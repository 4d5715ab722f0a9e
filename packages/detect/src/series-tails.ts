/**
 * Tail probabilities of one window of the single-series scorer (series.ts), as surprise
 * (-log10 p): normal for general values, negative binomial (at least Poisson) for counts, and
 * a Student-t re-reading for heavy tails. Pure functions of the window's sums.
 */
import type { SeriesParams } from './series.js'
import { lnNormalTail, surpriseCount } from './stats.js'

const LN10 = Math.LN10

/**
 * A surprise read on a normal-like tail, re-read on a Student-t tail with `df` degrees of
 * freedom: the equivalent z (z² ≈ 2·ln10·s) mapped through t's log-density decay
 * (ν·ln(1 + z²/ν)). Monotone, the identity as df grows, logarithmic in z for few df.
 */
export function heavyTail(s: number, df: number): number {
  if (s <= 0) return 0
  return (df / (2 * LN10)) * Math.log1p((2 * LN10 * s) / df)
}

/** Two-sided normal tail of a window's mean residual. */
export function valueTail(sumR: number, sd: number, w: number, p: SeriesParams): number {
  // Residuals of real series are autocorrelated: the mean of w of them shrinks slower than
  // 1/sqrt(w) (windowShrink < 0.5 is the conservative middle).
  const z = Math.abs(sumR / w) / (sd * w ** -p.windowShrink)
  return -(Math.LN2 + lnNormalTail(z)) / LN10
}

/**
 * A window of a series taken for counts (autoCount). A surge gets the negative-binomial tail
 * on the learned noise (at least Poisson), with the mean floored at the noise sd: a count
 * whose expectation is learned near zero (a sparse series' daily profile, the robust level of
 * rare large spikes) is no more dispersed than a geometric count (NB shape ≥ 1), so one post
 * where the profile says 0.01 is not a one-in-a-million event, and a spike that recurs is
 * not either. A fall keeps the normal tail, on noise floored at Poisson.
 */
export function autoCountTail(sumR: number, sumE: number, sd: number, w: number, p: SeriesParams): number {
  const mu = Math.max(sumE, 0)
  const v = windowVariance(sd, mu, w, p)
  if (sumR > 0) {
    const m = Math.max(mu, Math.sqrt(v), 1e-3)
    return mu + sumR > m ? surpriseCount(mu + sumR, m, Math.max(v, m)) : 0
  }
  return valueTail(sumR, Math.max(sd, Math.sqrt(mu / w) * w ** (p.windowShrink - 0.5)), w, p)
}

/** Upper tail of a window's count: negative binomial with variance ≥ mean (Poisson floor). */
export function countTail(sumR: number, sumE: number, sd: number, w: number, p: SeriesParams): number {
  if (sumR <= 0) return 0
  const mu = Math.max(sumE, 1e-3)
  const v = windowVariance(sd, mu, w, p)
  return surpriseCount(mu + sumR, mu, Math.max(v, mu))
}

/**
 * The variance of a count window's sum, from the row noise variance sd². Residuals are
 * autocorrelated (a daily profile's misfit lasts hours), so a window's sum grows faster than
 * w rows of independent noise: w^(2 − 2·windowShrink). With `countSplit` the Poisson part of
 * a count's noise (at most the window's mean expectation a row) is sampling noise,
 * independent from row to row, and sums as w; only the rest shrinks slowly. The error of the
 * expectation itself is shared by every row of the window: the level is an EWMA over
 * levelTau rows, whose error variance is about sd² / (2·levelTau) a row, w² of it over the
 * window. On a sparse stream, where nearly all the noise is Poisson, the slow shrinkage had
 * made a fivefold surge over hours read as ordinary.
 */
export function windowVariance(sd: number, mu: number, w: number, p: SeriesParams): number {
  const v = sd * sd
  const slow = w ** (2 - 2 * p.windowShrink)
  if (!p.countSplit) return v * slow
  const pois = Math.min(v, Math.max(mu, 0) / w)
  return v * slow + pois * (w - slow) + (v * w * w) / (2 * p.levelTau)
}
