/**
 * Property-based test of a card given in two parts in the orders people use: the end first
 * ("Card ends 1152. First part is 4344 0022 7836"), a short last part ("les deux derniers : 71"),
 * and words that name both parts with no card word ("los últimos 4 son … y los primeros …").
 * Neither part may stay readable in full; the same two numbers whose join fails Luhn stay. Each
 * part may be named by its count of digits ("first 8: …, last 8: …"), a number between the parts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { luhnValid } from './pii-checks.js'

const grouped = (d: string): string => d.replace(/(\d{4})(?=\d)/g, '$1 ')
const POSTS: ((head: string, tail: string) => string)[] = [
  (h, t) => `Card ends ${t}. First part is ${h} if that helps, just block it.`,
  (h, t) => `Los últimos 4 son ${t} y los primeros ${h}. Bloqueadla ya.`,
  (h, t) => `Die Karte endet auf ${t}, vorne steht ${h}. Bitte sperren.`,
  (h, t) => `Les 12 premiers chiffres : ${h}\net les deux derniers : ${t}\nopposition svp`,
]

describe('a card in two parts, either order, property-based', () => {
  it('both parts are masked; two numbers whose join fails the check stay', () => {
    fc.assert(
      fc.property(digitString(14), fc.constantFrom(...POSTS.keys()), (d, p) => {
        const card = luhnComplete([4, ...d])
        // The French post gives the last two digits, the others the last four.
        const cut = p === 3 ? 14 : 12
        const head = card.slice(0, cut)
        const tail = card.slice(cut)
        const text = POSTS[p]!(grouped(head), tail)
        const masked = maskPii(text).text
        expect(masked.replace(/[^0-9]/g, '').includes(head), masked).toBe(false)
        const off = `${tail.slice(0, -1)}${(Number(tail.at(-1)) + 1) % 10}`
        fc.pre(!luhnValid(head + off))
        const other = POSTS[p]!(grouped(head), off)
        expect(
          maskPii(other)
            .text.replace(/[^0-9]/g, '')
            .includes(off),
          other,
        ).toBe(true)
      }),
      { numRuns: 300, seed: 614 },
    )
  })
})

// Each part named by its count of digits: the count is a number between the two parts.
const COUNTED: ((head: string, tail: string) => string)[] = [
  (h, t) => `first 8: ${h}, last 8: ${t}`,
  (h, t) => `de eerste 8: ${h}, de laatste 8: ${t}`,
  (h, t) => `die ersten 8: ${h}\ndie letzten 8: ${t}`,
  (h, t) => `los primeros 8 son ${h} y los últimos 8 son ${t}`,
]

describe('a card in two parts, each named by its count of digits', () => {
  it('neither part stays readable in full', () => {
    fc.assert(
      fc.property(digitString(14), fc.constantFrom(...COUNTED), (d, post) => {
        const card = luhnComplete([4, ...d])
        const head = card.slice(0, 8)
        const tail = card.slice(8)
        const masked = maskPii(post(grouped(head), grouped(tail))).text
        const digits = masked.replace(/[^0-9]/g, '')
        expect(digits.includes(head), masked).toBe(false)
        expect(digits.includes(tail), masked).toBe(false)
      }),
    )
  })
})
