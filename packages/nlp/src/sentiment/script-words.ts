/**
 * Word features for scripts whose words the space-delimited word loop of features.ts cannot
 * see (issue 11 item 4, applied to sentiment):
 *   - Chinese is written without spaces, so that loop sees a clause as one "word" and the
 *     table learns from character 1–3-grams only ("账一", "直失"). Here ICU's word segmenter
 *     (`Intl.Segmenter`, in every Node build) cuts the text into words: each word, each pair
 *     of neighbouring words, and a word after a negator ("不", "没有") as a variant of its own.
 *   - Arabic glues conjunctions, prepositions, the article and pronouns to the word
 *     ("وبالبنك", "حسابي"), so one lemma is many unrelated word hashes. Here each Arabic word
 *     also gives its light stem (Larkey's Light10 rules, plus the pronoun suffixes), shared by
 *     every form of it. The text is already folded (alef and yeh variants, teh marbuta as heh,
 *     no diacritics or tatweel: text.ts).
 * Only tables fitted with them read these features (`scriptWords` in a language's metadata),
 * so a model file without it answers exactly as before, and the intent model never sees them.
 */
import { FNV_OFFSET, FNV_PRIME, fmix } from './fnv.js'

const ZH_WORD_SEED = FNV_OFFSET ^ 0x7a68
const ZH_PAIR_SALT = 0x7a6870
const ZH_NEG_SALT = 0x7a686e
const AR_STEM_SEED = FNV_OFFSET ^ 0x6172

function hashRange(seed: number, p: Uint16Array | string, a: number, b: number): number {
  let h = seed
  if (typeof p === 'string') for (let i = a; i < b; i++) h = Math.imul(h ^ p.charCodeAt(i), FNV_PRIME)
  else for (let i = a; i < b; i++) h = Math.imul(h ^ p[i]!, FNV_PRIME)
  return h
}

let segmenter: Intl.Segmenter | null = null
const ZH_NEGATORS = new Set([
  '不',
  '没',
  '没有',
  '别',
  '未',
  '无',
  '非',
  '不是',
  '不要',
  '从不',
  '并不',
  '毫不',
])

function chineseWords(text: string, mask: number, out: Int32Array, at: number): number {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  let n = at
  let prev = 0
  let negated = false
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) {
      // A space keeps the pair going (the prepared text has one between tokens); punctuation ends it.
      if (s.segment !== ' ') {
        prev = 0
        negated = false
      }
      continue
    }
    const w = s.segment
    const h = hashRange(ZH_WORD_SEED, w, 0, w.length)
    out[n++] = fmix(h) & mask
    if (prev !== 0) out[n++] = fmix(Math.imul(prev ^ ZH_PAIR_SALT, FNV_PRIME) ^ h) & mask
    if (negated) out[n++] = fmix(h ^ ZH_NEG_SALT) & mask
    negated = ZH_NEGATORS.has(w)
    prev = h
  }
  return n - at
}

// Folded forms (text.ts): teh marbuta is heh, alef maksura is yeh. No "ك" (your): it would
// cut "بنك" (bank) to "بن".
const AR_PREFIXES = ['ال', 'بال', 'كال', 'فال', 'لل']
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'هم', 'كم', 'نا', 'ه', 'ي']
const WAW = 0x0648

function startsAt(p: Uint16Array, a: number, b: number, affix: string): boolean {
  if (b - a < affix.length) return false
  for (let i = 0; i < affix.length; i++) if (p[a + i] !== affix.charCodeAt(i)) return false
  return true
}

function endsAt(p: Uint16Array, a: number, b: number, affix: string): boolean {
  if (b - a < affix.length) return false
  for (let i = 0; i < affix.length; i++) if (p[b - affix.length + i] !== affix.charCodeAt(i)) return false
  return true
}

/** Light stem of the Arabic word p[a, b): [start, end) packed as start * 65536 + end. */
export function arabicStem(p: Uint16Array, a: number, b: number): number {
  if (b - a >= 4 && p[a] === WAW) a++
  for (const pre of AR_PREFIXES) {
    if (b - a - pre.length >= 2 && startsAt(p, a, b, pre)) {
      a += pre.length
      break
    }
  }
  for (const suf of AR_SUFFIXES) if (b - a - suf.length >= 2 && endsAt(p, a, b, suf)) b -= suf.length
  return a * 65536 + b
}

function arabicStems(p: Uint16Array, len: number, mask: number, out: Int32Array, at: number): number {
  let n = at
  let start = -1
  let arabic = true
  for (let i = 0; i < len; i++) {
    const c = p[i]!
    if (c !== 0x20) {
      if (start < 0) start = i
      if (c < 0x0621 || c > 0x064a) arabic = false
      continue
    }
    if (start >= 0 && arabic && i - start >= 2) {
      const s = arabicStem(p, start, i)
      out[n++] = fmix(hashRange(AR_STEM_SEED, p, Math.floor(s / 65536), s % 65536)) & mask
    }
    start = -1
    arabic = true
  }
  return n - at
}

/**
 * Append the script-word features of the prepared text `p[0, len)` (features.ts `normalise`)
 * to `out` from index `at`; returns how many. `han`: the text holds Chinese characters.
 */
export function appendScriptWords(
  p: Uint16Array,
  len: number,
  han: boolean,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  if (han) return chineseWords(String.fromCharCode(...p.subarray(0, len)), mask, out, at)
  return arabicStems(p, len, mask, out, at)
}

/** The stems of an Arabic text as strings (tests and debugging). */
export function arabicStemsOf(folded: string): string[] {
  const words = folded.split(/\s+/).filter((w) => /^[\u0621-\u064a]{2,}$/.test(w))
  return words.map((w) => {
    const p = Uint16Array.from(w, (ch) => ch.charCodeAt(0))
    const s = arabicStem(p, 0, p.length)
    return w.slice(Math.floor(s / 65536), s % 65536)
  })
}
