/**
 * Samplers and series helpers the synthetic count generators share (synth-social.mjs,
 * synth-social-b.mjs, synth-social-c.mjs), each driven by the generator's own uniform source `r`
 * so that each stays reproducible by its seed. They draw from `r` in the order the generators
 * always did, so a seed writes the same corpus as before they were shared.
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

/**
 * `k` anomaly onsets (row indices of `n`) at `n * (from + span * r())`, each more than `minGap`
 * rows from the others (up to 50 draws per onset, then it is left out), in order.
 */
export function placeOnsets(r, n, k, { from, span, minGap }) {
  const onsets = []
  for (let i = 0; i < k; i++)
    for (let tries = 0; tries < 50; tries++) {
      const at = Math.floor(n * (from + span * r()))
      if (onsets.every((o) => Math.abs(o - at) > minGap)) {
        onsets.push(at)
        break
      }
    }
  return onsets.sort((a, b) => a - b)
}

/** A row's time as NAB's files write it (`YYYY-MM-DD hh:mm:ss`, UTC). */
export const rowTime = (t) => new Date(t).toISOString().slice(0, 19).replace('T', ' ')

/**
 * Rows of [time text, value, generated index] with missing rows left out, as the series the
 * writer takes: rows of [time text, value] and the onsets as indices of the rows kept.
 */
export function keptRows(rows, onsets) {
  const idx = onsets.map((o) => rows.findIndex((x) => x[2] >= o))
  return { rows: rows.map(([t, v]) => [t, v]), onsets: idx }
}
