/**
 * Text hygiene shared by every analyser: cap the work, drop invisible controls, and fold
 * the forms people type (full width, Arabic letter variants and diacritics, traditional
 * Chinese) onto one spelling so that lists and matchers need one entry per word.
 */
import { LIMITS } from '@vigil/schema'
import { T2S } from './t2s.js'

/** Longest text we analyse; the schema rejects longer records, so only direct callers reach this. */
export const MAX_ANALYSIS_CHARS: number = LIMITS.textChars
const TRUNCATION_MARK = ' […]'

// Zero-width and bidi controls: invisible, used to hide words from filters or to reverse
// what a reader sees. U+200D (ZWJ) is kept out too: it only glues emoji sequences.
const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// C0/C1 controls except tab/newline/carriage return: binary noise.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * The text we store and show (before masking): invisible controls removed, lone surrogates
 * and control bytes replaced, cut to MAX_ANALYSIS_CHARS. Offsets of PII refer to this string.
 */
export function cleanText(raw: string): string {
  let s = typeof raw === 'string' ? raw : String(raw ?? '')
  if (s.length > MAX_ANALYSIS_CHARS) {
    // Do not cut a surrogate pair in half.
    let end = MAX_ANALYSIS_CHARS
    const c = s.charCodeAt(end - 1)
    if (c >= 0xd800 && c <= 0xdbff) end--
    s = s.slice(0, end) + TRUNCATION_MARK
  }
  // One cheap scan decides whether any of the three rewrites is needed (rarely).
  if (!SUSPECT_RE.test(s)) return s
  return s.replace(INVISIBLE_RE, '').replace(LONE_SURROGATE_RE, '\uFFFD').replace(CONTROL_RE, ' ')
}
const SUSPECT_RE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uD800-\uDFFF]/

// Arabic: harakat, superscript alef and tatweel carry no meaning for matching.
const AR_DIACRITICS_RE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const AR_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ة: 'ه',
  ک: 'ك',
  ی: 'ي',
}
const AR_FOLD_RE = /[أإآٱىئؤةکی]/g
const HAN_TRAD_RE = /[\u3400-\u9FFF\uF900-\uFAFF]/g
// NFKC is the slowest step; run it only when the text holds characters it changes:
// combining marks, compatibility letters and symbols, full/half width forms, Arabic
// presentation forms, CJK compatibility ideographs, mathematical alphanumerics.
const NON_ASCII = /[^\u0000-\u007F]/
const NEEDS_NFKC =
  /[\u00A0-\u00BF\u0132-\u0133\u013F-\u0140\u0149\u017F\u01C4-\u01CC\u02B0-\u02FF\u1D00-\u1DBF\u1E9A-\u1E9B\u2000-\u33FF\uA69C-\uA69D\uF900-\uFFEF\u{1D400}-\u{1D7FF}]|\p{M}/u

/**
 * Per BMP code unit, whether NEEDS_NFKC matches it (bit 1) and whether T2S maps it (bit 2),
 * so that folding decides both with one table read per unit. As regexes these two tests cost
 * more than the rest of folding on Chinese posts (a class of 158 traditional characters is
 * searched at every unit: ~3.6 µs a post, against ~0.2 µs for the table). NEEDS_NFKC stays
 * the definition: the table is filled from it (surrogates excepted: see unitFlags).
 */
const NFKC_UNIT = 1
const TRAD_UNIT = 2
const UNIT_FLAGS = new Uint8Array(0x10000)
for (let c = 0xa0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue
  if (NEEDS_NFKC.test(String.fromCharCode(c))) UNIT_FLAGS[c] = NFKC_UNIT
}
for (const k of T2S.keys()) {
  // Only characters the table maps: most Chinese posts are already simplified.
  if (k.length !== 1) throw new Error(`t2s.ts: ${k} is not one code unit`)
  UNIT_FLAGS[k.charCodeAt(0)] = UNIT_FLAGS[k.charCodeAt(0)]! | TRAD_UNIT
}
// NEEDS_NFKC at one position, for the code point a high surrogate starts.
const NEEDS_NFKC_AT = new RegExp(NEEDS_NFKC.source, 'uy')

/** Arabic letters and marks (U+0600–U+06FF), for the third bit of UNIT_FLAGS. */
const ARABIC_UNIT = 4
for (let c = 0x600; c <= 0x6ff; c++) UNIT_FLAGS[c] = UNIT_FLAGS[c]! | ARABIC_UNIT

/**
 * The bits of UNIT_FLAGS over `s`, in one pass: NFKC_UNIT when NEEDS_NFKC matches in `s`
 * (a regex only at astral code points: emoji, math letters), TRAD_UNIT when T2S maps a
 * character of `s`, ARABIC_UNIT when `s` holds Arabic. One read per code unit instead of a
 * scan per question (folding asked three, each over the whole post).
 */
function unitFlags(s: string): number {
  let flags = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      // A lone surrogate matches nothing; a pair is tested as its code point.
      if ((flags & NFKC_UNIT) === 0) {
        NEEDS_NFKC_AT.lastIndex = i
        if (NEEDS_NFKC_AT.test(s)) flags |= NFKC_UNIT
      }
    } else flags |= UNIT_FLAGS[c]!
  }
  return flags
}

/** Fold Arabic spelling variants and drop diacritics. Exported for tests and list building. */
export function foldArabic(s: string): string {
  return s.replace(AR_DIACRITICS_RE, '').replace(AR_FOLD_RE, (c) => AR_FOLD[c] ?? c)
}

/**
 * T2S by code unit (0: kept), for the units HAN_TRAD_RE matches; every pair is one BMP unit
 * each (checked here), so a loop over code units replaces exactly what the regex replaced.
 */
const T2S_UNIT = new Uint16Array(0x10000)
for (const [t, s] of T2S) {
  if (t.length !== 1 || s.length !== 1) throw new Error(`t2s: ${t} → ${s} is not one code unit each`)
  if (HAN_TRAD_RE.test(t)) T2S_UNIT[t.charCodeAt(0)] = s.charCodeAt(0)
  HAN_TRAD_RE.lastIndex = 0
}

/**
 * Map traditional Chinese characters that matter for banking talk onto simplified ones. A
 * loop over a table, not `replace` with a callback: the regex matched every Han character and
 * called back for each (the costliest line of folding a Chinese post).
 */
export function toSimplified(s: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const to = T2S_UNIT[s.charCodeAt(i)]!
    if (to === 0) continue
    out += s.slice(from, i) + String.fromCharCode(to)
    from = i + 1
  }
  return from === 0 ? s : out + s.slice(from)
}

/**
 * The matching form: NFKC (full width → half width, ligatures), lower case, Arabic folded,
 * traditional → simplified Chinese. Not length-preserving; use it for lookups, not offsets.
 */
export function foldText(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase()
  let flags = unitFlags(s)
  let f: string
  // Lower-casing neither makes nor removes an Arabic or Chinese character, so the flags of
  // `s` are those of its lower case; NFKC can change them (presentation forms, compatibility
  // ideographs), so they are read again after it.
  if ((flags & NFKC_UNIT) !== 0) {
    f = s.normalize('NFKC').toLowerCase()
    flags = unitFlags(f)
  } else f = s.toLowerCase()
  if ((flags & ARABIC_UNIT) !== 0) f = foldArabic(f)
  // Arabic folding maps Arabic onto Arabic: the Chinese bit still holds.
  if ((flags & TRAD_UNIT) !== 0) f = toSimplified(f)
  return f
}

/** Letters or digits in any script (for word-boundary checks). */
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}_]/u

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR_RE.test(ch)
}

/** Code units that end a word: ASCII punctuation and spaces, general and CJK punctuation, symbols, emoji halves. */
function isBreak(c: number): boolean {
  if (c < 0x80) {
    return !(
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      c === 0x27 ||
      c === 0x5f
    )
  }
  return (
    c === 0x00a0 ||
    (c >= 0x00a1 && c <= 0x00bf && c !== 0x00aa && c !== 0x00b5 && c !== 0x00ba) ||
    c === 0x00d7 ||
    c === 0x00f7 ||
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f ||
    c === 0x06d4 ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    c === 0xff5e
  )
}

/** isBreak for every code unit: one table read per character in the tokeniser's inner loop. */
const BREAK = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) if (isBreak(c)) BREAK[c] = 1

export interface Tokens {
  /** Words in order (folded), without URLs, e-mail addresses, hashtags, handles, cashtags. */
  words: string[]
}

const MAX_TOKENS = 400

/**
 * One tokenisation shared by language detection, sentiment and terms: split on spaces,
 * drop URLs, e-mail addresses and #/@/$ tags (extracted elsewhere), split the rest on
 * punctuation. A hand loop: this runs for every post, and regexes with Unicode classes cost
 * several times more here.
 */
export function tokenize(folded: string): Tokens {
  const words: string[] = []
  const s = folded
  let i = 0
  const n = Math.min(s.length, 8000)
  // Position of the next '@' at or after i (one scan for the whole text, not one per chunk).
  let nextAt = s.indexOf('@')
  while (i < n && words.length < MAX_TOKENS) {
    while (i < n && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x0a || s.charCodeAt(i) === 0x09)) i++
    let end = i
    while (end < n && s.charCodeAt(end) !== 0x20 && s.charCodeAt(end) !== 0x0a && s.charCodeAt(end) !== 0x09)
      end++
    if (end === i) break
    const c0 = s.charCodeAt(i)
    if (nextAt !== -1 && nextAt < i) nextAt = s.indexOf('@', i)
    const chunkIsSkip =
      c0 === 0x23 ||
      c0 === 0x40 ||
      c0 === 0x24 ||
      (c0 === 0x68 && s.startsWith('http', i)) ||
      (c0 === 0x77 && s.startsWith('www.', i)) ||
      (nextAt !== -1 && nextAt < end)
    if (!chunkIsSkip) {
      let w = i
      for (let k = i; k <= end; k++) {
        if (k === end || BREAK[s.charCodeAt(k)] === 1) {
          if (k > w) {
            let a = w
            let b = k
            // Apostrophes and underscores only inside words.
            while (a < b && (s.charCodeAt(a) === 0x27 || s.charCodeAt(a) === 0x5f)) a++
            while (b > a && (s.charCodeAt(b - 1) === 0x27 || s.charCodeAt(b - 1) === 0x5f)) b--
            if (b > a) words.push(s.slice(a, b))
          }
          w = k + 1
        }
      }
    }
    i = end
  }
  return { words }
}
