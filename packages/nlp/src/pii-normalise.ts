/**
 * The form personal-data finders read, derived from the Unicode standard rather than from lists
 * of scripts: every decimal digit (`\p{Nd}`) as its ASCII digit; every character whose
 * compatibility form (NFKC) is a digit, possibly decorated, as that digit (superscript ¹²³,
 * circled ①, parenthesised ⑴, full-stop ⒈, full-width, mathematical 𝟏𝟙) and every other NFKC
 * form that is one character or a short ASCII word (full-width letters, `＋`, `＠`, `№`);
 * every space separator (`\p{Zs}`), tab, line and paragraph break as one space with runs
 * collapsed; every dash (`\p{Pd}`) and minus as '-'; dot-like marks as '.'; and every
 * invisible character (`\p{Default_Ignorable_Code_Point}`, `\p{Cf}`, enclosing marks: zero-width
 * space and joiners, word joiner, soft hyphen, LRM/RLM/ALM, bidi embeddings and isolates,
 * variation selectors, a keycap's U+20E3) dropped, as a reader sees it. Customers (and
 * fraudsters' victims) write "٤١١١ ١١١١", "４１１１－１１１１", "⁴¹¹¹" or a card broken over two lines;
 * one spelling lets one set of rules find them all.
 *
 * The finders' offsets are in this form; `start`/`end` map each normalised code unit back
 * to the original span it came from (a dropped character belongs to the unit before it), so
 * that the ORIGINAL text is what gets masked, invisible characters inside a value included.
 * Traditional Chinese characters read as their simplified form (t2s.ts and PII_T2S).
 */

import { AS_ONE, AS_SPACE, AS_ZERO, readingMarks } from './pii-reading.js'
import { T2S } from './t2s.js'

export interface Normalised {
  norm: string
  /** Original index of each normalised code unit; null when the text was already normal. */
  start: Int32Array | null
  /** Original index just after each normalised code unit; null as above. */
  end: Int32Array | null
}

/**
 * Characters a customer puts between the groups of one number, as the normalised text holds
 * them (any dash is '-', dot-like marks are '.'): space, dot, dash, slash, underscore, bar,
 * asterisk, comma. One definition for every finder that reads grouped digits (runs, IBANs, NI
 * numbers, the IBAN check): a regex character-class body, and the same set for code tests.
 */
export const GROUP_SEP_CLASS = ' .\\-/_|*,'
const GROUP_SEP_CHARS = ' .-/_|*,'
/** Whether `ch` (one character of the normalised text) joins the groups of a number. */
export const isGroupSep = (ch: string): boolean => ch.length === 1 && GROUP_SEP_CHARS.includes(ch)
/** `s` without its group separators ("NL91 ABNA-0417_1643 00" → "NL91ABNA0417164300"). */
export function stripGroupSeps(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) if (!GROUP_SEP_CHARS.includes(s[i]!)) out += s[i]
  return out
}

/** Traditional characters of personal-data cue words that t2s.ts does not fold. */
const PII_T2S: [string, string][] = [...'驗验聯联繫系護护別别碼码號号'].flatMap((ch, i, a) =>
  i % 2 === 0 ? [[ch, a[i + 1]!] as [string, string]] : [],
)

const SPACE = 1
/** An invisible character: no unit in the normalised text. */
const DROP = 2
/** Replaced by several units: EXPANSION holds them ("⑽" → "10", "№" → "No"). */
const EXPAND = 3
/** BMP code unit → replacement code unit (0: unchanged), or SPACE, DROP, EXPAND. */
const MAP = new Uint16Array(0x10000)
/** BMP decimal digits: value + 1 (0: not a digit). ASCII digits are not in it. */
const DIGIT = new Uint8Array(0x10000)
/** How many ASCII digits each BMP code unit normalises to ("¹": 1, "⑽": 2, "4": 1). */
const DIGIT_WEIGHT = new Uint8Array(0x10000)
const EXPANSION = new Map<number, string>()

const ND = /\p{Nd}/u
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Me}]/u
// A digit in its compatibility form, decorated or not: "1", "(10)", "1.", "0,".
const DECORATED_DIGITS = /^\(?(\d{1,2})[.,)]?$/
const SHORT_ASCII = /^[!-~]{2,8}$/

/**
 * What a character other than a decimal digit, a space or a dash normalises to: a digit string
 * from its decorated compatibility form, one character, a short ASCII word, or null (unchanged).
 */
function compatibilityForm(ch: string): string | null {
  const k = ch.normalize('NFKC')
  if (k === ch) return null
  const digits = DECORATED_DIGITS.exec(k)
  if (digits !== null) return digits[1]!
  if (k.length === 1 || SHORT_ASCII.test(k)) return k
  return null
}

/**
 * Dingbat and negative circled digits have a numeric value in Unicode but no compatibility
 * decomposition, so NFKC leaves them: ❶–❿, ➀–➉, ➊–➓, ⓵–⓾ (one to ten), ⓫–⓴ (eleven to twenty), ⓿.
 */
const DINGBAT_DIGITS: [number, number, number][] = [
  [0x2776, 0x277f, 1],
  [0x2780, 0x2789, 1],
  [0x278a, 0x2793, 1],
  [0x24f5, 0x24fe, 1],
  [0x24eb, 0x24f4, 11],
  [0x24ff, 0x24ff, 0],
]

function setExpansion(c: number, to: string): void {
  if (to.length === 1) MAP[c] = to === ' ' ? SPACE : to.charCodeAt(0)
  else {
    MAP[c] = EXPAND
    EXPANSION.set(c, to)
  }
}

function build(): void {
  const pd = /\p{Pd}/u
  const zs = /\p{Zs}/u
  let runStart = -1
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      runStart = -1
      continue
    }
    const ch = String.fromCharCode(c)
    if (ND.test(ch)) {
      // Every BMP digit set is a contiguous run zero..nine (Unicode keeps them so).
      if (runStart === -1) runStart = c
      DIGIT[c] = ((c - runStart) % 10) + 1
      MAP[c] = 0x30 + ((c - runStart) % 10)
      continue
    }
    runStart = -1
    if (zs.test(ch)) MAP[c] = SPACE
    else if (pd.test(ch)) MAP[c] = 0x2d
    else if (INVISIBLE.test(ch)) MAP[c] = DROP
    else {
      const k = compatibilityForm(ch)
      if (k !== null) setExpansion(c, k)
    }
  }
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) MAP[c] = SPACE
  MAP[0xad] = DROP
  for (const [from, to, first] of DINGBAT_DIGITS)
    for (let c = from; c <= to; c++) setExpansion(c, String(first + c - from))
  // Minus signs are dashes too (the small and full-width hyphen-minus are Pd or NFKC '-').
  for (const c of [0x2212, 0x2796]) MAP[c] = 0x2d
  // Dot-like marks: middle dot, bullets, one-dot leader, hyphenation point, dot operator,
  // katakana middle dot, full-width and small full stops, Arabic decimal separator and full
  // stop, ideographic full stop.
  for (const c of [
    0xb7, 0x2022, 0x2219, 0x22c5, 0x2024, 0x2027, 0x30fb, 0xff65, 0xfe52, 0xff0e, 0x066b, 0x06d4, 0x3002,
  ])
    MAP[c] = 0x2e
  // The Arabic thousands separator is a comma; the Arabic, ideographic and full-width commas
  // separate list items, written without a space after them: a comma and a space.
  MAP[0x066c] = 0x2c
  for (const c of [0x060c, 0x3001, 0xff0c]) setExpansion(c, ', ')
  for (const c of [0x2044, 0x2215]) MAP[c] = 0x2f
  // Asterisk operator and low asterisk: joiners ("4111∗1111") written as '*'.
  for (const c of [0x2217, 0x204e]) MAP[c] = 0x2a
  // Traditional Chinese reads as simplified, one character for one, so that every Chinese cue
  // word ("帐号", "户口号码", "社安号", "验证码") is written once and found in both scripts
  // ("帳號", "戶口號碼", "驗證碼"). Offsets are unchanged: the masked text keeps what was written.
  for (const [t, s] of T2S) if (t.length === 1 && s.length === 1) MAP[t.charCodeAt(0)] = s.charCodeAt(0)
  for (const [t, s] of PII_T2S) MAP[t.charCodeAt(0)] = s.charCodeAt(0)
  for (let c = 0x30; c <= 0x39; c++) DIGIT_WEIGHT[c] = 1
  for (let c = 0x80; c < 0x10000; c++) {
    const m = MAP[c]!
    if (m >= 0x30 && m <= 0x39) DIGIT_WEIGHT[c] = 1
    else if (m === EXPAND) DIGIT_WEIGHT[c] = EXPANSION.get(c)!.replace(/\D/g, '').length
  }
}
build()

/** An astral code point's normal form: '' (invisible), its replacement, or null (unchanged). */
const ASTRAL = new Map<number, string | null>()

function astralForm(cp: number): string | null {
  // The emoji blocks (U+1F300–U+1FAFF) hold no digit, dash, space, invisible or decomposable
  // character: most astral characters in posts are there, decided without a lookup.
  if (cp >= 0x1f300 && cp <= 0x1faff) return null
  let f = ASTRAL.get(cp)
  if (f !== undefined) return f
  const ch = String.fromCodePoint(cp)
  if (ND.test(ch)) f = String(astralDigit(cp))
  else if (INVISIBLE.test(ch)) f = ''
  else if (/\p{Pd}/u.test(ch)) f = '-'
  else if (/\p{Zs}/u.test(ch)) f = ' '
  else f = compatibilityForm(ch)
  ASTRAL.set(cp, f)
  return f
}

/** Value of the astral digit at code point `cp`. Digit sets are runs of ten from a zero. */
function astralDigit(cp: number): number {
  let z = cp
  while (z > 0 && ND.test(String.fromCodePoint(z - 1)) && cp - z < 60) z--
  return (cp - z) % 10
}

/** Whether `c` (a code unit) is a decimal digit of any BMP script (ASCII included). */
export function isDigitUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || DIGIT[c]! !== 0
}

/**
 * How many ASCII digits the character at `i` normalises to: decimal digits of every script,
 * superscript, circled and other compatibility digits (astral ones counted at the high surrogate).
 */
export function digitWeightAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return DIGIT_WEIGHT[c]!
  const f = astralForm(s.codePointAt(i)!)
  return f === null ? 0 : f.replace(/\D/g, '').length
}

/** Digits of any form in `s` (see digitWeightAt). */
export function countAnyDigits(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) n++
    else if (c >= 0x80) n += digitWeightAt(s, i)
  }
  return n
}

/** A character (one code point) that reads as nothing: masked spans drop it. */
export function isInvisible(ch: string): boolean {
  const c = ch.codePointAt(0)!
  return c < 0x10000 ? MAP[c] === DROP : astralForm(c) === ''
}

/**
 * Whether the character at `i` can hide a word, an address or a number from finders that read
 * the text as written: it becomes an ASCII letter, digit or '@' once normalised (full-width and
 * compatibility letters, digits of other scripts, "№"), or it is an invisible character beside
 * an ASCII letter or digit ("pass\u200bword", "4111\u00ad1111"). An emoji's variation selector,
 * other spaces, dashes and commas do not count: most posts have them and hide nothing with them.
 */
export function hidesWordsAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff) {
    const f = astralForm(s.codePointAt(i)!)
    return f === '' ? besideAlnum(s, i, 2) : f !== null && WORDY_RE.test(f)
  }
  const w = WORDY[c]!
  return w === 1 || (w === 2 && besideAlnum(s, i, 1))
}

const WORDY_RE = /[0-9A-Za-z@]/
/**
 * Per BMP code unit, 1: becomes an ASCII letter, digit or '@'; 2: invisible; 0: neither (a
 * gate's first test: hidesWordsAt decides only where this is not 0, or at a surrogate).
 */
export const WORDY: Readonly<Uint8Array> = new Uint8Array(0x10000)
for (let c = 0x80; c < 0x10000; c++) {
  const m = MAP[c]!
  const w = WORDY as Uint8Array
  if (m === DROP) w[c] = 2
  else if (m === EXPAND) w[c] = WORDY_RE.test(EXPANSION.get(c)!) ? 1 : 0
  else if (m > 0x20 && m < 0x80 && WORDY_RE.test(String.fromCharCode(m))) w[c] = 1
  if (c >= 0xd800 && c <= 0xdbff) w[c] = 3
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}
/** The character before `i` or the one after the `width` units at `i` is an ASCII letter or digit. */
function besideAlnum(s: string, i: number, width: number): boolean {
  return (i > 0 && isAsciiAlnum(s.charCodeAt(i - 1))) || isAsciiAlnum(s.charCodeAt(i + width))
}

/** True when normalising would change nothing (most ASCII posts): no map is built. */
function alreadyNormal(s: string): boolean {
  let prevSpace = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x20) {
      if (prevSpace) return false
      prevSpace = true
      continue
    }
    prevSpace = false
    if (MAP[c]! !== 0) return false
    if (c >= 0xd800 && c <= 0xdbff && astralForm(s.codePointAt(i)!) !== null) return false
  }
  return true
}

/** The normalised form of `s` with its offset map (see Normalised). */
export function normaliseForPii(s: string): Normalised {
  // Letters read as digits ("4O7 2l8") and a quoted reply's line-start marks ("\n> ").
  const marks = readingMarks(s)
  if (marks === null && alreadyNormal(s)) return { norm: s, start: null, end: null }
  const n = s.length
  // Expansions ("⑽" → "10", "，" → ", ") can make the normal form longer than the text: the
  // buffers grow on demand (one code point adds at most 8 units).
  let cap = n + (n >> 3) + 16
  let units = new Uint16Array(cap)
  let start = new Int32Array(cap)
  let end = new Int32Array(cap)
  let k = 0
  for (let i = 0; i < n; i++) {
    if (k + 8 > cap) {
      cap *= 2
      units = grown(units, new Uint16Array(cap))
      start = grown(start, new Int32Array(cap))
      end = grown(end, new Int32Array(cap))
    }
    const mk = marks === null ? 0 : marks[i]!
    const c = mk === AS_ZERO ? 0x30 : mk === AS_ONE ? 0x31 : s.charCodeAt(i)
    let m = mk === AS_SPACE ? SPACE : MAP[c]!
    let width = 1
    let f: string | null = null
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      f = astralForm(s.codePointAt(i)!)
      width = 2
      if (f === null) {
        // Not a digit, a dash or invisible (an emoji, a rare letter): both halves as they are.
        units[k] = c
        start[k] = i
        end[k] = i + 1
        units[k + 1] = s.charCodeAt(i + 1)
        start[k + 1] = i + 1
        end[k + 1] = i + 2
        k += 2
        i++
        continue
      }
      m = f === '' ? DROP : EXPAND
    } else if (m === EXPAND) f = EXPANSION.get(c)!
    if (m === DROP) {
      // An invisible character belongs to the unit before it (and so to a value it is inside).
      if (k > 0) end[k - 1] = i + width
    } else if (m === EXPAND) {
      for (let q = 0; q < f!.length; q++) {
        const u = f!.charCodeAt(q)
        if (u === 0x20 && k > 0 && units[k - 1] === 0x20) {
          end[k - 1] = i + width
          continue
        }
        units[k] = u
        start[k] = i
        end[k] = i + width
        k++
      }
    } else {
      const u = m === 0 ? c : m === SPACE ? 0x20 : m
      if (u === 0x20 && k > 0 && units[k - 1] === 0x20) {
        // A run of spaces of any kind reads as one: "4111 \u00a0\n1111" is one gap.
        end[k - 1] = i + 1
      } else {
        units[k] = u
        start[k] = i
        end[k] = i + 1
        k++
      }
    }
    i += width - 1
  }
  let norm = ''
  for (let p = 0; p < k; p += 4096) {
    norm += String.fromCharCode.apply(null, units.subarray(p, Math.min(k, p + 4096)) as unknown as number[])
  }
  return { norm, start: start.subarray(0, k), end: end.subarray(0, k) }
}

function grown<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/** The original span of the normalised span [a, b). */
export function originalSpan(n: Normalised, a: number, b: number): [number, number] {
  if (n.start === null || n.end === null) return [a, b]
  return [n.start[a]!, n.end[b - 1]!]
}
