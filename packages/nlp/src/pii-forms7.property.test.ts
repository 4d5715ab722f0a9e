/**
 * Property-based tests of eight forms set 6 still leaked (pii7), each by its standard: a mobile
 * after the name of a payment app that pays to a phone number (Bizum, MB WAY, Satispay, Paylib,
 * Wero, Twint, Zelle, Vodafone Cash, Alipay); a German mobile (015x, twelve digits) said digit by
 * digit in groups with commas; an OCR'd trunk prefix "(O)l" after a country code; an account
 * under a camelCase JSON key ("numeroCompte"); a National Insurance number and an IBAN spelled
 * out a character at a time ("P E 4 8 …", "N L 4 7 R A B O …"); a North American number with
 * keypad letters for its last four ("1 (917) 555-BAKE"), not only a toll-free one; OCR letters in
 * a number glued to Chinese words ("发到l37-6142-9O58了").
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const APP_POSTS = [
  (n: string) => `te hago un bizum al ${n} y lo dejamos`,
  (n: string) => `manda por MB WAY para o ${n} por favor`,
  (n: string) => `mandami i soldi su Satispay al ${n} grazie`,
  (n: string) => `envoie-moi ça par Paylib au ${n} merci`,
  (n: string) => `stuur het maar via Wero naar ${n}`,
  (n: string) => `schick es per Twint an ${n}, danke`,
  (n: string) => `just Zelle it to ${n} tonight`,
  (n: string) => `حولي على فودافون كاش ${n} من فضلك`,
  (n: string) => `用支付宝：${n}`,
]

// "zwo" for two, as a number is said on the telephone.
const DE_DIGITS = ['null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']

const validNino = fc
  .tuple(
    fc.constantFrom(...'ABCEHJKLMPRSW'),
    fc.constantFrom(...'ABCEHJLMPRSTWXY'),
    digitString(6),
    fc.constantFrom('A', 'B', 'C', 'D'),
  )
  .map(([a, b, d, s]) => `${a}${b}${d.join('')}${s}`)

const spaced = (s: string): string => [...s].join(' ')

describe('the last leaks of set 6, by construction, property-based', () => {
  it('a mobile after a payment app that pays to a phone number is masked; an amount stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(6, 7),
        digitString(8),
        fc.constantFrom(...APP_POSTS.keys()),
        (first, d, p) => {
          const n = `${first}${d.join('')}`
          const masked = maskPii(APP_POSTS[p]!(n)).text
          expect(masked, APP_POSTS[p]!(n)).not.toContain(n.slice(0, 7))
        },
      ),
      { numRuns: 300, seed: 701 },
    )
    expect(maskPii('te hice un bizum de 45 euros ayer').text).toBe('te hice un bizum de 45 euros ayer')
  })

  it('a German 015x mobile said digit by digit, groups between commas, is masked; an order number stays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), digitString(8), (third, d) => {
        const digits = `015${third}${d.join('')}`
        const groups = [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8)]
        const said = groups.map((g) => [...g].map((c) => DE_DIGITS[Number(c)]).join(' ')).join(', ')
        const text = `Ich bin erreichbar unter ${said}, danke`
        const masked = maskPii(text).text
        expect(masked, text).not.toContain(
          groups.map((g) => [...g].map((c) => DE_DIGITS[Number(c)]).join(' '))[1],
        )
        const order = `Bestellnummer ${digits} kam nie an`
        expect(maskPii(order).text).toBe(order)
      }),
      { numRuns: 200, seed: 702 },
    )
  })

  it('an OCR-read trunk "(O)" after a country code, and the area code after it, are masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('(O)', '(0)'),
        fc.constantFrom('l', 'I'),
        fc.constantFrom('+33', '+3l'),
        digitString(8),
        (trunk, one, cc, d) => {
          const rest = `${d[0]}${d[1]} ${d[2]}${d[3]} ${d[4]}${d[5]} ${d[6]}${d[7]}`
          const text = `Rappelez-moi au ${cc} ${trunk}${one} ${rest} svp`
          const masked = maskPii(text).text
          expect(masked, text).not.toContain(`)${one} `)
          expect(masked, text).not.toContain(rest.slice(0, 5))
        },
      ),
      { numRuns: 200, seed: 703 },
    )
  })

  it('an account under a camelCase JSON key is masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'numeroCompte',
          'numeroCuenta',
          'numeroConta',
          'numeroConto',
          'numCompte',
          'numeroDeCuenta',
        ),
        fc.integer({ min: 8, max: 12 }).chain((n) => digitString(n)),
        (key, d) => {
          const acct = d.join('')
          const text = `{"titulaire": "J. Martin", "${key}": "${acct}", "solde": 120}`
          expect(maskPii(text).text, text).not.toContain(acct.slice(0, -4))
        },
      ),
      { numRuns: 200, seed: 704 },
    )
  })

  it('a National Insurance number spelled a character at a time is masked as one', () => {
    fc.assert(
      fc.property(validNino, (nino) => {
        const text = `my NI number is ${spaced(nino)} if that helps`
        const r = maskPii(text)
        expect(r.kinds, text).toContain('uk_nino')
        expect(r.text, text).not.toContain(spaced(nino.slice(2, 8)))
      }),
      { numRuns: 200, seed: 705 },
    )
  })

  it('an IBAN spelled a character at a time, its bank letters too, is masked as an IBAN', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('NL', 'DE', 'BE'),
        fc.constantFrom('RABO', 'ABNA', 'INGB'),
        digitString(10),
        digitString(12),
        (cc, bank, nl, rest) => {
          const bban =
            cc === 'NL'
              ? `${bank}${nl.join('')}`
              : cc === 'DE'
                ? `${nl.join('')}${rest.join('').slice(0, 8)}`
                : rest.join('')
          const iban = ibanOf(cc, bban)
          const text = `IBAN: ${spaced(iban)} bitte`
          const r = maskPii(text)
          expect(r.kinds, text).toContain('iban')
          expect(r.text, text).not.toContain(spaced(iban.slice(4, 12)))
        },
      ),
      { numRuns: 200, seed: 706 },
    )
  })

  it('a North American number with its last four as keypad letters is masked whole; a count of capitals stays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 999 }),
        fc.integer({ min: 200, max: 999 }),
        fc.constantFrom('BAKE', 'CASH', 'LOAN', 'HELP', 'PIZZ'),
        fc.constantFrom(
          (a: number, x: number, w: string) => `1 (${a}) ${x}-${w}`,
          (a: number, x: number, w: string) => `${a}-${x}-${w}`,
        ),
        (area, exch, word, shape) => {
          const phone = shape(area, exch, word)
          const text = `Order the cake at ${phone}, they deliver`
          const masked = maskPii(text).text
          expect(masked, text).not.toContain(`${exch}-${word}`)
          expect(masked, text).not.toContain(String(area))
        },
      ),
      { numRuns: 200, seed: 707 },
    )
    expect(maskPii('we sold 120 CASH tickets and 300 LOAN forms').text).toBe(
      'we sold 120 CASH tickets and 300 LOAN forms',
    )
  })

  it('a Chinese mobile with OCR letters for digits, glued to the Han words around it, is masked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        digitString(9),
        fc.constantFrom('l', 'I'),
        (second, d, one) => {
          const mobile = `1${second}${d.join('')}`
          const typed = `${one}${mobile.slice(1, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7, 9)}O${mobile.slice(10)}`
          const text = `短信验证码发到${typed}了，可是我没收到`
          const masked = maskPii(text).text
          expect(masked, text).not.toContain(mobile.slice(3, 7))
          expect(masked).toContain('短信验证码发到')
        },
      ),
      { numRuns: 200, seed: 708 },
    )
  })
})
