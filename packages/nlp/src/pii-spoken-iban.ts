/**
 * An IBAN read out with its check digits as words: "NL negen een ABNA nul vier …", "DE
 * neun eins RABO …", "N L negen zes RABO …" is too short a run of number words (two) to read as
 * digits on its own (pii-spelled.ts reads three or more), yet it stands where nothing but check
 * digits can: after a country code in capitals (its letters said one by one too) or right before a
 * bank code in capitals. Such a pair is read, so that the IBAN finder sees the whole value and
 * masks the spoken span.
 *
 * Voice-to-text and hurried typing drop the country ("negen zes RABO zes zeven …", "96 RABO
 * 0672…"): check digits, a bank code of four capitals and the account's digits are an IBAN when,
 * under some country whose IBAN has that length, ISO 13616's mod-97 check passes.
 */
import { ibanLength, ibanValid } from './pii-checks.js'
import type { NormSpan } from './pii-numbers.js'

const COUNTRY_BEFORE_RE = /(?<![\p{L}\p{N}])([A-Z])[ .]?([A-Z])\.?[ .-]{0,2}$/u
// The bank code (letters) or the account's digits, said or written, right after.
const BBAN_AFTER_RE = /^[ .-]{0,2}(?:[A-Z]{4}(?![\p{L}])|\d|\p{L}+ \p{L}+ )/u
const BANK_CODE_AFTER_RE = /^[ .-]{0,2}[A-Z]{4}[ .-]{0,2}(?:\d|\p{L}+ \p{L}+ )/u

/** Whether the two number words at [s, e) of `norm` are an IBAN's check digits. */
export function ibanCheckWords(norm: string, s: number, e: number): boolean {
  const cc = COUNTRY_BEFORE_RE.exec(norm.slice(Math.max(0, s - 8), s))
  if (cc !== null && ibanLength(cc[1]! + cc[2]!) !== undefined)
    return BBAN_AFTER_RE.test(norm.slice(e, e + 12))
  return BANK_CODE_AFTER_RE.test(norm.slice(e, e + 24))
}

// Check digits, a bank code in capitals, then the account's digits in any grouping; no country.
const COUNTRYLESS_RE = /(?<![\p{L}\p{N}])(\d{2})[ .-]{0,2}([A-Z]{4})((?:[ .-]{0,2}\d){6,26})(?!\d)/gu
// Countries whose BBAN opens with a four-letter bank code (ISO 13616 registry formats).
const LETTER_BANK_CODE = [
  'NL',
  'GB',
  'IE',
  'BG',
  'GI',
  'JO',
  'KW',
  'MT',
  'MU',
  'PK',
  'QA',
  'RO',
  'SV',
  'VG',
  'BH',
  'GG',
  'IM',
  'JE',
]

/** IBANs in `norm` written without their country: check digits, bank code, account digits, mod-97 valid under some country. */
export function findCountrylessIbans(norm: string, out: NormSpan[]): void {
  COUNTRYLESS_RE.lastIndex = 0
  for (let m = COUNTRYLESS_RE.exec(norm); m !== null; m = COUNTRYLESS_RE.exec(norm)) {
    const body = `${m[1]}${m[2]}${m[3]!.replace(/\D/g, '')}`
    if (LETTER_BANK_CODE.some((cc) => ibanLength(cc) === body.length + 2 && ibanValid(cc + body)))
      out.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, keep: 4 })
  }
  COUNTRYLESS_RE.lastIndex = 0
}
