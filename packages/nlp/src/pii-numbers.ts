/**
 * Number-shaped personal data, found on the normalised text (pii-normalise.ts) in one scan:
 * a "run" is digit groups joined by at most four separator characters (space, '.', '-', '/',
 * parentheses), so "4111 - 1111  1111.1111", "030/12345678" and "+1 - (415) - 555-0132" are
 * one run each. Each finder looks at
 * windows of whole groups of a run (a card is never the middle of a longer group) and keeps
 * a window only with its check digit, issuer range or the words around it.
 */
import type { PiiKind } from '@vigil/schema'
import { accountCheckValid, BANKING_NEAR_RE, UK_BANKING_RE } from './pii-accounts.js'
import { bsnValid, cardSchemeValid, dutchAccountValid, luhnValid, ssnValid } from './pii-checks.js'
import {
  ACCOUNT_AFTER_RE,
  AFTER_NUMBER_RE,
  accountWordBefore,
  BANK_CODE_BEFORE_RE,
  BSN_CTX_RE,
  CARD_CTX_RE,
  CURRENCY_BEFORE_RE,
  NAMED_ID_REACH,
  NATIONAL_ID_CTX_RE,
  ORDER_BEFORE_RE,
  PHONE_AFTER_RE,
  PHONE_BEFORE_RE,
  PHONE_NEAR_RE,
  REPORT_NUMBER_BEFORE_RE,
  SORT_CODE_RE,
  SSN_CTX_RE,
  SSN_NAMED_RE,
} from './pii-context.js'
import { GROUP_SEP_CLASS, isGroupSep } from './pii-normalise.js'
import { nationalShape, possibleInternational } from './pii-phone.js'
import { ungroupedPlanMatch } from './pii-phone-plan.js'

/** A span of the normalised text; `keep` digits stay readable at its end. */
export interface NormSpan {
  kind: PiiKind
  start: number
  end: number
  keep: number
  /** Masked whole, letters too (a value with letters typed for digits). */
  whole?: boolean
}

interface Run {
  /** Normalised offsets of each group: starts[i]..ends[i]. */
  starts: number[]
  ends: number[]
  /** All digits of the run, and where each group's digits start in it. */
  digits: string
  at: number[]
  /** Glued to a tag sign ("#4111111111111111"): read only as a card. */
  tagged: boolean
}

/** Stems of every account word of ACCOUNT_BEFORE_RE and ACCOUNT_AFTER_RE. */
export const ACCOUNT_HINT_RE =
  /acc|a\/c|rek|kont|kto|bankverb|compt|cuent|cta|cont|c\/c|hesap|rib|clabe|cbu|cvu|cci|ccc|routing|livret|giro|postbank|coordonn|depot|账|帐|户|卡号|银行卡|工资卡|储蓄卡|借记卡|存款卡|存折|حساب|ايبان/i
// Group separators of every kind (pii-normalise.ts) and brackets, at most four in a row.
const RUN_RE = new RegExp(`\\d(?:[${GROUP_SEP_CLASS}()]{0,4}\\d)*`, 'g')
const LATIN_OR_TAG_BEFORE = /[A-Za-z#@_/=&?]/
const LATIN_AFTER = /[A-Za-z]/
// "NL69 ABNA 0980 8976 605": the digits after an IBAN's head are that IBAN's (found, or
// refused by its check digits, in pii.ts), never a phone or an account of their own.
const IBAN_HEAD_BEFORE = new RegExp(
  `(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}[${GROUP_SEP_CLASS}]{0,3}[A-Za-z]{4}[${GROUP_SEP_CLASS}]{0,3}$`,
)

// "INC-0049218733", "REQ-20250012": a ticket's capitals and a hyphen glued to the digits.
const TICKET_PREFIX_RE = /(?<![\p{L}\p{N}])[A-Z]{2,6}-$/u
const IPV4_RE = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

// A private range, or octets not ending in two pairs: "91.123.45.67" is a phone's 2-3-2-2.
const IPV4_SURE_RE =
  /^(?:10|127|192\.168|172\.(?:1[6-9]|2\d|3[01]))\.|(?:^|\.)(?:\d|\d{3})\.\d+$|\.(?:\d|\d{3})$/

/**
 * "rekeningnummer 55.30.26.186": an old Dutch account in its printed 2.2.2.3 dots has an IP's
 * shape; after an account word and passing the account 11-proef it is the account (pii16).
 */
function oldDutchAccount(norm: string, s: number, e: number): boolean {
  const raw = norm.slice(s, e)
  return (
    /^\d{2}\.\d{2}\.\d{2}\.\d{3}$/.test(raw) &&
    dutchAccountValid(raw.replace(/\./g, '')) &&
    accountWordBefore(before(norm, s, 80))
  )
}

/** "192.168.10.254": four dotted octets (no leading zeros) are an IP address, not a phone. */
function isIpv4(norm: string, s: number, e: number): boolean {
  if (e - s > 15 || e - s < 7 || norm[e] === '.' || norm[s - 1] === '.') return false
  const raw = norm.slice(s, e)
  return IPV4_RE.test(raw) && IPV4_SURE_RE.test(raw)
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** A four-letter bank code (after a country and check digits) and separators end at `s`. */
function ibanHeadBefore(norm: string, s: number): boolean {
  // Character tests first: the regex runs only after a word of exactly four letters.
  let k = s - 1
  let n = 0
  while (k >= 0 && n < 3 && isGroupSep(norm[k]!)) {
    k--
    n++
  }
  if (n === 0 || k < 7) return false
  for (let q = 0; q < 4; q++) if (!isLetter(norm.charCodeAt(k - q))) return false
  if (isLetter(norm.charCodeAt(k - 4))) return false
  return IBAN_HEAD_BEFORE.test(before(norm, s, 14))
}

function toRun(norm: string, s: number, e: number): Run {
  const run: Run = { starts: [], ends: [], digits: '', at: [], tagged: false }
  let i = s
  while (i < e) {
    const c = norm.charCodeAt(i)
    if (c < 48 || c > 57) {
      i++
      continue
    }
    let j = i
    while (j < e && norm.charCodeAt(j) >= 48 && norm.charCodeAt(j) <= 57) j++
    run.starts.push(i)
    run.ends.push(j)
    run.at.push(run.digits.length)
    run.digits += norm.slice(i, j)
    i = j
  }
  return run
}

// Words that name a value ("card", "Kontonummer", "tel", "IBAN", "Girokonto-Nr."): a number
// glued to one ("card#4111…", "Kontonummer12345678", "tel0612…") is still read.
const CUE_STEMS =
  'card|carte|tarjeta|carta|cartão|visa|mastercard|amex|account|acct|acc|kto|compte|cuenta|cta|rek|rib|clabe|tel|phone|mobile|mob|cell|gsm|handy|telefon|telefoon|teléfono|telefono|téléphone|tél|móvil|movil|portable|whatsapp|ssn|bsn|sofi|otp|pin|tan|code|código|codigo'
// German and Dutch compounds name the value at their end ("Girokonto", "spaarrekening").
const CUE_COMPOUNDS = 'konto|rekening|karte|kaart'
/** The word glued to a run (tested alone, anchored: cheap). */
const GLUED_WORD_RE = new RegExp(
  `^(?:\\p{L}*(?:${CUE_COMPOUNDS})|${CUE_STEMS})\\p{L}{0,8}[#:=._/-]{0,3}$`,
  'iu',
)
const CUE_NEAR_RE = new RegExp(`${CUE_COMPOUNDS}|(?<!\\p{L})(?:${CUE_STEMS})`, 'iu')
const GLUED_WORD_CH = /[\p{L}#:=._/-]/u

/** The letters and tag signs glued before `s` name a value ("card#", "Kontonummer", "tel"). */
function gluedToCue(norm: string, s: number): boolean {
  let k = s
  while (k > 0 && s - k < 24 && GLUED_WORD_CH.test(norm[k - 1]!)) k--
  return GLUED_WORD_RE.test(norm.slice(k, s))
}

/** Runs of the text outside `skip` spans (URLs), not glued to a Latin letter or a tag sign. */
function runsOf(norm: string, skip: [number, number][]): Run[] {
  const runs: Run[] = []
  RUN_RE.lastIndex = 0
  for (let m = RUN_RE.exec(norm); m !== null; m = RUN_RE.exec(norm)) {
    let s = m.index
    const end = s + m[0].length
    for (const cut of [...listCuts(m[0], norm[m.index - 1] === '+'), m[0].length]) {
      const e = m.index + cut
      const keep = keepRun(norm, s, e, skip)
      if (keep !== DROP) {
        const run = toRun(norm, s, e)
        run.tagged = keep === TAGGED
        runs.push(run)
      }
      s = e + 1
    }
    RUN_RE.lastIndex = end
  }
  RUN_RE.lastIndex = 0
  return runs
}

// Thousands commas, Western (1,234,567) or Indian (12,34,567).
const THOUSANDS_END_RE = /(?:^|[^\d,])(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})$/
const DOT_THOUSANDS_END_RE = /(?:^|[^\d.])\d{1,3}(?:\.\d{3})+$/

// "10,026,845": a group of one to three digits, a bare comma, three digits: an amount's thousands.
const THOUSANDS_COMMA_RE = /(?:^|[^\d])\d{1,3},\d{3}(?!\d)/
const hasThousandsComma = (raw: string): boolean => raw.includes(',') && THOUSANDS_COMMA_RE.test(raw)

const SPACED_MARK_RE = /^ [|*_.,] \d/
const DATE_END_RE = /(?:^|[^\d./-])(\d{1,2}([./-])\d{1,2}\2(?:\d{4}|\d{2})|\d{4}([./-])\d{1,2}\3\d{1,2})$/
const endsInDate = (s: string): boolean => {
  const m = DATE_END_RE.exec(s)
  return m !== null && isDate(m[1]!)
}

/**
 * Where a run is a list, not one number: after a comma and a space, and where a number written
 * with thousands commas ends ("1,204,558,2019", "1,001,000 / 06.12.2026") or one in dotted
 * thousands or a date meets a space or a slash. The run is cut there. Any other comma joins groups
 * ("4111,1111,…").
 */
function listCuts(run: string, plus: boolean): number[] {
  const cuts: number[] = []
  if (run.length <= 4) return cuts
  let from = 0
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i)
    if (c >= 48 && c <= 57) continue
    if (i > 0 && !(run.charCodeAt(i - 1) >= 48 && run.charCodeAt(i - 1) <= 57)) continue
    // A comma and a space separate list items in every language ("91 537 859, 2026-12-06").
    // A number in dotted thousands ends at a separator with a space or a slash ("45.954.001 / 99…").
    // So does a date ("12/06/26 / 12/06/26"): never the first groups of a phone number.
    const spaced = run[i] === ' ' || run[i] === '/'
    // After '+' it is a phone number ("+31/6/1234/5678"), whatever looks like a date in it.
    // A tight slash after a date written with slashes continues one chain ("06/12/84/37/90" is a
    // French number in pairs, never a date and more).
    const chained = run[i] === '/' && /\d\/\d+$/.test(run.slice(from, i)) && /^\/\d/.test(run.slice(i, i + 2))
    const dotted =
      spaced &&
      (DOT_THOUSANDS_END_RE.test(run.slice(from, i)) || (!plus && !chained && endsInDate(run.slice(from, i))))
    // A bare comma after one ("+49,151,0000,0000") joins groups.
    const commaEnds = run[i] !== ',' && THOUSANDS_END_RE.test(run.slice(from, i))
    // A bar, star, underscore, dot or comma with spaces around it separates list items
    // ("5 010 000 | 06.12.2026") unless it stands between groups of four ("4111 • 1111");
    // written tight ("4111|1111") it joins groups.
    const spacedMark =
      run[i] === ' ' &&
      SPACED_MARK_RE.test(run.slice(i, i + 4)) &&
      !(/\d{4}$/.test(run.slice(from, i)) && /^\d{4}/.test(run.slice(i + 3, i + 7)))
    if ((run[i] === ',' && run[i + 1] === ' ') || dotted || commaEnds || spacedMark) {
      cuts.push(i)
      from = i + 1
    }
  }
  return cuts
}

const DROP = 0
const KEEP = 1
/** A hashtag of a card's length ("#4111111111111111"): read only as a card, by its check digit. */
const TAGGED = 2

/**
 * A run not glued to a Latin letter or a tag sign (unless a cue word says what it is, or a
 * hashtag is as long as a card), nor in a URL.
 */
function keepRun(norm: string, s: number, e: number, skip: [number, number][]): number {
  // Trim the separators a cut left at either end.
  while (s < e && (norm.charCodeAt(s) < 48 || norm.charCodeAt(s) > 57)) s++
  if (s >= e) return DROP
  if (skip.some(([a, b]) => s < b && a < e)) return DROP
  // "ORD123456789", "#2024", "@1234", "1Z999AA1…": part of a code, a tag or a handle, unless
  // the word glued to it names a value.
  // A '?' is a link's query only after a letter, digit or sign of the link: a full-width '？'
  // ends a Chinese question ("私信我一下？6235 2414 …", read as "?").
  const prev = norm[s - 1]
  const gluedBefore =
    s > 0 &&
    ((LATIN_OR_TAG_BEFORE.test(prev!) && (prev !== '?' || /[A-Za-z0-9/=&]/.test(norm[s - 2] ?? ''))) ||
      (prev === '-' && TICKET_PREFIX_RE.test(before(norm, s, 8))))
  if (gluedBefore && !gluedToCue(norm, s)) {
    const hashtag =
      norm[s - 1] === '#' && !LATIN_AFTER.test(norm[e] ?? '') && /^\d{12,19}$/.test(norm.slice(s, e))
    return hashtag ? TAGGED : DROP
  }
  // "4111…1111exp 12/27": letters glued after the number too, when a cue word precedes it.
  if (LATIN_AFTER.test(norm[e] ?? '') && !gluedBefore && !CUE_NEAR_RE.test(before(norm, s, 30))) return DROP
  if (ibanHeadBefore(norm, s)) return DROP
  if (isIpv4(norm, s, e) && !oldDutchAccount(norm, s, e)) return DROP
  return KEEP
}

const len = (r: Run, i: number): number => r.ends[i]! - r.starts[i]!
const digitsOf = (r: Run, i: number, j: number): string => r.digits.slice(r.at[i]!, r.at[j]! + len(r, j))
const groupsOf = (r: Run, i: number, j: number): number[] => {
  const g: number[] = []
  for (let k = i; k <= j; k++) g.push(len(r, k))
  return g
}
const before = (norm: string, at: number, n: number): string => norm.slice(Math.max(0, at - n), at)
const after = (norm: string, at: number, n: number): string => norm.slice(at, at + n)
/** The separators between groups i..j, each as written ("-", " ", "."). */
const seps = (norm: string, r: Run, i: number, j: number): string[] => {
  const out: string[] = []
  for (let k = i; k < j; k++) out.push(norm.slice(r.ends[k]!, r.starts[k + 1]!).trim() || ' ')
  return out
}

/** Amount, measure, percentage or currency next to the window. */
function looksLikeQuantity(norm: string, s: number, e: number): boolean {
  return CURRENCY_BEFORE_RE.test(before(norm, s, 6)) || AFTER_NUMBER_RE.test(after(norm, e, 14))
}

const SLASHED_DATE_RE = /(?<!\d)\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?!\d)/
const DMY_RE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/
const YMD_RE = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/

/** A date as people write it: day and month (either order) in range, a two- or four-digit year. */
function isDate(raw: string): boolean {
  const dmy = DMY_RE.exec(raw)
  if (dmy !== null) {
    const a = Number(dmy[1])
    const b = Number(dmy[2])
    return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))
  }
  const ymd = YMD_RE.exec(raw)
  return (
    ymd !== null && Number(ymd[2]) >= 1 && Number(ymd[2]) <= 12 && Number(ymd[3]) >= 1 && Number(ymd[3]) <= 31
  )
}
/**
 * "Termin 06.12.2026 14:35": groups i..j hold a date with its year (then the hour), not a
 * trunk-0 number ("06.12.34.56.78", pairs, still is one). Tested only once a shape matched.
 */
function hasDatedYear(norm: string, r: Run, i: number, j: number): boolean {
  for (let k = i; k + 2 <= j; k++) if (datedYear(norm.slice(r.starts[k]!, r.ends[k + 2]!))) return true
  return false
}

/** A date whose year is written whole, 19xx or 20xx ("06.12.2026", "2026-12-06"). */
function datedYear(raw: string): boolean {
  return isDate(raw) && /(?:^|[^\d])(?:19|20)\d\d(?:$|[^\d])/.test(raw)
}
const THOUSANDS_RE = /^\d{1,3}(?:[., ]\d{3})+$/

/**
 * Groups i..j are fours and a last digit: the printed form of a 13-digit Visa (4-4-4-1) or of a
 * 17-digit UnionPay card (4-4-4-4-1).
 */
function fourThenOne(r: Run, i: number, j: number): boolean {
  if (j - i < 3 || len(r, j) !== 1) return false
  for (let k = i; k < j; k++) if (len(r, k) !== 4) return false
  return true
}

/** "4 5 3 9 8 8 7 2 …": a card written digit by digit (to get past filters). */
function allSingles(r: Run, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (len(r, k) !== 1) return false
  return true
}

/** Finds the cards of a run; true when one card is the whole run (nothing else to look for). */
function findCards(norm: string, r: Run, out: NormSpan[]): boolean {
  const n = r.starts.length
  // "61 62 39 / 76496468", "61.62.39 76496468": a sort code and its account, never how a card
  // is printed; nor "20000012345678" beside a UK bank's words.
  for (let i = 0; i + 3 < n; i++) if (sortThenAccount(norm, r, i)) return false
  if (ukRunTogether(norm, r)) return false
  // "CHAPS to 301519 / 16903219", "… to 30 15-19 / 16903219": six digits (or pairs, separators
  // mixed) then eight beside an account or payment word are a sort code and its account, whatever
  // a check digit says (no card is printed 6-8 or 2-2-2-8).
  for (let i = 0; i + 1 < n; i++) {
    const k =
      len(r, i) === 6
        ? i + 1
        : i + 3 < n && len(r, i) === 2 && len(r, i + 1) === 2 && len(r, i + 2) === 2
          ? i + 3
          : -1
    if (k !== -1 && (len(r, k) === 8 || len(r, k) === 7) && ukWordsNear(norm, r.starts[i]!, r.ends[k - 1]!))
      return false
  }
  // "my bank details are 59630977 39 16 01": the account first, then its sort code.
  for (let i = 0; i + 1 < n; i++) {
    if (len(r, i) !== 8 && len(r, i) !== 7) continue
    const last =
      len(r, i + 1) === 6
        ? i + 1
        : i + 3 < n && len(r, i + 1) === 2 && len(r, i + 2) === 2 && len(r, i + 3) === 2
          ? i + 3
          : -1
    if (last !== -1 && ukWordsNear(norm, r.starts[i + 1]!, r.ends[last]!)) return false
  }
  let whole = false
  // "Referencia 6923 0051 0264 0100": sixteen digits printed 4-4-4-4 are one number; a shorter
  // window of it that happens to pass Luhn is part of a reference, not a card.
  const fourByFour = n === 4 && r.digits.length === 16
  for (let i = 0; i < (fourByFour ? 1 : n); i++) {
    let total = 0
    let best = -1
    for (let j = i; j < n; j++) {
      total += len(r, j)
      if (total > 19) break
      // Grouped cards are written in groups of two digits or more (4-4-4-4, 4-6-5, …), but a
      // 13-digit Visa or a 17-digit UnionPay printed in fours ends in one digit (4-4-4-1).
      if (j > i && (len(r, j) < 2 || len(r, i) < 2) && !fourThenOne(r, i, j) && !allSingles(r, i, j)) break
      // No card is printed with a three-digit group before its last ("60 541 716 2019" is an
      // amount in French thousands and a year).
      if (j > i && len(r, j - 1) === 3 && j - 1 >= i) break
      if (total < 12 || (fourByFour && j < n - 1)) continue
      const d = digitsOf(r, i, j)
      const raw = norm.slice(r.starts[i]!, r.ends[j]!)
      // "Maria: 503057\n07/12/2026, 10:44 - …": a code and the next chat line's date run together
      // are no card, whatever Luhn says (pii16).
      if (luhnValid(d) && cardSchemeValid(d) && !hasThousandsComma(raw) && !SLASHED_DATE_RE.test(raw))
        best = j
    }
    // "+49 1574 1786334": a number after '+' is a phone number, whatever its check digit.
    if (best === -1 || norm[r.starts[i]! - 1] === '+') continue
    // The words before the run count for every window of it ("order 6011 0414 5384 1255").
    const ctx = before(norm, r.starts[0]!, 30)
    if (ORDER_BEFORE_RE.test(ctx) && !CARD_CTX_RE.test(ctx)) continue
    out.push({ kind: 'card', start: r.starts[i]!, end: r.ends[best]!, keep: 4 })
    if (i === 0 && best === n - 1) whole = true
    i = best
  }
  return whole
}

/** Stems of NATIONAL_ID_CTX_RE's words: a cheap test before the long one, run on most nine-digit windows. */
const NATIONAL_ID_HINT_RE =
  /sozial|steuer|identi|ausweis|curit|fiscal|seguridad|nif|nie|dni|national|tax|persoon|ضمان|هوي|وطني|قومي|شخصي|社|身份|税/i

/** The `n` characters after `e`, less a word the window cuts in two ("… weer nie|t" reads no "nie"). */
function wholeWordsAfter(norm: string, e: number, n: number): string {
  const w = after(norm, e, n)
  return /\p{L}/u.test(norm[e + w.length] ?? '') ? w.replace(/\p{L}+$/u, '') : w
}

function findNineDigitIds(norm: string, r: Run, out: NormSpan[]): void {
  // "+966 501 01 0001": the groups after a calling code are a phone number's, whatever shape
  // (3-2-4) and check digit a window of them has.
  if (norm[r.starts[0]! - 1] === '+') return
  if (r.digits.startsWith('00') && len(r, 0) <= 5 && possibleInternational(r.digits.slice(2))) return
  const n = r.starts.length
  for (let i = 0; i < n; i++) {
    let total = 0
    for (let j = i; j < n && total < 9; j++) {
      total += len(r, j)
      if (total !== 9) continue
      const s = r.starts[i]!
      const e = r.ends[j]!
      const d = digitsOf(r, i, j)
      const ctx = before(norm, s, 50)
      const ctxAfter = wholeWordsAfter(norm, e, 25)
      const g = groupsOf(r, i, j)
      const sp = seps(norm, r, i, j)
      const ssnShape = g.length === 3 && g[0] === 3 && g[1] === 2 && sp[0] === sp[1] && sp[0] !== '.'
      // A BSN or SSN word a sentence or two back still names the number, unless an order or
      // reference word stands right before it.
      const wide = (re: RegExp): boolean =>
        re.test(before(norm, s, NAMED_ID_REACH)) && !ORDER_BEFORE_RE.test(before(norm, s, 30))
      if ((BSN_CTX_RE.test(ctx) || BSN_CTX_RE.test(ctxAfter) || wide(BSN_CTX_RE)) && bsnValid(d)) {
        out.push({ kind: 'nl_bsn', start: s, end: e, keep: 0 })
      } else if (
        ssnValid(d) &&
        (ssnShape || SSN_CTX_RE.test(ctx) || SSN_CTX_RE.test(ctxAfter) || wide(SSN_NAMED_RE))
      ) {
        if (!ORDER_BEFORE_RE.test(before(norm, s, 30)))
          out.push({ kind: 'us_ssn', start: s, end: e, keep: 0 })
      } else if (
        bsnValid(d) &&
        (NATIONAL_ID_CTX_RE.test(ctx) || NATIONAL_ID_CTX_RE.test(ctxAfter)) &&
        !ORDER_BEFORE_RE.test(before(norm, s, 30)) &&
        // "dentro iba mi DNI, llamad al 688 214 903": a phone word right before it names it (pii16).
        !PHONE_BEFORE_RE.test(before(norm, s, 40))
      ) {
        // "numéro de sécurité sociale 111 222 333", "身份号码 …": a Dutch resident's id named in
        // their own words; the 11-check says it is a BSN.
        out.push({ kind: 'nl_bsn', start: s, end: e, keep: 0 })
      } else if (
        ssnValid(d) &&
        NATIONAL_ID_HINT_RE.test(`${ctx} ${ctxAfter}`) &&
        (NATIONAL_ID_CTX_RE.test(ctx) || NATIONAL_ID_CTX_RE.test(ctxAfter)) &&
        !ORDER_BEFORE_RE.test(before(norm, s, 30)) &&
        !PHONE_BEFORE_RE.test(before(norm, s, 40))
      ) {
        // "US-Sozialversicherungsnummer 007951531", "رقم الضمان الاجتماعي 667569993": an American's
        // social security number named in another language; no 11-check, so not a BSN.
        out.push({ kind: 'us_ssn', start: s, end: e, keep: 0 })
      } else if (g.length === 3 && g[0] === 4 && g[1] === 2 && sp[0] === sp[1] && bsnValid(d)) {
        // "1234.56.782" (any one separator): the way Dutch documents print a BSN.
        out.push({ kind: 'nl_bsn', start: s, end: e, keep: 0 })
      }
    }
  }
}

/**
 * "20 00 00 / 12345678", "20.00.00 12345678", "20_00_00-12345678" at group i: a 2-2-2 written
 * one way (not a date), any separator, then the eight-digit account (seven for some banks).
 */
function sortThenAccount(norm: string, r: Run, i: number): boolean {
  return (
    len(r, i) === 2 &&
    len(r, i + 1) === 2 &&
    len(r, i + 2) === 2 &&
    (len(r, i + 3) === 8 || len(r, i + 3) === 7) &&
    new Set(seps(norm, r, i, i + 2)).size === 1 &&
    !isDate(norm.slice(r.starts[i]!, r.ends[i + 2]!))
  )
}

const ACCOUNT_WORD_ANY_RE =
  /(?:(?<!\p{L})(?:rekening|konto|compte|cuenta|conta|conto|hesap)|حساب|账户|账号|帐户|帐号)/iu

const UK_ACCOUNT_WORD_RE = /(?:acc|a\/c|account|bank details|chaps|bacs|faster payments?|standing order)/i

// "cuenta británica", "compte anglais", "britisches Konto", "حسابي البريطاني", "英国银行账号": a
// UK account named in another language (with one of ACCOUNT_WORD_ANY_RE's words).
const UK_NAMED_RE =
  /(?:(?<!\p{L})(?:uk|british|britisch\p{L}*|brits\p{L}*|britannique|anglais\p{L}*|británic\p{L}*|britanic\p{L}*|ingl[eé]s\p{L}*)(?!\p{L})|بريطاني|رمز (?:ال)?فرز|英国)/iu

/** UK banking words, or an account word of any served language beside a UK name. */
function ukAccountWords(around: string): boolean {
  return UK_BANKING_RE.test(around) || (UK_NAMED_RE.test(around) && ACCOUNT_WORD_ANY_RE.test(around))
}

/** An account or payment word around the six digits at s..e, or a sort-code word before them. */
function ukWordsNear(norm: string, s: number, e: number): boolean {
  return (
    UK_ACCOUNT_WORD_RE.test(`${before(norm, s, 40)} ${after(norm, e, 40)}`) ||
    SORT_CODE_RE.test(before(norm, s, 30))
  )
}

/**
 * "Barclays 20000012345678", "sort code and account: 20000012345678": a sort code and an account
 * written as one run of fourteen digits (or six and eight), beside UK banking words.
 */
function ukRunTogether(norm: string, r: Run): boolean {
  const n = r.starts.length
  const fourteen = n === 1 && len(r, 0) === 14
  const sixEight = n === 2 && len(r, 0) === 6 && len(r, 1) === 8
  if (!fourteen && !sixEight) return false
  const s = r.starts[0]!
  const e = r.ends[n - 1]!
  const around = `${before(norm, s, 60)} ${after(norm, e, 40)}`
  // Six then eight is a sort code and account in any language's account words ("رقم الحساب
  // البريطاني 231470 19284736"); fourteen digits only beside UK ones (a Diners card has 14).
  return (
    norm[s - 1] !== '+' &&
    (ukAccountWords(around) || (sixEight && ACCOUNT_WORD_ANY_RE.test(around))) &&
    !ORDER_BEFORE_RE.test(before(norm, s, 30))
  )
}

// Two prefix letters before the pairs and a suffix letter A–D after them: a NINO's frame.
const NINO_AROUND_RE = /(?:^|[^\p{L}])[A-Z]{2}\s?\|\s?[A-D](?!\p{L})/iu

/** "sort code 12-34-56, account 12345678" in either order: both parts are masked. */
function findUkAccounts(norm: string, runs: Run[], out: NormSpan[]): void {
  for (let ri = 0; ri < runs.length; ri++) {
    const r = runs[ri]!
    if (ukRunTogether(norm, r)) {
      out.push({ kind: 'uk_account', start: r.starts[0]!, end: r.ends[r.starts.length - 1]!, keep: 4 })
      continue
    }
    // "+212 661 90 33 12": pairs after '+' are an international phone number's.
    if (norm[r.starts[0]! - 1] === '+') continue
    for (let i = 0; i < r.starts.length; i++) {
      const g2 = i + 2 < r.starts.length && len(r, i) === 2 && len(r, i + 1) === 2 && len(r, i + 2) === 2
      const g1 = len(r, i) === 6
      if (!g1 && !g2) continue
      const s = r.starts[i]!
      const e = r.ends[g2 ? i + 2 : i]!
      // "NH 73 02 41 A": the pairs inside a National Insurance number, not a sort code (pii15).
      if (g2 && NINO_AROUND_RE.test(`${before(norm, s, 3)}|${after(norm, e, 3)}`)) continue
      const sortWord = SORT_CODE_RE.test(before(norm, s, 30))
      // "12-34-56", "12 34 56", "12.34.56", "12_34_56": a 2-2-2 with one separator kind.
      const oneKind = g2 && new Set(seps(norm, r, i, i + 2)).size === 1
      const slashAccount = i + 3 < r.starts.length && sortThenAccount(norm, r, i)
      // An account word, or a UK payment scheme that moves money to a sort code and account
      // ("CHAPS to 309457 / 11823409", "Faster Payment to …", "BACS").
      const around = `${before(norm, s, 40)} ${after(norm, e, 40)}`
      const accountWord =
        UK_ACCOUNT_WORD_RE.test(around) ||
        SORT_CODE_RE.test(around) ||
        (UK_NAMED_RE.test(around) && ACCOUNT_WORD_ANY_RE.test(around))
      if (slashAccount) {
        out.push({ kind: 'uk_account', start: s, end: e, keep: 0 })
        out.push({ kind: 'uk_account', start: r.starts[i + 3]!, end: r.ends[i + 3]!, keep: 4 })
        i += 3
        continue
      }
      // "a/c 12345678, 123456": six digits beside an account word and an eight-digit account.
      // "30 94-57 / 11823409": separators mixed, but the words around it say what it is.
      if (!sortWord && !oneKind && !accountWord) continue
      // "06-12-34-56-78": pairs running on past three are a phone number written in pairs.
      const pairsRunOn =
        g2 && ((i > 0 && len(r, i - 1) === 2) || (i + 3 < r.starts.length && len(r, i + 3) === 2))
      if (!sortWord && pairsRunOn) continue
      const acc = accountNear(runs, ri, i, g2 ? i + 2 : i)
      // A 2-2-2 beside an eight-digit account is a sort code, unless it is a date ("03-08-82"):
      // then only with "account" or "sort code" around it, or the account right after it ("its
      // 11-04-37 28815590 (Rob)": a date is followed by a time or words, not eight digits; pii15).
      // A comma between them too ("Nationwide, 07-04-36, 31926819"; pii16).
      const pasted =
        acc !== null &&
        /^[\s/|,]{1,3}$/u.test(norm.slice(e, acc[0])) &&
        !AFTER_NUMBER_RE.test(after(norm, acc[1], 14))
      if (
        !sortWord &&
        (acc === null || (!g2 && !accountWord) || (isDate(norm.slice(s, e)) && !accountWord && !pasted))
      )
        continue
      // Without the words: not a quantity ("12 34 56 minutes"), not beside an order number.
      if (
        !sortWord &&
        (looksLikeQuantity(norm, s, e) ||
          ORDER_BEFORE_RE.test(before(norm, s, 30)) ||
          ORDER_BEFORE_RE.test(before(norm, acc![0], 30)))
      )
        continue
      out.push({ kind: 'uk_account', start: s, end: e, keep: 0 })
      if (acc !== null) out.push({ kind: 'uk_account', start: acc[0], end: acc[1], keep: 4 })
      i = g2 ? i + 2 : i
    }
  }
}

/**
 * An 8-digit account (one group or 4-4) within 60 characters of the sort code in groups
 * first..last of run ri, before it ("12961224 27 98 37") or after it.
 */
function accountNear(runs: Run[], ri: number, first: number, last: number): [number, number] | null {
  const sortStart = runs[ri]!.starts[last]!
  for (let k = Math.max(0, ri - 1); k <= Math.min(runs.length - 1, ri + 1); k++) {
    const r = runs[k]!
    for (let i = 0; i < r.starts.length; i++) {
      const one = len(r, i) === 8 || len(r, i) === 7
      const two = i + 1 < r.starts.length && len(r, i) === 4 && len(r, i + 1) === 4
      if (!one && !two) continue
      if (k === ri && i + (two ? 1 : 0) >= first && i <= last) continue
      // Before it in its own run only as one group right before ("12961224 27 98 37"): "0044 7700
      // 00 00 00" is a phone number's groups.
      if (k === ri && i < first && (two || i !== first - 1)) continue
      const s = r.starts[i]!
      const e = r.ends[two ? i + 1 : i]!
      if (Math.abs(s - sortStart) <= 60) return [s, e]
    }
  }
  return null
}

/** Account numbers after (or before) an account word in any served language. */
function findAccounts(norm: string, r: Run, out: NormSpan[]): void {
  const s = r.starts[0]!
  // "+43 664 1234567, Konto …": a number after '+' is a phone number.
  if (norm[s - 1] === '+') return
  const ctxBefore = accountWordBefore(before(norm, s, 80))
  let j = 0
  let total = len(r, 0)
  // Up to 23 digits: a French RIB (bank, branch, account, key: 5-5-11-2) is the longest.
  while (j + 1 < r.starts.length && total + len(r, j + 1) <= 23) total += len(r, ++j)
  const e = r.ends[j]!
  if (total < 6) return
  // "routing 021000021 acct 4820 1176 5531": a bank's own code right before the number says what
  // it is; the account word after it names the next number (pii15).
  // "我的手機 0918 274 365，帳號 …": a phone word right before the number names it; the account
  // word after it names the next one (pii16).
  const ctxAfter =
    !ctxBefore &&
    ACCOUNT_AFTER_RE.test(after(norm, e, 40)) &&
    !BANK_CODE_BEFORE_RE.test(before(norm, s, 30)) &&
    !PHONE_BEFORE_RE.test(before(norm, s, 30))
  if (!ctxBefore && !ctxAfter && !checkedAccount(norm, r, s, e, total)) return
  const raw = norm.slice(s, e)
  // Threes are thousands only with a comma: "rekeningnummer is 131 721 360", "compte 619.002.905"
  // is how an account is read out beside its word.
  const thousands = THOUSANDS_RE.test(raw) && (raw.includes(',') || !(ctxBefore || ctxAfter))
  if (isDate(raw) || thousands || looksLikeQuantity(norm, s, e)) return
  out.push({ kind: 'account_number', start: s, end: e, keep: 4 })
}

/** Lengths of the accounts accountCheckValid reads (Belgian, CLABE, CCC, CBU, RIB). */
const CHECKED_LENGTHS = new Set([12, 18, 20, 22, 23])

/**
 * A whole run whose national check digits validate (a RIB, CCC, CLABE, CBU or Belgian account
 * run together) with banking words in its sentence, though no account word stands right before it.
 */
function checkedAccount(norm: string, r: Run, s: number, e: number, total: number): boolean {
  return (
    total === r.digits.length &&
    accountCheckValid(r.digits) &&
    !ORDER_BEFORE_RE.test(before(norm, s, 30)) &&
    BANKING_NEAR_RE.test(`${before(norm, s, 80)} ${after(norm, e, 60)}`)
  )
}

/** An extension after a phone number, in the served languages' abbreviations. */
const EXTENSION_RE =
  /^,?\s?(?:ext|extension|x|toestel|tst|durchwahl|dw|poste|anexo|ext|分机|内线|تحويلة)\.?\s?:?\s?\d{1,6}(?!\d)/iu

/** Phone numbers: the longest window of each run that is one, from its first group on. */
// A version word right before a number: the app's version, then perhaps its build.
const VERSION_BEFORE_RE =
  /(?<!\p{L})(?:version|versie|versión|version|versão|versione|build|release|v|版本|الإصدار|إصدار|اصدار|النسخ[ةه]|نسخ[ةه])\s?[:：]?\s?$/iu

function findPhones(norm: string, r: Run, out: NormSpan[]): void {
  const n = r.starts.length
  // The words before the run count for every window of it ("order 0612 345678").
  if (ORDER_BEFORE_RE.test(before(norm, r.starts[0]!, 40))) return
  if (REPORT_NUMBER_BEFORE_RE.test(before(norm, r.starts[0]!, 48))) return
  // "App versie 8.14.2 (20241102)": a dotted version after a version word, and its build.
  if (VERSION_BEFORE_RE.test(before(norm, r.starts[0]!, 24)) && norm[r.ends[0]!] === '.') return
  // "Referencia 2411 0817 3045 5813": four groups of four are written as a card or a reference,
  // never a phone unless a phone word says so; one that fails the card check is a reference.
  if (n === 4 && r.digits.length === 16 && !PHONE_BEFORE_RE.test(before(norm, r.starts[0]!, 40))) return
  for (let i = 0; i < n; i++) {
    // The phone-word regex is long: tested once per start, and only when the shape does not decide.
    let wordBefore: boolean | undefined
    const phoneWordBefore = (): boolean => {
      wordBefore ??= PHONE_BEFORE_RE.test(before(norm, r.starts[i]!, 40))
      return wordBefore
    }
    for (let j = n - 1; j >= i; j--) {
      const d = digitsOf(r, i, j)
      if (d.length < 7 || d.length > 15) continue
      if (phoneWindow(norm, r, i, j, d, phoneWordBefore)) {
        let s = r.starts[i]!
        // Keep the '+' (and a space after it) inside the span.
        if (norm[s - 1] === '+') s--
        else if (norm[s - 1] === '(' && norm[s - 2] === '+') s -= 2
        // "… 0958 ext. 1234", "… 555-0132 x204": the extension is part of the number.
        const ext = EXTENSION_RE.exec(after(norm, r.ends[j]!, 24))
        out.push({ kind: 'phone', start: s, end: r.ends[j]! + (ext?.[0].length ?? 0), keep: 2 })
        i = j
        break
      }
    }
  }
}

function phoneWindow(
  norm: string,
  r: Run,
  i: number,
  j: number,
  d: string,
  phoneWordBefore: () => boolean,
): boolean {
  const s = r.starts[i]!
  const e = r.ends[j]!
  if (looksLikeQuantity(norm, s, e)) return false
  const raw = norm.slice(s, e)
  if (isDate(raw)) return false
  // "1,000,000": a window never starts or ends at a bare comma, which joins one number.
  if ((norm[s - 1] === ',' && i > 0) || (norm[e] === ',' && j < r.starts.length - 1)) return false
  const plus = norm[s - 1] === '+' || (norm[s - 1] === '(' && norm[s - 2] === '+')
  // "returned 0.031274519 per unit", "0,0312745192 %": a fraction, not a trunk 0 and a number.
  if (!plus && len(r, i) === 1 && raw[0] === '0' && (raw[1] === '.' || raw[1] === ',')) return false
  if (!plus && hasThousandsComma(raw)) return false
  // "00 44 …" opens a number; "1 005 …" inside one does not.
  if (plus || (i === 0 && d.startsWith('00') && d[2] !== '0'))
    return possibleInternational(plus ? d : d.slice(2))
  // "1.500.000" is an amount unless a phone word says otherwise; "612 345 678" may be a
  // Spanish mobile (nationalShape decides).
  // "zip 94105/94107": two numbers joined by a slash are a phone only with a trunk 0
  // ("030/12345678", "0470/12.34.56") or a phone word.
  if (j - i === 1 && d[0] !== '0' && raw.includes('/'))
    return phoneWordBefore() || PHONE_AFTER_RE.test(after(norm, e, 25))
  // "91 537 859 / 2026-12-06": a slash with spaces around it separates items of a list unless a
  // trunk 0 ("0 30 / 12 34 56 78") or a phone word says it is one number.
  if (d[0] !== '0' && / \/|\/ /.test(raw)) return phoneWordBefore() || PHONE_AFTER_RE.test(after(norm, e, 25))
  // "€17 600 000 000": the last groups of a number in spaced thousands are no Spanish mobile.
  if (i > 0 && inThousands(r, j)) return phoneWordBefore()
  const dotThousands = /^\d{1,3}(?:[.,]\d{3})+$/.test(raw)
  if (!dotThousands && nationalShape(d, groupsOf(r, i, j))) return !hasDatedYear(norm, r, i, j)
  if (phoneWordBefore() || PHONE_AFTER_RE.test(after(norm, e, 25))) return true
  // "043391720", "5541283390": a national number copied without its groups. With its trunk 0
  // the plan says enough; a bare one ("914820673") needs a phone word in the sentence.
  // "$0.036724557": the decimals of a number are none.
  // "0 43 39 17 20", "04 33 91 720": the whole run in a grouping no plan lists, its trunk 0 and
  // NSN valid, read the same way (groups of two digits or more after the first).
  const regrouped = i === 0 && j === r.starts.length - 1 && j > i && wholeRunGroups(r)
  if ((i === j || regrouped) && !dotThousands && !/\d[.,]$/.test(before(norm, s, 2))) {
    const plan = ungroupedPlanMatch(d)
    if (plan === 'trunk')
      return !hasDatedYear(norm, r, i, j) && !BANK_CODE_BEFORE_RE.test(before(norm, s, 30))
    // A bare number in any grouping is too often a reference ("Dossier n° 2026-11-4471").
    if (plan === 'bare' && !regrouped)
      return PHONE_NEAR_RE.test(before(norm, s, 80)) || PHONE_NEAR_RE.test(after(norm, e, 40))
  }
  // "llámame al +34 612 34 56 78 o al 612.345.678": a mobile in dotted threes, a phone word
  // earlier in the sentence (not right before it).
  return dotThousands && nationalShape(d, groupsOf(r, i, j)) && PHONE_NEAR_RE.test(before(norm, s, 60))
}

/** Every group of the run after the first holds two digits or more. */
function wholeRunGroups(r: Run): boolean {
  for (let k = 1; k < r.starts.length; k++) if (len(r, k) < 2) return false
  return true
}

/** Groups 0..j of the run are a number in thousands: one to three digits, then threes. */
function inThousands(r: Run, j: number): boolean {
  if (len(r, 0) > 3 || j < 2) return false
  for (let k = 1; k <= j; k++) if (len(r, k) !== 3) return false
  return true
}

/** Every number-shaped span, possibly overlapping (pii.ts keeps one per place by priority). */
export function findNumberPii(norm: string, skip: [number, number][], out: NormSpan[]): void {
  const runs = runsOf(norm, skip)
  if (runs.length === 0) return
  let ukDone = false
  // The account-word regexes are long; most posts with numbers have no account word at all.
  const accountWords = ACCOUNT_HINT_RE.test(norm)
  for (const r of runs) {
    const total = r.digits.length
    if (r.tagged) {
      findCards(norm, r, out)
      continue
    }
    if (total >= 12 && findCards(norm, r, out)) continue
    if (total >= 9) findNineDigitIds(norm, r, out)
    if (total >= 6) {
      if (!ukDone) {
        findUkAccounts(norm, runs, out)
        ukDone = true
      }
      // A run of a checked account's length is read even without an account word (checkedAccount).
      if (accountWords || CHECKED_LENGTHS.has(total)) findAccounts(norm, r, out)
    }
    if (total >= 7) findPhones(norm, r, out)
  }
  findSplitCards(norm, runs, out)
}

// Words naming a part of a value given in two: first, last, the rest, starts, ends.
const PART_RE =
  /(?<!\p{L})(?:first|last|rest|remaining|starts?|ends?|primer[oa]s?|[uú]ltim[oa]s?|resto|empieza|termina|premi[eè]re?s?|derni[eè]re?s?|reste|commence|finit|erste[nrs]?|letzte[nrs]?|vorne|hinten|endet|beginnt|eerste|laatste|begint|eindigt)(?!\p{L})|前|后|後|اول|أول|آخر|اخر|الباقي/iu

/**
 * "my card starts 4111 1111. The rest is 1111 1111", "Card ends 1152. First part is 4344 0022
 * 7836", "les 12 premiers : 3634 2530 5899 et les deux derniers : 71": a card given in two parts,
 * in either order, a card word before the first or after the second, the two together (the
 * beginning first) passing the issuer range and Luhn check. A short part (two or three digits)
 * counts only beside ten digits or more. Both parts are masked; the end keeps its last four.
 */
function findSplitCards(norm: string, runs: readonly Run[], out: NormSpan[]): void {
  for (let k = 0; k + 1 < runs.length; k++) {
    // "first 8: 4111 1111, last 8: 1111 1111": a count of one or two digits may name the second
    // part, which is then the run after it.
    const second = k + 2 < runs.length && runs[k + 1]!.digits.length <= 2 ? [k + 1, k + 2] : [k + 1]
    for (const m of second) {
      if (splitCard(norm, runs[k]!, runs[m]!, out)) {
        k = m
        break
      }
    }
  }
}

/** Runs `a` and `b` are the two parts of one card: both pushed to `out`. */
function splitCard(norm: string, a: Run, b: Run, out: NormSpan[]): boolean {
  const la = a.digits.length
  const lb = b.digits.length
  const total = la + lb
  if (Math.min(la, lb) < (Math.max(la, lb) >= 10 ? 2 : 4) || total < 12 || total > 19) return false
  const aStart = a.starts[0]!
  const aEnd = a.ends[a.ends.length - 1]!
  const bStart = b.starts[0]!
  const bEnd = b.ends[b.ends.length - 1]!
  // Within a sentence or two of each other, and neither is already read as something.
  if (bStart - aEnd > 80 || out.some((x) => x.start < bEnd && aStart < x.end)) return false
  const inOrder = `${a.digits}${b.digits}`
  const reversed = `${b.digits}${a.digits}`
  const valid = (d: string): boolean => luhnValid(d) && cardSchemeValid(d)
  const forward = valid(inOrder)
  if (!forward && !valid(reversed)) return false
  // A card word names it; or words naming both parts ("los últimos 4 son … y los primeros …").
  const cardWord =
    CARD_CTX_RE.test(before(norm, aStart, 40)) ||
    CARD_CTX_RE.test(after(norm, bEnd, 40).split(/[.!?\n]/)[0]!) ||
    (PART_RE.test(before(norm, aStart, 30)) && PART_RE.test(norm.slice(aEnd, bStart)))
  if (!cardWord || ORDER_BEFORE_RE.test(before(norm, aStart, 30))) return false
  out.push({ kind: 'card', start: aStart, end: aEnd, keep: forward ? 0 : Math.min(4, la) })
  out.push({ kind: 'card', start: bStart, end: bEnd, keep: forward ? Math.min(4, lb) : 0 })
  return true
}
