import { describe, expect, it } from 'vitest'
import { NgramKeys, pack, packed } from './ngram-keys.js'

const key = (codes: number[], first = 0, last = 0): [number, number] | null => {
  const len = pack(Uint8Array.from(codes), first, 0, codes.length, last)
  return len === 0 ? null : [packed[0]!, packed[1]!]
}

describe('packed n-gram keys (ngram-keys.ts)', () => {
  it('tells every n-gram of up to six codes apart, padding and length included', () => {
    const grams = [
      [1],
      [1, 1],
      [1, 1, 1, 1, 1, 1],
      [255, 1, 2, 3],
      [1, 2, 3, 255],
      [1, 2, 3, 4, 5],
      [5, 4, 3, 2, 1],
    ]
    const keys = grams.map((g) => key(g)!.join(','))
    expect(new Set(keys).size).toBe(grams.length)
    // A padding code is a code like any other: " ab" from the prefix or from the run is one key.
    expect(key([2, 3], 9)).toEqual(key([9, 2, 3]))
    expect(key([2, 3], 0, 9)).toEqual(key([2, 3, 9]))
  })

  it('has no key for a run with a character in no key or longer than six', () => {
    expect(key([1, 0, 2])).toBeNull()
    expect(key([1, 2, 3, 4, 5, 6, 7])).toBeNull()
    expect(key([1, 2, 3, 4, 5, 6], 7)).toBeNull()
    expect(key([])).toBeNull()
  })

  it('finds what was added and nothing else', () => {
    const table = new NgramKeys(3000)
    const all: [number, number][] = []
    for (let i = 0; i < 3000; i++) {
      const k = key([1 + (i % 255), 1 + ((i >> 8) % 255), 7, 1 + (i % 13)])!
      table.add(k[0], k[1], i)
      all.push(k)
    }
    all.forEach(([lo, hi], i) => {
      expect(table.find(lo, hi)).toBe(i)
    })
    const missing = key([3, 3, 3, 3, 3, 3])!
    expect(table.find(missing[0], missing[1])).toBe(-1)
  })
})
