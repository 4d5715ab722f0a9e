/**
 * Hashed features for the trained sentiment model, shared by the runtime and the training
 * script (which imports the built code), so both see exactly the same numbers.
 *   - the folded text is first written into a reused code-unit buffer: words joined by one
 *     space, URLs and @user dropped, digits → 0, runs cut to two ("soooo" → "soo", "2024" → "00"),
 *     "!", "?" and clause ends ("." for , . ; :) kept as tokens;
 *   - character n-grams of that buffer (2–5 for alphabetic scripts, 1–3 for Chinese);
 *   - word unigrams and bigrams;
 *   - lexicon evidence (positive, negative, banking-domain sums, negation) as dense features.
 * Every n-gram is hashed straight from the code units (FNV-1a), so no substring is ever
 * allocated; the index buffer is reused. Sparse features count with repeats, scaled by 1/√n.
 * Training lists the features (`hashFeatures`); the runtime (`logitsIntoQuantized`) sums the
 * same features' weights, remembering the part that depends on one word or on the few units
 * around a space (word-sums.ts), and a test holds the two to exactly the same logits.
 */
import { type LexiconScore, squash } from './score.js'
import { MAX_CACHED_UNITS, SUM0, WordSums } from './word-sums.js'

export const FEATURES_VERSION = 'v5-char2to5-punct-word12negclause-dense16'
/** Default table size (hashed slots) for training; a model file records its own. */
export const DEFAULT_HASH_BITS = 16
const MAX_CHARS = 400
/** Dense feature count; they live in the last slots of the table. */
export const DENSE_N = 16

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

/**
 * Punctuation kept as a token of its own: "!" and "?" (emphasis and questions tell opinion
 * from news), and "." for any clause end, which also closes a negation's scope
 * ("not bad. the app crashes" negates only "bad"). 0 for any other code unit.
 */
function punctToken(c: number): number {
  if (c === 0x21 || c === 0xff01) return 0x21
  if (c === 0x3f || c === 0xff1f || c === 0x061f) return 0x3f
  if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3002 || c === 0xff0c || c === 0x060c)
    return 0x2e
  if (c === 0xff1b || c === 0xff1a || c === 0x3001) return 0x2e
  return 0
}

/**
 * Per code unit: 0 for a word unit, else the punctuation token it gives or 1 (separator,
 * no token). The two functions above define it; one table read per unit is cheaper than
 * their range tests, which were the costliest lines of the runtime scoring.
 */
const SEPARATOR = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) if (isSeparator(c)) SEPARATOR[c] = punctToken(c) || 1

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 16777619
/** Seed of word hashes: differs from the n-gram seed so a word and its n-gram never share a hash. */
const WORD_SEED = FNV_OFFSET ^ 2

const norm = new Uint16Array(MAX_CHARS + 2)
let normLen = 0
let normHan = false

/**
 * Write the prepared form of `folded` into the shared buffer: leading and trailing space,
 * single spaces between words, "http…" and "@user" tokens skipped, digits as 0.
 */
function normalise(folded: string): void {
  const s = folded
  const n = Math.min(s.length, MAX_CHARS * 2)
  let o = 0
  norm[o++] = 0x20
  normHan = false
  let i = 0
  while (i < n && o < MAX_CHARS) {
    const c = s.charCodeAt(i)
    if ((c === 0x68 && s.startsWith('http', i)) || c === 0x40) {
      while (i < n && s.charCodeAt(i) !== 0x20) i++
      continue
    }
    const sep = SEPARATOR[c]!
    if (sep !== 0) {
      if (norm[o - 1] !== 0x20) norm[o++] = 0x20
      // One token per run of the same mark ("!!!" → "!"), none at the start of the text.
      if (sep !== 1 && o > 1 && norm[o - 2] !== sep && o < MAX_CHARS - 1) {
        norm[o++] = sep
        norm[o++] = 0x20
      }
    } else {
      const d = c >= 0x30 && c <= 0x39 ? 0x30 : c
      // Runs of one letter longer than two carry no more meaning ("noooo" = "noo").
      if (!(o >= 2 && norm[o - 1] === d && norm[o - 2] === d)) norm[o++] = d
      if (c >= 0x3400 && c <= 0x9fff) normHan = true
    }
    i++
  }
  if (norm[o - 1] !== 0x20) norm[o++] = 0x20
  normLen = o
}

/** The prepared text as a string (for tests and debugging). */
export function prepare(folded: string): string {
  normalise(folded)
  return String.fromCharCode(...norm.subarray(0, normLen))
}

/** FNV-1a of a word's code units, as the word loop below computes it. */
function wordHash(w: string): number {
  let h = WORD_SEED
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME)
  return h
}

/**
 * Negation words of the served languages: the next NEG_SCOPE words also give a "negated"
 * variant of their unigram feature, so that "not good" can learn apart from "good".
 */
const NEGATORS: ReadonlySet<number> = new Set(
  (
    "not no never nobody nothing none nor cannot can't don't doesn't didn't isn't wasn't aren't won't " +
    "wouldn't shouldn't couldn't haven't hasn't ain't dont doesnt didnt isnt cant wont " +
    'niet geen nooit nicht kein keine keinen nie ne pas jamais non nunca nada ni nem não nao mai ' +
    'değil yok tidak bukan gak nggak nahi nahin mat لا ما لم لن ليس'
  )
    .split(' ')
    .filter((w) => w !== '')
    .map(wordHash),
)
// Low 10 bits of each negator's hash: most words fail this table read, so the Set (whose
// int32 keys are mostly heap numbers) is probed for few of them.
const NEGATOR_LOW = new Uint8Array(1024)
for (const h of NEGATORS) NEGATOR_LOW[h & 1023] = 1
const NEG_SCOPE = 3
const CLAUSE_END = wordHash('.')
const BANG = wordHash('!')
const QUESTION = wordHash('?')

let scratch = new Int32Array(4096)

function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h
}

/**
 * Hash the features of `folded` into the shared scratch buffer ;
 * returns the count. Read them with `scratchIndices()` before the next call.
 */
export function hashFeatures(folded: string, dim: number): number {
  normalise(folded)
  const p = norm
  const len = normLen
  // A power of two: a mask, not a division. The few hashes that land on a dense slot share it.
  const mask = dim - 1
  const need = len * 6 + 16
  if (scratch.length < need) scratch = new Int32Array(need)
  const buf = scratch
  let n = 0
  const maxN = normHan ? 3 : 5
  const minN = normHan ? 1 : 2
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET
    for (let k = 1; k <= maxN && i + k <= len; k++) {
      h = Math.imul(h ^ p[i + k - 1]!, FNV_PRIME)
      if (k >= minN) buf[n++] = fmix(h ^ k) & mask
    }
  }
  // Words: FNV over each space-delimited run, plus the pair with the previous word, plus
  // a negated variant within NEG_SCOPE words after a negation word.
  let h = WORD_SEED
  let prev = 0
  let inWord = false
  let negLeft = 0
  for (let i = 1; i < len; i++) {
    const c = p[i]!
    if (c === 0x20) {
      if (inWord) {
        buf[n++] = fmix(h ^ 0x77) & mask
        if (prev !== 0) buf[n++] = fmix(Math.imul(prev ^ 0x2f, FNV_PRIME) ^ h) & mask
        if (NEGATOR_LOW[h & 1023] === 1 && NEGATORS.has(h)) negLeft = NEG_SCOPE
        else if (h === CLAUSE_END || h === BANG || h === QUESTION) negLeft = 0
        else if (negLeft > 0) {
          buf[n++] = fmix(h ^ 0x6e6f74) & mask
          negLeft--
        }
        prev = h
      }
      h = WORD_SEED
      inWord = false
    } else {
      h = Math.imul(h ^ c, FNV_PRIME)
      inWord = true
    }
  }
  return n
}

/** The buffer `hashFeatures` wrote into. */
export function scratchIndices(): Int32Array {
  return scratch
}

/** Dense feature values into `out` (length DENSE_N); slot j is table index dim − 1 − j. */
export function denseInto(ev: LexiconScore, out: Float64Array): void {
  out[0] = 1
  out[1] = Math.log1p(ev.pos)
  out[2] = Math.log1p(ev.neg)
  out[3] = Math.log1p(Math.max(0, ev.domain))
  out[4] = Math.log1p(Math.max(0, -ev.domain))
  out[5] = ev.hits === 0 ? 1 : 0
  out[6] = squash(ev.sum)
  out[7] = Math.tanh(Math.max(0, ev.emoji) / 2)
  out[8] = Math.tanh(Math.max(0, -ev.emoji) / 2)
  out[9] = ev.maxPos / 4
  out[10] = ev.maxNeg / 4
  out[11] = Math.min(ev.negated, 2) / 2
  out[12] = Math.log1p(ev.widePos)
  out[13] = Math.log1p(ev.wideNeg)
  out[14] = Math.min(ev.bangs, 3) / 3
  out[15] = Math.min(ev.questions, 3) / 3
}

/** Copying feature vector of one text (for training): repeats kept, scaled by 1/√n, dense appended. */
export function featurize(folded: string, ev: LexiconScore, dim: number): FeatureVector {
  const n = hashFeatures(folded, dim)
  const dense = new Float64Array(DENSE_N)
  denseInto(ev, dense)
  const idx = new Int32Array(n + DENSE_N)
  const val = new Float32Array(n + DENSE_N)
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0
  for (let i = 0; i < n; i++) {
    idx[i] = scratch[i]!
    val[i] = scale
  }
  for (let j = 0; j < DENSE_N; j++) {
    idx[n + j] = dim - 1 - j
    val[n + j] = dense[j]!
  }
  return { idx, val, n: n + DENSE_N }
}

const denseTmp = new Float64Array(DENSE_N)

/**
 * Logits of a feature-major weight table (`weights[slot * k + class]`: one cache line per
 * feature, not one per class) for one text, without copying the features.
 */
export function logitsInto(
  weights: Float32Array,
  k: number,
  dim: number,
  folded: string,
  ev: LexiconScore,
  out: Float64Array,
): void {
  const n = hashFeatures(folded, dim)
  const buf = scratch
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0
  let z0 = 0
  let z1 = 0
  let z2 = 0
  if (k === 3) {
    for (let i = 0; i < n; i++) {
      const off = buf[i]! * 3
      z0 += weights[off]!
      z1 += weights[off + 1]!
      z2 += weights[off + 2]!
    }
  } else {
    for (let i = 0; i < n; i++) {
      const off = buf[i]! * 2
      z0 += weights[off]!
      z1 += weights[off + 1]!
    }
  }
  denseInto(ev, denseTmp)
  out[0] = z0 * scale
  out[1] = z1 * scale
  if (k === 3) out[2] = z2 * scale
  for (let j = 0; j < DENSE_N; j++) {
    const off = (dim - 1 - j) * k
    const v = denseTmp[j]!
    for (let c = 0; c < k; c++) out[c] = out[c]! + weights[off + c]! * v
  }
}

/**
 * A weight table for the runtime: the sparse slots as Int8 with one scale (a quarter of the
 * memory, so a language's table stays in the L2 cache while posts of many languages are
 * interleaved), the dense slots kept as Float32. The error per logit is far below the
 * differences between classes (see the parity test).
 */
export interface QuantizedWeights {
  k: number
  dim: number
  q: Int8Array
  scale: number
  /** Dense slot j (table index dim − 1 − j), class c at [j * k + c]. */
  dense: Float32Array
}

export function quantize(weights: Float32Array, k: number, dim: number): QuantizedWeights {
  let max = 0
  const sparseEnd = (dim - DENSE_N) * k
  for (let i = 0; i < sparseEnd; i++) max = Math.max(max, Math.abs(weights[i]!))
  const scale = max > 0 ? max / 127 : 1
  const q = new Int8Array(dim * k)
  for (let i = 0; i < sparseEnd; i++) q[i] = Math.round(weights[i]! / scale)
  const dense = new Float32Array(DENSE_N * k)
  for (let j = 0; j < DENSE_N; j++) {
    for (let c = 0; c < k; c++) dense[j * k + c] = weights[(dim - 1 - j) * k + c]!
  }
  return { k, dim, q, scale, dense }
}

/** Which memo of a weight table: word sums of alphabetic posts, of Chinese posts, cross-word windows. */
const WORDS = 0
const HAN_WORDS = 1
const WINDOWS = 2
const memosByTable = new WeakMap<QuantizedWeights, (WordSums | undefined)[]>()

/** A weight table's memo of one kind, created on first use (a Chinese table never needs the others). */
function memoFor(w: QuantizedWeights, kind: number): WordSums {
  let memos = memosByTable.get(w)
  if (memos === undefined) {
    memos = [undefined, undefined, undefined]
    memosByTable.set(w, memos)
  }
  let m = memos[kind]
  if (m === undefined) {
    m = new WordSums()
    memos[kind] = m
  }
  return m
}

/** Class sums 0..2 and feature count of one part of a post, written by the helpers below. */
const part = new Int32Array(4)

/**
 * Sums of the n-grams of `p[a..b)` with its padding spaces (" wo", "ord ", " word "), the
 * lone space excepted, and of the word unigram (hash `h`).
 */
function wordPart(w: QuantizedWeights, p: Uint16Array, a: number, b: number, h: number, han: boolean): void {
  const { k, q } = w
  const mask = w.dim - 1
  const maxN = han ? 3 : 5
  const minN = han ? 1 : 2
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let c = 0
  for (let i = a - 1; i < b; i++) {
    let g = FNV_OFFSET
    for (let kk = 1; kk <= maxN && i + kk <= b + 1; kk++) {
      g = Math.imul(g ^ p[i + kk - 1]!, FNV_PRIME)
      if (kk >= minN && (kk > 1 || i >= a)) {
        const off = (fmix(g ^ kk) & mask) * k
        s0 += q[off]!
        s1 += q[off + 1]!
        if (k === 3) s2 += q[off + 2]!
        c++
      }
    }
  }
  const off = (fmix(h ^ 0x77) & mask) * k
  part[0] = s0 + q[off]!
  part[1] = s1 + q[off + 1]!
  part[2] = k === 3 ? s2 + q[off + 2]! : 0
  part[3] = c + 1
}

/**
 * Sums of the n-grams whose first inner space is `b`: they start in `p[lo..b)` and end
 * within `p[..hi)`, where lo is the word's padding space or b − (maxN − 2), and hi is
 * b + maxN − 1 or the end of the text. A pure function of the units `p[lo..hi)`.
 */
function crossPart(
  w: QuantizedWeights,
  p: Uint16Array,
  lo: number,
  b: number,
  hi: number,
  maxN: number,
): void {
  const { k, q } = w
  const mask = w.dim - 1
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let c = 0
  for (let i = lo; i < b; i++) {
    let g = FNV_OFFSET
    for (let kk = 1; kk <= maxN && i + kk <= hi; kk++) {
      g = Math.imul(g ^ p[i + kk - 1]!, FNV_PRIME)
      if (kk >= b - i + 2) {
        const off = (fmix(g ^ kk) & mask) * k
        s0 += q[off]!
        s1 += q[off + 1]!
        if (k === 3) s2 += q[off + 2]!
        c++
      }
    }
  }
  part[0] = s0
  part[1] = s1
  part[2] = s2
  part[3] = c
}

/** Fill `part` from the memo and say so, or say it is not there. */
function viaMemo(memo: WordSums, p: Uint16Array, a: number, b: number, h: number): boolean {
  const slot = memo.find(p, a, b, h)
  if (slot === -1) return false
  const rec = memo.rec
  part[0] = rec[slot + SUM0]!
  part[1] = rec[slot + SUM0 + 1]!
  part[2] = rec[slot + SUM0 + 2]!
  part[3] = rec[slot + SUM0 + 3]!
  return true
}

/** Keep `part` as the sums of `p[a..b)`. */
function remember(memo: WordSums, p: Uint16Array, a: number, b: number, h: number): void {
  const slot = memo.store(p, a, b, h)
  const rec = memo.rec
  rec[slot + SUM0] = part[0]!
  rec[slot + SUM0 + 1] = part[1]!
  rec[slot + SUM0 + 2] = part[2]!
  rec[slot + SUM0 + 3] = part[3]!
}

/**
 * logitsInto for a quantized table, without materialising the feature list. The features
 * are exactly those of `hashFeatures`, split by what they depend on:
 *   - a word alone: its n-grams with its padding spaces and its unigram (memo by word);
 *   - the few units around a space between two words: the n-grams across it (memo by
 *     those units; alphabetic scripts only, a Chinese window holds one n-gram);
 *   - the two words' hashes: the bigram; the preceding words: the negated variant;
 *   - in Chinese mode, the unigram of each space.
 * The weights are integers, so the sums, and the logits, are identical to the plain loop.
 */
export function logitsIntoQuantized(
  w: QuantizedWeights,
  folded: string,
  ev: LexiconScore,
  out: Float64Array,
): void {
  normalise(folded)
  const p = norm
  const len = normLen
  const han = normHan
  const { k, q } = w
  const mask = w.dim - 1
  const maxN = han ? 3 : 5
  const wordMemo = memoFor(w, han ? HAN_WORDS : WORDS)
  // A Chinese window holds one n-gram: computed, not remembered.
  const windows = han ? null : memoFor(w, WINDOWS)
  let z0 = 0
  let z1 = 0
  let z2 = 0
  let n = 0
  let prev = 0
  let negLeft = 0
  let words = 0
  let a = 1
  while (a < len) {
    let b = a
    let h = WORD_SEED
    while (p[b] !== 0x20) h = Math.imul(h ^ p[b++]!, FNV_PRIME)
    // The word is p[a..b); p[a - 1] and p[b] are spaces (normalise pads and never doubles them).
    words++
    if (b - a > MAX_CACHED_UNITS) wordPart(w, p, a, b, h, han)
    else if (!viaMemo(wordMemo, p, a, b, h)) {
      wordPart(w, p, a, b, h, han)
      remember(wordMemo, p, a, b, h)
    }
    z0 += part[0]!
    z1 += part[1]!
    z2 += part[2]!
    n += part[3]!
    if (prev !== 0) {
      const off = (fmix(Math.imul(prev ^ 0x2f, FNV_PRIME) ^ h) & mask) * k
      z0 += q[off]!
      z1 += q[off + 1]!
      if (k === 3) z2 += q[off + 2]!
      n++
    }
    if (NEGATOR_LOW[h & 1023] === 1 && NEGATORS.has(h)) negLeft = NEG_SCOPE
    else if (h === CLAUSE_END || h === BANG || h === QUESTION) negLeft = 0
    else if (negLeft > 0) {
      const off = (fmix(h ^ 0x6e6f74) & mask) * k
      z0 += q[off]!
      z1 += q[off + 1]!
      if (k === 3) z2 += q[off + 2]!
      n++
      negLeft--
    }
    prev = h
    if (b < len - 1) {
      const lo = Math.max(a - 1, b - maxN + 2)
      const hi = Math.min(len, b + maxN - 1)
      if (windows === null) crossPart(w, p, lo, b, hi, maxN)
      else {
        let g = FNV_OFFSET
        for (let i = lo; i < hi; i++) g = Math.imul(g ^ p[i]!, FNV_PRIME)
        if (!viaMemo(windows, p, lo, hi, g)) {
          crossPart(w, p, lo, b, hi, maxN)
          remember(windows, p, lo, hi, g)
        }
      }
      z0 += part[0]!
      z1 += part[1]!
      z2 += part[2]!
      n += part[3]!
    }
    a = b + 1
  }
  if (han) {
    // One unigram " " per space: the leading one and one after each word.
    const off = (fmix(Math.imul(FNV_OFFSET ^ 0x20, FNV_PRIME) ^ 1) & mask) * k
    const spaces = words + 1
    z0 += q[off]! * spaces
    z1 += q[off + 1]! * spaces
    if (k === 3) z2 += q[off + 2]! * spaces
    n += spaces
  }
  const scale = n > 0 ? w.scale / Math.sqrt(n) : 0
  // Locals, not out[c]: the same operations in the same order, without the array traffic.
  let o0 = z0 * scale
  let o1 = z1 * scale
  let o2 = z2 * scale
  denseInto(ev, denseTmp)
  const dense = w.dense
  for (let j = 0; j < DENSE_N; j++) {
    const v = denseTmp[j]!
    o0 += dense[j * k]! * v
    o1 += dense[j * k + 1]! * v
    if (k === 3) o2 += dense[j * k + 2]! * v
  }
  out[0] = o0
  out[1] = o1
  if (k === 3) out[2] = o2
}
