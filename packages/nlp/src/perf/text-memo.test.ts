import { describe, expect, it } from 'vitest'
import { SeenHashes, TwoGenerationMemo } from './text-memo.js'

describe('TwoGenerationMemo', () => {
  it('finds a key asked again within one generation of new keys, and forgets it after two', () => {
    const memo = new TwoGenerationMemo<number>(3)
    memo.set('a', 1)
    for (const k of ['b', 'c', 'd']) memo.set(k, 0)
    // 'a' went to the old generation when 'd' arrived; finding it moves it back.
    expect(memo.get('a')).toBe(1)
    for (const k of ['e', 'f', 'g', 'h', 'i', 'j']) memo.set(k, 0)
    expect(memo.get('a')).toBeUndefined()
    expect(memo.get('j')).toBe(0)
  })

  it('never holds more than two generations', () => {
    const memo = new TwoGenerationMemo<number>(100)
    for (let i = 0; i < 10_000; i++) memo.set(`k${i}`, i)
    expect(memo.size).toBeLessThanOrEqual(200)
    expect(memo.get('k9999')).toBe(9999)
    expect(memo.get('k0')).toBeUndefined()
  })

  it('always finds the keys of the last generation, whatever came before', () => {
    const memo = new TwoGenerationMemo<number>(100)
    for (let i = 0; i < 1234; i++) memo.set(`k${i}`, i)
    for (let i = 1234 - 100; i < 1234; i++) expect(memo.get(`k${i}`)).toBe(i)
  })

  it('refuses a generation size that is not a positive integer', () => {
    expect(() => new TwoGenerationMemo(0)).toThrow(/positive integer/)
    expect(() => new TwoGenerationMemo(1.5)).toThrow(/positive integer/)
  })
})

describe('SeenHashes', () => {
  it('says no the first time a text comes and yes the next time', () => {
    const seen = new SeenHashes(8)
    expect(seen.seenBefore('Northwind app down again')).toBe(false)
    expect(seen.seenBefore('Northwind app down again')).toBe(true)
    expect(seen.seenBefore('northwind app down again')).toBe(false)
    expect(seen.seenBefore('')).toBe(false)
    expect(seen.seenBefore('')).toBe(true)
  })

  it('forgets a text whose slot a newer text took (a repost is then read once more)', () => {
    const seen = new SeenHashes(4)
    seen.seenBefore('first')
    for (let i = 0; i < 200; i++) seen.seenBefore(`other ${i}`)
    expect(seen.seenBefore('first')).toBe(false)
  })
})
