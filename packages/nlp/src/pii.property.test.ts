/**
 * Property-based tests of masking: every format of every kind, written in every digit
 * script and with every separator mix, put at a random place in random multilingual text
 * (long texts too), must not survive in the masked text; ordinary numbers must stay.
 * A value "survives" when the masked text, normalised, still holds its digits in a row.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, inScript, luhnComplete, SEPS, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { MAX_PII_SCAN_CHARS, maskPii } from './pii.js'
import { normaliseForPii } from './pii-normalise.js'

function bsnOf(d: number[]): string | null {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * d[i]!
  const last = sum % 11
  return last === 10 || d.every((x) => x === 0) ? null : `${d.join('')}${last}`
}

interface Sensitive {
  kind: string
  /** The value's characters in groups; written with the chosen separator and script. */
  groups: string[]
  /** Words before it. */
  lead: string
  /** Values that must not survive, when not the whole (sort code and account separately). */
  parts?: string[]
}

const card = fc
  .tuple(fc.constantFrom('4', '51', '55', '2221', '37', '6011', '62', '3530'), digitString(18), fc.boolean())
  .map(([p, rest, split]): Sensitive => {
    const len = p === '37' ? 15 : 16
    const full = luhnComplete([...p.split('').map(Number), ...rest].slice(0, len - 1))
    const groups = len === 15 ? [full.slice(0, 4), full.slice(4, 10), full.slice(10)] : full.match(/.{4}/g)!
    return { kind: 'card', groups: split ? groups : [full], lead: 'card' }
  })
const iban = fc
  .tuple(
    fc.constantFrom(
      ['NL', 18, 'ABNA'],
      ['DE', 22, ''],
      ['GB', 22, 'NWBK'],
      ['FR', 27, ''],
      ['ES', 24, ''],
      ['SA', 24, ''],
      ['AE', 23, ''],
      ['IT', 27, 'X'],
      ['TR', 26, ''],
    ),
    digitString(30),
    fc.boolean(),
  )
  .map(([[cc, n, bank], d, lower]): Sensitive => {
    const bban = `${bank}${d.join('')}`.slice(0, (n as number) - 4)
    const v = ibanOf(cc as string, bban)
    const w = lower ? v.toLowerCase() : v
    return { kind: 'iban', groups: w.match(/.{1,4}/g)!, lead: 'IBAN' }
  })
const ssn = fc
  .tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(
    ([a, g, s]): Sensitive => ({
      kind: 'us_ssn',
      groups: [String(a).padStart(3, '0'), String(g).padStart(2, '0'), String(s).padStart(4, '0')],
      lead: 'my SSN is',
    }),
  )
const bsn = digitString(8)
  .map(bsnOf)
  .filter((v): v is string => v !== null)
  .map(
    (v): Sensitive => ({
      kind: 'nl_bsn',
      groups: [v.slice(0, 4), v.slice(4, 6), v.slice(6)],
      lead: 'mijn BSN is',
    }),
  )
const ukAccount = fc.tuple(digitString(6), digitString(8)).map(
  ([s, a]): Sensitive => ({
    kind: 'uk_account',
    groups: [s.join('').slice(0, 2), s.join('').slice(2, 4), s.join('').slice(4), 'account', a.join('')],
    lead: 'sort code',
    parts: [s.join(''), a.join('')],
  }),
)
const account = fc
  .tuple(
    digitString(10),
    fc.constantFrom(
      'account number',
      'rekeningnummer',
      'Kontonummer',
      'numéro de compte',
      'número de cuenta',
      'رقم الحساب',
      '账号',
      'conto',
    ),
  )
  .map(
    ([d, w]): Sensitive => ({
      kind: 'account_number',
      groups: [d.join('').slice(0, 5), d.join('').slice(5)],
      lead: w,
    }),
  )
const phone = fc
  .tuple(
    digitString(8),
    fc.constantFrom(
      ['+44 7', 'call me on'],
      ['06', 'bel me op'],
      ['+31 6', 'mijn nummer'],
      ['+971 50', 'اتصل بي'],
      ['138', '手机'],
      ['+49 151', 'Handy'],
      ['06', 'appelle-moi au'],
    ),
  )
  .map(
    ([d, [p, w]]): Sensitive => ({
      kind: 'phone',
      groups: [...(p as string).split(' '), d.join('').slice(0, 4), d.join('').slice(4)],
      lead: w as string,
    }),
  )
const otp = fc
  .tuple(
    digitString(6),
    fc.constantFrom(
      'my OTP is',
      'verification code:',
      'رمز التحقق',
      '验证码',
      'verificatiecode',
      'Bestätigungscode',
      'code de vérification',
      'código de verificación',
    ),
  )
  .map(([d, w]): Sensitive => ({ kind: 'otp', groups: [d.join('')], lead: w }))

const sensitive = fc.oneof(card, iban, ssn, bsn, ukAccount, account, phone, otp)

const FILLER = [
  'the app is down again and nobody answers',
  'de app werkt weer niet, al drie dagen',
  'die App stürzt ständig ab',
  "l'application ne marche plus depuis hier",
  'la aplicación no funciona otra vez',
  'التطبيق لا يعمل منذ الصباح',
  '手机银行又登不上了，客服也不回',
  'please help me',
]
const filler = fc.array(fc.constantFrom(...FILLER), { minLength: 0, maxLength: 3 }).map((xs) => xs.join('. '))

/** The value's digits (or characters, for IBANs) in a row, as they must not reappear. */
function core(v: Sensitive): string {
  const raw = v.groups.filter((g) => /\d/.test(g)).join('')
  return v.kind === 'iban' ? raw.toUpperCase() : raw.replace(/\D/g, '')
}

function survives(masked: string, v: Sensitive): boolean {
  const n = normaliseForPii(masked).norm.toUpperCase()
  const compact = n.replace(/[^0-9A-Z]/g, '')
  return (v.parts ?? [core(v)]).some((part) => compact.includes(part.replace(/[^0-9A-Z]/g, '')))
}

describe('masking, property-based', () => {
  it('no sensitive value survives, in any digit script, with any separator, anywhere in the text', () => {
    fc.assert(
      fc.property(
        sensitive,
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...SEPS),
        filler,
        filler,
        (v, zero, sep, pre, post) => {
          const value = inScript(v.groups.join(sep), zero)
          const text = `${pre} ${v.lead} ${value} ${post}`
          const masked = maskPii(text).text
          expect(survives(masked, v), `${text}\n→ ${masked}`).toBe(false)
        },
      ),
      { numRuns: 3000, seed: 11 },
    )
  })

  it('masks values at random positions of long texts, to the very end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sensitive, fc.constantFrom(...ZEROS), fc.constantFrom(...SEPS)), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 1_000, max: MAX_PII_SCAN_CHARS - 400 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        (values, size, where) => {
          let text = ''
          while (text.length < size) text += `${FILLER[text.length % FILLER.length]}. `
          text = text.slice(0, size)
          const placed = values.map(([v, zero, sep], i) => {
            const at = Math.floor(where[i]! * text.length)
            const cut = text.lastIndexOf(' ', at)
            const chunk = ` ${v.lead} ${inScript(v.groups.join(sep), zero)} `
            text = text.slice(0, cut + 1) + chunk + text.slice(cut + 1)
            return v
          })
          const masked = maskPii(text).text
          for (const v of placed) expect(survives(masked, v), core(v)).toBe(false)
        },
      ),
      { numRuns: 150, seed: 12 },
    )
  })

  it('masks an address written inside Chinese text, and only the address', () => {
    expect(maskPii('请发邮件到我的邮箱abc.def@qq.com谢谢').text).toBe('请发邮件到我的邮箱[email]谢谢')
  })

  it('leaves ordinary numbers alone: amounts, dates, times, years, percentages, order numbers, ids in URLs', () => {
    const ordinary = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('€', '$', '£', 'EUR ', '¥'))
        .map(([n, c]) => `${c}${n.toLocaleString('en-US')}`),
      fc
        .tuple(
          fc.integer({ min: 1, max: 9_999_999 }),
          fc.constantFrom(' euro', ' dollars', ' درهم', '元', ' pesos'),
        )
        .map(([n, c]) => `${n.toLocaleString('de-DE')}${c}`),
      fc
        .tuple(
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1990, max: 2030 }),
          fc.constantFrom('/', '.', '-'),
        )
        .map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 10, max: 59 }))
        .map(([h, m]) => `${h}:${m}`),
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
      fc
        .tuple(
          fc.constantFrom(
            'order',
            'bestelling',
            'pedido',
            'commande',
            '订单号',
            'رقم الطلب',
            'ticket',
            'ref',
          ),
          digitString(9),
        )
        .map(([w, d]) => `${w} ${d.join('')}`),
      digitString(19).map((d) => `https://x.com/someone/status/1${d.join('').slice(1)}`),
      fc.integer({ min: 1000, max: 9_999_999 }).map((n) => `${n.toLocaleString('en-US')} followers`),
    )
    fc.assert(
      fc.property(ordinary, fc.constantFrom(0x30, 0x660, 0xff10), filler, (num, zero, pre) => {
        const text = `${pre} ${inScript(num, zero)} ${pre}`.trim()
        expect(maskPii(text).text, text).toBe(text)
      }),
      { numRuns: 2000, seed: 13 },
    )
  })
})

describe('one-time codes told in a sentence, property-based', () => {
  // "the code they texted was 7 3 9 1 4 2": words between the code word and the code, and the
  // code's digits spaced out, in every digit script.
  const told = fc.tuple(
    digitString(6),
    fc.constantFrom(
      'the code',
      'my verification code',
      'de verificatiecode',
      'der Bestätigungscode',
      'le code',
    ),
    fc.constantFrom(
      'they texted was',
      'they sent me is',
      'from the sms:',
      'die ik kreeg is',
      'per SMS war',
      'reçu est',
    ),
    fc.constantFrom(' ', '  ', '\u00a0', '-', ''),
  )
  it('a code with up to three words before it and digits spaced out is masked', () => {
    fc.assert(
      fc.property(told, fc.constantFrom(...ZEROS), filler, ([d, word, between, sep], zero, post) => {
        const text = `${word} ${between} ${inScript(d.join(sep), zero)} ${post}`
        const masked = maskPii(text).text
        const v: Sensitive = { kind: 'otp', groups: [d.join('')], lead: word }
        expect(survives(masked, v), `${text}\n→ ${masked}`).toBe(false)
      }),
      { numRuns: 1500, seed: 17 },
    )
  })

  it('a year or an amount a few words after "code" stays', () => {
    for (const text of [
      'code red for 2024 at Northwind, nobody answers',
      'the dress code at the branch since 2019 is silly',
      'promo code for new clients gives €1500 back',
    ]) {
      expect(maskPii(text).text, text).toBe(text)
    }
  })
})
