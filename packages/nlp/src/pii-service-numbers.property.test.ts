/**
 * Published numbers stay readable, personal ones masked, generated from the tables: every service
 * range of pii-service-numbers.ts (freephone, shared-cost, non-geographic, premium, short codes)
 * written internationally (+CC, 00CC, +CC (0)) in every digit script and separator stays as
 * written, in posts with and without phone words; freephone ranges written at home too. A mobile
 * or geographic number of the numbering-plan table in the same post is masked, whatever words
 * stand before it ("our hotline: …"): context never unmasks. Numbers a brands file publishes
 * stay readable in any written form; without the file they are masked like any landline.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, inScript, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { NUMBERING_PLANS } from './pii-phone-plan.js'
import {
  isE164,
  publicNumberSet,
  SERVICE_PLANS,
  type ServicePlan,
  type ServiceRange,
} from './pii-service-numbers.js'

const SEPARATORS = [' ', '\u00a0', '\u202f', '-', '.', '\u2013', '']
const SCRIPTS = ZEROS.filter((z) => z === 0x30 || z === 0x660 || z === 0x6f0 || z === 0xff10)

/** Posts a published number appears in, phone words and "my number is" among them. */
const POSTS = [
  (n: string) => `call ${n} for help`,
  (n: string) => `my number is ${n} lol, that's their hotline`,
  (n: string) => `bel ${n}, dat is de klantenservice`,
  (n: string) => `Hotline ${n} – keiner geht ran`,
  (n: string) => `appelez le ${n} svp`,
  (n: string) => `llama al ${n}`,
  (n: string) => `اتصل على ${n}`,
  (n: string) => `客服电话 ${n}`,
]

interface Case {
  plan: ServicePlan
  r: ServiceRange
  len: number
}
const CASES: Case[] = SERVICE_PLANS.flatMap((plan) =>
  plan.ranges.flatMap((r) => r.lengths.map((len) => ({ plan, r, len }))),
)

/** An NSN of the case: the example's lead digits, then random digits to the length. */
function nsnOf(c: Case, tail: readonly number[]): string {
  const keep = Math.min(c.len - 2, 4)
  return (c.r.example.slice(0, keep) + tail.join('')).slice(0, c.len)
}

/** `d` in groups of three, the last group taking the rest. */
const threes = (d: string, sep: string): string => (d.match(/.{1,3}/g) ?? []).join(sep)

const readable = (text: string): boolean => maskPii(text).text === text

describe('published numbers: service ranges of the national plans stay readable', () => {
  it('every service range written internationally, any script and separator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        digitString(12),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom('+', '00', '(+'),
        fc.constantFrom(...POSTS),
        (c, tail, sep, zero, plus, post) => {
          const nsn = nsnOf(c, tail)
          const cc = plus === '(+' ? `(+${c.plan.cc})` : `${plus}${c.plan.cc}`
          const text = post(inScript(`${cc} ${threes(nsn, sep)}`, zero))
          expect(readable(text), `${c.plan.iso} ${c.r.use}: ${text} → ${maskPii(text).text}`).toBe(true)
        },
      ),
      { numRuns: 600, seed: 1401 },
    )
  })

  it('"+44 (0)800 …": the trunk zero after the calling code', () => {
    expect(readable('Freephone +44 (0)800 123 4567')).toBe(true)
    expect(readable('Service: +49 (0)800 1234567')).toBe(true)
  })

  it('NANP toll-free numbers with the trunk 1, which no Chinese mobile is written like', () => {
    for (const text of ['call 1-888-555-0100', 'call 1 800 555 0199', 'call (800) 555-0100'])
      expect(readable(text), text).toBe(true)
    // Run together, eleven digits from 1 are also a Chinese mobile: masked.
    expect(maskPii('call 18885550100').text).not.toBe('call 18885550100')
  })

  // Freephone ranges whose national form is nobody's number in any served plan. The others are
  // somebody's at home elsewhere and stay masked unless written with the calling code: NL
  // "0800-1234" (a Lebanese landline), MA "080…" and SG "1800…" (a Chinese mobile run together).
  const HOME_FREEPHONE = CASES.filter(
    (c) =>
      c.r.use === 'freephone' &&
      !(c.plan.iso === 'NL' && c.len === 7) &&
      c.plan.iso !== 'MA' &&
      !(c.plan.iso === 'SG' && c.r.example.startsWith('1800')),
  )

  it('freephone numbers written at home, with or without the trunk prefix as the country writes them', () => {
    expect(HOME_FREEPHONE.map((c) => c.plan.iso)).toEqual(
      expect.arrayContaining(['GB', 'NL', 'DE', 'FR', 'ES', 'BE', 'CH', 'AT', 'CN', 'SA', 'AE', 'US', 'MX']),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...HOME_FREEPHONE),
        digitString(12),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(...POSTS),
        (c, tail, sep, zero, post) => {
          const nsn = nsnOf(c, tail)
          const home =
            c.r.bare === true
              ? threes(nsn, sep)
              : `${c.plan.trunk}${nsn.slice(0, 3)}${sep}${threes(nsn.slice(3), sep)}`
          const text = post(inScript(home, zero))
          expect(readable(text), `${c.plan.iso}: ${text} → ${maskPii(text).text}`).toBe(true)
        },
      ),
      { numRuns: 600, seed: 1402 },
    )
  })

  it('a national form that is a person’s number in another plan stays masked', () => {
    // Every UK 03 number at home is also an eastern German landline (Halle 0345 …); an Emirati 600
    // number is a Spanish mobile as written at home; a Saudi 9200 number a landline in Ávila.
    for (const text of ['call 0345 300 0000', 'llama al 600 540 000', 'call 920 001 234']) {
      expect(maskPii(text).text, text).not.toBe(text)
    }
    for (const text of ['call +44 345 300 0000', 'call +971 600 54 0000', 'call +966 9200 01234']) {
      expect(readable(text), text).toBe(true)
    }
  })
})

/** Every mobile and geographic range of the numbering-plan table, in its first layout. */
const PERSONAL = NUMBERING_PLANS.flatMap((plan) =>
  plan.ranges.map((r) => ({
    plan,
    r,
    layout: plan.groupings.find((g) => g.reduce((a, b) => a + b, 0) === plan.trunk.length + r.example.length),
  })),
).filter((p) => p.layout !== undefined)
const MOBILES = PERSONAL.filter((p) => p.r.type === 'mobile')

function written(p: (typeof PERSONAL)[number], tail: readonly number[]): { digits: string; text: string } {
  const nsn = (p.r.example.slice(0, 3) + tail.join('')).slice(0, p.r.example.length)
  const digits = p.plan.trunk + nsn
  let at = 0
  const groups = p.layout!.map((n) => {
    const g = digits.slice(at, at + n)
    at += n
    return g
  })
  return { digits, text: groups.join(' ') }
}

describe('personal numbers in the same posts stay masked', () => {
  // A landline the clause gives as the hotline's is the business's (pii-service-clause.ts); a
  // mobile never is, whatever the words say.
  it('a mobile beside a service number, after "hotline" or "customer service" too', () => {
    expect(MOBILES.length).toBeGreaterThan(10)
    fc.assert(
      fc.property(
        fc.constantFrom(...MOBILES),
        digitString(12),
        fc.constantFrom(
          (s: string, m: string) => `Hotline ${s}, or our hotline: ${m}`,
          (s: string, m: string) => `customer service ${m} (official support number ${s})`,
          (s: string, m: string) => `客服电话 ${m}，官方 ${s}`,
        ),
        (p, tail, post) => {
          const { digits, text: mobile } = written(p, tail)
          const text = post('0800 123 4567', mobile)
          const masked = maskPii(text).text
          expect(
            masked.replace(/\D/g, '').includes(digits.slice(0, -2)),
            `${p.plan.iso}: ${text} → ${masked}`,
          ).toBe(false)
          expect(masked, text).toContain('0800 123 4567')
        },
      ),
      { numRuns: 300, seed: 1403 },
    )
  })
})

describe('numbers a brands file publishes', () => {
  const published = publicNumberSet(['+966114040000', '+34914820673', '+442079460100'])
  const opts = { publicNumbers: published }
  const FORMS = [
    'هاتف +966 11 404 0000',
    'الرقم ٠١١ ٤٠٤ ٠٠٠٠',
    'Oficinas: 91 482 06 73',
    'call +34 914 82 06 73',
    'landline 020 7946 0100',
    'landline +44 (0)20 7946 0100',
    'landline 0044 20 7946 0100',
  ]

  it('stay readable in every written form, and are masked without the file', () => {
    for (const text of FORMS) {
      expect(maskPii(text, opts).text, text).toBe(text)
      expect(maskPii(text).text, text).not.toBe(text)
    }
  })

  it('another number of the same exchange is still masked', () => {
    const text = 'call 020 7946 0101'
    expect(maskPii(text, opts).text).not.toBe(text)
  })

  it('are E.164', () => {
    expect(isE164('+442079460100')).toBe(true)
    for (const bad of ['442079460100', '+44 20 7946 0100', '+0442079460100', '+4420794601001234'])
      expect(isE164(bad), bad).toBe(false)
  })
})
