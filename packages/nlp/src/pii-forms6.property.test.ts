/**
 * Property-based tests of the remaining forms of issue 11's weak spots: a card given in two parts
 * over two sentences or lines with a card word before the first; an address said in words in
 * each language ("jan punt jansen apenstaartje gmail punt com", "marie arobase orange point fr");
 * a phone number's extension; a toll-free vanity number; an IBAN in lower case with a space
 * between its country and check digits and any grouping. Nothing of each may stay readable; two
 * ordinary numbers in two sentences, and "dot com" prose, keep their text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const CARD = digitString(14).map((d) => luhnComplete([4, ...d]))
const SPLIT = [
  (a: string, b: string) => `my card starts ${a}. The rest is ${b}, please block it`,
  (a: string, b: string) => `first half of my card: ${a}\nsecond half: ${b}`,
  (a: string, b: string) => `mijn kaart begint met ${a}. Daarna komt ${b}`,
  (a: string, b: string) => `ma carte commence par ${a}, puis ${b}`,
  (a: string, b: string) => `mi tarjeta empieza por ${a} y termina en ${b}`,
]
const grouped = (d: string): string => d.replace(/(\d{4})(?=\d)/g, '$1 ')

const SPOKEN = [
  (n: string, h: string, t: string) => `mail me: ${n} at ${h} dot ${t}`,
  (n: string, h: string, t: string) => `schrijf naar ${n} apenstaartje ${h} punt ${t}`,
  (n: string, h: string, t: string) => `écrivez à ${n} arobase ${h} point ${t}`,
  (n: string, h: string, t: string) => `escríbeme a ${n} arroba ${h} punto ${t}`,
  (n: string, h: string, t: string) => `schreib an ${n} at ${h} punkt ${t}`,
  (n: string, h: string, t: string) => `راسلني على ${n} at ${h} dot ${t}`,
  (n: string, h: string, t: string) => `邮箱 ${n} at ${h} dot ${t}`,
]
const NAME = fc.constantFrom('jan', 'marie', 'juan', 'max', 'ahmed', 'wang', 'sofie')
const HOST = fc.constantFrom('gmail', 'orange', 'gmx', 'qq', 'outlook', 'ziggo')
const TLD = fc.constantFrom('com', 'nl', 'fr', 'de', 'es')

describe('two-part, spoken, extension, vanity and IBAN forms, property-based', () => {
  it('each form is masked whole; ordinary numbers and prose beside them stay', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('split', 'spoken', 'extension', 'vanity', 'iban'),
        CARD,
        fc.nat(12),
        fc.tuple(NAME, HOST, TLD),
        digitString(10),
        fc.constantFrom(...SPLIT),
        fc.constantFrom(...SPOKEN),
        (form, card, cut, [name, host, tld], d, split, spoken) => {
          const tail = ' Order 12345 arrived on 06.12.2026, look at this dot com bubble.'
          let text: string
          let secret: string[]
          if (form === 'split') {
            const at = 4 + (cut % 9)
            const [a, b] = [card.slice(0, at), card.slice(at)]
            text = split(grouped(a), grouped(b))
            secret = [card.slice(0, 6), card.slice(6, 12)]
          } else if (form === 'spoken') {
            text = spoken(name, host, tld)
            secret = [` ${host} `, ` ${name} `]
          } else if (form === 'extension') {
            const ext = d.slice(0, 4).join('')
            text = `call 020 7946 ${d.slice(4, 8).join('')} ext. ${ext} after 5`
            secret = [ext, `7946 ${d.slice(4, 8).join('')}`]
          } else if (form === 'vanity') {
            const word = ['FLOWERS', 'MYBANKS', 'GET-CASH', 'HELPNOW'][cut % 4]!
            text = `scam texts say call 1-800-${word} now`
            secret = [word]
          } else {
            const iban = ibanOf('NL', `ABNA${d.join('')}`).toLowerCase()
            text = `iban: ${iban.slice(0, 2)} ${iban.slice(2, 4)} ${iban.slice(4, 8)} ${iban.slice(8, 12)}${iban.slice(12)}`
            secret = [iban.slice(8, 14), `${iban.slice(0, 2)} ${iban.slice(2, 4)}`]
          }
          const r = maskPii(`${text}.${tail}`)
          const compact = r.text.replace(/[\s.-]+/g, ' ')
          for (const s of secret)
            expect(compact.includes(s.replace(/[\s.-]+/g, ' ')), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds.length, `${text} → ${r.text}`).toBeGreaterThan(0)
          expect(r.text.endsWith(tail), `${text} → ${r.text}`).toBe(true)
        },
      ),
      { numRuns: 700, seed: 661 },
    )
  })
})
