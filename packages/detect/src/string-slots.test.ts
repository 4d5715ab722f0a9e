import { describe, expect, it } from 'vitest'
import { StringSlots } from './string-slots.js'
import { rng } from './synthetic.js'

describe('StringSlots', () => {
  it('finds, adds and removes keys (by key or slot) as a Map would, through growth and reuse of slots', () => {
    const r = rng(3)
    let grown = 0
    const t = new StringSlots(4, () => grown++)
    const ref = new Map<string, number>()
    for (let i = 0; i < 20_000; i++) {
      const key = `k${Math.floor(r() * r() * 3000)}`
      const u = r()
      if (u < 0.2) {
        expect(t.remove(key)).toBe(ref.delete(key))
      } else if (u < 0.4) {
        const slot = ref.get(key)
        if (slot !== undefined) {
          t.removeSlot(slot)
          ref.delete(key)
        }
      } else {
        const slot = t.findOrAdd(key)
        expect(t.added).toBe(!ref.has(key))
        if (t.added) ref.set(key, slot)
        expect(slot).toBe(ref.get(key))
        expect(t.keyOf(slot)).toBe(key)
        expect(slot).toBeLessThan(t.capacity)
      }
      if (i % 997 === 0) for (const [k, s] of ref) expect(t.find(k)).toBe(s)
      expect(t.size).toBe(ref.size)
    }
    expect(grown).toBeGreaterThan(0)
    expect(t.find('absent')).toBe(-1)
    // Every slot in use is distinct and below the capacity.
    expect(new Set(ref.values()).size).toBe(ref.size)
  })
})
