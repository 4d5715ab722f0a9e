/**
 * Property-based tests of letters typed for digits (pii-lookalike.ts): a card or an IBAN with one
 * to three of its zeros written O or o and ones written l or I, after card and IBAN words of the
 * served languages, any separator. Nothing of it may stay readable; the same value with a broken
 * check digit, and words made of those letters ("lOl", "Oslo"), keep their text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { ibanValid } from './pii-checks.js'

const CARD = fc.oneof(
  digitString(14).map((d) => luhnComplete([4, ...d.map((x) => (x > 4 ? x : x % 2))])),
  digitString(13).map((d) => luhnComplete([5, 1, ...d.map((x) => (x > 4 ? x : x % 2))])),
)
const IBAN = fc.oneof(
  digitString(10).map((d) => ibanOf('NL', `ABNA${d.map((x) => x % 2).join('')}`)),
  digitString(18).map((d) => ibanOf('DE', d.map((x) => (x > 5 ? x : x % 2)).join(''))),
  digitString(20).map((d) => ibanOf('ES', d.map((x) => (x > 5 ? x : x % 2)).join(''))),
)
const CUES = {
  card: ['my card', 'mijn kaart', 'meine Karte', 'ma carte', 'mi tarjeta', 'بطاقتي', '我的卡号'],
  iban: ['IBAN', 'mijn IBAN', 'meine IBAN', 'mon IBAN', 'mi IBAN', 'الآيبان', '我的IBAN'],
}
const SEPS = [' ', '-', '', '  ', '\u00a0', '.']

/** `value` with up to `n` of its 0s and 1s (at the positions `picks`) typed as look-alike letters. */
function typed(value: string, from: number, picks: readonly number[], letters: readonly string[]): string {
  const chars = [...value]
  const spots = chars.flatMap((c, i) => (i >= from && (c === '0' || c === '1') ? [i] : []))
  picks.forEach((p, k) => {
    if (spots.length === 0) return
    const i = spots[p % spots.length]!
    chars[i] = value[i] === '0' ? (letters[k]! === 'a' ? 'O' : 'o') : letters[k]! === 'a' ? 'l' : 'I'
  })
  return chars.join('')
}
const grouped = (s: string, sep: string): string => s.replace(/(.{4})(?=.)/g, `$1${sep}`)
const compact = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '')

describe('letters typed for digits, property-based', () => {
  it('a card or IBAN with O/o for 0 and l/I for 1 is masked when its check digits validate; broken or a word, it stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('card', 'iban'),
        CARD,
        IBAN,
        fc.array(fc.nat(30), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom('a', 'b'), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(...SEPS),
        fc.nat(6),
        (kind, card, iban, picks, letters, sep, lang) => {
          const value = kind === 'card' ? card : iban
          const written = typed(value, kind === 'card' ? 0 : 8, picks, letters)
          fc.pre(written !== value)
          const cue = CUES[kind as 'card' | 'iban'][lang]!
          const text = `${cue}: ${grouped(written, sep)} — lOl, Oslo 2026`
          const r = maskPii(text)
          const c = compact(r.text)
          for (let i = 0; i + 6 <= written.length; i++)
            expect(c.includes(written.slice(i, i + 6)), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, text).toContain(kind)
          expect(r.text.endsWith(' — lOl, Oslo 2026'), `${text} → ${r.text}`).toBe(true)
          // One digit off: the check fails, and it is no card or IBAN (its digits may still read as
          // something else, a phone number).
          const last = written.at(-1)!
          const off = `${written.slice(0, -1)}${/\d/.test(last) ? (Number(last) + 1) % 10 : 2}`
          const broken = `saw this: ${grouped(off, sep)} yesterday`
          // (Letters are allowed in a BBAN: the broken string may still pass mod 97 as written.)
          // Letters beside digits are read as digits (pii-reading.ts), so the broken string is
          // judged as its digits would be: "4870-6061-1607-9116" holds a card-valid run of its own.
          const asDigits = broken.replace(/[Oo]/g, '0').replace(/[Il]/g, '1')
          if (!ibanValid(off) && !maskPii(asDigits).kinds.includes(kind))
            expect(maskPii(broken).kinds, broken).not.toContain(kind)
        },
      ),
      { numRuns: 800, seed: 641 },
    )
  })
})
