/**
 * Two values pasted together with nothing between (pii14): "4111111111111111NL91ABNA0417164300",
 * "NL91ABNA04171643004111111111111111" (an app's copy button, two fields in one paste). Each
 * finder reads a value only where it is not glued to letters or digits, so neither is seen. Here
 * a card and an IBAN glued either way are read when BOTH pass their checks (Luhn and the
 * issuer's range, the country's length and mod 97): one check passing by chance is not enough.
 */
import { cardSchemeValid, ibanLength, ibanValid, luhnValid } from './pii-checks.js'
import type { NormSpan } from './pii-numbers.js'

/** A cheap test first: a digit run straight against an IBAN's head, or an IBAN's tail against twelve digits. */
export const GLUED_HINT_RE = /\d[A-Za-z]{2}\d{2}[A-Za-z0-9]|[A-Za-z]{2}\d{2}[A-Za-z0-9]{20}/

const CARD_THEN_IBAN_RE = /(?<![A-Za-z0-9])(\d{12,19})([A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30})(?![A-Za-z0-9])/g
const IBAN_HEAD_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g

const isCard = (d: string): boolean => luhnValid(d) && cardSchemeValid(d)

/** Cards and IBANs glued to each other in `norm`. */
export function findGluedValues(norm: string, out: NormSpan[]): void {
  CARD_THEN_IBAN_RE.lastIndex = 0
  for (let m = CARD_THEN_IBAN_RE.exec(norm); m !== null; m = CARD_THEN_IBAN_RE.exec(norm)) {
    const card = m[1]!
    const iban = m[2]!
    if (!isCard(card) || !ibanValid(iban)) continue
    const s = m.index
    out.push({ kind: 'card', start: s, end: s + card.length, keep: 4 })
    out.push({ kind: 'iban', start: s + card.length, end: s + card.length + iban.length, keep: 4 })
  }
  CARD_THEN_IBAN_RE.lastIndex = 0
  IBAN_HEAD_RE.lastIndex = 0
  for (let m = IBAN_HEAD_RE.exec(norm); m !== null; m = IBAN_HEAD_RE.exec(norm)) {
    const len = ibanLength(m[0].slice(0, 2).toUpperCase())
    if (len === undefined) continue
    const s = m.index
    const iban = norm.slice(s, s + len)
    const rest = /^\d{12,19}(?![A-Za-z0-9])/.exec(norm.slice(s + len, s + len + 20))
    if (rest === null || !ibanValid(iban) || !isCard(rest[0])) continue
    out.push({ kind: 'iban', start: s, end: s + len, keep: 4 })
    out.push({ kind: 'card', start: s + len, end: s + len + rest[0].length, keep: 4 })
  }
  IBAN_HEAD_RE.lastIndex = 0
}
