/**
 * Property-based tests of two cue forms: a password named, then what it is for in a compound
 * word, then given ("Passwort fürs Online-Banking ist Hasenbraten#77"): the secret is masked, not
 * the compound; and the BSN named by its abbreviation "Burgerservicenr." with any grouping of
 * its nine digits. A nine-digit number failing the 11-check after it stays. A code handed over
 * seven or eight words after its name, elided words among them ("le code reçu par SMS et je l'ai
 * donné : 407 218"), is masked; a year in the same words stays.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { bsnValid } from './pii-checks.js'

const PW_POSTS = [
  (s: string) => `Passwort fürs Online-Banking ist ${s}, ich komm trotzdem nicht rein`,
  (s: string) => `my password for online-banking is ${s} and it still fails`,
  (s: string) => `mijn wachtwoord voor internet-bankieren is ${s} maar het werkt niet`,
  (s: string) => `mon mot de passe pour l'appli est ${s} et rien ne marche`,
]

describe('password after a compound word, BSN abbreviated, property-based', () => {
  it('the secret is masked and the compound word stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Hasenbraten', 'Tulpen', 'Barcelona', 'Snowdon'),
        fc.integer({ min: 10, max: 9999 }),
        fc.constantFrom('#', '!', '$', ''),
        fc.constantFrom(...PW_POSTS.keys()),
        (word, n, sym, p) => {
          const secret = `${word}${sym}${n}`
          const text = PW_POSTS[p]!(secret)
          const masked = maskPii(text).text
          expect(masked, text).not.toContain(secret)
          expect(masked).toMatch(/Online-Banking|online-banking|internet-bankieren|l'appli/)
        },
      ),
      { numRuns: 200, seed: 616 },
    )
  })

  it('a BSN after "Burgerservicenr." is masked in any grouping; an 11-check failure stays', () => {
    fc.assert(
      fc.property(digitString(9), fc.integer({ min: 1, max: 8 }), (d, cut) => {
        const s = d.join('')
        fc.pre(s[0] !== '0')
        const text = `Burgerservicenr. ${s.slice(0, cut)} ${s.slice(cut)} (staat zo op mijn paspoort-kopie)`
        const masked = maskPii(text).text
        if (bsnValid(s)) expect(masked.replace(/\D/g, ''), text).not.toContain(s)
        else expect(masked, text).toBe(text)
      }),
      { numRuns: 600, seed: 617 },
    )
  })

  it('a code handed over seven or eight words after its name is masked', () => {
    const POSTS = [
      (c: string) =>
        `Un faux conseiller m'a demandé le code reçu par SMS et je l'ai donné : ${c}. Résultat 1 850 €`,
      (c: string) => `He asked for the code from the text and I read it out: ${c}. Gone.`,
      (c: string) => `Me pidió el código del SMS y yo se lo di: ${c}. Me vaciaron la cuenta`,
    ]
    fc.assert(
      fc.property(digitString(6), fc.constantFrom(...POSTS.keys()), (d, p) => {
        const code = `${d.slice(0, 3).join('')} ${d.slice(3).join('')}`
        const masked = maskPii(POSTS[p]!(code)).text
        expect(masked.replace(/\D/g, ''), masked).not.toContain(d.join(''))
        expect(maskPii(POSTS[p]!('2026')).text).toContain('2026')
      }),
      { numRuns: 200, seed: 618 },
    )
  })
})
