/**
 * Hashed features for the trained sentiment model, shared by the runtime and the training
 * script (which imports the built code), so both see exactly the same numbers.
 *   - character 1–4-grams of the folded text (1–3 for Chinese), inside word boundaries;
 *   - word unigrams and bigrams;
 *   - lexicon evidence (positive, negative, domain sums) as dense features.
 */
import type { LexiconScore } from './score.js'

export const HASH_BITS = 18
export const DIM = 1 << HASH_BITS
const MASK = DIM - 1
/** Dense features live in the last slots of the weight table. */
export const DENSE = { bias: DIM - 1, pos: DIM - 2, neg: DIM - 3, domainPos: DIM - 4, domainNeg: DIM - 5 }
const MAX_CHARS = 600

export interface FeatureVector {
  idx: Int32Array
  val: Float32Array
  n: number
}

const HAN_RE = /[\u3400-\u9FFF]/
const WORD_SPLIT_RE = /[^\p{L}\p{M}\p{N}]+/u
// Weibo-style [表情] codes and URLs carry no words.
const NOISE_RE = /https?:\/\/\S+|@\w+/gu

function fnvStart(seed: number): number {
  return (0x811c9dc5 ^ seed) >>> 0
}
function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619)
}

export function prepare(folded: string): string {
  const s = folded.length > MAX_CHARS ? folded.slice(0, MAX_CHARS) : folded
  return ` ${s.replace(NOISE_RE, ' ').split(WORD_SPLIT_RE).filter(Boolean).join(' ')} `
}

/** Collect hashed indices (with repeats) of a prepared text. */
function hashedIndices(p: string, out: number[]): void {
  const han = HAN_RE.test(p)
  const maxN = han ? 3 : 4
  const minN = han ? 1 : 2
  for (let i = 0; i < p.length; i++) {
    let h = fnvStart(1)
    for (let n = 1; n <= maxN && i + n <= p.length; n++) {
      h = fnvStep(h, p.charCodeAt(i + n - 1))
      if (n >= minN) out.push((fnvStep(h, n) >>> 0) & MASK)
    }
  }
  const words = p.trim().split(' ')
  let prev = 0
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!
    let h = fnvStart(2)
    for (let k = 0; k < word.length; k++) h = fnvStep(h, word.charCodeAt(k))
    out.push((h >>> 0) & MASK)
    if (w > 0) out.push((fnvStep(fnvStep(prev, 0x2f), h) >>> 0) & MASK)
    prev = h
  }
}

/** Feature vector of one text: binary hashed features scaled to unit length, plus dense ones. */
export function featurize(folded: string, ev: LexiconScore): FeatureVector {
  const raw: number[] = []
  hashedIndices(prepare(folded), raw)
  raw.sort((a, b) => a - b)
  const idx = new Int32Array(raw.length + 5)
  const val = new Float32Array(raw.length + 5)
  let n = 0
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && raw[i] === raw[i - 1]) continue
    idx[n++] = raw[i]!
  }
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0
  for (let i = 0; i < n; i++) val[i] = norm
  const dense: [number, number][] = [
    [DENSE.bias, 1],
    [DENSE.pos, Math.log1p(ev.pos)],
    [DENSE.neg, Math.log1p(ev.neg)],
    [DENSE.domainPos, Math.log1p(Math.max(0, ev.domain))],
    [DENSE.domainNeg, Math.log1p(Math.max(0, -ev.domain))],
  ]
  for (const [i, v] of dense) {
    idx[n] = i
    val[n] = v
    n++
  }
  return { idx, val, n }
}
