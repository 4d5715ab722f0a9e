/**
 * A number the customer starred only partly: "4111 1111 1111 11**", "NL91 ABNA 0417 1643 0•",
 * "rekening 12345678x". One or two hidden digits leave almost the whole value readable, and
 * no check digit can pass, so the finders that test Luhn or mod 97 miss it. Here a star-like
 * character inside a digit run counts as a digit of unknown value: the length and the issuer
 * prefix (cards), the country's length (IBANs) or an account word (other numbers)
 * decide what it is. A phone number is left to the phone finders: a star beside one is as often a
 * footnote or a bullet.
 *
 * A number starred down to its last four ("**** **** **** 1234") or to the bank's own masked
 * form (first six, last four: "4111 11** **** 1111") is the customer's safe form and stays: a
 * run is read only when at most four of its characters are starred and eight or more digits
 * show.
 */
import { ibanLength } from './pii-checks.js'
import { accountWordBefore, CARD_CTX_RE } from './pii-context.js'
import type { Normalised } from './pii-normalise.js'
import type { NormSpan } from './pii-numbers.js'

/**
 * Characters written for a hidden digit, as the original text holds them: asterisks of every
 * form, bullets, the letters x and X, the multiplication sign, the hash. Normalising reads some
 * of them as separators ('•' → '.'), so they are taken from the original text.
 */
const STAR_CHARS = new Set([...'*＊∗⁎✱✲•●∙◦×xXｘＸ#＃'])

const TAG_LIKE = new Set([...'xXｘＸ×#＃'])

/** A cheap test on the original text: a star-like character beside a digit somewhere. */
export const STAR_HINT_RE =
  /[0-9０-９٠-٩۰-۹][ .-]?[*＊∗⁎✱✲•●∙◦×xXｘＸ#＃]|[*＊∗⁎✱✲•●∙◦×xXｘＸ#＃][ .-]?[0-9０-９٠-٩۰-۹]/

// The most characters a hidden digit may stand for, and the fewest digits that must show for
// a run to expose the value (the bank's own masked form shows ten: first six and last four,
// with six or more hidden).
const MAX_STARS = 4
const MIN_SHOWN = 8

/**
 * The normalised text with each star-like character of the original as '*' (one unit each);
 * every other unit as normalised.
 */
function starView(text: string, n: Normalised): string {
  const norm = n.norm
  let out = ''
  for (let i = 0; i < norm.length; i++) {
    const orig = n.start === null ? norm[i]! : text.slice(n.start[i]!, n.end![i]!)
    // A letter, a times sign or a hash only right after a digit or a star ("11xx", "1•1#"): "#123"
    // is a tag, "2 x 50" a product.
    const star =
      STAR_CHARS.has(orig) &&
      (!TAG_LIKE.has(orig) || /[0-9*]/.test(out[i - 1] ?? '') || /[0-9*] $/.test(out.slice(i - 2, i)))
    out += star ? '*' : norm[i]!
  }
  return out
}

// A run of digits and stars, its groups joined by one or two separators.
// Latin letters and digits bound it; Chinese and Arabic run on into numbers ("账号是1234…").
const RUN_RE = /(?<![A-Za-z0-9*])[0-9*]+(?:[ .\-/]{1,2}[0-9*]+)*(?![A-Za-z0-9*])/g
// The country, check digits and BBAN of an IBAN, any character of it starred.
const IBAN_RE = /(?<![A-Za-z0-9])([A-Za-z]{2})[ .-]?([0-9*]{2})((?:[ .-]?[A-Za-z0-9*]){8,32})/gu
// Issuer prefixes (ISO/IEC 7812 major industry identifiers of the schemes): Visa 4, Mastercard
// 51–55 and 22–27, Amex 34/37, Diners 30/36/38, JCB 35, Discover and UnionPay 6.
const ISSUER_RE = /^(?:4|5[1-5]|2[2-7]|3[0-8]|6)/

const count = (s: string, re: RegExp): number => s.replace(re, '').length
const EDGE_STARS_RE = /^\*+ | \*+$/g

/** Every partly starred card, IBAN, account or phone number in `n` (whose original is `text`). */
export function findStarredNumbers(text: string, n: Normalised, out: NormSpan[]): void {
  const sv = starView(text, n)
  if (!sv.includes('*')) return
  const norm = n.norm
  RUN_RE.lastIndex = 0
  for (let m = RUN_RE.exec(sv); m !== null; m = RUN_RE.exec(sv)) {
    let start = m.index
    let raw = m[0]
    // A group of stars alone at either end, apart by a space, is a bullet or a footnote ("• 0612
    // 345678 •", "0800 123 4567 *"), unless the run is then a card's length.
    const edges = raw.replace(EDGE_STARS_RE, '')
    const cardLength = (v: string): boolean => {
      const b = v.replace(/[ .\-/]/g, '')
      return b.length >= 13 && b.length <= 19 && ISSUER_RE.test(b)
    }
    if (edges !== raw && !cardLength(raw)) {
      start += raw.indexOf(edges)
      raw = edges
    }
    const body = raw.replace(/[ .\-/]/g, '')
    const stars = count(body, /[^*]/g)
    const shown = body.length - stars
    if (stars === 0 || stars > MAX_STARS || shown < MIN_SHOWN) continue
    const end = start + raw.length
    const before = norm.slice(Math.max(0, start - 80), start)
    const len = body.length
    let kind: NormSpan['kind'] | null = null
    if (len >= 13 && len <= 19 && (ISSUER_RE.test(body) || CARD_CTX_RE.test(before.slice(-40)))) kind = 'card'
    else if (len >= 8 && len <= 30 && accountWordBefore(before)) kind = 'account_number'
    if (kind !== null) out.push({ kind, start, end, keep: 4 })
  }
  RUN_RE.lastIndex = 0
  IBAN_RE.lastIndex = 0
  for (let m = IBAN_RE.exec(sv); m !== null; m = IBAN_RE.exec(sv)) {
    const cc = m[1]!
    const want = ibanLength(cc.toUpperCase())
    // A country in capitals, or after the word IBAN.
    if (want === undefined || (cc !== cc.toUpperCase() && !/iban\W{0,3}$/i.test(sv.slice(0, m.index))))
      continue
    // Cut the BBAN at the country's length.
    const bban = m[3]!
    let need = want - 4
    let cut = 0
    while (cut < bban.length && need > 0) {
      if (/[A-Za-z0-9*]/.test(bban[cut]!)) need--
      cut++
    }
    if (need > 0 || /[A-Za-z0-9*]/.test(sv[m.index + m[0].length - bban.length + cut] ?? '')) {
      IBAN_RE.lastIndex = m.index + 2
      continue
    }
    const value = `${m[2]}${bban.slice(0, cut)}`
    const stars = count(value, /[^*]/g)
    if (stars === 0 || stars > MAX_STARS) continue
    const end = m.index + m[0].length - bban.length + cut
    out.push({ kind: 'iban', start: m.index, end, keep: 4 })
    IBAN_RE.lastIndex = end
  }
  IBAN_RE.lastIndex = 0
}

// A card number truncated as PCI DSS allows it to be shown (requirement 3.4.1: at most the
// first six and the last four digits), the rest hidden: "4111 11** **** 1111", "622202******1234",
// "**** **** **** 1234". What shows is not the card: the six are the issuer's BIN, the four
// what every receipt prints.
const TRUNCATED_RE = /^[0-9]{0,6}\*+[0-9]{0,4}$/

/**
 * The runs of `n` (normalised offsets) that are a card number truncated to its first six and
 * last four digits or fewer, 12–19 characters with the stars: no value is read inside them.
 */
export function truncatedCardRuns(text: string, n: Normalised): [number, number][] {
  const sv = starView(text, n)
  const out: [number, number][] = []
  if (!sv.includes('*')) return out
  RUN_RE.lastIndex = 0
  for (let m = RUN_RE.exec(sv); m !== null; m = RUN_RE.exec(sv)) {
    const body = m[0].replace(/[ .\-/]/g, '')
    if (body.length >= 12 && body.length <= 19 && TRUNCATED_RE.test(body))
      out.push([m.index, m.index + m[0].length])
  }
  RUN_RE.lastIndex = 0
  return out
}
