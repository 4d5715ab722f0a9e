/**
 * What a count row may add and what a zero means (series.ts's count rules): a burst is capped
 * so that a surge must persist to count, and a zero the count model deems near impossible is a
 * gap in collection, not traffic.
 */

/**
 * How far above its expectation e one count row may count: burstSigmas noise sd, or at small
 * counts as far as a Poisson count gets at that many sd on its variance-stabilised scale
 * (Anscombe: 2·sqrt(x + 3/8) has unit variance), whichever is more. At 2 posts expected a
 * row may count up to about 9, at 400 up to about 460.
 */
export function burstCap(e: number, sd: number, sigmas: number): number {
  const m = Math.max(e, 0)
  const root = Math.sqrt(m + 0.375) + sigmas / 2
  return Math.max(sigmas * sd, root * root - 0.375 - m)
}

/**
 * The chance of a zero count given expectation e and residual variance v (negative binomial
 * with that variance, Poisson when v ≤ e).
 */
export function zeroChance(e: number, v: number): number {
  if (!(e > 0)) return 1
  if (v <= e) return Math.exp(-e)
  const r = (e * e) / (v - e)
  return Math.exp(r * Math.log(r / (r + e)))
}
