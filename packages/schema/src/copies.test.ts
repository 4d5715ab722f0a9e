import { describe, expect, it } from 'vitest'
import {
  copyForKey,
  type EnrichedMention,
  enrichedKeys,
  isPrimaryCopy,
  sentimentFor,
  UNBRANDED_KEY,
} from './index.js'

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

  it('gives each copy what the post says of its brand', () => {
    const m = {
      id: 'x:2',
      sentiment: { label: 'negative', score: -0.5 },
      brands: [
        { brand: 'crest', via: 'Crest Bank', sentiment: { label: 'negative', score: -0.6 } },
        { brand: 'northwind', via: 'Northwind', sentiment: { label: 'positive', score: 0.6 } },
      ],
    } as unknown as EnrichedMention
    expect(copyForKey(m, 'northwind').sentiment).toEqual({ label: 'positive', score: 0.6 })
    expect(copyForKey(m, 'crest').sentiment).toEqual({ label: 'negative', score: -0.6 })
    expect(sentimentFor(m, 'northwind').label).toBe('positive')
    expect(m.sentiment.label).toBe('negative')
    // A mention written before stances existed keeps its one sentiment for every brand.
    const old = { ...m, brands: m.brands.map(({ brand, via }) => ({ brand, via })) }
    expect(copyForKey(old, 'northwind').sentiment).toEqual(m.sentiment)
    expect(sentimentFor(old, 'northwind')).toEqual(m.sentiment)
  })
})
