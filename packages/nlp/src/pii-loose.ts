/**
 * Values read whole, however they are grouped (pii18). The run finders (pii-numbers.ts) read
 * the groupings people and apps print (4-4-4-4, 3-3-4, pairs …) and cut a run where it looks
 * like a list; a value typed in a grouping of its own ("6222 | 7174 | 5955 | 1304 | 5",
 * "37 - 449556 - 800540 - 9", "06 | 12 | 392 | 97 | 7") slipped through those cuts one shape at a
 * time, and every blind set found a new shape. This pass reads the CLASS instead: digit groups
 * joined by any separators, and decides by structure, whatever the grouping:
 *
 * - a card: 13–19 digits that pass Luhn and fall in an issuer range (ISO/IEC 7812,
 *   `cardSchemeValid`), with no context word at all; 12 (a Maestro's least) after a card word;
 * - an account number (7–19 digits here; longer ones are the run finders') right after an account
 *   word of any served language (`accountWordBefore`): no check digit is common to every bank;
 * - a phone number after a phone word in its clause (7–15 digits, ITU-T E.164's most). Without
 *   a word, a regrouped national number is too like a list, an IP address, a version or a date
 *   (measured: the pii hard negatives fail); the run finders' national shapes stay the rule there.
 *
 * It runs after the other finders and claims only what they left, or the phone, code and
 * account windows a card or phone number read whole contains (a window of a value is a
 * half-masked value). Ordinary numbers stay: dates, times, amounts with a currency, numbers
 * after an order word, a number glued to letters, anything in a link.
 */
import { cardSchemeValid, luhnValid } from './pii-checks.js'
import {
  AFTER_NUMBER_RE,
  accountWordBefore,
  BSN_CTX_RE,
  CARD_CTX_RE,
  CURRENCY_BEFORE_RE,
  NATIONAL_ID_CTX_RE,
  ORDER_BEFORE_RE,
  PHONE_BEFORE_RE,
  PHONE_NEAR_RE,
  SSN_CTX_RE,
} from './pii-context.js'
import { ACCOUNT_HINT_RE, type NormSpan } from './pii-numbers.js'

// Groups joined by up to four separator characters: spaces, dashes, dots, slashes, bars,
// underscores, stars, brackets; a comma only tight ("4111,1111"): a comma and a space is a list.
const LOOSE_RE = /\d(?:(?:[ .\-/_|*()]{1,4}|,(?=\d))?\d)*/g
/** The most characters a cue word's clause reaches back before the value. */
const CUE_REACH = 48
/** A sentence or clause end: the cue before it names something else. */
const CLAUSE_END_RE = /[.!?;。！？؟]\s|\n/
const TIME_RE = /\d:\d\d/
const THOUSANDS_RE = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/
// A date with the same separator twice, its year four digits or beside ("06.12.2026", "2026-12-06").
// A date with its century standing alone in the value ("06.12.2026 14:35 …"); a two-digit year
// only as the whole value ("2-2-21-7-1-…" and "8-9-43 8 1 …" are a card's groups).
const DATE_RE =
  /(?<![\d./-])(?:\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2})(?![\d]|[./-]\d)|^\d{1,2}([./-])\d{1,2}\3\d\d$/
const THOUSANDS_IN_RE = /(?<![\d,])\d{1,3},\d{3}(?![\d])|(?<![\d,])\d{1,3}(?:,\d{3}){2,}(?!\d)/
const SHORT_DATE_IN_RE = /(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d\d(?![\d]|[./-]\d)/
// An amount in thousands, its cents too ("1.010.000.000,50", "12 345,00").
const AMOUNT_RE = /^\d{1,3}(?:([., ])\d{3})+(?:[.,]\d{1,2})?$/

interface Loose {
  start: number
  end: number
  digits: string
  groups: number[]
}

/** The values of `norm` of two groups or more and five characters or more (the rest decide nothing). */
function* looseValues(norm: string): Generator<Loose> {
  LOOSE_RE.lastIndex = 0
  for (let m = LOOSE_RE.exec(norm); m !== null; m = LOOSE_RE.exec(norm)) {
    const raw = m[0]
    if (raw.length < 5) continue
    const groups: number[] = []
    let digits = ''
    let g = 0
    let last = 0
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i)
      if (c >= 48 && c <= 57) {
        digits += raw[i]
        g++
        last = i + 1
      } else if (g > 0) {
        groups.push(g)
        g = 0
      }
    }
    if (g > 0) groups.push(g)
    if (groups.length < 2) continue
    yield { start: m.index, end: m.index + last, digits, groups }
  }
  LOOSE_RE.lastIndex = 0
}

/** The words before `s` back to the clause's start (at most CUE_REACH characters). */
function clauseBefore(norm: string, s: number): string {
  const w = norm.slice(Math.max(0, s - CUE_REACH), s)
  let cut = 0
  for (let m = CLAUSE_END_RE.exec(w.slice(cut)); m !== null; m = CLAUSE_END_RE.exec(w.slice(cut)))
    cut += m.index + m[0].length
  return w.slice(cut)
}

/** A date or a time in the value or right beside it. */
function datedOrTimed(norm: string, v: Loose): boolean {
  return (
    DATE_RE.test(norm.slice(v.start, v.end)) || TIME_RE.test(norm.slice(Math.max(0, v.start - 3), v.end + 3))
  )
}

/** Clearly an ordinary number (dates and times aside): an amount, a list, after an order word, glued to letters. */
function ordinary(norm: string, v: Loose, card: boolean, cued: boolean): boolean {
  const raw = norm.slice(v.start, v.end)
  // With no word to say what it is, a list of numbers is read as one: a count in thousands or a
  // date with a two-digit year inside it ("36,499,366 / 12/06/26") says it is a list.
  if (!cued && (THOUSANDS_IN_RE.test(raw) || SHORT_DATE_IN_RE.test(raw))) return true
  const prev = norm[v.start - 1] ?? ''
  if (/[A-Za-z#@_/=&?+]/.test(prev) || /[A-Za-z]/.test(norm[v.end] ?? '')) return true
  if (/00$/.test(prev) || norm.slice(v.start - 2, v.start) === '00') return true
  // "851.247.920 views", "860,000,000": thousands, unless a cue word says otherwise.
  if (!cued && THOUSANDS_RE.test(raw)) return true
  const ctx = norm.slice(Math.max(0, v.start - 30), v.start)
  if (CURRENCY_BEFORE_RE.test(ctx) || AFTER_NUMBER_RE.test(norm.slice(v.end, v.end + 16))) return true
  // "order 6011 0414 5384 1255", "ticket 2026 1234 567": an order word right before the number
  // names it, whatever cue the clause holds, unless a card word is right there too.
  return ORDER_BEFORE_RE.test(ctx) && !(card && CARD_CTX_RE.test(ctx))
}

/** An amount in thousands with its currency before or after it. */
function isAmount(norm: string, v: Loose): boolean {
  return (
    v.groups.length > 1 &&
    AMOUNT_RE.test(norm.slice(v.start, v.end)) &&
    (CURRENCY_BEFORE_RE.test(norm.slice(Math.max(0, v.start - 8), v.start)) ||
      AFTER_NUMBER_RE.test(norm.slice(v.end, v.end + 16)))
  )
}

// Words that name a national id: the number after them is the id, not a phone number.
const ID_CTX_RE = new RegExp(`${SSN_CTX_RE.source}|${BSN_CTX_RE.source}|${NATIONAL_ID_CTX_RE.source}`, 'iu')

const inside = (x: NormSpan, v: Loose): boolean => v.start <= x.start && x.end <= v.end
const overlaps = (x: NormSpan, v: Loose): boolean => x.start < v.end && v.start < x.end

/**
 * Adds to `kept` (non-overlapping spans of the other finders, in any order) the values read
 * whole; returns the new list. `skip` are link spans, read by pii-url.ts.
 */
export function withLooseValues(
  norm: string,
  skip: readonly [number, number][],
  kept: NormSpan[],
): NormSpan[] {
  let spans = kept
  const accountWords = ACCOUNT_HINT_RE.test(norm)
  for (const v of looseValues(norm)) {
    const n = v.digits.length
    // "€ 1.010.000.000,50": an amount with its currency is no window of anything.
    if (isAmount(norm, v)) {
      spans = spans.filter(
        (x) => !(inside(x, v) && (x.kind === 'phone' || x.kind === 'account_number' || x.kind === 'otp')),
      )
      continue
    }
    if (n < 7 || n > 19) continue
    if (skip.some(([a, b]) => v.start < b && a < v.end)) continue
    const cardValid = n >= 12 && luhnValid(v.digits) && cardSchemeValid(v.digits)
    // Most values were read whole by their own finder: nothing to decide, unless a card's check
    // digit says the phone or account finder read it under the wrong kind, or a nine-digit id
    // rule took a phone number after a phone word.
    if (
      !cardValid &&
      spans.some((x) => x.start === v.start && x.end === v.end && x.kind !== 'us_ssn' && x.kind !== 'nl_bsn')
    )
      continue
    if (datedOrTimed(norm, v)) continue
    // The cue words are looked for only where the structure leaves a choice (they cost most).
    let kind: 'card' | 'phone' | 'account_number' | null = null
    let cardCue = false
    const clause = clauseBefore(norm, v.start)
    if (cardValid) {
      cardCue = CARD_CTX_RE.test(clause)
      if (n >= 13 || cardCue) kind = 'card'
    }
    if (
      kind === null &&
      n <= 15 &&
      (PHONE_NEAR_RE.test(clause) || PHONE_BEFORE_RE.test(norm.slice(Math.max(0, v.start - 40), v.start)))
    )
      kind = 'phone'
    if (kind === null && accountWords) {
      const w = norm.slice(Math.max(0, v.start - 80), v.start)
      if (ACCOUNT_HINT_RE.test(w) && accountWordBefore(w)) kind = 'account_number'
    }
    if (kind === null || ordinary(norm, v, kind === 'card', kind !== 'card' || cardCue)) continue
    // What the other finders claimed here: windows of this value of a weaker kind are replaced by
    // the whole value; a stronger claim (an IBAN, an id, a sort code) or one reaching out of it stays.
    const here = spans.filter((x) => overlaps(x, v))
    const replaceable = (x: NormSpan): boolean =>
      inside(x, v) &&
      (kind === 'card'
        ? ['card', 'phone', 'otp', 'account_number', 'us_ssn', 'nl_bsn'].includes(x.kind) &&
          (x.end - x.start < v.end - v.start || x.kind !== 'us_ssn')
        : x.kind === kind ||
          (kind === 'account_number' && x.kind === 'otp') ||
          ((x.kind === 'us_ssn' || x.kind === 'nl_bsn') && !ID_CTX_RE.test(clause)))
    if (!here.every(replaceable)) continue
    // Already masked whole by its own finder under the same kind: nothing to add.
    if (here.length === 1 && here[0]!.kind === kind && here[0]!.start === v.start && here[0]!.end === v.end)
      continue
    spans = spans.filter((x) => !here.includes(x))
    spans.push({ kind, start: v.start, end: v.end, keep: kind === 'phone' ? 2 : 4 })
  }
  return spans
}
