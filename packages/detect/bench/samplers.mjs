/**
 * Samplers the synthetic count generators share (synth-social.mjs, synth-social-b.mjs), each
 * driven by the generator's own uniform source `r` so that each stays reproducible by its seed.
 */

/** A standard normal draw (Box-Muller). */
export function gauss(r) {
  return Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r())
}

/** Gamma(shape k, scale 1) by Marsaglia-Tsang (k < 1 boosted). */
export function gamma(r, k) {
  if (k < 1) return gamma(r, k + 1) * r() ** (1 / k)
  const d = k - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x
    let v
    do {
      x = gauss(r)
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = r()
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}

export function poisson(r, lam) {
  if (lam <= 0) return 0
  if (lam > 50) return Math.max(0, Math.round(lam + Math.sqrt(lam) * gauss(r)))
  const l = Math.exp(-lam)
  let k = 0
  let p = 1
  do {
    k++
    p *= r()
  } while (p > l)
  return k - 1
}

/** One series: rows of [timestampText, value] and its labelled onsets (row indices). */
