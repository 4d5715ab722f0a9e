/**
 * Text hygiene shared by every analyser: cap the work, drop invisible controls, and fold
 * the forms people type (full width, Arabic letter variants and diacritics, traditional
 * Chinese) onto one spelling so that lists and matchers need one entry per word.
 */
import { T2S } from './t2s.js'

/** Longest text we analyse; the schema rejects longer records, so only direct callers reach this. */
export const MAX_ANALYSIS_CHARS = 20_000
export const TRUNCATION_MARK = ' […]'

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
  return s.replace(INVISIBLE_RE, '').replace(LONE_SURROGATE_RE, '\uFFFD').replace(CONTROL_RE, ' ')
}

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
const HAS_ARABIC = /[\u0600-\u06FF]/
const HAS_HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/
// NFKC is the slowest step; skip it for plain ASCII, where it changes nothing.
const NON_ASCII = /[^\u0000-\u007F]/

/** Fold Arabic spelling variants and drop diacritics. Exported for tests and list building. */
export function foldArabic(s: string): string {
  return s.replace(AR_DIACRITICS_RE, '').replace(AR_FOLD_RE, (c) => AR_FOLD[c] ?? c)
}

/** Map traditional Chinese characters that matter for banking talk onto simplified ones. */
export function toSimplified(s: string): string {
  return s.replace(HAN_TRAD_RE, (c) => T2S.get(c) ?? c)
}

/**
 * The matching form: NFKC (full width → half width, ligatures), lower case, Arabic folded,
 * traditional → simplified Chinese. Not length-preserving; use it for lookups, not offsets.
 */
export function foldText(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase()
  let f = s.normalize('NFKC').toLowerCase()
  if (HAS_ARABIC.test(f)) f = foldArabic(f)
  if (HAS_HAN.test(f)) f = toSimplified(f)
  return f
}

/** Letters or digits in any script (for word-boundary checks). */
export const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}_]/u

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR_RE.test(ch)
}
