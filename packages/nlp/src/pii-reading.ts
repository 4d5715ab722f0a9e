/**
 * What lies between a customer's value and the text we are given, besides typing: letters an
 * OCR (or a habit) puts for digits, and the quote marks a mail or forum client puts at the start
 * of every hard-wrapped line of a quoted reply. Both are read away in the PII normal form only
 * (offsets are kept), so every finder and its cue words read "4O7 2l8" as "407 218" and
 * "account\n> number 1234 5678\n> 9012" as one phrase and one number.
 */

// A token of ASCII digits and the letters O o I l, holding at least one digit and one such
// letter, with no other letter or digit beside it: "4O7", "9l23", "Ol0O", "+3l". A word ("lOl",
// "Oslo", "I") holds no digit; "x204", "2lbs" have another letter beside them.
// Chinese and Japanese glue a number to the words beside it ("发到l37-6142-9O58了"): only a letter
// of an alphabet (Latin, Greek, Cyrillic) next to the token makes it part of a word.
// Full-width digits count as digits ("６２O７ ６O１O", an OCR'd card from a Chinese screen, pii17).
const TYPED_RE =
  /(?<![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}\p{N}_])(?=[0-9０-９OoIl]*[0-9０-９])(?=[0-9０-９OoIl]*[OoIl])[0-9０-９OoIl]{2,}(?![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}\p{N}_])/gu
// "Ol 40 00 10 00": a group read wholly as letters, holding a capital O (so "Il", "lol" stay
// words), before a group with a digit.
const LONE_RE = /(?<![\p{L}\p{M}\p{N}_])(?=[Il]*O)[OIl]{2,4}(?=[ .\-/][0-9OoIl]*[0-9])/gu
// "+44 (O)20 …": the trunk zero written in brackets after a country code, itself perhaps read
// with a letter ("+3l (O)20").
const TRUNK_RE = /(?<=(?:[0-9]|\+[0-9Il]{1,3}) ?)\(O\)(?= ?[0-9OoIl])/g
// "+33 (0)l 99 …", "+33 (O)l": the area code glued to a bracketed trunk zero (ITU-T E.123's
// national prefix in brackets) is digits, even when it is one letter with none beside it.
const AFTER_TRUNK_RE = /(?<=[0-9Il] ?\([0O]\))[0-9OoIl]*[OoIl][0-9OoIl]*(?![\p{L}\p{M}\p{N}_])/gu
// "+33 6 39 98 55 lO": a last pair read wholly as letters (holding a capital O, so "lo", "Il"
// stay words), closing a run of pairs, as French and Dutch numbers are written.
const LAST_PAIR_RE =
  /(?<=(?:^|[^\p{L}\p{N}])\d\d[\s.-]\d\d[\s.-]\d\d[\s.-])(?=O|[Il]O)[OIl]{2}(?![\p{L}\p{M}\p{N}_])/gu
// "+33 l 42 01 00 00": one capital O, I or a lower-case l standing as a group between digit
// groups (lower-case o is a word: "3 o 4").
const LONE_ONE_RE = /(?<=\d\)?[\s.\-/])[OIl](?=[\s.\-/]\d)/g
// Quote marks leading a line: "> ", ">> ", "> > " (the first line may start the text).
const QUOTE_RE = /(?<=^|\n)[ \t]*>[> \t]*/g
const HINT_RE =
  /[0-9０-９](?:[OoIl]|\)?[\s.\-/](?:[Il]?O|[OIl][\s.\-/][0-9]))|[OoIl][0-9０-９]|O[Il]* [0-9OoIl]|\(O\)|\(0\)[OoIl]|(?:^|\n)[ \t]*>/

export const AS_ZERO = 1
export const AS_ONE = 2
export const AS_SPACE = 3

/**
 * Per original code unit: AS_ZERO / AS_ONE for a letter read as a digit, AS_SPACE for a quote
 * mark at a line's start, 0 otherwise; null when the text holds neither (most posts).
 */
export function readingMarks(s: string): Uint8Array | null {
  if (!HINT_RE.test(s)) return null
  let marks: Uint8Array | null = null
  const mark = (i: number, v: number): void => {
    marks ??= new Uint8Array(s.length)
    marks[i] = v
  }
  for (const [a, b] of typedRanges(s)) {
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i)
      if (c === 0x4f || c === 0x6f) mark(i, AS_ZERO)
      else if (c === 0x49 || c === 0x6c) mark(i, AS_ONE)
    }
  }
  QUOTE_RE.lastIndex = 0
  for (let m = QUOTE_RE.exec(s); m !== null; m = QUOTE_RE.exec(s)) {
    if (m[0].length === 0) {
      QUOTE_RE.lastIndex++
      continue
    }
    for (let i = m.index; i < m.index + m[0].length; i++) if (s.charCodeAt(i) === 0x3e) mark(i, AS_SPACE)
  }
  QUOTE_RE.lastIndex = 0
  return marks
}

/** Original ranges of tokens whose letters are read as digits (masked whole, letters too). */
export function typedRanges(s: string): [number, number][] {
  const out: [number, number][] = []
  if (!HINT_RE.test(s)) return out
  for (const re of [TYPED_RE, LONE_RE, LONE_ONE_RE, LAST_PAIR_RE, TRUNK_RE, AFTER_TRUNK_RE]) {
    re.lastIndex = 0
    for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push([m.index, m.index + m[0].length])
    re.lastIndex = 0
  }
  return out
}
