/** Check digits and number-shape rules for personal data. Pure, no regexes over user text. */
import { isGroupSep, stripGroupSeps } from './pii-normalise.js'

export function digitsOf(s: string): string {
  let d = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) d += s[i]
  }
  return d
}

export function luhnValid(digits: string): boolean {
  let sum = 0
  let dbl = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48
    if (dbl) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
    dbl = !dbl
  }
  return digits.length > 0 && sum % 10 === 0
}

/** Issuer prefixes and lengths of the card schemes people actually hold. */
export function cardSchemeValid(d: string): boolean {
  const n = d.length
  const p2 = Number(d.slice(0, 2))
  const p4 = Number(d.slice(0, 4))
  if (d[0] === '4') return n === 13 || n === 16 || n === 19 // Visa
  if (p2 >= 51 && p2 <= 55) return n === 16 // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return n === 16 // Mastercard 2-series
  if (p2 === 34 || p2 === 37) return n === 15 // Amex
  if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16 && n <= 19 // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19 // JCB
  if (p2 === 62) return n >= 16 && n <= 19 // UnionPay
  if (p2 === 36 || p2 === 30 || p2 === 38) return n === 14 // Diners
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19 // Maestro
  // National schemes with ranges of their own (ISO/IEC 7812 issuer ranges): Mir (Russia, NSPK)
  // 2200–2204, Troy (Türkiye) 9792, RuPay (India) 81–82; their other ranges fall in the above.
  if (p4 >= 2200 && p4 <= 2204) return n >= 16 && n <= 19
  if (p4 === 9792) return n === 16
  if (p2 === 81 || p2 === 82) return n === 16
  // mada (Saudi Payments' debit network) also issues outside the international ranges: BINs
  // 968201–968211 (most mada BINs are Visa, Mastercard or Maestro ranges, handled above).
  if (p4 === 9682) return n === 16
  return false
}

/**
 * IBAN length per country: the SWIFT IBAN registry (release 2024: 89 countries), the
 * territories that use a parent's format under their own code (French overseas, Crown
 * dependencies, Åland), and the countries that issue IBANs outside the registry (mostly
 * West and Central Africa, Algeria, Iran). A code not listed is not an IBAN.
 */
// biome-ignore format: a table reads better by rows
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19,
  MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29,
  PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24,
  SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
  YE: 30,
  // Territories with the parent's format.
  AX: 18, BL: 27, GF: 27, GG: 22, GP: 27, IM: 22, JE: 22, MF: 27, MQ: 27, NC: 27, PF: 27,
  PM: 27, RE: 27, TF: 27, WF: 27, YT: 27,
  // IBANs outside the registry.
  AO: 25, BF: 28, BJ: 28, CF: 27, CG: 27, CI: 28, CM: 27, CV: 25, DZ: 26, GA: 27, GQ: 27,
  GW: 25, IR: 26, KM: 27, MA: 28, MG: 27, ML: 28, MZ: 25, NE: 28, SN: 28, TD: 27, TG: 28,
}

/** Length of an IBAN of country `cc` (upper case), or undefined when it has none. */
export function ibanLength(cc: string): number | undefined {
  return IBAN_LENGTHS[cc]
}

/**
 * Where an IBAN written with group separators ends: just after its country's number of letters
 * and digits (a match may run on into the next word), or -1 when it is shorter or has no country.
 */
export function ibanEnd(raw: string): number {
  // "N L 4 7 …": the country may be spelled out a letter at a time.
  const want = IBAN_LENGTHS[stripGroupSeps(raw.slice(0, 3)).slice(0, 2).toUpperCase()]
  if (want === undefined) return -1
  let k = 0
  for (let i = 0; i < raw.length; i++) if (!isGroupSep(raw[i]!) && ++k === want) return i + 1
  return -1
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanValid(raw: string): boolean {
  const s = stripGroupSeps(raw).toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false
  const moved = s.slice(4) + s.slice(0, 4)
  let rem = 0
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i)
    const v = c >= 65 ? c - 55 : c - 48
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97
  }
  return rem === 1
}

/**
 * An old Dutch bank account's "11-proef" (before IBAN): nine digits, 9·d1 + 8·d2 + … + 1·d9 ≡ 0
 * (mod 11); a BSN weighs its last digit −1 instead.
 */
export function dutchAccountValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (9 - i)
  return sum % 11 === 0
}

/** Dutch BSN "11-proef": 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function bsnValid(digits: string): boolean {
  const d = digits.length === 8 ? `0${digits}` : digits
  if (d.length !== 9 || /^0+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * (d.charCodeAt(i) - 48)
  sum -= d.charCodeAt(8) - 48
  return sum % 11 === 0
}

/** US SSN area/group/serial rules: no 000, 666 or 9xx area, no 00 group, no 0000 serial. */
export function ssnValid(d: string): boolean {
  if (d.length !== 9) return false
  const area = d.slice(0, 3)
  return area !== '000' && area !== '666' && d[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000'
}

/** UK National Insurance number prefix rules (HMRC): letters and prefixes never issued. */
export function ninoValid(s: string): boolean {
  const v = stripGroupSeps(s).toUpperCase()
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v)) return false
  const prefix = v.slice(0, 2)
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix)
}
