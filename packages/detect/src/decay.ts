/**
 * Decay factors by whole-bucket age, looked up instead of computed per key or per mention.
 * Each entry is computed with the very expression the callers used before (`d ** k`,
 * `Math.exp(-k / tau)`), so a lookup returns the same double: outputs do not change.
 * Ages past the table fall back to the computation (rare: a key or author idle for days).
 */
const TABLE_SIZE = 4096

const powTables = new Map<number, Float64Array>()
const expTables = new Map<number, Float64Array>()
const powFns = new Map<number, (k: number) => number>()
const expFns = new Map<number, (k: number) => number>()

function powTable(d: number): Float64Array {
  let t = powTables.get(d)
  if (t === undefined) {
    t = new Float64Array(TABLE_SIZE)
    for (let k = 0; k < TABLE_SIZE; k++) t[k] = d ** k
    powTables.set(d, t)
  }
  return t
}

function expTable(tau: number): Float64Array {
  let t = expTables.get(tau)
  if (t === undefined) {
    t = new Float64Array(TABLE_SIZE)
    for (let k = 0; k < TABLE_SIZE; k++) t[k] = Math.exp(-k / tau)
    expTables.set(tau, t)
  }
  return t
}

/** A reusable `k => d ** k` for whole k ≥ 0 (non-integer or negative k computed directly). */
export function powDecay(d: number): (k: number) => number {
  let f = powFns.get(d)
  if (f === undefined) {
    const t = powTable(d)
    f = (k) => (k >= 0 && k < TABLE_SIZE && (k | 0) === k ? t[k]! : d ** k)
    powFns.set(d, f)
  }
  return f
}

/** A reusable `k => Math.exp(-k / tau)` for whole k ≥ 0. */
export function expDecay(tau: number): (k: number) => number {
  let f = expFns.get(tau)
  if (f === undefined) {
    const t = expTable(tau)
    f = (k) => (k >= 0 && k < TABLE_SIZE && (k | 0) === k ? t[k]! : Math.exp(-k / tau))
    expFns.set(tau, f)
  }
  return f
}
