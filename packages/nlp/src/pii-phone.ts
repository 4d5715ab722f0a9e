/**
 * Phone numbers: international ones by the country calling codes and national number
 * lengths of every country (libphonenumber's metadata, read once), national ones by the
 * shapes each served market writes them in, and any 7–15 digits after a phone word.
 */
import metadata from 'libphonenumber-js/metadata.min.json'
import { nationalPlanMatch, planLengthsByCode } from './pii-phone-plan.js'

interface PhoneMetadata {
  country_calling_codes: Record<string, string[]>
  countries: Record<string, unknown[]>
}

/** Calling code → bit set of possible national number lengths (bit n: n digits). */
const LENGTHS_BY_CODE: Map<string, number> = (() => {
  const m = new Map<string, number>()
  const md = metadata as unknown as PhoneMetadata
  for (const [code, countries] of Object.entries(md.country_calling_codes)) {
    let bits = 0
    for (const cc of countries) {
      const lengths = md.countries[cc]?.[3]
      if (Array.isArray(lengths)) for (const n of lengths) if (typeof n === 'number') bits |= 1 << n
    }
    // Non-geographic codes (satellite, UIFN) carry no country entry: any usual length.
    m.set(code, bits === 0 ? 0b1111111100000 : bits)
  }
  // The served markets' own table adds lengths still written there ("+966 1 234 5678").
  for (const [code, lengths] of planLengthsByCode())
    for (const n of lengths) m.set(code, (m.get(code) ?? 0) | (1 << n))
  return m
})()

/** `digits` (without '+' or '00') is a possible international number of some country. */
export function possibleInternational(digits: string): boolean {
  if (digits.length < 8 || digits.length > 15) return false
  for (let cl = 1; cl <= 3; cl++) {
    const bits = LENGTHS_BY_CODE.get(digits.slice(0, cl))
    if (bits === undefined) continue
    let rest = digits.length - cl
    if ((bits & (1 << rest)) !== 0) return true
    // "+44 (0)20 …": the national trunk zero written after the calling code.
    if (digits[cl] === '0') rest--
    return (bits & (1 << rest)) !== 0
  }
  return false
}

/** Digits per group of a number as written ("020 7946 0958" → [3, 4, 4]). */
export type Groups = readonly number[]

const same = (g: Groups, ...want: number[]): boolean =>
  g.length === want.length && want.every((w, i) => g[i] === w)

/**
 * A German mobile number by the Bundesnetzagentur's plan: 015x, 016x, 017x and eleven or twelve
 * digits. Twelve run together are read too: a number said digit by digit ("null eins fünf eins,
 * vier acht …") reaches the finders with its groups gone.
 */
const germanMobile = (d: string): boolean => /^01[5-7]\d{8,9}$/.test(d)

/**
 * A national number in a shape its country writes it in, without any phone word around:
 * a trunk-0 number of 10–12 digits (NL, GB, DE, FR, AE, SA, EG, TR, …), a Chinese mobile,
 * a North American number grouped 3-3-4, a grouped Spanish/Portuguese/Italian/Indian mobile,
 * a Mexican big-city number grouped 2-4-4.
 */
export function nationalShape(d: string, groups: Groups): boolean {
  const n = d.length
  if (/^1[3-9]\d{9}$/.test(d)) return true
  if (d[0] === '0' && d[1] !== '0' && n >= 10 && n <= 12)
    return groups.length > 1 || n <= 11 || germanMobile(d)
  // North American 3-3-4 (area code 2-9; the exchange of fictional 555 numbers may start with 0 or 1).
  if ((same(groups, 3, 3, 4) && /^[2-9]/.test(d)) || (same(groups, 1, 3, 3, 4) && d[0] === '1')) return true
  if (n === 9 && /^[6-9]/.test(d) && (same(groups, 3, 3, 3) || same(groups, 3, 2, 2, 2))) return true
  if (n === 10 && d[0] === '3' && (same(groups, 3, 3, 4) || same(groups, 3, 7))) return true
  // Belgian landlines: nine digits with the trunk 0, "02 123 45 67", "071 12 34 56".
  if (n === 9 && d[0] === '0' && d[1] !== '0' && (same(groups, 2, 3, 2, 2) || same(groups, 3, 2, 2, 2)))
    return true
  // Mexico dials ten digits without a trunk prefix; Mexico City, Guadalajara and Monterrey
  // numbers are written 2-4-4 ("55 1234 5678").
  if (n === 10 && /^(?:55|56|33|81)/.test(d) && same(groups, 2, 4, 4)) return true
  if (n === 10 && /^[6-9]/.test(d) && same(groups, 5, 5)) return true
  // The served markets' plans (pii-phone-plan.ts): "91 482 06 73" (Madrid, no trunk prefix),
  // "04 345 6789" (Dubai), "01 234 56 78" (Vienna).
  return nationalPlanMatch(d, groups)
}
