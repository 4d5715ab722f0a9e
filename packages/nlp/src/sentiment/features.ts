/**
 * Hashed features for the trained sentiment model, shared by the runtime and the training
 * script (which imports the built code), so both see exactly the same numbers.
 *   - character 2–4-grams of the folded text (1–3 for Chinese), words joined by one space;
 *   - word unigrams and bigrams;
 *   - lexicon evidence (positive, negative, domain sums) as dense features.
 * Sparse features are counted with repeats and scaled by 1/√n; nothing is allocated per
 * call apart from the prepared string (the index buffer is reused).
 */
import type { LexiconScore } from './score.js'

export const HASH_BITS = 18
export const DIM = 1 << HASH_BITS
const MASK = DIM - 1
/** Dense features live in the last slots of the weight table. */
export const DENSE = { bias: DIM - 1, pos: DIM - 2, neg: DIM - 3, domainPos: DIM - 4, domainNeg: DIM - 5 }
const MAX_CHARS = 400

export interface FeatureVector {
  idx: Int32Array
  val: Float32Array
  n: number
}

/** True for code units that separate words: ASCII punctuation, spaces, common symbols. */
function isSeparator(c: number): boolean {
  if (c < 0x80) {
    return !((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27)
  }
  return (
    (c >= 0x2000 && c <= 0x206f) || // general punctuation
    (c >= 0x3000 && c <= 0x303f) || // CJK punctuation
    (c >= 0xff01 && c <= 0xff0f) || // full-width punctuation
    (c >= 0xff1a && c <= 0xff20) ||
    c === 0x00a0 ||
    c === 0x060c || // Arabic comma
    c === 0x061f // Arabic question mark
  )
}

/** Words joined by single spaces, padded with a space at both ends; URLs and @user dropped. */
export function prepare(folded: string): string {
  const s = folded.length > MAX_CHARS ? folded.slice(0, MAX_CHARS) : folded
  let out = ' '
  let i = 0
  while (i < s.length) {
    const c = s.charCodeAt(i)
    // Skip "http…" and "@user" tokens up to the next space.
    if ((c === 0x68 && s.startsWith('http', i)) || c === 0x40) {
      while (i < s.length && s.charCodeAt(i) !== 0x20) i++
      continue
    }
    if (isSeparator(c)) {
      if (out.charCodeAt(out.length - 1) !== 0x20) out += ' '
    } else out += s[i]
    i++
  }
  return out.charCodeAt(out.length - 1) === 0x20 ? out : `${out} `
}

let scratch = new Int32Array(4096)

/** Hash the prepared text's features into the shared scratch buffer; returns the count. */
export function hashFeatures(p: string): number {
  const need = p.length * 4 + 16
  if (scratch.length < need) scratch = new Int32Array(need)
  const buf = scratch
  let n = 0
  let han = false
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i)
    if (c >= 0x3400 && c <= 0x9fff) {
      han = true
      break
    }
  }
  const maxN = han ? 3 : 4
  const minN = han ? 1 : 2
  for (let i = 0; i < p.length; i++) {
    let h = 0x811c9dc5 ^ 1
    for (let k = 1; k <= maxN && i + k <= p.length; k++) {
      h = Math.imul(h ^ p.charCodeAt(i + k - 1), 16777619)
      if (k >= minN) buf[n++] = (Math.imul(h ^ k, 16777619) >>> 0) & MASK
    }
  }
  // Words: FNV over each space-delimited run, plus the pair with the previous word.
  let h = 0x811c9dc5 ^ 2
  let prev = 0
  let inWord = false
  for (let i = 1; i < p.length; i++) {
    const c = p.charCodeAt(i)
    if (c === 0x20) {
      if (inWord) {
        buf[n++] = (h >>> 0) & MASK
        if (prev !== 0) buf[n++] = (Math.imul(Math.imul(prev ^ 0x2f, 16777619) ^ h, 16777619) >>> 0) & MASK
        prev = h
      }
      h = 0x811c9dc5 ^ 2
      inWord = false
    } else {
      h = Math.imul(h ^ c, 16777619)
      inWord = true
    }
  }
  return n
}

export function denseValues(ev: LexiconScore): [number, number][] {
  return [
    [DENSE.bias, 1],
    [DENSE.pos, Math.log1p(ev.pos)],
    [DENSE.neg, Math.log1p(ev.neg)],
    [DENSE.domainPos, Math.log1p(Math.max(0, ev.domain))],
    [DENSE.domainNeg, Math.log1p(Math.max(0, -ev.domain))],
  ]
}

/** Copying feature vector of one text (for training): repeats kept, scaled by 1/√n, dense appended. */
export function featurize(folded: string, ev: LexiconScore): FeatureVector {
  const n = hashFeatures(prepare(folded))
  const dense = denseValues(ev)
  const idx = new Int32Array(n + dense.length)
  const val = new Float32Array(n + dense.length)
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0
  for (let i = 0; i < n; i++) {
    idx[i] = scratch[i]!
    val[i] = norm
  }
  for (let j = 0; j < dense.length; j++) {
    idx[n + j] = dense[j]![0]
    val[n + j] = dense[j]![1]
  }
  return { idx, val, n: n + dense.length }
}

/** Logits of a class-major weight table for one text, without copying the features. */
export function logitsInto(
  weights: Float32Array,
  k: number,
  folded: string,
  ev: LexiconScore,
  out: Float64Array,
): void {
  const n = hashFeatures(prepare(folded))
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0
  const dense = denseValues(ev)
  for (let c = 0; c < k; c++) {
    const off = c * DIM
    let z = 0
    for (let i = 0; i < n; i++) z += weights[off + scratch[i]!]!
    z *= norm
    for (const [j, v] of dense) z += weights[off + j]! * v
    out[c] = z
  }
}
