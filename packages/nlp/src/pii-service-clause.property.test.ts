/**
 * Who owns the number, read from the clause (pii-service-clause.ts), generated in the seven
 * languages from the numbering-plan table: a customer's own number ("my number is", "call me on",
 * "bel mij op", "ruf mich an", "appelez-moi", "llámame", "打给我", "اتصل بي") stays masked whatever
 * hotline words stand before it, after it or both; a landline or non-geographic line the clause
 * gives as customer service's or the bank's stays readable; a mobile never does.
 */
import fc from 'fast-check'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { digitString, inScript } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { NUMBERING_PLANS } from './pii-phone-plan.js'

interface Lang {
  iso: string
  /** A customer giving their own number, the number at `{n}`. */
  own: readonly string[]
  /** Hotline words around it, as a bank's post or a customer's would put them. */
  hotline: readonly string[]
  /** The service giving its line, the number at `{n}`. */
  service: readonly string[]
}

const LANGS: readonly Lang[] = [
  {
    iso: 'GB',
    own: [
      'my number is {n}',
      'call me on {n}',
      'my landline {n}',
      'you can reach me on {n}',
      'text me at {n}',
    ],
    hotline: ['Customer service said', 'the hotline is useless', 'call us, the helpline', 'Lotus Bank:'],
    service: ['Customer service: {n}', 'call us on {n}', 'our helpline {n} is open 24/7', 'Lotus Bank: {n}'],
  },
  {
    iso: 'NL',
    own: ['mijn nummer is {n}', 'bel mij op {n}', 'bel me terug op {n}', 'mijn vaste nummer {n}'],
    hotline: ['De klantenservice zegt', 'klantenservice, bel ons', 'hulplijn:'],
    service: ['Klantenservice: {n}', 'bel ons op {n}', 'vanuit het buitenland {n}'],
  },
  {
    iso: 'DE',
    own: [
      'meine Nummer ist {n}',
      'ruf mich an unter {n}',
      'erreichen Sie mich unter {n}',
      'mein Festnetz {n}',
    ],
    hotline: ['Der Kundenservice sagt', 'Kundenservice-Hotline:', 'rufen Sie uns an,'],
    service: ['Kundenservice: {n}', 'Servicenummer {n}', 'aus dem Ausland {n}'],
  },
  {
    iso: 'FR',
    own: ['mon numéro est le {n}', 'appelez-moi au {n}', 'rappelez-moi au {n}', 'mon fixe {n}'],
    hotline: ['Le service client dit', 'service client :', 'contactez-nous,'],
    service: ['Service client au {n}', 'contactez-nous au {n}', "depuis l'étranger {n}"],
  },
  {
    iso: 'ES',
    own: ['mi número es {n}', 'llámame al {n}', 'mi fijo {n}', 'contáctame en el {n}'],
    hotline: ['Atención al cliente dice', 'atención al cliente:', 'llámenos,'],
    service: ['Atención al cliente {n}', 'llámenos al {n}', 'desde el extranjero {n}'],
  },
  {
    iso: 'CN',
    own: ['我的电话是{n}', '打给我{n}', '我的手机号{n}', '请联系我{n}'],
    hotline: ['客服说', '客服热线：', '银行'],
    service: ['客服热线：{n}', '境外请拨{n}', '银行电话{n}'],
  },
  {
    iso: 'SA',
    own: ['رقمي {n}', 'اتصل بي على {n}', 'كلمني على {n}', 'جوالي {n}'],
    hotline: ['خدمة العملاء قالت', 'خدمة العملاء:', 'البنك'],
    service: ['خدمة العملاء {n}', 'من خارج المملكة {n}', 'اتصل بنا على {n}'],
  },
]

type Range = (typeof NUMBERING_PLANS)[number]['ranges'][number]

/** A number of `range`, written in the plan's first layout of its length. */
function written(iso: string, range: Range, tail: readonly number[]): { digits: string; text: string } {
  const plan = NUMBERING_PLANS.find((p) => p.iso === iso)!
  const nsn = (range.example.slice(0, 3) + tail.join('')).slice(0, range.example.length)
  const digits = (range.bare === true ? '' : plan.trunk) + nsn
  const layout = plan.groupings.find((g) => g.reduce((a, b) => a + b, 0) === digits.length) ?? [digits.length]
  let at = 0
  const text = layout
    .map((n) => {
      const g = digits.slice(at, at + n)
      at += n
      return g
    })
    .join(' ')
  return { digits, text }
}

const rangesOf = (iso: string, type: 'mobile' | 'geographic'): Range[] =>
  NUMBERING_PLANS.find((p) => p.iso === iso)!.ranges.filter((r) => r.type === type)

/** Digits of a masked post: the number's first digits (all but the two a phone keeps) must be gone. */
const shows = (masked: string, digits: string): boolean =>
  masked.replace(/\D/g, '').includes(digits.slice(0, -2))

const CASES = LANGS.flatMap((lang) =>
  (['mobile', 'geographic'] as const).flatMap((type) =>
    rangesOf(lang.iso, type).map((range) => ({ lang, range })),
  ),
)

describe("a customer's own number", () => {
  it('stays masked in every language whatever hotline words stand before, after or around it', () => {
    expect(new Set(CASES.map((c) => c.lang.iso)).size).toBe(LANGS.length)
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        digitString(12),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(0x30, 0x660, 0xff10),
        fc.constantFrom('before', 'after', 'both', 'between'),
        ({ lang, range }, tail, o, h, zero, where) => {
          const { digits, text: number } = written(lang.iso, range, tail)
          const own = lang.own[o % lang.own.length]!.replace('{n}', inScript(number, zero))
          const words = lang.hotline[h % lang.hotline.length]!
          const text =
            where === 'before'
              ? `${words} ${own}`
              : where === 'after'
                ? `${own} ${words}`
                : where === 'both'
                  ? `${words} ${own}, ${words}`
                  : // the hotline words between the owner and the number
                    own.replace(inScript(number, zero), `${words} ${inScript(number, zero)}`)
          const masked = maskPii(text).text
          const ascii = masked.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660))
          const wide = ascii.replace(/[\uff10-\uff19]/g, (c) => String(c.charCodeAt(0) - 0xff10))
          expect(shows(wide, digits), `${text} → ${masked}`).toBe(false)
        },
      ),
      { numRuns: 1500, seed: 1501 },
    )
  })
})

/**
 * A landline of `iso` that libphonenumber reads as a valid fixed line there and that no plan of
 * the table reads as a mobile written at home (a Beijing "010 6000 0000" is an Egyptian mobile's
 * shape: never unmasked by words, pii-service-clause.ts).
 */
const validLandline = (iso: string, digits: string): boolean => {
  const p = parsePhoneNumberFromString(digits, iso as Parameters<typeof parsePhoneNumberFromString>[1])
  const mobileElsewhere = NUMBERING_PLANS.some((plan) =>
    plan.ranges.some((r) => {
      if (r.type !== 'mobile') return false
      const nsns = [
        ...(plan.trunk !== '' && digits.startsWith(plan.trunk) ? [digits.slice(plan.trunk.length)] : []),
        ...(r.bare === true ? [digits] : []),
      ]
      return nsns.some((n) => r.lengths.includes(n.length) && r.lead.test(n))
    }),
  )
  return p?.isValid() === true && p.getType() === 'FIXED_LINE' && !mobileElsewhere
}

describe('a line the clause gives as the business’s', () => {
  it('stays readable when it is a landline, in every language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES.filter((c) => c.range.type === 'geographic')),
        digitString(12),
        fc.nat(),
        ({ lang, range }, tail, s) => {
          const { digits, text: number } = written(lang.iso, range, tail)
          fc.pre(validLandline(lang.iso, digits))
          const text = lang.service[s % lang.service.length]!.replace('{n}', number)
          expect(maskPii(text).text, text).toBe(text)
        },
      ),
      { numRuns: 400, seed: 1502 },
    )
  })

  it('is masked all the same when it is a mobile', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES.filter((c) => c.range.type === 'mobile')),
        digitString(12),
        fc.nat(),
        ({ lang, range }, tail, s) => {
          const { digits, text: number } = written(lang.iso, range, tail)
          const text = lang.service[s % lang.service.length]!.replace('{n}', number)
          const masked = maskPii(text).text
          expect(shows(masked, digits), `${text} → ${masked}`).toBe(false)
        },
      ),
      { numRuns: 400, seed: 1503 },
    )
  })

  it('UK non-geographic 03 lines after customer service words, masked after a customer’s words', () => {
    for (const n of ['0345 300 0000', '0370 010 0000', '0300 123 4567']) {
      for (const text of [
        `Customer service: ${n}`,
        `call us on ${n}`,
        `I called customer service on ${n} twice`,
      ])
        expect(maskPii(text).text, text).toBe(text)
      for (const text of [
        `call me on ${n}`,
        `customer service, my number is ${n}`,
        `customer service called me on ${n}`,
      ])
        expect(maskPii(text).text, text).not.toBe(text)
    }
  })
})
