/**
 * Property-based tests of the formats the fresh held-out set (data/fresh/pii-fresh.mjs)
 * found unmasked on the previous build: a 13-digit Visa printed 4-4-4-1, a password after a
 * word or two ("my password is literally …"), an e-mail address with digits of another
 * script, and a French mobile written in dashed pairs beside a dashed file number (read as a
 * sort code and the file number masked). Every digit script and separator kind.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMON_SEPS, digitString, inScript, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { luhnValid } from './pii-checks.js'
import { normaliseForPii } from './pii-normalise.js'

const compact = (masked: string) =>
  normaliseForPii(masked)
    .norm.toLowerCase()
    .replace(/[^0-9a-z]/g, '')

function visa13(d: number[]): string {
  const s = `4${d.slice(0, 11).join('')}`
  for (let c = 0; c < 10; c++) if (luhnValid(s + c)) return s + c
  throw new Error('unreachable')
}

describe('fresh-set formats, property-based', () => {
  it('a 13-digit Visa written 4-4-4-1 never survives, in any script or separator', () => {
    fc.assert(
      fc.property(
        digitString(11),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...COMMON_SEPS),
        fc.constantFrom('card', 'Pas', 'Karte', 'ma carte', 'tarjeta', 'بطاقتي', '卡号', ''),
        (d, zero, sep, lead) => {
          const v = visa13(d)
          const text = `${lead} ${inScript(v.match(/.{1,4}/g)!.join(sep), zero)} declined twice`
          const r = maskPii(text)
          expect(compact(r.text).includes(v), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('card')
        },
      ),
      { numRuns: 600, seed: 31 },
    )
  })

  it('a password a word or two after "password is" is masked; a sentence about a password is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'my password is',
          'password is',
          'mijn wachtwoord is',
          'mein Passwort ist',
          'mon mot de passe est',
        ),
        fc.constantFrom('literally', 'just', 'still', 'actually', 'gewoon', 'echt', 'einfach', 'juste'),
        fc.stringMatching(/^[A-Za-z]{3,8}$/),
        digitString(4),
        fc.constantFrom('!', '#', '_', '*', ''),
        fc.constantFrom(...ZEROS),
        (lead, filler, letters, d, sym, zero) => {
          const secret = `${letters}${sym}${inScript(d.join(''), zero)}`
          const text = `omg ${lead} ${filler} ${secret} and I typed it in public`
          const r = maskPii(text)
          expect(
            compact(r.text).includes(`${letters}${d.join('')}`.toLowerCase()),
            `${text} → ${r.text}`,
          ).toBe(false)
        },
      ),
      { numRuns: 400, seed: 32 },
    )
    for (const t of [
      'my password is wrong since 2024',
      'password is not working after update 4.12',
      'your password is required',
    ]) {
      expect(maskPii(t).text).toBe(t)
    }
  })

  it('an e-mail address holding digits of another script is masked whole', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2,8}(\.[a-z]{2,8})?$/),
        digitString(2),
        fc.constantFrom(...ZEROS),
        fc.constantFrom('examplemail.co.uk', 'exemple.fr', 'beispiel.de', 'mail.example.com'),
        (local, d, zero, domain) => {
          const addr = `${local}${inScript(d.join(''), zero)}@${domain}`
          const r = maskPii(`email me at ${addr} please`)
          expect(r.kinds, r.text).toContain('email')
          expect(compact(r.text).includes(local.replace('.', ''))).toBe(false)
        },
      ),
      { numRuns: 300, seed: 33 },
    )
  })

  it('a mobile in dashed pairs is a phone, and a dashed file number beside it stays', () => {
    fc.assert(
      fc.property(
        digitString(8),
        fc.constantFrom(...ZEROS),
        fc.integer({ min: 2020, max: 2030 }),
        digitString(4),
        (d, zero, y, f) => {
          const mobile = `06-${d.join('').match(/.{2}/g)!.join('-')}`
          const file = `${y}-${f.join('')}`
          const text = inScript(`rappelez-moi au ${mobile} svp, dossier n° ${file}`, zero)
          const r = maskPii(text)
          expect(r.kinds).toEqual(['phone'])
          expect(r.text.endsWith(inScript(file, zero)), r.text).toBe(true)
          expect(compact(r.text).includes(`06${d.join('')}`)).toBe(false)
        },
      ),
      { numRuns: 300, seed: 34 },
    )
  })
})
