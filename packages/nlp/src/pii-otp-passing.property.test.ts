/**
 * One-time codes said in passing (pii-otp-passing.ts): a code cue, a clause in between, then the
 * code, in the seven languages, in every code shape (4–8 digits, 3+3, 2+2+2), digit script and
 * separator: nothing of the code may stay readable. Ordinary numbers after a code cue in the
 * same sentence (years, amounts, counts, other codes, the next sentence's numbers) stay.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, inScript, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const PASSING = [
  (c: string) => `they asked for the code — which I gave them: ${c}`,
  (c: string) => `the code they texted me, stupidly I read it out: ${c}`,
  (c: string) => `ze vroegen om de code en ik, dom genoeg, las hem gewoon voor — ${c}`,
  (c: string) => `sie wollten die TAN, und ich Idiot habe sie am Telefon vorgelesen: ${c}`,
  (c: string) => `ils voulaient le code, bêtement je l'ai lu à voix haute : ${c}`,
  (c: string) => `me pidieron el código y, como un tonto, se lo leí en voz alta: ${c}`,
  (c: string) => `طلبوا الرمز وللأسف قرأته لهم بصوت عالي: ${c}`,
  (c: string) => `他们要验证码，我傻傻地念给他们听了：${c}`,
]

const shapes = fc.oneof(
  fc.integer({ min: 4, max: 8 }).chain((n) => digitString(n).map((d) => [d.join('')])),
  digitString(6).map((d) => [d.slice(0, 3).join(''), d.slice(3).join('')]),
  digitString(6).map((d) => [d.slice(0, 2).join(''), d.slice(2, 4).join(''), d.slice(4).join('')]),
)

describe('one-time codes said in passing, property-based', () => {
  it('a code after a cue and a clause is masked, in every shape, script and separator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PASSING),
        shapes,
        fc.constantFrom(' ', '\u00a0', '-', '\u202f'),
        fc.constantFrom(...ZEROS.filter((z) => z === 0x30 || z === 0x660 || z === 0x6f0 || z === 0xff10)),
        (post, groups, sep, zero) => {
          const code = groups.join('')
          fc.pre(!/^(?:19|20)\d\d$/.test(code))
          const text = post(inScript(groups.join(sep), zero))
          const r = maskPii(text)
          const left = r.text.replace(/[^0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, '')
          expect(left, `${text} → ${r.text}`).toBe('')
          expect(r.kinds, text).toContain('otp')
        },
      ),
      { numRuns: 400, seed: 1404 },
    )
  })

  it('ordinary numbers after a code cue stay readable', () => {
    for (const text of [
      'the promo code saved me nothing, support kept me on hold for 2025 reasons',
      'I never got the code and paid £1500 for nothing',
      'waited for the code for 1200 minutes',
      'the code never came. Order 48213 is still stuck',
      'Code postal 75008, toujours rien reçu',
      'el código de descuento 4821 no funciona',
      'verification failed, ticket 582910 opened',
      '验证码一直收不到。邮编100080，地址也对',
      'the code arrived 3 times, 2.5 hours late',
    ]) {
      expect(maskPii(text).text, text).toBe(text)
    }
  })
})
