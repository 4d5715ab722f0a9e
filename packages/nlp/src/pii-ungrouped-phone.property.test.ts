/**
 * Property-based tests of phone numbers copied without their groups and of the Gulf's one-digit
 * area codes, generated from the numbering-plan table (pii-phone-plan.ts): every range of every
 * country that dials a trunk 0, written as one run of digits after it ("043391720", a Dubai
 * landline) in every digit script, and nine such digits in groupings no plan lists ("0 43 39 17
 * 20"); the ranges written at home without a trunk prefix ("914820673",
 * "5541283390") with a phone word in the sentence; Saudi landlines with the one-digit area codes
 * used before 2007 ("+966 1 234 5678", "01 234 5678") with every separator and digit script. A
 * link's encoded e-mail address and the values of a login link are masked, the link itself not.
 * Numbers of the same lengths that are decimals, order numbers or counts stay as written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, inScript, SEPS, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { NUMBERING_PLANS, type PlanRange } from './pii-phone-plan.js'

interface Case {
  trunk: string
  range: PlanRange
  length: number
}
const casesOf = (trunked: boolean): Case[] =>
  NUMBERING_PLANS.flatMap((plan) =>
    plan.ranges
      .filter((range) => (trunked ? plan.trunk === '0' : range.bare === true))
      .flatMap((range) => range.lengths.map((length) => ({ trunk: trunked ? '0' : '', range, length }))),
  )

/** An NSN of the case: its example's lead then random digits, still in the range. */
const nsnOf = (c: Case) =>
  digitString(c.length - 3)
    .map((d) => `${c.range.example.slice(0, 3)}${d.join('')}`)
    .filter((n) => c.range.lead.test(n))

/** Digits a reader still sees in `s`, of any script. */
const readableDigits = (s: string): number =>
  [...s.normalize('NFKC')].filter((ch) => /\p{Nd}/u.test(ch)).length

const PLAIN = [
  (n: string) => `new one: ${n} thanks`,
  (n: string) => `nieuw: ${n}, groet`,
  (n: string) => `le nouveau c'est ${n} merci`,
  (n: string) => `الجديد ${n} شكرا`,
  (n: string) => `新的是 ${n} 谢谢`,
]
// The phone word elsewhere in the sentence, not right before the number.
const WORDED = [
  (n: string) => `${n}, whatsapp me after six`,
  (n: string) => `llámame esta tarde si puedes, ${n}`,
  (n: string) => `mon portable a changé la semaine dernière, c'est ${n} maintenant`,
  (n: string) => `ring me tonight if you can: ${n}`,
]

/** At most the kept last two digits of the number stay readable, and a phone is reported. */
function expectMasked(post: string, number: string): void {
  const r = maskPii(post)
  const at = post.indexOf(number)
  const shown = r.text.slice(at, at + number.length + (r.text.length - post.length))
  expect(readableDigits(shown), `${post} → ${r.text}`).toBeLessThanOrEqual(2)
  expect(r.kinds, post).toContain('phone')
}

describe('a national number copied without its groups', () => {
  it('after its trunk 0: every plan, range and length, in every digit script', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...casesOf(true)).chain((c) => fc.tuple(fc.constant(c), nsnOf(c))),
        fc.constantFrom(...ZEROS),
        fc.nat(),
        ([c, nsn], zero, pick) => {
          const number = inScript(`${c.trunk}${nsn}`, zero)
          expectMasked(PLAIN[pick % PLAIN.length]!(number), number)
        },
      ),
      { numRuns: 400 },
    )
  })

  // Nine digits with the trunk 0 (AE, BE, EG, AT and old Saudi landlines): ten and more are read
  // in any grouping by the older trunk-0 rule, with its own exclusions.
  it('nine digits after its trunk 0, in a grouping no plan lists (groups of two or more after the first)', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...casesOf(true).filter((c) => c.length === 8))
          .chain((c) => fc.tuple(fc.constant(c), nsnOf(c))),
        fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 3, maxLength: 5 }),
        fc.constantFrom(' ', '\u00a0', '-'),
        fc.nat(),
        ([c, nsn], sizes, sep, pick) => {
          const d = `${c.trunk}${nsn}`
          // The first group: the trunk 0 alone or with the start of the NSN; then the sizes drawn.
          const groups: string[] = [d.slice(0, 1 + (sizes[0]! % 3))]
          let at = groups[0]!.length
          for (const n of sizes.slice(1)) {
            if (d.length - at < 2 + n) break
            groups.push(d.slice(at, at + n))
            at += n
          }
          groups.push(d.slice(at))
          // 3-2-4 is a US SSN's layout: masked whole as one, so not counted here.
          fc.pre(groups.map((g) => g.length).join('-') !== '3-2-4')
          const number = groups.join(sep)
          expectMasked(PLAIN[pick % PLAIN.length]!(number), number)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('without a trunk prefix where the plan writes it so, with a phone word in the sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...casesOf(false)).chain((c) => fc.tuple(fc.constant(c), nsnOf(c))),
        fc.constantFrom(...ZEROS),
        fc.nat(),
        ([, nsn], zero, pick) => {
          const number = inScript(nsn, zero)
          expectMasked(WORDED[pick % WORDED.length]!(number), number)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe("the Gulf's one-digit area codes", () => {
  it('a Saudi landline written with the area codes before 2007, every separator and digit script', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        digitString(7),
        fc.constantFrom(...SEPS),
        fc.constantFrom(...ZEROS),
        fc.boolean(),
        (area, d, sep, zero, intl) => {
          const sub = d.join('')
          const raw = intl
            ? `+966${sep}${area}${sep}${sub.slice(0, 3)}${sep}${sub.slice(3)}`
            : `0${area}${sep}${sub.slice(0, 3)}${sep}${sub.slice(3)}`
          const number = inScript(raw, zero)
          expectMasked(`مكتب الرياض ${number} شكرا`, number)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('values inside links', () => {
  it("masks an encoded e-mail address and a login link's password, not the link", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{3,8}$/),
        fc.stringMatching(/^[a-z]{4,8}[0-9]{0,3}$/),
        (user, pw) => {
          const mail = maskPii(`unsubscribe: https://news.example.com/?email=${user}%40example.nl`)
          expect(mail.text).not.toContain(`${user}%40`)
          const login = maskPii(`https://bank.example/login?user=${user}&pass=${pw}`)
          expect(login.text).toContain('https://bank.example/login?user=')
          expect(login.text).not.toContain(`pass=${pw}`)
        },
      ),
    )
  })
})

const UNCHANGED = [
  'Mesa Royalty Trust declares $0.036724557 dividend',
  'order 043391720 shipped',
  'Bestellung 043391720 ist unterwegs',
  'In 2023 the fund returned 0.031274519 per unit',
]

describe('numbers of the same lengths that are no phone', () => {
  it.each(UNCHANGED)('leaves "%s" as written', (text) => {
    expect(maskPii(text).text).toBe(text)
  })
})
