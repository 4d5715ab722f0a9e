/**
 * Values read whole whatever their grouping (pii-loose.ts), by CLASS: every card issuer range
 * (ISO/IEC 7812) and every served country's phone numbers (libphonenumber's metadata, the
 * regulators' plans), each cut into groups of any sizes, joined by any separator (one kind or
 * mixed), in any digit script, at any place of a post in seven languages; and the ordinary
 * numbers the same pass must leave alone (dates, times, amounts, counts, order numbers).
 */
import fc from 'fast-check'
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' }
import { getExampleNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { ibanOf, inScript, luhnComplete, SEPS, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { readable } from '../test-fixtures/pii-hunt.js'
import { MAX_PII_SCAN_CHARS, maskPii } from './pii.js'
import { cardSchemeValid } from './pii-checks.js'

/** Separators between groups: every space, break and dash kind, and the marks apps and people add. */
const JOINS = [...SEPS, ' | ', '|', ' / ', '/', '_', '*', '  ', ' - ']

// Issuer ranges and lengths (ISO/IEC 7812; the schemes' published ranges).
const ISSUERS: readonly (readonly [string, readonly number[]])[] = [
  ['4', [13, 16, 19]],
  ['51', [16]],
  ['55', [16]],
  ['2221', [16]],
  ['2720', [16]],
  ['34', [15]],
  ['37', [15]],
  ['6011', [16, 19]],
  ['65', [16]],
  ['3528', [16]],
  ['3589', [16, 19]],
  ['62', [16, 17, 18, 19]],
  ['36', [14]],
  ['67', [13, 15, 19]],
  ['2200', [16]],
  ['2204', [19]],
  ['9792', [16]],
]

const card = fc
  .tuple(
    fc.constantFrom(...ISSUERS),
    fc.nat(),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 18, maxLength: 18 }),
  )
  .map(([[lead, lengths], k, body]) => {
    const n = lengths[k % lengths.length]!
    return luhnComplete([...lead].map(Number).concat(body.slice(0, n - lead.length - 1)))
  })

/** `d` cut into groups of 1–6 digits (at least two groups), joined by one separator or a mix. */
const grouped = (d: string) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 19 }),
      fc.array(fc.constantFrom(...JOINS), { minLength: 18, maxLength: 18 }),
      fc.boolean(),
    )
    .map(([sizes, joins, mixed]) => {
      const groups: string[] = []
      let at = 0
      for (const s of sizes) {
        if (at >= d.length) break
        groups.push(d.slice(at, at + s))
        at += s
      }
      if (at < d.length) groups.push(d.slice(at))
      if (groups.length < 2) groups.splice(0, 1, d.slice(0, 1), d.slice(1))
      return groups.reduce((acc, g, i) => (i === 0 ? g : acc + (mixed ? joins[i]! : joins[0]!) + g), '')
    })

const PROSE = [
  'Still waiting for the refund, this is ridiculous.',
  'Waarom duurt dit zo lang?',
  'Ich warte seit drei Tagen auf eine Antwort.',
  "Personne ne répond à l'agence depuis lundi.",
  'Nadie me contesta desde el lunes.',
  'لا أحد يرد منذ يومين',
  '等了三天还没有回复',
]
const CARD_WORDS = [
  'my card',
  'mijn pas',
  'meine Karte',
  'ma carte bancaire',
  'mi tarjeta',
  'بطاقتي رقم',
  '我的卡号是',
]
const PHONE_WORDS = [
  'call me on',
  'my number is',
  'text me at',
  'bel me op',
  'ruf mich an unter',
  'meine Handynummer lautet',
  'appelez-moi au',
  'mon portable :',
  'llámame al',
  'mi móvil es el',
  'اتصل بي على',
  'رقم جوالي',
  '打我电话',
  '我的手机号是',
  '有事打',
  '请拨',
]

/** `value` in a post: with a cue word or none, at its start, middle or end. */
const inPost = (value: fc.Arbitrary<string>, words: readonly string[], cue: boolean) =>
  fc
    .tuple(value, fc.constantFrom(...words), fc.constantFrom(...PROSE), fc.constantFrom(...PROSE), fc.nat(2))
    .map(([v, w, a, b, place]) => {
      const said = cue ? `${w} ${v}` : v
      return place === 0 ? `${said} ${a}` : place === 1 ? `${a} ${said}. ${b}` : `${a} ${b} ${said}`
    })

const script = fc.constantFrom(...ZEROS)

describe('values in a grouping of their own, read whole (pii-loose)', () => {
  it('a card of any issuer range, any grouping, separator and script, with no card word: never readable', () => {
    fc.assert(
      fc.property(
        card.chain((d) => fc.tuple(fc.constant(d), inPost(grouped(d), CARD_WORDS, false), script)),
        ([d, post, zero]) => {
          // Without a card word, groups that read as a date with a two-digit year ("8-9-43") or a
          // count in thousands ("36,499,366") make the value a list: left to the run finders.
          fc.pre(
            !/(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d\d(?![\d]|[./-]\d)|\d,\d{3}(?!\d)/.test(
              post.replace(/\p{Pd}/gu, '-').replace(/·/g, '.'),
            ),
          )
          const text = inScript(post, zero)
          expect(readable(maskPii(text).text)).not.toContain(d)
        },
      ),
      { numRuns: 600, seed: 1801 },
    )
  })

  it('a card after a card word in any of the seven languages: never readable, reported as a card', () => {
    fc.assert(
      fc.property(
        card.chain((d) => fc.tuple(fc.constant(d), inPost(grouped(d), CARD_WORDS, true), script)),
        ([d, post, zero]) => {
          const r = maskPii(inScript(post, zero))
          expect(readable(r.text)).not.toContain(d)
          expect(r.kinds).toContain('card')
        },
      ),
      { numRuns: 600, seed: 1802 },
    )
  })

  const COUNTRIES = 'GB NL DE FR ES BE CH AT CN HK TW SG SA AE EG MA JO KW QA MX AR CO CL US CA'.split(' ')
  /** A valid mobile number of `cc`: its example with the last digits drawn. */
  const phone = fc
    .tuple(
      fc.constantFrom(...COUNTRIES),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }),
    )
    .map(([cc, tail]) => {
      const nsn = getExampleNumber(cc as 'GB', examples)!.nationalNumber
      const drawn = nsn.slice(0, -4) + tail.join('')
      const p = parsePhoneNumberWithError(drawn, cc as 'GB')
      return p.isValid() ? p : getExampleNumber(cc as 'GB', examples)!
    })

  it("a phone number of every served country after a phone word, in the country's or any grouping: never readable", () => {
    fc.assert(
      fc.property(
        phone.chain((p) => {
          const national = p.formatNational().replace(/\D/g, '')
          return fc.tuple(
            fc.constant(p.nationalNumber as string),
            inPost(fc.oneof(fc.constant(p.formatNational()), grouped(national)), PHONE_WORDS, true),
            script,
          )
        }),
        ([nsn, post, zero]) => {
          const r = maskPii(inScript(post, zero))
          expect(readable(r.text)).not.toContain(nsn)
          expect(r.kinds).toContain('phone')
        },
      ),
      { numRuns: 800, seed: 1803 },
    )
  })

  const ACCOUNT_WORDS = [
    'account number',
    'my acct no.',
    'rekeningnummer',
    'mijn rekening',
    'Kontonummer',
    'Kto.-Nr.',
    'numéro de compte',
    'n° de compte',
    'número de cuenta',
    'cuenta',
    'رقم حسابي',
    'رقم الحساب',
    '账号',
    '银行账户',
  ]
  const account = fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 11 }),
    )
    .map(([first, rest]) => `${first}${rest.join('')}`)

  it('an account number right after its word in any served language, in any grouping: never readable', () => {
    fc.assert(
      fc.property(
        account.chain((d) =>
          fc.tuple(
            fc.constant(d),
            grouped(d),
            fc.constantFrom(...ACCOUNT_WORDS),
            fc.constantFrom(...PROSE),
            script,
          ),
        ),
        ([d, v, word, prose, zero]) => {
          const text = inScript(`${prose} ${word} ${v}. ${prose}`, zero)
          expect(readable(maskPii(text).text)).not.toContain(d)
        },
      ),
      { numRuns: 600, seed: 1806 },
    )
  })

  const IBAN_COUNTRIES = [
    'NL',
    'DE',
    'FR',
    'ES',
    'BE',
    'GB',
    'CH',
    'AT',
    'SA',
    'AE',
    'EG',
    'JO',
    'KW',
    'QA',
    'BR',
    'JE',
  ]
  const LENGTHS: Record<string, number> = {
    NL: 18,
    DE: 22,
    FR: 27,
    ES: 24,
    BE: 16,
    GB: 22,
    CH: 21,
    AT: 20,
    SA: 24,
    AE: 23,
    EG: 29,
    JO: 30,
    KW: 30,
    QA: 29,
    BR: 29,
    JE: 22,
  }

  it('an IBAN whose country or check digits stand apart by any joiner (capitals or after "IBAN"): never readable', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IBAN_COUNTRIES),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 26, maxLength: 26 }),
        fc.constantFrom(...JOINS),
        fc.constantFrom(...PROSE),
        (cc, body, join, prose) => {
          const iban = ibanOf(cc, body.slice(0, LENGTHS[cc]! - 4).join(''))
          // The country apart from its check digits, or the check digits split by a group boundary.
          const shown =
            body[0]! < 5
              ? `${iban.slice(0, 2)}${join}${iban.slice(2, 4)}${join}${iban.slice(4).replace(/(.{4})(?=.)/g, `$1${join}`)}`
              : `${iban.slice(0, 3)}${join}${iban.slice(3).replace(/(.{5})(?=.)/g, `$1${join}`)}`
          const r = maskPii(`${prose} IBAN: ${shown}. ${prose}`)
          expect(readable(r.text)).not.toContain(iban.slice(4).toLowerCase())
          expect(r.kinds).toContain('iban')
        },
      ),
      { numRuns: 400, seed: 1807 },
    )
  })

  // Ordinary numbers of every shape the pass reads: nothing of them may be masked.
  const two = (n: number) => String(n).padStart(2, '0')
  const date = fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1990, max: 2030 }),
      fc.constantFrom('.', '/', '-'),
      fc.boolean(),
    )
    .map(([d, m, y, s, dayFirst]) =>
      dayFirst ? `${two(d)}${s}${two(m)}${s}${y}` : `${y}${s}${two(m)}${s}${two(d)}`,
    )
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${two(h)}:${two(m)}`)
  const thousands = fc
    .tuple(
      fc.integer({ min: 1, max: 999 }),
      fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 4 }),
      fc.constantFrom('.', ','),
    )
    .map(([h, rest, s]) => [String(h), ...rest.map((x) => String(x).padStart(3, '0'))].join(s))
  const ordinary = fc.oneof(
    fc.tuple(date, time).map(([d, t]) => `Termin am ${d} um ${t}, dann ${d} ${t} nochmal.`),
    fc.tuple(date, date).map(([a, b]) => `Del ${a} al ${b} sin respuesta.`),
    thousands.map((t) => `${t} views and counting`),
    thousands.map((t) => `Il y a ${t} clients touchés.`),
    thousands.map((t) => `€ ${t},50 afgeschreven`),
    thousands.map((t) => `they took ${t} USD from the account`),
    fc
      .tuple(card, fc.constantFrom('order', 'ref', 'Bestellnummer', 'pedido', '订单号', 'رقم الطلب'))
      .map(([d, w]) => `${w} ${d.replace(/(\d{4})/g, '$1 ')}`.trim()),
    fc.tuple(date, time).map(([d, t]) => `I called them on ${d} at ${t} and again the next day.`),
    // 打 is "call" right before a number, and also "pay" or "give a discount" (pii17's worry).
    fc
      .integer({ min: 1000000, max: 99999999 })
      .map((x) => `每月打${x}日元给他，全场打8折`),
    fc
      .tuple(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 10, max: 12 }),
        fc.integer({ min: 10, max: 28 }),
      )
      .map(([y, m, d]) => `打${y}${m}${d}号的单子，还要打5000块给他`),
  )

  it('ordinary numbers (dates, times, amounts, counts, order numbers) stay, even beside a phone word', () => {
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(maskPii(text).text).toBe(text)
      }),
      { numRuns: 600, seed: 1804 },
    )
  })

  it('a card or a phone number read whole at the end of a post of the longest length scanned', () => {
    const filler = `${PROSE.join(' ')} Termin 06.12.2026 14:35, 1.204 views. `
    fc.assert(
      fc.property(
        card.chain((d) => fc.tuple(fc.constant(d), grouped(d))),
        phone.chain((p) =>
          fc.tuple(fc.constant(p.nationalNumber as string), grouped(p.formatNational().replace(/\D/g, ''))),
        ),
        ([d, cardShown], [nsn, phoneShown]) => {
          const tail = ` ${cardShown} … call me on ${phoneShown}`
          const text = filler.repeat(Math.floor((MAX_PII_SCAN_CHARS - tail.length) / filler.length)) + tail
          const masked = readable(maskPii(text).text)
          expect(masked).not.toContain(d)
          expect(masked).not.toContain(nsn)
        },
      ),
      { numRuns: 15, seed: 1808 },
    )
  })

  it('the issuer table is the one the finder checks (every generated card is in a range)', () => {
    fc.assert(
      fc.property(card, (d) => {
        expect(cardSchemeValid(d)).toBe(true)
      }),
      { numRuns: 200, seed: 1805 },
    )
  })
})
