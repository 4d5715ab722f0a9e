/**
 * An IBAN whose country was dropped or said letter by letter (pii-spoken-iban.ts): check digits,
 * a bank code in capitals and the account's digits, written or read out in number words ("negen
 * zes RABO zes zeven …", "N L negen zes RABO …"), in four digit scripts, after any word or none.
 * Nothing of the account may stay readable; a code of four capitals between numbers that no
 * country's mod-97 check accepts stays as written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, inScript } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { normaliseForPii } from './pii-normalise.js'

const WORDS: Readonly<Record<string, readonly string[]>> = {
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
}
const BANKS: readonly { cc: string; code: string; digits: number }[] = [
  { cc: 'NL', code: 'RABO', digits: 10 },
  { cc: 'NL', code: 'ABNA', digits: 10 },
  { cc: 'GB', code: 'NWBK', digits: 14 },
  { cc: 'IE', code: 'AIBK', digits: 14 },
]
const BEFORE = ['', 'mijn iban is ', 'iban ', 'stuur het naar ', 'account ', 'Konto: ', 'mi cuenta ']

const said = (digits: string, lang: string): string =>
  [...digits].map((d) => WORDS[lang]![Number(d)]).join(' ')

describe('an IBAN without its country', () => {
  it('is masked whether its digits are written or said, its country dropped or spelled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BANKS),
        digitString(14),
        fc.constantFrom('nl', 'en', 'de', 'es'),
        fc.constantFrom('words', 'digits', 'grouped'),
        fc.constantFrom('dropped', 'spelled'),
        fc.constantFrom(0x30, 0x660, 0x6f0, 0xff10),
        fc.constantFrom(...BEFORE),
        (bank, d, lang, form, country, zero, before) => {
          const iban = ibanOf(bank.cc, bank.code + d.slice(0, bank.digits).join(''))
          const check = iban.slice(2, 4)
          const account = iban.slice(8)
          const body =
            form === 'words'
              ? `${said(check, lang)} ${bank.code} ${said(account, lang)}`
              : form === 'digits'
                ? inScript(`${check} ${bank.code} ${account}`, zero)
                : // An IBAN printed in fours, copied without its country: "82 RABO 1000 0000 00".
                  inScript(`${check} ${bank.code} ${account.replace(/(\d{4})(?=\d)/g, '$1 ')}`, zero)
          const text = `${before}${country === 'spelled' ? `${bank.cc[0]} ${bank.cc[1]} ` : ''}${body} graag`
          const masked = maskPii(text).text
          const read = normaliseForPii(masked).norm
          // The account's digits, as digits or as words, must be gone bar the last four.
          expect(read.replace(/\D/g, '').includes(account.slice(0, -4)), `${text} → ${masked}`).toBe(false)
          if (form === 'words')
            expect(masked.includes(said(account.slice(0, 4), lang)), `${text} → ${masked}`).toBe(false)
        },
      ),
      { numRuns: 800, seed: 1901 },
    )
  })

  it('is not read where no country’s check accepts the digits', () => {
    for (const text of [
      'I bought 12 ABCD 12345678 shares',
      'flight 12 KLMA 98765432 delayed',
      '96 RABO 6723 5301 45',
    ])
      expect(maskPii(text).text.replace(/\D/g, '').length, text).toBeGreaterThan(8)
  })
})
