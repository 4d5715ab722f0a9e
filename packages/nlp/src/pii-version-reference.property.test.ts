/**
 * Property-based tests of ordinary numbers that looked like phones or codes: an app's dotted
 * version after a version word in every language, with its build date beside it; a 16-digit
 * reference written in four groups of four that fails the card check; a five-digit postcode
 * after the Arabic "postal code". All stay as written; a real phone after a version is masked.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskPii } from './pii.js'
import { luhnValid } from './pii-checks.js'

const VERSION_WORDS = ['App version', 'App versie', 'la versión', 'la version', 'Version', '版本', 'الإصدار']
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))

describe('an app version and its build', () => {
  it('stay as written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERSION_WORDS),
        fc.tuple(
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 0, max: 40 }),
          fc.integer({ min: 0, max: 9 }),
        ),
        fc.date({ min: new Date('2019-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        (word, [a, b, c], date) => {
          const build = date.toISOString().slice(0, 10).replaceAll('-', '')
          const text = `${word} ${a}.${b}.${c} (${build}) crashes on Android 14`
          expect(maskPii(text).text).toBe(text)
        },
      ),
    )
  })

  it('do not hide a phone number after them', () => {
    const r = maskPii('Version 10.2.1 crashes, call me on 020 7946 0958')
    expect(r.text).not.toContain('7946')
  })
})

describe('a reference in four groups of four that fails the card check', () => {
  it('stays as written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Referencia de la operación', 'Umsatz-Referenz', 'transaction ref', 'référence'),
        fc.tuple(digits(4), digits(4), digits(4), digits(4)).filter((g) => !luhnValid(g.join(''))),
        (word, g) => {
          const text = `${word} ${g.join(' ')}, el comercio dice que no`
          expect(maskPii(text).text).toBe(text)
        },
      ),
    )
  })
})

describe('a postcode after the Arabic "postal code"', () => {
  it('is not a passcode', () => {
    fc.assert(
      fc.property(digits(5), (zip) => {
        const text = `الرمز البريدي ${zip} مرفوض في التطبيق`
        expect(maskPii(text).text).toBe(text)
      }),
    )
  })
})
