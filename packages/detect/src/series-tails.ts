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
  const v = sd * sd * w ** (2 - 2 * p.windowShrink)
  const mu = Math.max(sumE, 0)
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
  const v = sd * sd * w ** (2 - 2 * p.windowShrink)
  return surpriseCount(mu + sumR, mu, Math.max(v, mu))
}
