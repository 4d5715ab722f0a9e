import { describe, expect, it } from 'vitest'
import { KeyCounts, KeyDict } from './keys.js'

describe('key ids and per-bucket key counts', () => {
  it('counts keys in first-seen order, before and after the position array takes over', () => {
    const dict = new KeyDict(4)
    const c = new KeyCounts(dict)
    const keys = Array.from({ length: 30 }, (_, i) => `k${(i * 7) % 30}`)
    for (const k of [...keys, ...keys.slice(0, 10)]) c.inc(k)
    expect(c.entries().map(([k]) => k)).toEqual(keys)
    expect(c.get('k0')).toBe(2)
    expect(c.get('k1')).toBe(1)
    expect(c.get('absent')).toBe(0)
    c.seal()
    // A closed bucket still answers; the next one reuses the zeroed position array.
    expect(c.get('k0')).toBe(2)
    const next = new KeyCounts(dict)
    for (const k of keys.slice(0, 12)) next.inc(k, 3)
    expect(next.entries()).toEqual(keys.slice(0, 12).map((k) => [k, 3]))
    expect(next.get(keys[20]!)).toBe(0)
  })

  it('recycles the ids of keys nothing marks live, and only those', () => {
    const grown: number[] = []
    const dict = new KeyDict(2, (cap) => grown.push(cap))
    const a = dict.idOf('a')
    const b = dict.idOf('b')
    const c = dict.idOf('c')
    expect(grown).toEqual([4])
    const live = new Uint8Array(dict.capacity)
    live[b] = 1
    dict.retainOnly(live)
    expect(dict.size).toBe(1)
    expect(dict.find('a')).toBe(-1)
    expect(dict.find('b')).toBe(b)
    expect([a, c]).toContain(dict.idOf('d'))
    expect(dict.keyOf(dict.idOf('d'))).toBe('d')
  })

  it('treats every string as a plain key, names an object has and index-like ones included', () => {
    const dict = new KeyDict(4)
    const odd = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '42', '-1', '1e3', '']
    const ids = odd.map((k) => dict.idOf(k))
    expect(new Set(ids).size).toBe(odd.length)
    expect(odd.map((k) => dict.find(k))).toEqual(ids)
    expect(odd.map((k) => dict.idOf(k))).toEqual(ids)
    expect(ids.map((id) => dict.keyOf(id))).toEqual(odd)
    expect(dict.find('valueOf')).toBe(-1)
    expect(dict.size).toBe(odd.length)
    const live = new Uint8Array(dict.capacity)
    live[ids[0]!] = 1
    dict.retainOnly(live)
    expect(dict.size).toBe(1)
    expect(dict.find('__proto__')).toBe(ids[0])
    expect(dict.find('constructor')).toBe(-1)
  })
})
