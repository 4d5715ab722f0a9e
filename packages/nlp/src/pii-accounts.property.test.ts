/**
 * Property-based tests of accounts written as one run of digits (pii-accounts.ts): a French RIB,
 * a Spanish CCC, a Mexican CLABE, an Argentine CBU and a Belgian account, each with its check
 * digits computed here from the scheme's published rule, in a sentence about a bank but with no
 * account word right before the number; and a UK sort code and account run together (14 digits)
 * beside a UK bank's name. The same numbers with a wrong check digit, or after an order word, or
 * 14 digits with no UK banking word, keep their text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const num = (d: readonly number[]): string => d.join('')

function rib(bank: string, branch: string, account: string): string {
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n)
  return `${bank}${branch}${account}${String(key).padStart(2, '0')}`
}
function cccControl(ten: string): number {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
  const c = 11 - ([...ten].reduce((s, ch, i) => s + Number(ch) * w[i]!, 0) % 11)
  return c === 11 ? 0 : c === 10 ? 1 : c
}
const ccc = (entityOffice: string, account: string): string =>
  `${entityOffice}${cccControl(`00${entityOffice}`)}${cccControl(account)}${account}`
function clabe(seventeen: string): string {
  const w = [3, 7, 1]
  const s = [...seventeen].reduce((a, ch, i) => a + ((Number(ch) * w[i % 3]!) % 10), 0)
  return `${seventeen}${(10 - (s % 10)) % 10}`
}
function cbuBlock(body: string, w: readonly number[]): string {
  const s = [...body].reduce((a, ch, i) => a + Number(ch) * w[i % w.length]!, 0)
  return `${body}${(10 - (s % 10)) % 10}`
}
const cbu = (seven: string, thirteen: string): string =>
  `${cbuBlock(seven, [7, 1, 3, 9])}${cbuBlock(thirteen, [3, 9, 7, 1])}`
function belgian(ten: string): string {
  const r = Number(BigInt(ten) % 97n)
  return `${ten}${String(r === 0 ? 97 : r).padStart(2, '0')}`
}

/** An account with valid check digits and a sentence about a bank in its language. */
const ACCOUNT = fc.oneof(
  fc.tuple(digitString(5), digitString(11)).map(([br, a]) => ({
    d: rib('30004', num(br), num(a)),
    say: (x: string) => `Pour le virement de mon salaire, voici les chiffres ${x}, merci la banque`,
  })),
  fc.tuple(digitString(4), digitString(10)).map(([of, a]) => ({
    d: ccc(`2100${num(of)}`, num(a)),
    say: (x: string) => `Hice la transferencia desde el banco y los números son ${x}. Nada llega`,
  })),
  digitString(14).map((d) => ({
    d: clabe(`002${num(d)}`),
    say: (x: string) => `mi banco me pide para el SPEI estos datos: ${x} y no funciona`,
  })),
  fc.tuple(digitString(4), digitString(13)).map(([a, b]) => ({
    d: cbu(`011${num(a)}`, num(b)),
    say: (x: string) => `transferencia desde el Banco Nación a ${x}, rechazada`,
  })),
  digitString(9).map((d) => ({
    d: belgian(`3${num(d)}`),
    say: (x: string) => `De overschrijving naar ${x} bij mijn bank is mislukt`,
  })),
)

/** The last digit changed: the check fails. */
const broken = (d: string): string => d.slice(0, -1) + String((Number(d.at(-1)) + 1) % 10)

const SORT_HEADS = ['20', '40', '77', '82', '09', '11']

describe('accounts run together, property-based', () => {
  it('an account run together with valid check digits beside banking words is masked; broken or after an order word it stays', () => {
    fc.assert(
      fc.property(ACCOUNT, fc.constantFrom('valid', 'broken', 'order'), ({ d, say }, variant) => {
        if (variant === 'valid') {
          const text = say(d)
          const r = maskPii(text)
          expect(r.text.includes(d.slice(0, 8)), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, text).toContain('account_number')
          return
        }
        const text = variant === 'broken' ? say(broken(d)) : `order number ${d} shipped, tracking by post`
        expect(maskPii(text).text, text).toBe(text)
      }),
      { numRuns: 800, seed: 631 },
    )
  })

  it('a sort code and account run together beside a UK bank is masked; without UK banking words it stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SORT_HEADS),
        digitString(12),
        fc.constantFrom(
          (x: string) => `Barclays took my money, pay it back to ${x} now`,
          (x: string) => `sort code and account: ${x} (Monzo)`,
          (x: string) => `my NatWest details are ${x}, refund please`,
          (x: string) => `send it by faster payment to ${x}`,
        ),
        fc.constantFrom(
          (x: string) => `parcel ${x} never arrived`,
          (x: string) => `we counted ${x} grains of sand`,
        ),
        (head, rest, uk, plain) => {
          const d = `${head}${num(rest)}`
          const text = uk(d)
          const r = maskPii(text)
          expect(r.text.includes(d.slice(0, 10)), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, text).toContain('uk_account')
          expect(maskPii(plain(d)).text).toBe(plain(d))
        },
      ),
      { numRuns: 500, seed: 632 },
    )
  })
})
