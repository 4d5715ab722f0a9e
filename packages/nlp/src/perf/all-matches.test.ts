import { describe, expect, it } from 'vitest'
import { allMatches } from './all-matches.js'

const plain = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => [m.index, [...m], m.groups])

describe('allMatches', () => {
  const texts = ['', 'card 4111 1111 1111 1111 and 5500-0000-0000-0004', 'a😡b😡', '莲花银行 #冻结# x', 'aaa']
  const patterns = [
    /\d(?:[ -]?\d){11,18}/g,
    /(?<x>[a-z])\1?/giu,
    /x*/g,
    /x*/gu,
    /(?:)/gu,
    /#([^#\n]{1,40})#/g,
  ]

  it('yields what matchAll yields, empty matches and surrogate pairs included', () => {
    for (const re of patterns) {
      for (const t of texts) expect(plain(allMatches(re, t)), `${re} on ${t}`).toEqual(plain(t.matchAll(re)))
    }
  })

  it('leaves lastIndex at 0 and refuses a non-global regex, as matchAll does', () => {
    const re = /\d/g
    allMatches(re, 'a1b2')
    expect(re.lastIndex).toBe(0)
    expect(() => allMatches(/\d/, 'a1')).toThrow(TypeError)
  })
})
