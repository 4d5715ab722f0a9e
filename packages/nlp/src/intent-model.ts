/**
 * The trained intent classifier: a multinomial logistic regression over the hashed text
 * features of the sentiment model (character 2–5-grams, words, bigrams, negated words:
 * `hashFeatures`), a language token, and dense signals that carry per-language knowledge
 * (our cue lists in every language: problem, abuse, spam, praise, question openers) and
 * the post's shape (links, hashtags, handles, question marks, digits and percentages,
 * length, personal data, sentiment, the platform). Trained by scripts/train-intent.mjs on
 * openly licensed data (../shared/data/intent-open) plus our own bank posts
 * (data/intent/templates.mjs); the weights are committed in models/.
 *
 * `intentFeatures` is shared by training and the runtime, so both see the same numbers.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { Intent } from '@vigil/schema'
import { hashFeatures, scratchIndices } from './sentiment/features.js'

export const INTENT_CLASSES = ['complaint', 'question', 'praise', 'troll', 'spam', 'other', 'news'] as const
export const INTENT_FEATURES_VERSION = 'intent-v2-sent5-lang-dense29'
export const INTENT_MODEL_FORMAT = 'vigil-intent-linear-v1'
/** Dense signal count; they live in the last slots of the table. */
export const INTENT_DENSE_N = 29

/** What the classifier reads of a post besides its folded text. */
export interface IntentSignals {
  folded: string
  text: string
  lang: string
  sentimentScore: number
  lexPos: number
  lexNeg: number
  cues: {
    problem: boolean
    abuse: boolean
    spam: boolean
    praise: boolean
    resolved: boolean
    questionStart: boolean
  }
  urls: number
  hashtags: number
  handles: number
  /** Personal data kinds found (a card number in a "charged twice" post). */
  pii: number
  /**
   * The writer cannot do something, or it still has not happened (intent-grammar.ts), in a post
   * that asks (a question mark, `marksQuestion`, or a question opener): the model reads it only
   * there (slot 27), so `signalsOf` does not look for it elsewhere and leaves it false.
   */
  failure: boolean
  /** An offer to recover someone else's money or account, with a way to reach the writer (intent-grammar.ts). */
  recoveryOffer: boolean
  platform: string | null
  brandAccount: boolean
}

const LANG_SEED = 0x1b873593

/**
 * A word masked by its writer ("f***", "c*nt", "Hu***söhne", "W*chser", "ح*ير") or a grawlix
 * (`intentDense`'s loop: a run of three or more of `@#$%&*!` with one of `#$%&` before an `@` or
 * `*`): the hashed features never see it (`*` is a separator there, `@` starts a handle).
 * In sets 1, 3–11 it marks 29 trolls and 1 complaint; in intent-open 32 trolls, 2 other, 1
 * complaint. One to three letters before the stars, so "XXXX****" and "*emphasis*" are not it.
 */
const MASKED_WORD_RE = /(?<![\p{L}\p{N}*])\p{L}{1,3}\*+(?:\p{L}|\*(?![\p{L}\p{N}]))/u
/**
 * "Sparkassen-Fuzzis = Hu***söhne", "جمعية المصارف = عصابة": a name set equal to an insult. The
 * hashed features drop "="; in sets 1, 3–11 a spaced "=" between words is in 15 trolls and 1
 * other post, in intent-open 6 trolls and 5 other (links' "?v=" have no spaces).
 */
const EQUATED_RE = /[\p{L}\p{M}] = [\p{L}\p{So}]/u

function langSlot(lang: string, dim: number): number {
  let h = LANG_SEED
  for (let i = 0; i < lang.length; i++) h = Math.imul(h ^ lang.charCodeAt(i), 16777619)
  // Never a dense slot.
  return (h >>> 0) % (dim - INTENT_DENSE_N)
}

/** The dense signals read a post's first this many code units. */
const DENSE_SCAN = 1000

/** A question mark ('?', '？', '؟') where the dense signals look (slot 9: `qmarks > 0` in `intentDense`). */
export function marksQuestion(text: string): boolean {
  const end = Math.min(text.length, DENSE_SCAN)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3f || c === 0xff1f || c === 0x061f) return true
  }
  return false
}

/** Dense values (length INTENT_DENSE_N); slot j is table index dim − 1 − j. */
function intentDense(s: IntentSignals, out: Float64Array): void {
  const t = s.text
  const len = t.length
  const end = Math.min(len, DENSE_SCAN)
  let upper = 0
  let letters = 0
  let bangs = 0
  let qmarks = 0
  let digits = 0
  let pct = false
  let maskMark = false
  let doubleQ = false
  let lastQ = -3
  // The grawlix, read in this pass (a regex with three nested runs backtracks on long runs).
  let grawlix = false
  let run = 0
  let runCurse = false
  let runOrdered = false
  // One pass over the code units (a regex per signal cost more than the model).
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i)
    if (c === 0x40 || c === 0x23 || c === 0x24 || c === 0x25 || c === 0x26 || c === 0x2a || c === 0x21) {
      run++
      if (c === 0x40 || c === 0x2a) runOrdered ||= runCurse
      else if (c !== 0x21) runCurse = true
      if (run >= 3 && runOrdered) grawlix = true
    } else {
      run = 0
      runCurse = false
      runOrdered = false
    }
    if (c >= 0x41 && c <= 0x5a) {
      upper++
      letters++
    } else if (c >= 0x61 && c <= 0x7a) letters++
    else if (c >= 0x30 && c <= 0x39) digits++
    else if (c === 0x21 || c === 0xff01) bangs++
    else if (c === 0x3f || c === 0xff1f || c === 0x061f) {
      qmarks++
      // "??", "？？", "? ?": the hashed text keeps one mark of a run, so the doubling is lost there.
      if (i - lastQ === 1 || (i - lastQ === 2 && t.charCodeAt(i - 1) === 0x20)) doubleQ = true
      lastQ = i
    } else if (c === 0x25 || c === 0x066a || c === 0xff05) pct = true
    else if (c === 0x2a || c === 0x23 || c === 0x24 || c === 0x26) maskMark = true
  }
  out[0] = 1
  out[1] = s.sentimentScore
  out[2] = Math.log1p(s.lexPos)
  out[3] = Math.log1p(s.lexNeg)
  out[4] = s.cues.problem ? 1 : 0
  out[5] = s.cues.abuse ? 1 : 0
  out[6] = s.cues.spam ? 1 : 0
  out[7] = s.cues.praise ? 1 : 0
  out[8] = s.cues.resolved ? 1 : 0
  out[9] = qmarks > 0 ? 1 : 0
  out[10] = s.cues.questionStart ? 1 : 0
  out[11] = Math.tanh(s.urls / 1.5)
  out[12] = Math.min(s.hashtags, 8) / 8
  out[13] = Math.min(s.handles, 8) / 8
  out[14] = Math.min(bangs, 4) / 4
  out[15] = s.pii > 0 ? 1 : 0
  out[16] = end === 0 ? 0 : Math.min(1, (digits / end) * 5)
  out[17] = pct ? 1 : 0
  out[18] = Math.min(Math.log1p(len) / 7, 1)
  out[19] = s.platform === 'news' ? 1 : 0
  out[20] = s.brandAccount ? 1 : 0
  out[21] = letters > 8 ? upper / letters : 0
  out[22] = s.cues.abuse && s.cues.problem ? 1 : 0
  out[23] = s.urls > 0 && s.cues.spam ? 1 : 0
  // Tested only where the character can be: both are rare, and the model runs on every post.
  out[24] = grawlix || ((maskMark || pct) && MASKED_WORD_RE.test(t)) ? 1 : 0
  out[25] = t.includes(' = ') && EQUATED_RE.test(t) ? 1 : 0
  // In sets 1, 3–11: 38 complaints, 3 questions, 2 spam, 1 troll ("Isch das normal??").
  out[26] = doubleQ ? 1 : 0
  // A failure asked about ("Waarom kan ik al 3 dagen niet inloggen?"): a complaint's question.
  out[27] = s.failure && (qmarks > 0 || s.cues.questionStart) ? 1 : 0
  // "DM me, I recover lost funds": a scam's offer needs no link.
  out[28] = s.recoveryOffer ? 1 : 0
}

export interface IntentVector {
  idx: Int32Array
  val: Float32Array
  n: number
}

const denseTmp = new Float64Array(INTENT_DENSE_N)

/** Copying feature vector (training): sparse text features scaled by 1/√n, language, dense. */
export function intentFeatures(s: IntentSignals, dim: number): IntentVector {
  const n = hashFeatures(s.folded, dim)
  const buf = scratchIndices()
  intentDense(s, denseTmp)
  const idx = new Int32Array(n + 1 + INTENT_DENSE_N)
  const val = new Float32Array(n + 1 + INTENT_DENSE_N)
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0
  for (let i = 0; i < n; i++) {
    idx[i] = buf[i]!
    val[i] = scale
  }
  idx[n] = langSlot(s.lang, dim)
  val[n] = 1
  for (let j = 0; j < INTENT_DENSE_N; j++) {
    idx[n + 1 + j] = dim - 1 - j
    val[n + 1 + j] = denseTmp[j]!
  }
  return { idx, val, n: n + 1 + INTENT_DENSE_N }
}

export interface IntentModel {
  dim: number
  k: number
  q: Int8Array
  /**
   * The same weights, each offset by 128 and packed two to a 32-bit word (classes 0–1, 2–3,
   * 4–5, 6): four loads per feature instead of seven (see `packedSums`).
   */
  packed: Uint32Array
  scale: number
  /** Dense slot j, class c at [j * k + c]. */
  dense: Float32Array
  /** `intent-shipped@<hash>`. */
  version: string
}

export class IntentModelError extends Error {
  readonly code = 'VIGIL_ERR_INTENT_MODEL'
}

interface IntentModelMeta {
  format: string
  features: string
  dim: number
  classes: string[]
  file: string
  scale: number
}

/** Load the model (meta JSON + Int8 weights); null when absent and not required. */
export function loadIntentModel(path: string, required: boolean): IntentModel | null {
  if (!existsSync(path)) {
    if (required) throw new IntentModelError(`intent model not found: ${path}`)
    return null
  }
  const text = readFileSync(path, 'utf8')
  const meta = JSON.parse(text) as IntentModelMeta
  if (
    meta.format !== INTENT_MODEL_FORMAT ||
    meta.features !== INTENT_FEATURES_VERSION ||
    meta.classes.join(',') !== INTENT_CLASSES.join(',')
  ) {
    throw new IntentModelError(
      `intent model ${path} is ${meta.format}/${meta.features}; this build reads ${INTENT_MODEL_FORMAT}/${INTENT_FEATURES_VERSION}`,
    )
  }
  const dim = meta.dim
  const k = INTENT_CLASSES.length
  const buf = readFileSync(new URL(meta.file, pathToFileURL(path)))
  if (
    !Number.isInteger(dim) ||
    (dim & (dim - 1)) !== 0 ||
    buf.byteLength !== dim * k + INTENT_DENSE_N * k * 4
  ) {
    throw new IntentModelError(`intent weights ${meta.file} have ${buf.byteLength} bytes for dim ${dim}`)
  }
  const q = new Int8Array(dim * k)
  q.set(new Int8Array(buf.buffer, buf.byteOffset, dim * k))
  const dense = new Float32Array(INTENT_DENSE_N * k)
  new Uint8Array(dense.buffer).set(buf.subarray(dim * k))
  const hash = createHash('sha256').update(text).update(buf).digest('hex').slice(0, 12)
  return {
    dim,
    k,
    q,
    packed: packWeights(q, dim),
    scale: meta.scale,
    dense,
    version: `intent-shipped@${hash}`,
  }
}

/** Seven int8 weights per feature → four words of two 16-bit lanes, each weight + 128. */
export function packWeights(q: Int8Array, dim: number): Uint32Array {
  const packed = new Uint32Array(dim * 4)
  for (let f = 0; f < dim; f++) {
    const o = f * 7
    packed[f * 4] = (q[o]! + 128) | ((q[o + 1]! + 128) << 16)
    packed[f * 4 + 1] = (q[o + 2]! + 128) | ((q[o + 3]! + 128) << 16)
    packed[f * 4 + 2] = (q[o + 4]! + 128) | ((q[o + 5]! + 128) << 16)
    packed[f * 4 + 3] = q[o + 6]! + 128
  }
  return packed
}

// A lane holds at most 255 per feature: 256 features sum to under 2^16, so no lane carries
// into the next one within a chunk (and a word's sum, under 2^40, is exact in a double).
const CHUNK = 256
const LANE = 65536

/**
 * Integer sums of the seven class weights over the first `n` indexes of `idx`, into `z`:
 * exactly the sums of the int8 weights (integers, so the order of additions cannot matter).
 */
export function packedSums(packed: Uint32Array, idx: Int32Array, n: number, z: Float64Array): void {
  let z0 = 0
  let z1 = 0
  let z2 = 0
  let z3 = 0
  let z4 = 0
  let z5 = 0
  let z6 = 0
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK)
    let a0 = 0
    let a1 = 0
    let a2 = 0
    let a3 = 0
    for (let i = from; i < to; i++) {
      const off = idx[i]! << 2
      a0 += packed[off]!
      a1 += packed[off + 1]!
      a2 += packed[off + 2]!
      a3 += packed[off + 3]!
    }
    const l0 = a0 % LANE
    const l1 = a1 % LANE
    const l2 = a2 % LANE
    z0 += l0
    z1 += (a0 - l0) / LANE
    z2 += l1
    z3 += (a1 - l1) / LANE
    z4 += l2
    z5 += (a2 - l2) / LANE
    z6 += a3
  }
  const bias = 128 * n
  z[0] = z0 - bias
  z[1] = z1 - bias
  z[2] = z2 - bias
  z[3] = z3 - bias
  z[4] = z4 - bias
  z[5] = z5 - bias
  z[6] = z6 - bias
}

/** Class probabilities into `out` (length 7, INTENT_CLASSES order). */
export function intentProbabilities(m: IntentModel, s: IntentSignals, out: Float64Array): Float64Array {
  const { k, q } = m
  const n = hashFeatures(s.folded, m.dim)
  const buf = scratchIndices()
  packedSums(m.packed, buf, n, out)
  const sc = n > 0 ? m.scale / Math.sqrt(n) : 0
  for (let c = 0; c < k; c++) out[c] = out[c]! * sc
  const lo = langSlot(s.lang, m.dim) * k
  for (let c = 0; c < k; c++) out[c] = out[c]! + q[lo + c]! * m.scale
  intentDense(s, denseTmp)
  for (let j = 0; j < INTENT_DENSE_N; j++) {
    const v = denseTmp[j]!
    if (v === 0) continue
    for (let c = 0; c < k; c++) out[c] = out[c]! + m.dense[j * k + c]! * v
  }
  let max = -Infinity
  for (let c = 0; c < k; c++) max = Math.max(max, out[c]!)
  let sum = 0
  for (let c = 0; c < k; c++) {
    out[c] = Math.exp(out[c]! - max)
    sum += out[c]!
  }
  for (let c = 0; c < k; c++) out[c] = out[c]! / sum
  return out
}

export function intentOf(i: number): Intent {
  return INTENT_CLASSES[i]! as Intent
}
