/**
 * Confidence intervals for the analysts' percentages. Pure: counts in, numbers out.
 *
 * - A proportion (share of voice, negative share, complaint share): Wilson score interval.
 *   Unlike the textbook p ± z·√(p(1−p)/n) it never leaves [0, 1] and does not collapse to a
 *   zero width at 0 % or 100 % on a handful of posts.
 * - Net sentiment (positive share − negative share, in [−1, 1]): the three labels are one
 *   multinomial draw, so the two shares are not independent. We take the posterior of the
 *   label shares under a uniform Dirichlet(1, 1, 1) prior and its exact variance of p₊ − p₋,
 *   Var = (E[p₊] + E[p₋] − E[p₊ − p₋]²) / (A + 1) with A = n + 3, then mean ± z·sd clipped to
 *   [−1, 1]. With many posts this equals the multinomial Wald interval; with few it stays
 *   wide (3 negative posts out of 3 give −1.0 … +0.07, "too few to tell", not the false
 *   certainty of −1 ± 0). The interval is widened to hold the observed value if the prior's
 *   pull toward 0 would leave it outside.
 * - A mean star rating: from the 1–5 histogram, mean ± z·s/√n (s the standard deviation
 *   with one pseudo-review spread over the scale, see meanRating); with n < 2 the interval is
 *   the whole scale.
 * - A difference of two proportions (after − before): Newcombe's hybrid score interval
 *   (method 10), built from the two Wilson intervals.
 */
export interface Interval {
  /** The point estimate; null when there is nothing to estimate from (n = 0). */
  value: number | null
  low: number
  high: number
  /** The sample size behind the estimate. */
  n: number
}

export const CONFIDENCE = 0.95
/**
 * The 97.5 % normal quantile. Not simple-statistics' probit: its erf approximation gives
 * 1.9572, which moves a Wilson bound in the fourth decimal against the published tables.
 */
const Z = 1.959963984540054

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

function checkCounts(...xs: number[]): void {
  for (const x of xs) {
    if (!Number.isFinite(x) || x < 0) throw new RangeError(`counts must be finite and ≥ 0, got ${x}`)
  }
}

/** Wilson score interval for `hits` successes out of `n`. */
export function wilson(hits: number, n: number, z = Z): Interval {
  checkCounts(hits, n)
  if (hits > n) throw new RangeError(`hits (${hits}) exceed n (${n})`)
  if (n === 0) return { value: null, low: 0, high: 1, n: 0 }
  const p = hits / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  // Exact at the edges: rounding must not put 0 % outside its own interval.
  return {
    value: p,
    low: hits === 0 ? 0 : clip(centre - half, 0, 1),
    high: hits === n ? 1 : clip(centre + half, 0, 1),
    n,
  }
}

/** Net sentiment (positive − negative) / n with the Dirichlet-posterior interval above. */
export function netSentiment(positive: number, negative: number, neutral: number, z = Z): Interval {
  checkCounts(positive, negative, neutral)
  const n = positive + negative + neutral
  const a = n + 3
  const mp = (positive + 1) / a
  const mn = (negative + 1) / a
  const m = mp - mn
  const sd = Math.sqrt(Math.max(0, mp + mn - m * m) / (a + 1))
  const value = n === 0 ? null : (positive - negative) / n
  const low = clip(m - z * sd, -1, 1)
  const high = clip(m + z * sd, -1, 1)
  return {
    value,
    low: value === null ? low : Math.min(low, value),
    high: value === null ? high : Math.max(high, value),
    n,
  }
}

/**
 * Star counts [one, two, three, four, five] → mean rating with its interval. The spread is
 * taken with one pseudo-review spread evenly over the five stars (0.2 each), so eighteen
 * 5-star reviews give 4.7–5.0 rather than the false certainty of 5.0–5.0; on a real spread
 * of reviews the pseudo-review changes the width by well under 1 %.
 */
export function meanRating(stars: readonly number[], z = Z): Interval {
  if (stars.length !== 5) throw new RangeError('a rating histogram has five counts (1 to 5 stars)')
  checkCounts(...stars)
  const n = stars.reduce((s, c) => s + c, 0)
  if (n === 0) return { value: null, low: 1, high: 5, n: 0 }
  const mean = stars.reduce((s, c, i) => s + c * (i + 1), 0) / n
  if (n < 2) return { value: mean, low: 1, high: 5, n }
  const smoothed = stars.map((c) => c + 0.2)
  const sm = smoothed.reduce((s, c, i) => s + c * (i + 1), 0) / (n + 1)
  const ss = smoothed.reduce((s, c, i) => s + c * (i + 1 - sm) ** 2, 0)
  const half = z * Math.sqrt(ss / n / n)
  return { value: mean, low: clip(mean - half, 1, 5), high: clip(mean + half, 1, 5), n }
}

/** after − before of two proportions, Newcombe's hybrid score interval. */
export function proportionDifference(after: Interval, before: Interval): Interval {
  if (after.value === null || before.value === null) {
    return { value: null, low: -1, high: 1, n: after.n + before.n }
  }
  const d = after.value - before.value
  const lower = Math.sqrt((after.value - after.low) ** 2 + (before.high - before.value) ** 2)
  const upper = Math.sqrt((after.high - after.value) ** 2 + (before.value - before.low) ** 2)
  return { value: d, low: clip(d - lower, -1, 1), high: clip(d + upper, -1, 1), n: after.n + before.n }
}

/** Whether an interval of a difference excludes zero: the change is more than noise. */
export const excludesZero = (i: Interval): boolean => i.value !== null && (i.low > 0 || i.high < 0)
