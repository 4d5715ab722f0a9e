/**
 * Property-based tests of values inside URLs and hashtags (pii-url.ts, the hashtag rule of
 * pii-numbers.ts): a card in a query or a path, an IBAN in a path in either case, a phone number
 * with an encoded '+', an encoded e-mail address, a password in a query, a card as a hashtag.
 * Nothing of the value may stay readable; an ordinary URL (status, order, tracking, article and
 * page numbers, dates) and an ordinary hashtag keep their text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const HOSTS = [
  'https://pay.example.com',
  'http://bank.example.nl',
  'https://www.example.de',
  'www.shop.example.fr',
]
const PROSE = [
  ['pay here', 'please'],
  ['betaal via', 'alsjeblieft'],
  ['hier bezahlen:', 'danke'],
  ['payez ici', 'merci'],
  ['paga aquí', 'gracias'],
  ['ادفع هنا', 'شكرا'],
  ['请在这里付款', '谢谢'],
]
const CARD = fc.oneof(
  digitString(14).map((d) => luhnComplete([4, ...d])),
  digitString(13).map((d) => luhnComplete([5, 1, ...d])),
)
const IBAN = fc.oneof(
  digitString(10).map((d) => ibanOf('NL', `ABNA${d.join('')}`)),
  digitString(18).map((d) => ibanOf('DE', d.join(''))),
  digitString(23).map((d) => ibanOf('FR', d.join(''))),
  digitString(20).map((d) => ibanOf('ES', d.join(''))),
)
const grouped = (d: string, sep: string): string => d.replace(/(\d{4})(?=\d)/g, `$1${sep}`)

/** A URL with a value in it, and the value's characters that must not stay readable. */
const SENSITIVE = fc.oneof(
  fc
    .tuple(
      CARD,
      fc.constantFrom('card', 'cc', 'pan', 'cardNumber', 'kaart', 'tarjeta'),
      fc.constantFrom('', '-', '%20'),
    )
    .map(([c, k, sep]) => ({ url: `/checkout?${k}=${grouped(c, sep)}&lang=en`, digits: c })),
  fc
    .tuple(CARD, fc.constantFrom('/card/', '/pay/', '/api/cards/'))
    .map(([c, p]) => ({ url: `${p}${c}`, digits: c })),
  fc
    .tuple(IBAN, fc.constantFrom('/iban/', '/accounts/', '?iban=', '?account='), fc.boolean())
    .map(([i, p, lower]) => ({ url: `/customers${p}${lower ? i.toLowerCase() : i}`, digits: i.slice(4) })),
  fc
    .tuple(
      digitString(8),
      fc.constantFrom('phone', 'tel', 'mobile', 'msisdn'),
      fc.constantFrom('%2B316', '+316', '06'),
    )
    .map(([d, k, head]) => ({ url: `/reset?${k}=${head}${d.join('')}&lang=nl`, digits: d.join('') })),
  fc
    .tuple(digitString(6), fc.constantFrom('email', 'mail', 'user'))
    .map(([d, k]) => ({ url: `/verify?${k}=jan.${d.join('')}%40example.nl&step=2`, digits: d.join('') })),
  fc
    .tuple(digitString(6), fc.constantFrom('password', 'pwd', 'wachtwoord'))
    .map(([d, k]) => ({ url: `/login?user=jan&${k}=Zomer${d.join('')}!`, digits: d.join('') })),
)

/** An ordinary URL: ids, orders, tracking, articles, pages and dates keep their text. */
const ORDINARY = fc.oneof(
  digitString(18).map((d) => `/northwind/status/1${d.join('')}`),
  CARD.map((c) => `/order/${c}`),
  CARD.map((c) => `/track?tracking=${c}&page=2`),
  digitString(9).map((d) => `/2026/12/06/article-${d.join('')}`),
  fc.integer({ min: 1, max: 999 }).map((p) => `/items?page=${p}&sort=price&ref=20261206`),
  digitString(12).map((d) => `/watch?v=${d.join('')}&t=120`),
)

const compactDigits = (s: string): string => s.replace(/[^0-9]/g, '')

describe('values inside URLs and hashtags, property-based', () => {
  it('a value in a URL is masked; an ordinary URL keeps its text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HOSTS),
        fc.constantFrom(...PROSE),
        fc.oneof(
          SENSITIVE.map((v) => ({ ...v, sensitive: true })),
          ORDINARY.map((url) => ({ url, digits: '', sensitive: false })),
        ),
        (host, [before, after], v) => {
          const text = `${before} ${host}${v.url} ${after}`
          const r = maskPii(text)
          if (!v.sensitive) {
            expect(r.text, text).toBe(text)
            return
          }
          // At most a card's or an account's last four digits stay.
          const readable = compactDigits(r.text)
          for (let i = 0; i + 5 <= v.digits.length; i++)
            expect(readable.includes(v.digits.slice(i, i + 5)), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds.length, text).toBeGreaterThan(0)
        },
      ),
      { numRuns: 800, seed: 621 },
    )
  })

  it('a card written as a hashtag is masked; ordinary hashtags keep their text', () => {
    fc.assert(
      fc.property(
        CARD,
        fc.constantFrom('#', ' #'),
        fc.constantFrom('#2026', '#123456789', '#BankFail', '#20261206', '#1866123456789012345'),
        fc.constantFrom(...PROSE),
        (card, lead, tag, [before, after]) => {
          const text = `${before}${lead}${card} ${after} ${tag}`
          const r = maskPii(text)
          expect(r.text.includes(card.slice(0, 12)), `${text} → ${r.text}`).toBe(false)
          expect(r.text.endsWith(` ${tag}`), `${text} → ${r.text}`).toBe(true)
          expect(r.kinds).toEqual(['card'])
        },
      ),
      { numRuns: 400, seed: 622 },
    )
  })
})
