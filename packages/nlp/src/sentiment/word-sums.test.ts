import { describe, expect, it } from 'vitest'
import { MAX_CACHED_UNITS, SUM0, WordSums } from './word-sums.js'

const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0))

describe('word sums memo', () => {
  it('finds a stored key only with the same units, length and hash', () => {
    const memo = new WordSums()
    const buf = units(' charged twice ')
    const slot = memo.store(buf, 1, 8, 12345)
    memo.rec[slot + SUM0] = -7
    expect(memo.find(buf, 1, 8, 12345)).toBe(slot)
    expect(memo.rec[memo.find(buf, 1, 8, 12345) + SUM0]).toBe(-7)
    // Same hash, other units of the same length (a collision): a miss, never a wrong hit.
    expect(memo.find(units(' chargex twice '), 1, 8, 12345)).toBe(-1)
    expect(memo.find(units(' xharged twice '), 1, 8, 12345)).toBe(-1)
    // A prefix with the same hash is not the word.
    expect(memo.find(buf, 1, 7, 12345)).toBe(-1)
    expect(memo.find(buf, 9, 14, 12345)).toBe(-1)
  })

  it('compares odd and even lengths up to the limit, and a newcomer replaces the occupant', () => {
    const memo = new WordSums()
    for (let len = 1; len <= MAX_CACHED_UNITS; len++) {
      const buf = units('汉x'.repeat(len))
      const slot = memo.store(buf, 0, len, len * 7919)
      expect(memo.find(buf, 0, len, len * 7919)).toBe(slot)
      const other = buf.slice()
      other[len - 1] = other[len - 1]! + 1
      expect(memo.find(other, 0, len, len * 7919)).toBe(-1)
    }
    const a = units('aaa')
    const b = units('bbb')
    memo.store(a, 0, 3, 42)
    memo.store(b, 0, 3, 42)
    expect(memo.find(a, 0, 3, 42)).toBe(-1)
    expect(memo.find(b, 0, 3, 42)).not.toBe(-1)
  })
})
