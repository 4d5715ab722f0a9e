/**
 * The form personal-data finders read: every decimal digit script as ASCII digits, every
 * space kind (NBSP, narrow NBSP, thin space, ideographic space, tabs, line breaks) as one
 * space with runs collapsed, every dash as '-', dot-like marks as '.', full-width ASCII as
 * ASCII. Customers (and fraudsters' victims) write "٤١١١ ١١١١", "４１１１－１１１１" or a card
 * broken over two lines; one spelling lets one set of rules find them all.
 *
 * The finders' offsets are in this form; `start`/`end` map each normalised code unit back
 * to the original span it came from, so that the ORIGINAL text is what gets masked.
 */

export interface Normalised {
  norm: string
  /** Original index of each normalised code unit; null when the text was already normal. */
  start: Int32Array | null
  /** Original index just after each normalised code unit; null as above. */
  end: Int32Array | null
}

const SPACE = 1
/** BMP code unit → replacement code unit (0: unchanged); SPACE marks a space kind. */
const MAP = new Uint16Array(0x10000)
/** BMP decimal digits: value + 1 (0: not a digit). ASCII digits are not in it. */
const DIGIT = new Uint8Array(0x10000)

function build(): void {
  const nd = /\p{Nd}/u
  const pd = /\p{Pd}/u
  const zs = /\p{Zs}/u
  let runStart = -1
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      runStart = -1
      continue
    }
    const ch = String.fromCharCode(c)
    if (nd.test(ch)) {
      // Every BMP digit set is a contiguous run zero..nine (Unicode keeps them so).
      if (runStart === -1) runStart = c
      if (c > 0x39) {
        DIGIT[c] = ((c - runStart) % 10) + 1
        MAP[c] = 0x30 + ((c - runStart) % 10)
      }
      continue
    }
    runStart = -1
    if (zs.test(ch) && c !== 0x20) MAP[c] = SPACE
    else if (pd.test(ch) && c !== 0x2d) MAP[c] = 0x2d
  }
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]) MAP[c] = SPACE
  // Invisible format characters inside a number ("4539\u200b8872", a soft hyphen, a
  // direction mark) separate its groups like a space: otherwise they hide it from the finders.
  for (const c of [0xad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff])
    MAP[c] = SPACE
  for (let c = 0x202a; c <= 0x202e; c++) MAP[c] = SPACE
  for (let c = 0x2061; c <= 0x2069; c++) MAP[c] = SPACE
  // Minus signs and small/full-width hyphen-minus are dashes too.
  for (const c of [0x2212, 0x2796, 0xfe63, 0xff0d]) MAP[c] = 0x2d
  // Dot-like marks: middle dot, one-dot leader, hyphenation point, full-width and small full
  // stops, Arabic decimal separator and full stop, ideographic full stop.
  for (const c of [0xb7, 0x2024, 0x2027, 0xfe52, 0xff0e, 0x066b, 0x06d4, 0x3002]) MAP[c] = 0x2e
  // Commas: Arabic thousands separator and comma, ideographic and full-width commas.
  for (const c of [0x066c, 0x060c, 0x3001, 0xff0c]) MAP[c] = 0x2c
  for (const c of [0x2044, 0x2215]) MAP[c] = 0x2f
  // Full-width ASCII (letters, '+', '@', parentheses, ...) as ASCII, digits included above.
  for (let c = 0xff01; c <= 0xff5e; c++) if (MAP[c] === 0) MAP[c] = c - 0xfee0
}
build()

// Astral digits (mathematical digits, Adlam, ...): decided by regex at a surrogate pair only.
const ASTRAL_ND = /\p{Nd}/u

/** Value of the astral digit at code point `cp`, or -1. Digit sets are runs of ten from a zero. */
function astralDigit(cp: number): number {
  if (!ASTRAL_ND.test(String.fromCodePoint(cp))) return -1
  let z = cp
  while (z > 0 && ASTRAL_ND.test(String.fromCodePoint(z - 1)) && cp - z < 60) z--
  return (cp - z) % 10
}

/** Whether `c` (a code unit) is a decimal digit of any BMP script (ASCII included). */
export function isDigitUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || DIGIT[c]! !== 0
}

/** Decimal digits of any script in `s` (astral digits counted by their high surrogate). */
export function countAnyDigits(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) n++
    else if (c >= 0x660) {
      if (DIGIT[c]! !== 0) n++
      else if (c >= 0xd800 && c <= 0xdbff) {
        const cp = s.codePointAt(i)!
        if (mayBeAstralDigit(cp) && astralDigit(cp) !== -1) n++
      }
    }
  }
  return n
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
    // An astral code point changes only if it is a digit (emoji and most others are not).
    if (c >= 0xd800 && c <= 0xdbff && mayBeAstralDigit(s.codePointAt(i)!)) return false
  }
  return true
}

/** Astral digits live below the emoji blocks, apart from the segmented digits U+1FBF0–9. */
function mayBeAstralDigit(cp: number): boolean {
  return cp < 0x1f000 || (cp >= 0x1fbf0 && cp <= 0x1fbf9)
}

/** The normalised form of `s` with its offset map (see Normalised). */
export function normaliseForPii(s: string): Normalised {
  if (alreadyNormal(s)) return { norm: s, start: null, end: null }
  const n = s.length
  const units = new Uint16Array(n)
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  let k = 0
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i)
    let width = 1
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = s.codePointAt(i)!
      const d = mayBeAstralDigit(cp) ? astralDigit(cp) : -1
      if (d !== -1) {
        c = 0x30 + d
        width = 2
      }
    } else {
      const m = MAP[c]!
      if (m === SPACE) c = 0x20
      else if (m !== 0) c = m
    }
    if (c === 0x20 && k > 0 && units[k - 1] === 0x20) {
      // A run of spaces of any kind reads as one: "4111 \u00a0\n1111" is one gap.
      end[k - 1] = i + width
    } else {
      units[k] = c
      start[k] = i
      end[k] = i + width
      k++
    }
    if (width === 2) {
      i++
      // The low half of a surrogate pair that is not a digit is copied as is.
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      units[k] = s.charCodeAt(i + 1)
      start[k] = i + 1
      end[k] = i + 2
      k++
      i++
    }
  }
  let norm = ''
  for (let p = 0; p < k; p += 4096) {
    norm += String.fromCharCode.apply(null, units.subarray(p, Math.min(k, p + 4096)) as unknown as number[])
  }
  return { norm, start: start.subarray(0, k), end: end.subarray(0, k) }
}

/** The original span of the normalised span [a, b). */
export function originalSpan(n: Normalised, a: number, b: number): [number, number] {
  if (n.start === null || n.end === null) return [a, b]
  return [n.start[a]!, n.end[b - 1]!]
}
