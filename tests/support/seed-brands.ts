/**
 * The three banks the store's seeded tests plan their rows for (an own bank, two competitors,
 * one with a Chinese alias), and the detector's author cap as those tests apply it (the store does
 * not import detect). One copy, so the seeded tests stay about the same bank mix.
 */
import type { AuthorCap, seed } from '@vigil/store'

export const SEED_AUTHOR_CAP: AuthorCap = {
  maxPosts: 2,
  tauBuckets: 30,
  bucketMs: 60_000,
  trollMemoryBuckets: 60,
}

export const SEED_BRANDS: seed.SeedBrand[] = [
  {
    id: 'northwind',
    name: 'Northwind Bank',
    role: 'own',
    size: 'mid',
    markets: ['GB', 'NL'],
    aliases: ['Northwind', 'Northwind Bank'],
    handles: ['@NorthwindBank', '@NorthwindHelp'],
    hashtags: ['#Northwind'],
  },
  {
    id: 'crest',
    name: 'Crest Bank',
    role: 'competitor',
    size: 'large',
    markets: ['GB', 'US'],
    aliases: ['Crest Bank'],
    handles: ['@CrestBank'],
    hashtags: ['#CrestBank'],
  },
  {
    id: 'lotus',
    name: 'Lotus Bank',
    role: 'competitor',
    size: 'large',
    markets: ['HK', 'CN'],
    aliases: ['Lotus Bank', '莲花银行'],
    handles: ['@LotusBank'],
    hashtags: ['#LotusBank'],
  },
]
