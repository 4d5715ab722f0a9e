/**
 * An IBAN read out with its check digits as words: "NL negen een ABNA nul vier …", "DE
 * neun eins RABO …" is too short a run of number words (two) to read as digits on its own
 * (pii-spelled.ts reads three or more), yet it stands where nothing but check digits can: after a
 * country code in capitals and before the bank code or the rest of the account. Such a pair is
 * read, so that the IBAN finder sees the whole value and masks the spoken span.
 */
import { ibanLength } from './pii-checks.js'

const COUNTRY_BEFORE_RE = /(?<![\p{L}\p{N}])([A-Z]{2})[ .-]{0,2}$/u
// The bank code (letters) or the account's digits, said or written, right after.
const BBAN_AFTER_RE = /^[ .-]{0,2}(?:[A-Z]{4}(?![\p{L}])|\d|\p{L}+ \p{L}+ )/u

/** Whether the two number words at [s, e) of `norm` are an IBAN's check digits. */
export function ibanCheckWords(norm: string, s: number, e: number): boolean {
  const cc = COUNTRY_BEFORE_RE.exec(norm.slice(Math.max(0, s - 6), s))
  if (cc === null || ibanLength(cc[1]!) === undefined) return false
  return BBAN_AFTER_RE.test(norm.slice(e, e + 12))
}
