/**
 * A card number truncated as PCI DSS allows it to be shown (at most the first six and the last
 * four digits; pii-starred.ts `truncatedCardRuns`) keeps what it shows: "卡号 622202******1234",
 * "4111 11** **** 1111", in every digit script, star character and grouping, after a card word of
 * the seven languages. Beside it a full card number, an account or a phone is still masked, and a
 * card with one to four digits starred is still read as a card.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, inScript, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { normaliseForPii } from './pii-normalise.js'

const CARD_WORDS = ['card', 'kaart', 'Karte', 'carte', 'tarjeta', '卡号', 'بطاقة']
const ZEROS = [0x30, 0x660, 0x6f0, 0xff10]
const STARS = ['*', '＊', '•', 'x', 'X', '●']
const PREFIXES = ['4', '51', '222', '34', '35', '62', '6011']

/** `body` (digits and '#' for a hidden digit) in fours joined by `sep`, or ungrouped. */
function grouped(body: string, sep: string | null): string {
  return sep === null ? body : (body.match(/.{1,4}/g) ?? []).join(sep)
}

const truncated = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  digits: digitString(18),
  length: fc.constantFrom(15, 16, 19),
  head: fc.integer({ min: 0, max: 6 }),
  tail: fc.integer({ min: 0, max: 4 }),
})

function truncatedCard(c: {
  prefix: string
  digits: number[]
  length: number
  head: number
  tail: number
}): string {
  const full = luhnComplete(
    [...c.prefix]
      .map(Number)
      .concat(c.digits)
      .slice(0, c.length - 1)
      .map(Number),
  )
  return full.slice(0, c.head) + '#'.repeat(c.length - c.head - c.tail) + full.slice(c.length - c.tail)
}

describe('a truncated card number (first six, last four at most)', () => {
  it('keeps its visible digits readable in every script, star and grouping', () => {
    fc.assert(
      fc.property(
        truncated,
        fc.constantFrom(...CARD_WORDS),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...STARS),
        fc.constantFrom<string | null>(null, ' ', '-', '\u00a0'),
        (c, word, zero, star, sep) => {
          const shown = inScript(grouped(truncatedCard(c), sep), zero).replaceAll('#', star)
          const text = `${word} ${shown} charged twice`
          expect(maskPii(text).text, text).toBe(text)
        },
      ),
      { numRuns: 800, seed: 1701 },
    )
  })

  it('leaves a full card, an account or a phone beside it masked', () => {
    fc.assert(
      fc.property(truncated, digitString(14), fc.constantFrom(...ZEROS), (c, rest, zero) => {
        const full = luhnComplete([4, ...rest])
        const shown = grouped(truncatedCard(c), ' ').replaceAll('#', '*')
        const text = inScript(
          `card ${shown} was blocked, the new one is ${grouped(full, ' ')}, call me on 07700 900123`,
          zero,
        )
        const read = normaliseForPii(maskPii(text).text).norm.replace(/\D/g, '')
        expect(read.includes(full.slice(0, 12)), text).toBe(false)
        expect(read.includes('07700900'), text).toBe(false)
      }),
      { numRuns: 300, seed: 1702 },
    )
  })

  it('is no such form when more than six leading or four trailing digits show', () => {
    for (const text of ['card 4111 1111 1111 ****', 'card 4111 1111 **** 1111', 'card 4111 1111 1111 11**']) {
      const read = maskPii(text).text.replace(/\D/g, '')
      expect(read.length, `${text} → ${maskPii(text).text}`).toBeLessThanOrEqual(4)
    }
  })
})
