/**
 * Property-based tests of two ways text reaches us besides typing (pii-reading.ts): letters an
 * OCR or a habit puts for digits (O/o for 0, l/I for 1) in a phone number, a code or an SSN,
 * where no check digit confirms the reading; and a post quoted in a reply, hard-wrapped at any
 * width with "> " (or ">> ") before each line, so that a value and its cue word break across
 * lines. Nothing of the value may stay readable; "lOl", "Oslo", "I" and ordinary numbers stay.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, luhnComplete, quoteWrapped } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

/** What a person reads: O/o/I/l beside a digit as 0/1, then digits only. */
const asRead = (s: string): string =>
  s
    .replace(/(?<=[0-9])[OoIl]|[OoIl](?=[0-9])/g, (c) => (c === 'O' || c === 'o' ? '0' : '1'))
    .replace(/(?<=[0-9])[OoIl]|[OoIl](?=[0-9])/g, (c) => (c === 'O' || c === 'o' ? '0' : '1'))
    .replace(/[^0-9]/g, '')

/** Every other 0 as O and every other 1 as l, as the OCR of a screenshot gives them. */
function ocr(v: string, lower: boolean): string {
  let zeros = 0
  let ones = 0
  return v.replace(/[01]/g, (d) =>
    d === '0' ? (zeros++ % 2 ? d : lower ? 'o' : 'O') : ones++ % 2 ? d : lower ? 'I' : 'l',
  )
}

// A phone, a code or an SSN, each holding a 0 and a 1 to be misread, in a sentence that names it.
const OCR_CASE = fc.oneof(
  digitString(7).map(
    (d) => `call me back on +44 7701 ${d.slice(0, 3).join('')} ${d.slice(3).join('')}, nobody answers`,
  ),
  digitString(4).map((d) => `bel me terug op 06 ${d.slice(0, 2).join('')} 10 ${d.slice(2).join('')} 01 aub`),
  digitString(4).map(
    (d) => `my verification code is ${d.slice(0, 2).join('')}0 1${d.slice(2).join('')} and it expired`,
  ),
  digitString(5).map((d) => `SSN 10${d[0]}-${d[1]}1-${d.slice(2).join('')}0 was on the letter they lost`),
  digitString(6).map(
    (d) => `rappelez-moi au 01 4${d[0]} ${d.slice(2, 4).join('')} 10 ${d.slice(4).join('')} svp`,
  ),
)
// The value in each sentence: digits, spaces and dashes after its cue.
const VALUE_RE = /(?:on|op|is|SSN|au) ([+0-9 -]+[0-9])/

describe('letters read as digits and quoted, hard-wrapped replies, property-based', () => {
  it('a phone, code or SSN with O/l for 0/1 is masked whole; words with those letters stay', () => {
    fc.assert(
      fc.property(OCR_CASE, fc.boolean(), (post, lower) => {
        const value = post.match(VALUE_RE)![1]!
        // A group left with no digit ("Ol 40 …") is read only with a capital O: "ol", "Il" are words.
        const digitless = value.split(/[ -]/).some((g) => /^[01]+$/.test(g))
        const text = `${post.replace(value, ocr(value, lower && !digitless))}. lOl, I flew to Oslo with order 7733 OK`
        const masked = maskPii(text).text
        expect(asRead(masked).includes(asRead(value).slice(-6)), masked).toBe(false)
        expect(masked).toContain('lOl, I flew to Oslo with order 7733 OK')
      }),
      { numRuns: 300, seed: 611 },
    )
  })

  it('a value quoted and hard-wrapped in a reply is masked; the reply text stays', () => {
    const CARD = digitString(14).map((d) => luhnComplete([4, ...d]).replace(/(\d{4})(?=\d)/g, '$1 '))
    const IBAN = digitString(10).map((d) => ibanOf('NL', `ABNA${d.join('')}`).replace(/(.{4})(?=.)/g, '$1 '))
    const ACCOUNT = digitString(8).map((d) => `${d.slice(0, 4).join('')} ${d.slice(4).join('')}`)
    fc.assert(
      fc.property(
        fc.oneof(
          CARD.map((v) => `My card number is ${v} and it was charged twice, please help`),
          IBAN.map((v) => `Refund it to my IBAN ${v} as promised last week`),
          ACCOUNT.map((v) => `Mijn rekeningnummer is ${v} en ik wacht nog steeds`),
        ),
        fc.integer({ min: 18, max: 60 }),
        fc.constantFrom('> ', '>> ', '> > '),
        (post, width, marker) => {
          const text = `${quoteWrapped(post, width, marker)}\n\nSame here, 2 weeks waiting.`
          const value = post.match(/(?:is|IBAN) ([0-9A-Z ]+?) (?:and|as|en)/)![1]!
          const masked = maskPii(text).text
          const compact = masked.replace(/[^0-9A-Za-z]/g, '')
          expect(compact.includes(value.replace(/ /g, '').slice(-8)), masked).toBe(false)
          expect(masked).toContain('Same here, 2 weeks waiting.')
        },
      ),
      { numRuns: 300, seed: 612 },
    )
  })
})
