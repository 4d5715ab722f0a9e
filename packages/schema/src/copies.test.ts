import { describe, expect, it } from 'vitest'
import { copyForKey, type EnrichedMention, enrichedKeys, isPrimaryCopy, UNBRANDED_KEY } from './index.js'

const mention = (brands: string[]): EnrichedMention =>
  ({
    id: 'x:1',
    brands: brands.map((brand) => ({ brand, alias: brand })),
  }) as unknown as EnrichedMention

describe('enriched copies', () => {
  it('writes a mention once per distinct brand, the first brand first, and once when it names none', () => {
    expect(enrichedKeys(mention(['crest', 'northwind', 'crest']))).toEqual(['crest', 'northwind'])
    expect(enrichedKeys(mention(['lotus']))).toEqual(['lotus'])
    expect(enrichedKeys(mention([]))).toEqual([UNBRANDED_KEY])
  })

  it('stores only the copy keyed by the first brand (or an unkeyed record)', () => {
    const m = mention(['crest', 'northwind'])
    expect(isPrimaryCopy(m, 'crest')).toBe(true)
    expect(isPrimaryCopy(m, 'northwind')).toBe(false)
    expect(isPrimaryCopy(m, null)).toBe(true)
    expect(isPrimaryCopy(mention([]), UNBRANDED_KEY)).toBe(true)
  })

  it('lets each copy speak for its own brand only, so no brand is counted twice', () => {
    const m = mention(['crest', 'northwind', 'crest'])
    expect(copyForKey(m, 'northwind').brands.map((b) => b.brand)).toEqual(['northwind'])
    expect(copyForKey(m, 'crest').brands.map((b) => b.brand)).toEqual(['crest', 'crest'])
    // Unkeyed or keyed by hand with no brand of its own: the whole mention, as before copies.
    expect(copyForKey(m, null)).toBe(m)
    expect(copyForKey(m, 'someone-else')).toBe(m)
    expect(copyForKey(m, 'crest').id).toBe('x:1')
  })
})
