/**
 * Phone numbers generated from the numbering-plan table (pii-phone-plan.ts), the single source of
 * truth: for every served country, range (mobile, geographic) and NSN length, in every written
 * form — +CC, 00CC, (+CC), +CC (0) …, national with the trunk prefix in each layout the country
 * writes, the NSN alone where the country writes it so — with every group separator and digit
 * script, and with one OCR letter (O for 0, l for 1) after a phone word. Nothing of the number
 * may stay readable (the kept last two digits aside) and the kind reported is a phone. Numbers of
 * the same lengths and layouts that are not phones (order numbers, amounts, dates and times,
 * versions, postcodes, tracking numbers) stay as written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inScript, SEPS, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { type CountryPlan, NUMBERING_PLANS, type PlanRange } from './pii-phone-plan.js'

/** Posts without digits or phone words around the number, in the seven languages. */
const PLAIN = [
  (n: string) => `${n}`,
  (n: string) => `new one: ${n} thanks`,
  (n: string) => `nieuw: ${n}, groet`,
  (n: string) => `neu ab heute ${n}. Danke`,
  (n: string) => `le nouveau c'est ${n} merci`,
  (n: string) => `ahora es ${n}, gracias`,
  (n: string) => `الجديد ${n} شكرا`,
  (n: string) => `新的是 ${n} 谢谢`,
]
/** The same with a phone word, as an OCR'd number needs one. */
const WORDED = [
  (n: string) => `call me on ${n} please`,
  (n: string) => `bel me op ${n} aub`,
  (n: string) => `meine Handynummer: ${n}`,
  (n: string) => `mon portable ${n} merci`,
  (n: string) => `mi móvil es ${n}`,
  (n: string) => `رقم جوالي ${n}`,
  (n: string) => `我的手机 ${n}`,
]

interface Case {
  plan: CountryPlan
  range: PlanRange
  length: number
}
const CASES: Case[] = NUMBERING_PLANS.flatMap((plan) =>
  plan.ranges.flatMap((range) => range.lengths.map((length) => ({ plan, range, length }))),
)

/** An NSN of the case: the example's first three digits (its range's lead) then random digits. */
const nsnOf = (c: Case) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: c.length - 3, maxLength: c.length - 3 })
    .map((d) => `${c.range.example.slice(0, 3)}${d.join('')}`)
    .filter((n) => c.range.lead.test(n))

/** `d` cut into groups of the given sizes, joined by `sep`. */
function grouped(d: string, sizes: readonly number[], sep: string): string {
  const out: string[] = []
  let at = 0
  for (const n of sizes) {
    out.push(d.slice(at, at + n))
    at += n
  }
  return out.join(sep)
}

/** Groups of 2–4 digits for an NSN after the calling code (the first group 1–4). */
const intlSizes = (len: number) =>
  fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 8 }).chain((rest) =>
    fc.integer({ min: 1, max: 4 }).map((first) => {
      const sizes = [first]
      let total = first
      for (const r of rest) {
        if (total + r > len) break
        sizes.push(r)
        total += r
      }
      // A last digit alone is no one's habit: it joins the group before it.
      if (len - total === 1 && sizes.length > 1) sizes[sizes.length - 1]! += 1
      else if (total < len) sizes.push(len - total)
      return sizes
    }),
  )

/** A case, an NSN of it, and the groups it is written in after its calling code. */
const aNumber = fc
  .constantFrom(...CASES)
  .chain((c) => fc.tuple(fc.constant(c), nsnOf(c), intlSizes(c.length)))

/** The written forms of one NSN: [text of the number, digits a reader would see in it]. */
function forms(c: Case, nsn: string, sizes: readonly number[], sep: string): string[] {
  const body = grouped(nsn, sizes, sep)
  const out = [`+${c.plan.cc} ${body}`, `00${c.plan.cc} ${body}`, `(+${c.plan.cc}) ${body}`]
  if (c.plan.trunk === '0') out.push(`+${c.plan.cc} (0)${body}`)
  const national = `${c.plan.trunk}${nsn}`
  for (const g of c.plan.groupings) {
    const sum = g.reduce((a, b) => a + b, 0)
    if (
      c.plan.trunk !== '1' &&
      c.plan.trunk !== '' &&
      sum === national.length &&
      national[0] === c.plan.trunk
    )
      out.push(grouped(national, g, sep))
    if (c.plan.trunk === '1' && sum === national.length) out.push(grouped(national, g, sep))
    if (c.range.bare === true && sum === nsn.length) out.push(grouped(nsn, g, sep))
  }
  return out
}

/** Digits a reader still sees in `s`: any script, and O / l / I read as 0 / 1. */
function readableDigits(s: string): number {
  return [...s.normalize('NFKC')].filter((ch) => /\p{Nd}|[OoIl]/u.test(ch)).length
}

function assertMasked(post: string, value: string, start: number): void {
  const r = maskPii(post)
  // The words around the value hold no digits and are never masked: what lies between them is
  // the value as shown.
  const before = post.slice(0, start)
  const after = post.slice(start + value.length)
  expect(r.text.startsWith(before) && r.text.endsWith(after), `${post} → ${r.text}`).toBe(true)
  const shown = r.text.slice(before.length, r.text.length - after.length)
  expect(readableDigits(shown), `${post} → ${r.text}`).toBeLessThanOrEqual(2)
  expect(r.kinds, post).toContain('phone')
  expect(r.kinds, post).not.toContain('otp')
}

/** A number in dotted groups ("612.345.678") reads as thousands without a phone word. */
const postFor = (sep: string, pick: number) =>
  sep === '.' || sep === '·' ? WORDED[pick % WORDED.length]! : PLAIN[pick % PLAIN.length]!

describe('phone numbers from the numbering plans, property-based', () => {
  it('every country, range and length, in every written form, separator and digit script, is masked', () => {
    fc.assert(
      fc.property(
        aNumber,
        fc.constantFrom(...SEPS),
        fc.constantFrom(...ZEROS),
        fc.nat(),
        ([c, nsn, sizes], sep, zero, pick) => {
          for (const f of forms(c, nsn, sizes, sep)) {
            const value = inScript(f, zero)
            const text = postFor(sep, pick)(value)
            assertMasked(text, value, text.indexOf(value))
          }
        },
      ),
      { numRuns: 600, seed: 8801 },
    )
  })

  it('one OCR letter (O for 0, l or I for 1) after a phone word is read as its digit and masked', () => {
    fc.assert(
      fc.property(
        aNumber,
        fc.constantFrom(' ', '-', '\u00a0'),
        fc.constantFrom(...WORDED),
        fc.nat(),
        fc.constantFrom('O', 'l', 'I'),
        ([c, nsn, sizes], sep, post, pick, letter) => {
          for (const f of forms(c, nsn, sizes, sep)) {
            // One 0 (or 1) of the number after its calling code, written as the letter.
            const want = letter === 'O' ? '0' : '1'
            // (NANP's trunk 1 standing alone, "I 415 …", is the pronoun as often as a digit.)
            const from = /^(?:\+|\(\+|00)/.test(f)
              ? f.indexOf(c.plan.cc) + c.plan.cc.length
              : c.plan.trunk === '1' && f[0] === '1'
                ? 1
                : 0
            const at: number[] = []
            for (let i = from; i < f.length; i++) if (f[i] === want) at.push(i)
            if (at.length === 0) continue
            const i = at[pick % at.length]!
            const value = `${f.slice(0, i)}${letter}${f.slice(i + 1)}`
            const text = post(value)
            assertMasked(text, value, text.indexOf(value))
          }
        },
      ),
      { numRuns: 300, seed: 8803 },
    )
  })

  it('numbers of the same lengths and layouts that are not phones stay as written', () => {
    const layouts = [...new Set(NUMBERING_PLANS.flatMap((p) => p.groupings.map((g) => g.join(','))))].map(
      (g) => g.split(',').map(Number),
    )
    const NOT_PHONES = [
      (n: string) => `order ${n} still not shipped`,
      (n: string) => `bestelling ${n} nog niet binnen`,
      (n: string) => `Bestellnummer ${n}, Rechnung folgt`,
      (n: string) => `commande ${n} toujours pas livrée`,
      (n: string) => `pedido ${n} sin llegar`,
      (n: string) => `رقم الطلب ${n}`,
      (n: string) => `订单号 ${n} 还没到`,
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...layouts).chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.array(fc.integer({ min: 0, max: 9 }), {
              minLength: g.reduce((a, b) => a + b, 0),
              maxLength: g.reduce((a, b) => a + b, 0),
            }),
            fc.constantFrom(' ', '-'),
            fc.constantFrom(...NOT_PHONES),
          ),
        ),
        ([g, d, sep, post]) => {
          const text = post(grouped(d.join(''), g, sep))
          expect(maskPii(text).text, text).toBe(text)
        },
      ),
      { numRuns: 300, seed: 8804 },
    )
    // Amounts of the same lengths, in thousands as every served locale writes them.
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 99_999_999_999 }),
        fc.constantFrom(' ', '.', ',', '\u00a0', '\u202f'),
        fc.constantFrom(
          (n: string) => `€${n} profit this year`,
          (n: string) => `revenue of ${n} EUR`,
          (n: string) => `${n} € de bénéfice`,
          (n: string) => `beneficio de ${n} euros`,
          (n: string) => `营收 ${n} 元`,
          (n: string) => `أرباح ${n} ريال`,
        ),
        (v, sep, post) => {
          const text = post(String(v).replace(/\B(?=(\d{3})+(?!\d))/g, sep))
          expect(maskPii(text).text, text).toBe(text)
        },
      ),
      { numRuns: 300, seed: 8805 },
    )
    for (const text of [
      'Termin am 06.12.2026 um 14:35 in der Filiale',
      'update to version 10.4.1123 fixed it',
      'app 3.12.0 build 20261206',
      'tracking 1Z999AA10123456784 says delivered',
      'code postal 75008, Paris',
      'CP 28013 Madrid',
      'PLZ 10115 Berlin',
      'mijn postcode is 1012 AB',
      'Q3 net profit 1.234.567.890 euros',
      'the 91 482 reviews and 06 73 replies',
      'IBAN fragment: the bank code is 3704 0044',
      'vuelo IB 3456 a las 17:00, puerta 12',
    ])
      expect(maskPii(text).text, text).toBe(text)
  })
})
