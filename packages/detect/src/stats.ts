/**
 * Upper-tail probabilities of count distributions, in log10 so that extreme tails never
 * underflow to 0. Only upper tails matter: a crisis is more than expected, never less.
 */

const LN10 = Math.LN10
const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]

/** ln Γ(x) for x > 0 (Lanczos, ~15 digits). */
export function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x)
  const z = x - 1
  let a = 0.99999999999980993
  const t = z + 7.5
  for (let i = 0; i < 8; i++) a += LANCZOS[i]! / (z + i + 1)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** ln of the upper normal tail P(Z ≥ z), exact enough far into the tail (erfc, Numerical Recipes). */
export function lnNormalTail(z: number): number {
  const x = z / Math.SQRT2
  if (x < 0) return Math.log(1 - 0.5 * Math.exp(lnErfc(-x)))
  return lnErfc(x) - Math.LN2
}
function lnErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x)
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  return Math.log(t) + poly
}

/** Largest number of pmf terms summed before switching to the normal approximation. */
const MAX_TERMS = 400

/**
 * -log10 P(X ≥ k) for X ~ NegBin(mean μ, variance v ≥ μ); Poisson when v ≤ μ·(1+1e-9).
 * Returns 0 when k ≤ μ (nothing surprising about an ordinary or low count).
 */
export function surpriseCount(k: number, mu: number, v: number = mu): number {
  if (!(mu > 0)) mu = 1e-9
  if (k <= mu) return 0
  const kk = Math.ceil(k)
  const poisson = v <= mu * (1 + 1e-9)
  const r = poisson ? Infinity : (mu * mu) / (v - mu)
  const q = poisson ? 0 : mu / (r + mu) // 1 - p
  // Far more terms than MAX_TERMS would be needed only when the tail decays slowly, i.e. a
  // large mean: the normal approximation is good there.
  const ratio0 = poisson ? mu / (kk + 1) : ((kk + r) / (kk + 1)) * q
  if (ratio0 > 1 - 1 / MAX_TERMS && mu > 50) {
    const z = (kk - 0.5 - mu) / Math.sqrt(Math.max(v, mu))
    return Math.max(0, -lnNormalTail(z) / LN10)
  }
  const lnPmf = poisson
    ? kk * Math.log(mu) - mu - lgamma(kk + 1)
    : lgamma(kk + r) - lgamma(r) - lgamma(kk + 1) + r * Math.log(1 - q) + kk * Math.log(q)
  let sum = 1
  let term = 1
  for (let j = kk; j < kk + MAX_TERMS; j++) {
    term *= poisson ? mu / (j + 1) : ((j + r) / (j + 1)) * q
    sum += term
    if (term < sum * 1e-12) break
  }
  return Math.max(0, -(lnPmf + Math.log(sum)) / LN10)
}

/**
 * -log10 P(X ≥ k) for X ~ Binomial(n, p), inflated by `dispersion` ≥ 1 (variance factor) through
 * the normal approximation when counts are large, exact sum when small.
 */
export function surpriseBinomial(k: number, n: number, p: number, dispersion = 1): number {
  if (n <= 0 || k <= n * p) return 0
  p = Math.min(Math.max(p, 1e-6), 1 - 1e-6)
  if (n > 200 || dispersion > 1.0001) {
    const sd = Math.sqrt(n * p * (1 - p) * dispersion)
    return Math.max(0, -lnNormalTail((k - 0.5 - n * p) / sd) / LN10)
  }
  const lnPmf =
    lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p)
  let sum = 1
  let term = 1
  for (let j = k; j < n; j++) {
    term *= ((n - j) / (j + 1)) * (p / (1 - p))
    sum += term
    if (term < sum * 1e-12) break
  }
  return Math.max(0, -(lnPmf + Math.log(sum)) / LN10)
}

/** Surprise of the most surprising of m tests, corrected (Bonferroni) so thresholds keep their meaning. */
export function corrected(maxSurprise: number, tests: number): number {
  return Math.max(0, maxSurprise - Math.log10(Math.max(1, tests)))
}
