/**
 * A call centre's line told by what the writer says of it (pii-called-line.ts), and a national
 * service number read in the post's language's plans (pii-language-markets.ts), generated from
 * the numbering-plan table in the seven languages, four digit scripts and five separators:
 * - a customer's own mobile stays masked whatever queue or hotline words surround it, whichever
 *   language the post is read in;
 * - a landline given to a person (own words, a relative, "home", a call-back) stays masked with
 *   the same words;
 * - a landline the writer queued on, and a service-range number whose national form is a person's
 *   number in another language's country, stay readable;
 * - that service-range number stays masked when a person's words give it to someone.
 */
import fc from 'fast-check'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { digitString, inScript } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { normaliseForPii } from './pii-normalise.js'
import { NUMBERING_PLANS } from './pii-phone-plan.js'

interface Lang {
  lang: string
  iso: string
  /** A writer who rang the number at `{n}` and queued. */
  queued: readonly string[]
  /** A person's own line, a relative's or a call-back at `{n}`, with the same queue words. */
  personal: readonly string[]
}

const LANGS: readonly Lang[] = [
  {
    lang: 'en',
    iso: 'GB',
    queued: [
      'called {n} and waited 47 minutes',
      'rang {n} twice, on hold for an hour',
      'the line {n} is always engaged',
      '{n} rings out every time',
    ],
    personal: [
      'call me on {n}, I waited 47 minutes on hold with the bank',
      'my number is {n}, on hold for an hour again',
      'called my mum on {n}, busy all day',
      'please call back on {n}, I waited 40 minutes',
      'home {n}, bank line always engaged',
    ],
  },
  {
    lang: 'nl',
    iso: 'NL',
    queued: [
      'Bel maar {n} zeggen ze, wachttijd 38 min',
      'gebeld naar {n}, 40 minuten in de wacht',
      '{n} is steeds bezet',
    ],
    personal: [
      'bel mij op {n}, wachttijd bij de bank 38 min',
      'mijn moeder op {n}, steeds bezet',
      'thuis {n}, de bank is steeds bezet',
    ],
  },
  {
    lang: 'de',
    iso: 'DE',
    queued: [
      'Hotline {n} ständig besetzt',
      'bei {n} angerufen, 40 Minuten Warteschleife',
      'unter {n} geht keiner ran',
    ],
    personal: [
      'ruf mich an unter {n}, die Bank ist ständig besetzt',
      'meine Mutter unter {n}, ständig besetzt',
      'Handy {n}, Warteschleife bei der Bank',
    ],
  },
  {
    lang: 'fr',
    iso: 'FR',
    queued: [
      'Le {n} sonne dans le vide',
      "appelé le {n}, temps d'attente 40 minutes",
      'au {n} personne ne décroche',
    ],
    personal: [
      'appelez-moi au {n}, la banque sonne dans le vide',
      'ma sœur au {n}, personne ne décroche',
      'portable {n}, mis en attente par la banque',
    ],
  },
  {
    lang: 'es',
    iso: 'ES',
    queued: [
      'llamé al {n}, tiempo de espera 40 minutos',
      'el {n} siempre comunicando',
      'en el {n} nadie lo coge',
    ],
    personal: [
      'llámame al {n}, el banco siempre comunicando',
      'mi hermana en el {n}, nadie lo coge',
      'móvil {n}, tiempo de espera del banco 40 minutos',
    ],
  },
  {
    lang: 'zh',
    iso: 'CN',
    queued: ['打了{n}排队半小时', '{n}一直占线', '拨打{n}没人接'],
    personal: ['打给我{n}，银行一直占线', '我妈{n}一直占线', '手机{n}，银行排队半小时'],
  },
  {
    lang: 'ar',
    iso: 'SA',
    queued: ['اتصلت على {n} وانتظرت ساعة', 'الرقم {n} مشغول دائماً', 'اتصلت ب {n} وبقيت في الانتظار'],
    personal: ['اتصل بي على {n} البنك مشغول دائماً', 'أمي على {n} مشغول', 'جوالي {n} وانتظرت البنك ساعة'],
  },
]

const ZEROS = [0x30, 0x660, 0x6f0, 0xff10]
// Not a dot: "612.000.000" is as much an amount in thousands as a dotted mobile.
const SEPS = [' ', '\u00a0', '\u202f', '-']

type Range = (typeof NUMBERING_PLANS)[number]['ranges'][number]

/** A number of `range`, in the plan's first layout of its length, groups joined by `sep`. */
function written(
  iso: string,
  range: Range,
  tail: readonly number[],
  sep: string,
): { digits: string; text: string } {
  const plan = NUMBERING_PLANS.find((p) => p.iso === iso)!
  const nsn = (range.example.slice(0, 3) + tail.join('')).slice(0, range.example.length)
  const digits = (range.bare === true ? '' : plan.trunk) + nsn
  const layout = plan.groupings.find((g) => g.reduce((a, b) => a + b, 0) === digits.length) ?? [digits.length]
  let at = 0
  const groups = layout.map((n) => {
    const g = digits.slice(at, at + n)
    at += n
    return g
  })
  return { digits, text: groups.join(sep) }
}

/** The masked text still shows the number's digits bar the two a phone keeps. */
const shows = (masked: string, digits: string): boolean =>
  normaliseForPii(masked).norm.replace(/\D/g, '').includes(digits.slice(0, -2))

const MOBILES = NUMBERING_PLANS.flatMap((plan) =>
  plan.ranges.filter((r) => r.type === 'mobile').map((range) => ({ iso: plan.iso, range })),
)
const LANDLINES = LANGS.flatMap((lang) =>
  NUMBERING_PLANS.find((p) => p.iso === lang.iso)!
    .ranges.filter((r) => r.type === 'geographic')
    .map((range) => ({ lang, range })),
)

/** A valid fixed line of `iso` that no plan of the table reads as a mobile. */
function landlineOnly(iso: string, digits: string): boolean {
  const p = parsePhoneNumberFromString(digits, iso as Parameters<typeof parsePhoneNumberFromString>[1])
  const mobileSomewhere = MOBILES.some(({ iso: m, range }) => {
    const plan = NUMBERING_PLANS.find((x) => x.iso === m)!
    const nsns = [
      ...(plan.trunk !== '' && digits.startsWith(plan.trunk) ? [digits.slice(plan.trunk.length)] : []),
      ...(range.bare === true ? [digits] : []),
    ]
    return nsns.some((n) => range.lengths.includes(n.length) && range.lead.test(n))
  })
  return p?.isValid() === true && p.getType() === 'FIXED_LINE' && !mobileSomewhere
}

const langOption = fc.constantFrom<string | undefined>(undefined, ...LANGS.map((l) => l.lang))

describe('queue and hotline words never unmask a person’s number', () => {
  it('a mobile of any plan stays masked in every language’s queue words, read in any language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOBILES),
        fc.constantFrom(...LANGS),
        digitString(12),
        fc.nat(),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...SEPS),
        langOption,
        ({ iso, range }, lang, tail, q, zero, sep, read) => {
          const { digits, text: number } = written(iso, range, tail, sep)
          const text = lang.queued[q % lang.queued.length]!.replace('{n}', inScript(number, zero))
          const masked = maskPii(text, { lang: read }).text
          expect(shows(masked, digits), `${read}: ${text} → ${masked}`).toBe(false)
        },
      ),
      { numRuns: 1500, seed: 1601 },
    )
  })

  it('a landline given to a person, a relative, a home or a call-back stays masked beside queue words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANDLINES),
        digitString(12),
        fc.nat(),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...SEPS),
        ({ lang, range }, tail, q, zero, sep) => {
          const { digits, text: number } = written(lang.iso, range, tail, sep)
          const text = lang.personal[q % lang.personal.length]!.replace('{n}', inScript(number, zero))
          const masked = maskPii(text, { lang: lang.lang }).text
          expect(shows(masked, digits), `${text} → ${masked}`).toBe(false)
        },
      ),
      { numRuns: 800, seed: 1602 },
    )
  })
})

describe('a call centre’s line', () => {
  it('stays readable when the writer queued on it, in every language', () => {
    let readable = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...LANDLINES),
        digitString(12),
        fc.nat(),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(' ', '\u00a0', '-'),
        ({ lang, range }, tail, q, zero, sep) => {
          const { digits, text: number } = written(lang.iso, range, tail, sep)
          fc.pre(landlineOnly(lang.iso, digits))
          const text = lang.queued[q % lang.queued.length]!.replace('{n}', inScript(number, zero))
          expect(maskPii(text, { lang: lang.lang }).text, text).toBe(text)
          readable++
        },
      ),
      { numRuns: 400, seed: 1603 },
    )
    expect(readable).toBeGreaterThan(100)
  })
})

/**
 * Service-range numbers whose national form is also a person's number in another language's
 * country (Ofcom 03 and a German area code, ACM 0800 + 4 digits and a Lebanese landline, BNetzA
 * 0180 and an Austrian line, ARCEP 081x, BIPT 078, CST 9200 and a Spanish landline).
 */
const COLLIDING: readonly { lang: string; nsn: string; trunk: string; layout: readonly number[] }[] = [
  { lang: 'en', trunk: '0', nsn: '3450000000', layout: [4, 3, 4] },
  { lang: 'en', trunk: '0', nsn: '3000000000', layout: [4, 3, 4] },
  { lang: 'en', trunk: '0', nsn: '3700000000', layout: [4, 3, 4] },
  { lang: 'nl', trunk: '0', nsn: '8000000', layout: [4, 4] },
  { lang: 'nl', trunk: '0', nsn: '880000000', layout: [3, 3, 4] },
  { lang: 'de', trunk: '0', nsn: '1805000000', layout: [4, 1, 6] },
  { lang: 'fr', trunk: '0', nsn: '810000000', layout: [2, 2, 2, 2, 2] },
  { lang: 'fr', trunk: '0', nsn: '78000000', layout: [3, 2, 2, 2] },
  { lang: 'nl', trunk: '0', nsn: '78000000', layout: [3, 2, 2, 2] },
  { lang: 'ar', trunk: '', nsn: '920000000', layout: [4, 5] },
]

/** `c`'s number with `tail` written over its last digits, grouped by its layout with `sep`. */
function collidingNumber(c: (typeof COLLIDING)[number], tail: readonly number[], sep: string): string {
  const keep = c.nsn.length - 4
  const digits = c.trunk + c.nsn.slice(0, keep) + tail.slice(0, 4).join('')
  let at = 0
  return c.layout
    .map((n) => {
      const g = digits.slice(at, at + n)
      at += n
      return g
    })
    .join(sep)
}

const SAYS: Readonly<Record<string, { plain: readonly string[]; personal: readonly string[] }>> = {
  en: {
    plain: ['called {n} yesterday', 'rang {n} twice', 'the number was {n}'],
    personal: ['call me on {n}', 'my number is {n}', 'mobile {n}'],
  },
  nl: { plain: ['gebeld naar {n}', 'bel {n} voor info'], personal: ['bel mij op {n}', 'mijn nummer is {n}'] },
  de: { plain: ['{n} angerufen', 'ruf {n} an'], personal: ['ruf mich an unter {n}', 'meine Nummer ist {n}'] },
  fr: {
    plain: ['appelé le {n}', 'composez le {n}'],
    personal: ['appelez-moi au {n}', 'mon numéro est le {n}'],
  },
  ar: { plain: ['اتصلت على {n}', 'الرقم {n}'], personal: ['اتصل بي على {n}', 'رقمي {n}'] },
}

describe('a national service number read in the post’s language', () => {
  it('stays readable where the language’s plans hold it for businesses only', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COLLIDING),
        digitString(4),
        fc.nat(),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(' ', '\u00a0', '-', '.'),
        (c, tail, s, zero, sep) => {
          const says = SAYS[c.lang]!.plain
          const text = says[s % says.length]!.replace('{n}', inScript(collidingNumber(c, tail, sep), zero))
          expect(maskPii(text, { lang: c.lang }).text, text).toBe(text)
        },
      ),
      { numRuns: 400, seed: 1604 },
    )
  })

  it('stays masked when a person’s words give it to someone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COLLIDING),
        digitString(4),
        fc.nat(),
        fc.constantFrom(...ZEROS),
        (c, tail, s, zero) => {
          const number = collidingNumber(c, tail, ' ')
          const digits = number.replace(/\D/g, '')
          const personal = SAYS[c.lang]!.personal
          const text = personal[s % personal.length]!.replace('{n}', inScript(number, zero))
          const masked = maskPii(text, { lang: c.lang }).text
          expect(shows(masked, digits), `${text} → ${masked}`).toBe(false)
        },
      ),
      { numRuns: 300, seed: 1605 },
    )
  })
})
