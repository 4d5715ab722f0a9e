/**
 * Letters typed for digits inside a value: O or o for 0, l or I for 1 ("4111 1111 1111 111l",
 * "4O00-0000-0000-0002", "NL9l ABNA O417 1643 OO"), by habit or to slip past a filter. Read only
 * where the value is otherwise a card or an IBAN and its check digits validate once the letters
 * are read as digits, so that words ("lOl", "Oslo") never become numbers. Spans found here are
 * masked whole, letters included (NormSpan.whole).
 */
import { cardSchemeValid, ibanEnd, ibanValid, luhnValid } from './pii-checks.js'
import { CARD_CTX_RE, ORDER_BEFORE_RE } from './pii-context.js'
import { GROUP_SEP_CLASS } from './pii-normalise.js'
import type { NormSpan } from './pii-numbers.js'

const LOOKALIKE = 'OoIl'
const digitFor = (ch: string): string =>
  ch === 'O' || ch === 'o' ? '0' : ch === 'I' || ch === 'l' ? '1' : ch
const asDigits = (s: string): string => [...s].map(digitFor).join('')

// Groups of digits and look-alike letters, joined as a card's groups are.
const CARD_RE = new RegExp(
  `(?<![A-Za-z0-9])[0-9${LOOKALIKE}](?:[${GROUP_SEP_CLASS}]{0,2}[0-9${LOOKALIKE}]){11,22}(?![A-Za-z0-9])`,
  'g',
)
// A country code, check digits possibly typed as letters, then the BBAN.
const IBAN_RE = new RegExp(
  `(?<![A-Za-z0-9])[A-Za-z]{2}[0-9${LOOKALIKE}]{2}(?:[${GROUP_SEP_CLASS}]{0,3}[A-Za-z0-9]){11,34}`,
  'g',
)
/** A quick test before the scans: a look-alike letter beside a digit, or a separator between them. */
const HINT_RE = new RegExp(`[0-9][${GROUP_SEP_CLASS}]{0,2}[OoIl]|[OoIl][${GROUP_SEP_CLASS}]{0,2}[0-9]`)

/** Cards and IBANs with look-alike letters in their digits (normalised offsets). */
export function findLookalikes(norm: string, out: NormSpan[]): void {
  if (!HINT_RE.test(norm)) return
  findCards(norm, out)
  findIbans(norm, out)
}

// "1-800-FLOWERS", "(888) 4-MY-BANK": a North American toll-free number with letters for the
// keypad's digits (seven after the code, three or more of them letters).
const VANITY_RE =
  /(?<![A-Za-z0-9])(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?((?:[A-Z0-9][ .-]?){6}[A-Z0-9])(?![A-Za-z0-9])/g

const TOLL_FREE_HINT_RE = /8(?:00|33|44|55|66|77|88)/

// "1 (917) 555-BAKE", "917-555-CASH": any North American number (NANP: area code 2-9, three-digit
// exchange) whose last four are keypad letters (ITU-T E.161), a business's or a person's.
const VANITY_LOCAL_RE =
  /(?<![A-Za-z0-9])(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)|[2-9]\d\d)[ .-]?\d{3}[ .-][A-Z]{4}(?![A-Za-z0-9])/g
const VANITY_LOCAL_HINT_RE = /\d{3}[ .-][A-Z]{4}(?![A-Za-z0-9])/

/** Vanity phone numbers (normalised offsets): masked whole, as a phone number. */
export function findVanity(norm: string, out: NormSpan[]): void {
  if (VANITY_LOCAL_HINT_RE.test(norm)) {
    VANITY_LOCAL_RE.lastIndex = 0
    for (let m = VANITY_LOCAL_RE.exec(norm); m !== null; m = VANITY_LOCAL_RE.exec(norm))
      out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, keep: 0, whole: true })
    VANITY_LOCAL_RE.lastIndex = 0
  }
  if (!TOLL_FREE_HINT_RE.test(norm)) return
  VANITY_RE.lastIndex = 0
  for (let m = VANITY_RE.exec(norm); m !== null; m = VANITY_RE.exec(norm)) {
    if ((m[1]!.match(/[A-Z]/g) ?? []).length >= 3)
      out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, keep: 0, whole: true })
  }
  VANITY_RE.lastIndex = 0
}

function findCards(norm: string, out: NormSpan[]): void {
  CARD_RE.lastIndex = 0
  for (let m = CARD_RE.exec(norm); m !== null; m = CARD_RE.exec(norm)) {
    const raw = m[0]
    const compact = raw.replace(/[^0-9A-Za-z]/g, '')
    const letters = compact.replace(/[0-9]/g, '').length
    // Mostly digits: a letter or three typed for a digit, not a word with a number beside it.
    if (letters === 0 || letters > 3 || compact.length - letters < 9) continue
    // "order 4O00 …": an order number, as for cards written in digits, unless a card word is there.
    const ctx = norm.slice(Math.max(0, m.index - 30), m.index)
    if (ORDER_BEFORE_RE.test(ctx) && !CARD_CTX_RE.test(ctx)) continue
    const d = asDigits(compact)
    if (d.length >= 12 && d.length <= 19 && luhnValid(d) && cardSchemeValid(d))
      out.push({ kind: 'card', start: m.index, end: m.index + raw.length, keep: 0, whole: true })
  }
  CARD_RE.lastIndex = 0
}

function findIbans(norm: string, out: NormSpan[]): void {
  IBAN_RE.lastIndex = 0
  for (let m = IBAN_RE.exec(norm); m !== null; m = IBAN_RE.exec(norm)) {
    const raw = m[0]
    // Cut the match at the country's length.
    const end = ibanEnd(raw)
    const iban = end === -1 ? '' : raw.slice(0, end)
    if (
      iban === '' ||
      /[A-Za-z0-9]/.test(norm[m.index + end] ?? '') ||
      ibanValid(iban) ||
      !/[OoIl]/.test(iban.slice(2))
    ) {
      IBAN_RE.lastIndex = m.index + 2
      continue
    }
    // Read the look-alikes as digits in the check digits and after the bank code (where a bank
    // code is letters, "ABNA", it stays as written), or everywhere after the country.
    const head = iban.slice(0, 2)
    const compact = iban.replace(/[^0-9A-Za-z]/g, '')
    const checkAndRest = `${head}${asDigits(compact.slice(2, 4))}${compact.slice(4, 8)}${asDigits(compact.slice(8))}`
    const all = `${head}${asDigits(compact.slice(2))}`
    if (ibanValid(checkAndRest) || ibanValid(all)) {
      out.push({ kind: 'iban', start: m.index, end: m.index + end, keep: 0, whole: true })
      IBAN_RE.lastIndex = m.index + end
    } else IBAN_RE.lastIndex = m.index + 2
  }
  IBAN_RE.lastIndex = 0
}
