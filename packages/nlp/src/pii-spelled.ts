/**
 * Digits spelled as words, read as digits: "my pin is four four two one", "vier een een een
 * …", "oh six, twelve, thirty-four, fifty-six", "quatre-vingt-dix-sept", "treinta y cuatro",
 * "أربعة واحد واحد", "四一一一 一一一一", and words mixed with numerals ("4111 1111 1111 one one
 * one one"). People spell a number to get it past filters or because they dictate it; every
 * number finder should read it as it reads digits, so this is one more layer of the normal
 * form (pii-normalise.ts) rather than a finder of its own: a run of number words becomes its
 * digits, written together, and each digit maps back to the word it came from, so the span a
 * finder reports covers the words, which are masked whole.
 *
 * Only a run of at least three number words (or two beside numerals) is read: one or two
 * number words are prose ("one or two", "two 4-year-olds"), and whatever a run becomes, a
 * finder still needs its check digits or its words ("pin", "call me") to call it personal.
 */

import { isDigitUnit, type Normalised } from './pii-normalise.js'
import {
  foldArabic,
  HUNDREDS,
  MULTIPLIERS,
  NUMBER_WORDS,
  TENS_JOINERS,
  ZH_DIGITS,
} from './pii-number-words.js'
import { ibanCheckWords } from './pii-spoken-iban.js'

/** Every number word, any language, folded (Latin lower case, Arabic by foldArabic) → value. */
const VALUE = new Map<string, number>()
for (const table of Object.values(NUMBER_WORDS)) for (const [w, v] of Object.entries(table)) VALUE.set(w, v)

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const byLength = (a: string, b: string): number => b.length - a.length
const isArabicWord = (w: string): boolean => /[\u0600-\u06ff]/.test(w)

const LATIN_WORDS = [...VALUE.keys(), ...Object.keys(MULTIPLIERS), ...Object.keys(HUNDREDS)]
  .filter((w) => !isArabicWord(w))
  .sort(byLength)
/** An Arabic-script word as a pattern that accepts its unfolded spellings. */
function arabicPattern(w: string): string {
  const cls: Record<string, string> = { ا: '[اأإآٱ]', ه: '[هةۃہھ]', ي: '[يیى]', ك: '[كک]' }
  return [...w].map((c) => cls[c] ?? c).join('')
}
const ARABIC_WORDS = [...VALUE.keys()].filter(isArabicWord).sort(byLength)
const ZH_CLASS = Object.keys(ZH_DIGITS).join('')

const LATIN = `(?<![\\p{L}\\p{M}])(?:${LATIN_WORDS.map(escapeRe).join('|')})(?![\\p{L}\\p{M}])`
// "وخمسة": "and" written onto the word ("خمسة وعشرين", five and twenty).
const ARABIC = `(?<![\\p{L}\\p{M}])و?(?:${ARABIC_WORDS.map(arabicPattern).join('|')})(?![\\p{L}\\p{M}])`
/** A number word, a Chinese digit, or a group of digits. */
const TOKEN_RE = new RegExp(`${LATIN}|${ARABIC}|[${ZH_CLASS}]|\\d+`, 'giu')
/**
 * Folded form of each letter code unit up to U+06FF for the first test (Latin lower case, Arabic
 * by foldArabic); 0: not a letter; SKIP: a mark inside a word (tashkeel, tatweel).
 */
const FOLD = new Uint16Array(0x700)
const SKIP = 0xffff
for (let c = 0x41; c < 0x700; c++) {
  const ch = String.fromCharCode(c)
  if (/[\u064b-\u065f\u0670\u0640]/.test(ch)) FOLD[c] = SKIP
  else if (/\p{L}/u.test(ch)) {
    const f = c >= 0x600 ? foldArabic(ch) : ch.toLowerCase()
    if (f.length === 1) FOLD[c] = f.charCodeAt(0)
  }
}
const hashOf = (w: string): number => {
  let h = 0
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0
  return h
}
/** Hashes of every number word and multiplier (folded); joiners ("y", "et") are see-through. */
const WORD_HASHES = new Set(
  [...VALUE.keys(), ...Object.keys(MULTIPLIERS), ...Object.keys(HUNDREDS)].map(hashOf),
)
const WAW = 0x648
/** A cheaper filter before the hash: a word's first and last letter and its length. */
const shapeKey = (first: number, last: number, len: number): number =>
  (Math.imul(first, 961) + last * 31 + len) & 0xffff
const SHAPES = new Uint8Array(0x10000)
for (const w of [...VALUE.keys(), ...Object.keys(MULTIPLIERS), ...Object.keys(HUNDREDS), ...TENS_JOINERS]) {
  SHAPES[shapeKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1
  // "وخمسة": the word after a written "and".
  if (isArabicWord(w)) SHAPES[shapeKey(WAW, w.charCodeAt(w.length - 1), w.length + 1)] = 1
}
const JOINER_HASHES = new Set(TENS_JOINERS.map(hashOf))
const ZH = new Uint8Array(0x10000)
for (const ch of Object.keys(ZH_DIGITS)) ZH[ch.charCodeAt(0)] = 1

/** Characters that may stand between the words of a spoken number: spaces, dashes, dots, commas, slashes, invisible marks. */
function gapChar(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x2c ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x2f ||
    c === 0xa0 ||
    c === 0xad ||
    c === 0xb7 ||
    (c >= 0x2000 && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

const NONE = 0
const WORD = 1
const DIGITS = 2

/**
 * The cheap first test on every text, one pass without allocating: two neighbouring tokens with
 * only a gap between them of which one is a number word ("four one", "4 four"), or three Chinese
 * digits. Words are compared by hash: a collision only costs the exact reading.
 */
export function mayHoldSpelledDigits(text: string): boolean {
  let prev = NONE
  let zhRun = 0
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const f = c >= 0x61 && c <= 0x7a ? c : c < 0x700 ? FOLD[c]! : 0
    if (f !== 0 && f !== SKIP) {
      // A word: read to its end in a tight loop, keeping its first and last letters and length.
      const wordStart = i
      let last = f
      let len = 1
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        const g = d >= 0x61 && d <= 0x7a ? d : d < 0x700 ? FOLD[d]! : 0
        if (g === 0) break
        if (g !== SKIP) {
          last = g
          len++
        }
        i++
      }
      // Most words fail the shape test; only the others are hashed.
      const num = len <= 20 && SHAPES[shapeKey(f, last, len)] === 1 && isNumberWord(text, wordStart, i)
      if (num && prev !== NONE) return true
      // "treinta y cuatro": the joiner keeps the number word before it in view.
      if (!(prev === WORD && len <= 3 && JOINER_HASHES.has(foldedHash(text, wordStart, i, false)))) {
        prev = num ? WORD : NONE
      }
      zhRun = 0
      continue
    }
    i++
    if (f === SKIP) continue
    if (ZH[c] === 1) {
      if (++zhRun >= 3) return true
      continue
    }
    if (isDigitUnit(c)) {
      if (prev === WORD) return true
      while (i < n && isDigitUnit(text.charCodeAt(i))) i++
      prev = DIGITS
      zhRun = 0
      continue
    }
    if (gapChar(c)) {
      if (c !== 0x20) zhRun = 0
      continue
    }
    prev = NONE
    zhRun = 0
  }
  return false
}

/** Hash of the folded letters of text[a, b), without a first "و" when `dropWaw`. */
function foldedHash(text: string, a: number, b: number, dropWaw: boolean): number {
  let h = 0
  for (let k = dropWaw ? a + 1 : a; k < b; k++) {
    const f = FOLD[text.charCodeAt(k)]!
    if (f !== SKIP) h = (Math.imul(h, 31) + f) | 0
  }
  return h
}

function isNumberWord(text: string, a: number, b: number): boolean {
  return (
    WORD_HASHES.has(foldedHash(text, a, b, false)) ||
    (FOLD[text.charCodeAt(a)] === WAW && WORD_HASHES.has(foldedHash(text, a, b, true)))
  )
}

const SEP_GAP_RE = /^[ ,.\-/]{1,3}$/
const JOINER_GAP_RE = new RegExp(`^[ -](?:${TENS_JOINERS.join('|')})[ -]$`, 'i')

interface Token {
  s: number
  e: number
  /** Folded word ('' for a group of digits). */
  word: string
  /** Value of a number word, -1 for digits, -2 for a multiplier, -3 for a hundreds word. */
  val: number
  /** Times the next digit is said ("double"), for a multiplier; a hundreds word's own digit (0: none). */
  times: number
  /** Joined to the token before by "y"/"et" ("treinta y cuatro"). */
  joined: boolean
  /** Written with "و" before it ("وعشرين"). */
  waw: boolean
  /**
   * Set apart from the token before by more than one space or dash ("twenty, one"; "sixty / ten"):
   * never one pair with it.
   */
  apart: boolean
}

function token(m: RegExpExecArray): Token {
  const raw = m[0]
  const t: Token = {
    s: m.index,
    e: m.index + raw.length,
    word: '',
    val: -1,
    times: 0,
    joined: false,
    waw: false,
    apart: false,
  }
  if (raw.charCodeAt(0) <= 0x39) return t
  const zh = ZH_DIGITS[raw]
  if (zh !== undefined) {
    t.val = zh
    return t
  }
  let w = isArabicWord(raw) ? foldArabic(raw) : raw.toLowerCase()
  if (!VALUE.has(w) && w.startsWith('و') && VALUE.has(w.slice(1))) {
    w = w.slice(1)
    t.waw = true
  }
  t.word = w
  const times = MULTIPLIERS[w]
  const hundreds = HUNDREDS[w]
  if (times !== undefined) {
    t.val = -2
    t.times = times
  } else if (hundreds !== undefined) {
    t.val = -3
    t.times = hundreds
  } else t.val = VALUE.get(w) ?? -1
  return t
}

const isTens = (t: Token | undefined): boolean => t !== undefined && t.val >= 20 && t.val % 10 === 0
const isWord = (t: Token): boolean => t.val !== -1

/** A piece of spelled digits: normalised offsets of the words it replaces, and the digits. */
interface Piece {
  s: number
  e: number
  digits: string
}

/**
 * The digits of a run of tokens, word by word: a unit; a teen; tens, with the unit after them
 * ("thirty four", "treinta y cuatro", "vingt et un") or alone ("20"); French 70–99 ("soixante-
 * dix-sept", "quatre-vingt-douze"); a unit then "و"-tens in Arabic ("خمسة وعشرين", 25); a
 * multiplier and its digit ("double four").
 */
function parseRun(toks: readonly Token[]): Piece[] {
  const out: Piece[] = []
  // A hundreds word waiting for the pair after it ("quatre cent | quatre-vingt-deux").
  let hundreds: Piece | null = null
  const flush = (): void => {
    if (hundreds !== null) out.push({ ...hundreds, digits: `${hundreds.digits}00` })
    hundreds = null
  }
  let i = 0
  while (i < toks.length) {
    const t = toks[i]!
    const nx = toks[i + 1]
    if (t.val === -3) {
      flush()
      // The unit or pair said right before it multiplies it ("four hundred", "nineteen hundred").
      const last = out[out.length - 1]
      const before =
        !t.apart && t.times === 0 && last !== undefined && last.e <= t.s && last.digits.length <= 2
      const by = before ? out.pop()! : null
      hundreds = { s: by?.s ?? t.s, e: t.e, digits: by?.digits ?? String(t.times || 1) }
      i++
      continue
    }
    if (t.val === -1) {
      flush()
      i++
      continue
    }
    if (t.val === -2) {
      flush()
      if (nx !== undefined && nx.val >= 0 && nx.val <= 9) {
        out.push({ s: t.s, e: nx.e, digits: String(nx.val).repeat(t.times) })
        i += 2
      } else i++
      continue
    }
    let val = t.val
    let e = t.e
    let j = i + 1
    if (
      t.word === 'quatre' &&
      nx !== undefined &&
      !nx.apart &&
      (nx.word === 'vingt' || nx.word === 'vingts')
    ) {
      val = 80
      e = nx.e
      j = i + 2
    }
    const a = toks[j]
    const b = toks[j + 1]
    if (val >= 20 && val % 10 === 0 && a !== undefined && !a.apart) {
      if ((val === 60 || val === 80) && a.val >= 10 && a.val <= 19) {
        // "soixante-dix-sept" (77), "quatre-vingt-douze" (92), "soixante et onze" (71).
        if (a.word === 'dix' && b !== undefined && b.val >= 7 && b.val <= 9 && !b.joined && !b.apart) {
          val += 10 + b.val
          e = b.e
          j += 2
        } else {
          val += a.val
          e = a.e
          j += 1
        }
      } else if (a.val >= 1 && a.val <= 9) {
        val += a.val
        e = a.e
        j += 1
      }
    } else if (
      t.word === 'dix' &&
      nx !== undefined &&
      nx.val >= 7 &&
      nx.val <= 9 &&
      !nx.joined &&
      !nx.apart
    ) {
      // "dix-sept": 17.
      val = 10 + nx.val
      e = nx.e
      j = i + 2
    } else if (val >= 1 && val <= 9 && nx?.waw === true && !nx.apart && isTens(nx)) {
      val += nx.val
      e = nx.e
      j = i + 2
    }
    const pending: Piece | null = hundreds
    hundreds = null
    if (pending !== null && !t.apart && val <= 99) {
      out.push({ s: pending.s, e, digits: `${pending.digits}${String(val).padStart(2, '0')}` })
    } else {
      if (pending !== null) out.push({ ...pending, digits: `${pending.digits}00` })
      out.push({ s: t.s, e, digits: String(val) })
    }
    i = j
  }
  flush()
  return out
}

/** Splits the tokens into runs: neighbours with only separators between them, or tens "y"/"et" a unit. */
function runsOf(norm: string, toks: readonly Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  for (const t of toks) {
    const prev = run[run.length - 1]
    if (prev !== undefined) {
      const gap = norm.slice(prev.e, t.s)
      // Chinese digits and digits beside them need no gap; words do.
      const zhBeside =
        gap === '' && (ZH_DIGITS[norm[prev.s]!] !== undefined || ZH_DIGITS[norm[t.s]!] !== undefined)
      let joins = zhBeside || SEP_GAP_RE.test(gap)
      if (!joins && isTens(prev) && t.val >= 1 && t.val <= 19 && JOINER_GAP_RE.test(gap)) {
        t.joined = true
        joins = true
      }
      t.apart = !t.joined && gap !== ' ' && gap !== '-'
      if (!joins) {
        runs.push(run)
        run = []
      }
    }
    run.push(t)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/**
 * Three number words, or two beside digits or saying four digits ("ten ten", "twenty twenty-six"):
 * a number said, not prose ("one or two", "two kids").
 */
function spoken(run: readonly Token[], pieces: readonly Piece[]): boolean {
  let words = 0
  for (const t of run) if (isWord(t)) words++
  let said = 0
  for (const p of pieces) said += p.digits.length
  return words >= 3 || (words === 2 && (run.length > 2 || said >= 4))
}

export interface Spelled {
  /** The normal form with every spelled run read as digits (offsets map to the original text). */
  n: Normalised
  /** Original-text ranges of the words read as digits. */
  ranges: [number, number][]
  /** How many digits the words became. */
  digits: number
}

/** `n` with its spelled digits read as digits, or null when it has none. */
export function readSpelledDigits(n: Normalised): Spelled | null {
  const norm = n.norm
  const toks: Token[] = []
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(norm); m !== null; m = TOKEN_RE.exec(norm)) toks.push(token(m))
  TOKEN_RE.lastIndex = 0
  const pieces: Piece[] = []
  for (const run of runsOf(norm, toks)) {
    const parsed = parseRun(run)
    // "NL negen een ABNA …": two words as an IBAN's check digits (pii-spoken-iban.ts).
    const two = run.length === 2 && isWord(run[0]!) && isWord(run[1]!)
    if (spoken(run, parsed) || (two && ibanCheckWords(norm, run[0]!.s, run[1]!.e))) pieces.push(...parsed)
  }
  if (pieces.length === 0) return null
  return rebuild(n, pieces)
}

/**
 * The normal form with each piece's words replaced by its digits and the separators between two
 * spelled pieces dropped ("four one one one" → "4111"; a dropped separator belongs to the digit
 * before it, so a span over the digits covers it). Separators beside numerals stay.
 */
function rebuild(n: Normalised, pieces: readonly Piece[]): Spelled {
  const src = n.norm
  const os = (k: number): number => (n.start === null ? k : n.start[k]!)
  const oe = (k: number): number => (n.end === null ? k + 1 : n.end[k]!)
  const units: number[] = []
  const start: number[] = []
  const end: number[] = []
  const ranges: [number, number][] = []
  let digits = 0
  const copy = (a: number, b: number): void => {
    for (let k = a; k < b; k++) {
      units.push(src.charCodeAt(k))
      start.push(os(k))
      end.push(oe(k))
    }
  }
  let pos = 0
  for (let p = 0; p < pieces.length; p++) {
    const pc = pieces[p]!
    const prev = pieces[p - 1]
    if (prev !== undefined && prev.e === pos && SEP_GAP_RE.test(src.slice(pos, pc.s)) && units.length > 0) {
      // Between two spelled pieces: the separator is dropped into the digit before it.
      end[end.length - 1] = oe(pc.s - 1)
    } else copy(pos, pc.s)
    const a = os(pc.s)
    const b = oe(pc.e - 1)
    for (let q = 0; q < pc.digits.length; q++) {
      units.push(pc.digits.charCodeAt(q))
      start.push(a)
      end.push(b)
    }
    digits += pc.digits.length
    ranges.push([a, b])
    pos = pc.e
  }
  copy(pos, src.length)
  let norm = ''
  for (let p = 0; p < units.length; p += 4096) norm += String.fromCharCode(...units.slice(p, p + 4096))
  return { n: { norm, start: Int32Array.from(start), end: Int32Array.from(end) }, ranges, digits }
}
