import { describe, expect, it } from 'vitest'
import { UNBRANDED_KEY } from './copies.js'
import { brandPlacement, brandPlacementTable, murmur2Partition } from './placement.js'

const DEMO = [
  { id: 'northwind', size: 'mid' },
  { id: 'crest', size: 'large' },
  { id: 'havenbank', size: 'mid' },
  { id: 'lotus', size: 'large' },
  { id: 'alnoor', size: 'mid' },
]

describe('brand placement on mentions.enriched', () => {
  it('spreads the five demo banks over three partitions (murmur2 put four on one)', () => {
    const murmur = new Set(DEMO.map((b) => murmur2Partition(b.id, 3)))
    const table = brandPlacementTable(DEMO, 3)
    // The two large banks each get a partition of their own start; the three mid banks fill up.
    expect(new Set(DEMO.map((b) => table.get(b.id))).size).toBe(3)
    expect(table.get('crest')).not.toBe(table.get('lotus'))
    expect(murmur.size).toBeLessThan(3)
    // Six partitions: every brand alone.
    const six = brandPlacementTable(DEMO, 6)
    expect(new Set(DEMO.map((b) => six.get(b.id))).size).toBe(5)
  })

  it('is deterministic whatever the brands file order, and puts each key on one partition', () => {
    const a = brandPlacement(DEMO, 3)
    const b = brandPlacement([...DEMO].reverse(), 3)
    for (const k of [...DEMO.map((x) => x.id), UNBRANDED_KEY, 'newbank']) expect(a(k)).toBe(b(k))
    expect(a('newbank')).toBe(murmur2Partition('newbank', 3))
  })

  it('refuses a partition count below one', () => {
    expect(() => brandPlacementTable(DEMO, 0)).toThrow(RangeError)
  })
})
