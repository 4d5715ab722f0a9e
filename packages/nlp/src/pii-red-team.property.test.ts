/**
 * Property-based tests of the format classes the red-team set (data/fresh/pii-fresh-3.mjs) found
 * readable or over-masked on the build before it: groups joined by a slash, a space-dash before
 * a bracket, cards of every issuer range in fours with a short last group (17-digit UnionPay
 * 4-4-4-4-1, mada's 9682 BINs), a sort code, a slash and the account, Mexican 2-4-4 numbers,
 * codes several words after the code word, a spelled-out address; and the ordinary numbers it
 * masked: a mod-97-failing IBAN with a bank code, a date with its hour, a part number, a
 * French postcode after "code postal". Every digit script, digits mixed within one number.
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

/** ASCII and Arabic-Indic digits alternating within one number (MIXED), or one script. */
const MIXED = -1
const SCRIPTS = [...ZEROS, MIXED]
function write(s: string, zero: number): string {
  if (zero !== MIXED) return inScript(s, zero)
  let i = 0
  return s.replace(/\d/g, (d) => String.fromCodePoint((i++ % 2 ? 0x660 : 0x30) + Number(d)))
}
const SEPS_SLASH = [...COMMON_SEPS, '/', ' / ']

function withLuhn(prefix: string, body: number[], n: number): string {
  const s = (prefix + body.join('')).slice(0, n - 1)
  for (let c = 0; c < 10; c++) if (luhnValid(s + c)) return s + c
  throw new Error('unreachable')
}
function mod97(s: string): number {
  let r = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
function iban(cc: string, bban: string): string {
  return cc + String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0') + bban
}

// Issuer prefix and length: Visa 13/16/19, Mastercard 5x and 2-series, Discover, JCB, UnionPay
// 16–19, Maestro 12–19, mada 9682.
const ISSUERS: [string, number][] = [
  ['4', 13],
  ['4', 16],
  ['4', 19],
  ['53', 16],
  ['2221', 16],
  ['2720', 16],
  ['6011', 16],
  ['65', 19],
  ['3530', 16],
  ['62', 16],
  ['62', 17],
  ['62', 18],
  ['62', 19],
  ['6759', 12],
  ['5018', 15],
  ['9682', 16],
]

describe('red-team formats, property-based', () => {
  it('a card of every issuer range, grouped in fours (any last group), never survives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ISSUERS),
        digitString(18),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(...SEPS_SLASH),
        fc.constantFrom('card', 'my visa', 'pas', 'Karte', 'tarjeta', 'بطاقتي', '卡号', ''),
        ([prefix, n], body, zero, sep, lead) => {
          const v = withLuhn(prefix, body, n)
          const text = `${lead} ${write(v.match(/.{1,4}/g)!.join(sep), zero)} blocked since monday`
          const r = maskPii(text)
          expect(compact(r.text).includes(v), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('card')
        },
      ),
      { numRuns: 800, seed: 41 },
    )
  })

  it('an IBAN written with slashes or odd spacing, any case, never survives', () => {
    const shapes: [string, () => fc.Arbitrary<string>][] = [
      [
        'NL',
        () =>
          fc.tuple(fc.constantFrom('ABNA', 'INGB', 'RABO'), digitString(10)).map(([b, d]) => b + d.join('')),
      ],
      ['DE', () => digitString(18).map((d) => d.join(''))],
      ['SA', () => digitString(20).map((d) => `80${d.join('').slice(2)}`)],
      ['AE', () => digitString(19).map((d) => d.join(''))],
      ['KW', () => digitString(22).map((d) => `NBOK${d.join('')}`)],
      ['NO', () => digitString(11).map((d) => d.join(''))],
      ['ES', () => digitString(20).map((d) => d.join(''))],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes).chain(([cc, bban]) => bban().map((b) => iban(cc, b))),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom('/', ' / ', '  ', '\u202f', ' - ', '.'),
        fc.boolean(),
        (v, zero, sep, lower) => {
          const shown = write((lower ? v.toLowerCase() : v).match(/.{1,4}/g)!.join(sep), zero)
          const r = maskPii(`IBAN ${shown} for the refund please`)
          expect(compact(r.text).includes(v.toLowerCase()), `${shown} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('iban')
        },
      ),
      { numRuns: 500, seed: 42 },
    )
  })

  it('a sort code, a slash and the account: both masked, in any script', () => {
    fc.assert(
      fc.property(
        digitString(6),
        digitString(8),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(' ', '-', '\u00a0', '\n', '.', '/'),
        fc.constantFrom(' / ', '/', '  /  '),
        fc.constantFrom('paid into', 'my details are', 'transfer to', ''),
        (sc, acc, zero, sep, slash, lead) => {
          const s = sc.join('')
          const a = acc.join('')
          // "01/13/00 / 12345678": a sort code that reads as a date, written with a date's
          // separators, is told apart only by "sort code" (covered by pii.property.test.ts).
          const [x, y] = [Number(s.slice(0, 2)), Number(s.slice(2, 4))]
          const dateLike = x >= 1 && y >= 1 && ((x <= 31 && y <= 12) || (x <= 12 && y <= 31))
          fc.pre(!(dateLike && ['-', '.', '/'].includes(sep)))
          const text = `${lead} ${write(s.match(/.{2}/g)!.join(sep) + slash + a, zero)} on friday`
          const r = maskPii(text)
          const c = compact(r.text)
          expect(c.includes(a) || c.includes(s), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('uk_account')
        },
      ),
      { numRuns: 400, seed: 43 },
    )
  })

  it('phones with a slash, a space-dash before a bracket, Mexican 2-4-4: never survive', () => {
    const forms = [
      (d: string[]) =>
        `+1 - (${d.slice(0, 3).join('').replace(/^[01]/, '4')}) - 555-${d.slice(3, 7).join('')}`,
      (d: string[]) => `030/${d.slice(0, 8).join('')}`,
      (d: string[]) => `0470/${d.slice(0, 2).join('')}.${d.slice(2, 4).join('')}.${d.slice(4, 6).join('')}`,
      (d: string[]) => `55 ${d.slice(0, 4).join('')} ${d.slice(4, 8).join('')}`,
      (d: string[]) => `+852/9${d.slice(0, 3).join('')}/${d.slice(3, 7).join('')}`,
      (d: string[]) => `+31/6/${d.slice(0, 4).join('')}/${d.slice(4, 8).join('')}`,
      (d: string[]) => `+20-10-${d.slice(0, 4).join('')}-${d.slice(4, 8).join('')}`,
      (d: string[]) =>
        `06.${d.slice(0, 2).join('')}.${d.slice(2, 4).join('')}.${d.slice(4, 6).join('')}.${d.slice(6, 8).join('')}`,
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        digitString(8).map((d) => d.map(String)),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom('o al', 'ou', 'oder', 'or', 'of', 'أو', '或者'),
        (form, d, zero, lead) => {
          const v = form(d)
          const text = `${lead} ${write(v, zero)} after six`
          const r = maskPii(text)
          const digits = v.replace(/\D/g, '')
          expect(compact(r.text).includes(digits), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('phone')
        },
      ),
      { numRuns: 600, seed: 44 },
    )
  })

  it('a code several words after the code word, or grouped with slashes, never survives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'el código de verificación que me llegó por SMS es',
          'the verification code they sent me by text was',
          'de verificatiecode die ik net kreeg was',
          'der Bestätigungscode, den ich bekommen habe, ist',
          'code de vérification :',
          'my OTP is',
        ),
        digitString(6),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(' ', '/', '', '  ', '.'),
        (lead, d, zero, sep) => {
          const v = d.join('')
          const shown = sep === '/' ? `${v.slice(0, 3)}/${v.slice(3)}` : d.join(sep)
          const text = `${lead} ${write(shown, zero)} y no funciona`
          const r = maskPii(text)
          expect(compact(r.text).includes(v), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('otp')
        },
      ),
      { numRuns: 400, seed: 45 },
    )
  })

  it('an address spelled "name at host dot tld" is masked; "look at this dot com bubble" is not', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2,8}$/),
        fc.constantFrom('.', '_', '+', '1', '.k'),
        fc.stringMatching(/^[a-z]{3,10}$/),
        fc.constantFrom('com', 'nl', 'co dot uk', 'de', 'fr'),
        (name, mark, host, tld) => {
          const addr = `${name}${mark} at ${host} dot ${tld}`
          const r = maskPii(`you can reach me at ${addr}, no calls`)
          expect(r.kinds, r.text).toContain('email')
          expect(new RegExp(`\\b${host}\\b`).test(r.text), r.text).toBe(false)
        },
      ),
      { numRuns: 200, seed: 46 },
    )
    for (const t of ['look at this dot com bubble', 'we met at home dot com was down', 'point at the map'])
      expect(maskPii(t).text).toBe(t)
  })

  it('ordinary numbers stay: a failing IBAN with a bank code, a date and hour, a part number, a postcode', () => {
    fc.assert(
      fc.property(
        digitString(10),
        fc.constantFrom(...SCRIPTS),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 23 }),
        digitString(5),
        (d, zero, day, month, hour, pc) => {
          const good = iban('NL', `ABNA${d.join('')}`)
          const badCheck = String((Number(good.slice(2, 4)) + 1) % 100).padStart(2, '0')
          const bad = `NL${badCheck} ABNA ${d.slice(0, 4).join('')} ${d.slice(4, 8).join('')} ${d.slice(8).join('')}`
          const date = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2026 ${String(hour).padStart(2, '0')}:35`
          const part = `0612-${d.slice(0, 3).join('')}-${d.slice(3, 6).join('')}`
          const texts = [
            `de IBAN uit de phishingmail ${write(bad, zero)} is nep, niet overmaken`,
            `Termin ${write(date, zero)} in der Filiale`,
            `part number ${write(part, zero)} for the card reader`,
            `code postal ${write(`7${pc.join('').slice(1)}`, zero)} Paris`,
          ]
          for (const t of texts) expect(maskPii(t).text, t).toBe(t)
        },
      ),
      { numRuns: 300, seed: 47 },
    )
  })
})

// Set 4 (data/fresh/pii-fresh-4.mjs), scored once after set 3's fixes, leaked these.
describe('set-4 formats, property-based', () => {
  it('a password after "pass:" or "clave", an address with a Chinese domain: masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('login pass:', 'pass =', 'mi clave es', 'clave:', 'la clave nueva es'),
        fc.stringMatching(/^[A-Za-z]{3,8}$/),
        fc.constantFrom('#', '$', '!', '_'),
        digitString(4),
        fc.constantFrom(...SCRIPTS),
        (lead, word, sym, d, zero) => {
          const secret = `${word}${sym}${d.join('')}`
          const text = `${lead} ${write(secret, zero)} y ya no entro`
          const r = maskPii(text)
          expect(compact(r.text).includes(compact(secret)), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('password')
        },
      ),
      { numRuns: 300, seed: 48 },
    )
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2,8}$/),
        fc.constantFrom('例子.公司', '银行.中国', '例え.テスト', '示例.网络'),
        (name, domain) => {
          const r = maskPii(`我的邮箱 ${name}@${domain} 收不到验证邮件`)
          expect(r.text, r.text).not.toContain(domain)
          expect(r.kinds).toContain('email')
        },
      ),
      { numRuns: 100, seed: 49 },
    )
  })

  it('a French RIB (5-5-11-2) and a Mexican CLABE after their words: masked whole but the last four', () => {
    fc.assert(
      fc.property(
        digitString(23),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(...COMMON_SEPS),
        fc.boolean(),
        (d, zero, sep, rib) => {
          const v = d.join('')
          const shown = rib
            ? `RIB : ${[v.slice(0, 5), v.slice(5, 10), v.slice(10, 21), v.slice(21)].join(sep)}`
            : `cuenta CLABE ${v.slice(0, 18)}`
          const r = maskPii(`${write(shown, zero)} para el reembolso`)
          const digits = compact(r.text).replace(/\D/g, '')
          expect(digits.length, `${shown} → ${r.text}`).toBeLessThanOrEqual(4)
          // A whole CLABE that happens to be a Luhn-valid Maestro number is reported as a card.
          expect(r.kinds.some((k) => k === 'account_number' || k === 'card')).toBe(true)
        },
      ),
      { numRuns: 300, seed: 50 },
    )
  })

  it('a + number before an account word is a phone; a SIRET, KvK or company number stays', () => {
    fc.assert(
      fc.property(digitString(9), fc.constantFrom(...SCRIPTS), (d, zero) => {
        const phone = `+43 664 ${d.slice(0, 7).join('')}`
        const r = maskPii(`aus Österreich ${write(phone, zero)} , Konto bei der Bank`)
        expect(r.kinds, r.text).toContain('phone')
        for (const t of [
          `SIRET ${write(`732 829 320 ${d.slice(0, 5).join('')}`, zero)} , TVA`,
          `KvK ${write(d.slice(0, 8).join(''), zero)} , postcode 1012 AB`,
          `company number ${write(d.slice(0, 8).join(''), zero)} at Companies House`,
        ])
          expect(maskPii(t).text, t).toBe(t)
      }),
      { numRuns: 200, seed: 51 },
    )
  })
})

// Found by probing by hand after set 4 (not a set: no figure).
describe('hand probes after set 4, property-based', () => {
  it('a quoted password with spaces, and a name whose dots are written as words: masked whole', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z]{3,8}$/),
        fc.stringMatching(/^[A-Za-z]{3,8}$/),
        digitString(4),
        fc.constantFrom('"', "'", '“'),
        (a, b, d, q) => {
          const close = q === '“' ? '”' : q
          const secret = `${a} ${b}${d.join('')}!`
          const r = maskPii(`password=${q}${secret}${close} ok`)
          expect(r.text.includes(a) || r.text.includes(b), r.text).toBe(false)
        },
      ),
      { numRuns: 200, seed: 52 },
    )
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{3,8}$/),
        fc.stringMatching(/^[a-z]{3,8}$/),
        fc.boolean(),
        (first, last, brackets) => {
          const addr = brackets
            ? `${first}[dot]${last}[at]gmail[dot]com`
            : `${first} dot ${last} at gmail dot com`
          const r = maskPii(`my email is ${addr} thanks`)
          expect(r.text, r.text).toBe('my email is [email] thanks')
        },
      ),
      { numRuns: 200, seed: 53 },
    )
  })

  it('ordinary text the new rules must leave: "la clave del éxito", a code review, two zips, fractions', () => {
    fc.assert(
      fc.property(digitString(10), fc.constantFrom(...SCRIPTS), (d, zero) => {
        const five = d.slice(0, 5).join('')
        const texts = [
          `la clave del éxito: ${write(d[0]!.toString(), zero)} pasos`,
          `my code review found ${write(five, zero)} issues lol`,
          `zip ${write(`9${five.slice(1)}/9${d.slice(5).join('').slice(1)}`, zero)}`,
          `open ${write('24/7', zero)} since ${write('2019', zero)}, rated ${write('4/5', zero)}`,
          `on ${write('12/06/2026', zero)} at ${write('10:30', zero)}`,
        ]
        for (const t of texts) expect(maskPii(t).text, t).toBe(t)
      }),
      { numRuns: 200, seed: 54 },
    )
  })

  it('a card with invisible characters between its groups, or written digit by digit: masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ISSUERS),
        digitString(18),
        fc.constantFrom(...SCRIPTS),
        fc.constantFrom(
          '\u00ad',
          '\u200b',
          '\u200c',
          '\u200d',
          '\u200e',
          '\u200f',
          '\u2060',
          '\ufeff',
          '\u2066',
        ),
        fc.boolean(),
        ([prefix, n], body, zero, inv, singles) => {
          const v = withLuhn(prefix, body, n)
          const shown = singles ? v.split('').join(' ') : v.match(/.{1,4}/g)!.join(inv)
          const text = `card ${write(shown, zero)} stolen`
          const r = maskPii(text)
          expect(compact(r.text).includes(v), `${JSON.stringify(text)} → ${r.text}`).toBe(false)
          expect(r.kinds).toContain('card')
        },
      ),
      { numRuns: 400, seed: 55 },
    )
  })

  it('a Belgian landline (nine digits, 2-3-2-2 or 3-2-2-2) is masked', () => {
    fc.assert(
      fc.property(digitString(7), fc.constantFrom(...SCRIPTS), fc.boolean(), (d, zero, big) => {
        const v = big
          ? `02 ${d.slice(0, 3).join('')} ${d.slice(3, 5).join('')} ${d.slice(5).join('')}`
          : `071 ${d.slice(0, 2).join('')} ${d.slice(2, 4).join('')} ${d.slice(4, 6).join('')}`
        const r = maskPii(`mijn vaste lijn ${write(v, zero)} in Brussel`)
        expect(compact(r.text).includes(v.replace(/ /g, '')), r.text).toBe(false)
      }),
      { numRuns: 200, seed: 56 },
    )
  })
})
