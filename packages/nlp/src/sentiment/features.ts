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
 * same list's weights, and a test holds the two to exactly the same logits.
 */
import { appendCueFeatures, MAX_CUE_FEATURES } from './cues.js'
import { FNV_OFFSET, FNV_PRIME, fmix } from './fnv.js'
import { type LexiconScore, squash } from './score.js'
import { appendScriptWords } from './script-words.js'

export const FEATURES_VERSION = 'v5-char2to5-punct-word12negclause-dense16'
/** Default table size (hashed slots) for training; a model file records its own. */
export const DEFAULT_HASH_BITS = 16
const MAX_CHARS = 400
/** Dense feature count; they live in the last slots of the table. */
export const DENSE_N = 16

interface FeatureVector {
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

/**
 * The features of the last few texts hashed, each in its own index buffer. One post is read
 * by the sentiment model and then by the intent model; between the two, a post naming
 * several banks has a clause per bank scored (sentiment/stance.ts), and a one-entry memo lost
 * the post to its clauses, so the intent model hashed the whole post again (682 of the
 * bench's 5,004 distinct texts). With four entries, replaced least recently used first, the
 * post stays while its clauses come and go.
 */
interface Hashed {
  folded: string | null
  /** Table size the indexes are masked to: a smaller table's indexes are these masked again. */
  dim: number
  n: number
  /** Count with the script-word features appended (script-words.ts), −1 until asked for. */
  nWords: number
  buf: Int32Array
  /** Call count at the last use, for the replacement. */
  used: number
}
/**
 * The prepared text has at most MAX_CHARS + 1 units (normalise), and each unit starts at
 * most four n-grams and ends at most one word with its pair and negated variant.
 */
const MAX_FEATURES = (MAX_CHARS + 2) * 6 + 16
/** Script words: at most a word, a pair and a negated variant per unit of the prepared text. */
const MAX_WORD_FEATURES = (MAX_CHARS + 2) * 3
const HASHED: Hashed[] = Array.from({ length: 4 }, () => ({
  folded: null,
  dim: 0,
  n: 0,
  nWords: -1,
  buf: new Int32Array(MAX_FEATURES + MAX_WORD_FEATURES + MAX_CUE_FEATURES),
  used: 0,
}))
let calls = 0
let current: Hashed = HASHED[0]!

/**
 * Hash the features of `folded` into a reused index buffer; returns the count. Read them
 * with `scratchIndices()` before the next call.
 */
export function hashFeatures(folded: string, dim: number): number {
  calls++
  let oldest = HASHED[0]!
  for (const e of HASHED) {
    if (e.folded === folded && dim <= e.dim) {
      if (dim < e.dim) {
        const m = dim - 1
        const buf = e.buf
        const end = Math.max(e.n, e.nWords)
        for (let i = 0; i < end; i++) buf[i] = buf[i]! & m
        e.dim = dim
      }
      e.used = calls
      current = e
      return e.n
    }
    if (e.used < oldest.used) oldest = e
  }
  oldest.folded = folded
  oldest.dim = dim
  oldest.used = calls
  oldest.n = hashInto(folded, dim, oldest.buf)
  oldest.nWords = -1
  current = oldest
  return oldest.n
}

/**
 * `hashFeatures` plus, for a table fitted with them (`scriptWords`), the script-word features
 * of Arabic and Chinese text (script-words.ts) appended after the others in the same buffer,
 * and for a table fitted with them the discourse cues of the post (cues.ts: `cues`, the lexicon
 * evidence they read), appended last and never memoised (they depend on the evidence too).
 * The intent model and every table without them read the first part only, unchanged.
 */
export function hashSentimentFeatures(
  folded: string,
  dim: number,
  scriptWords: boolean,
  cues: LexiconScore | null = null,
): number {
  const n = hashFeatures(folded, dim)
  const e = current
  if (scriptWords && e.nWords < 0) {
    // The shared buffer may hold another text since (a memo hit): prepare this one again.
    normalise(folded)
    e.nWords = n + appendScriptWords(norm, normLen, normHan, dim - 1, e.buf, n)
  }
  const end = scriptWords ? e.nWords : n
  if (cues === null) return end
  normalise(folded)
  return appendCueFeatures(String.fromCharCode(...norm.subarray(0, normLen)), cues, dim - 1, e.buf, end)
}

function hashInto(folded: string, dim: number, buf: Int32Array): number {
  normalise(folded)
  const p = norm
  const len = normLen
  // A power of two: a mask, not a division. The few hashes that land on a dense slot share it.
  const mask = dim - 1
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
  return current.buf
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
export function featurize(
  folded: string,
  ev: LexiconScore,
  dim: number,
  scriptWords = false,
  cues = false,
): FeatureVector {
  const n = hashSentimentFeatures(folded, dim, scriptWords, cues ? ev : null)
  const buf = scratchIndices()
  const dense = new Float64Array(DENSE_N)
  denseInto(ev, dense)
  const idx = new Int32Array(n + DENSE_N)
  const val = new Float32Array(n + DENSE_N)
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0
  for (let i = 0; i < n; i++) {
    idx[i] = buf[i]!
    val[i] = scale
  }
  for (let j = 0; j < DENSE_N; j++) {
    idx[n + j] = dim - 1 - j
    val[n + j] = dense[j]!
  }
  return { idx, val, n: n + DENSE_N }
}
