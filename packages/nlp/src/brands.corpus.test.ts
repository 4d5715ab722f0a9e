import { readFileSync } from 'node:fs'
import { type BrandConfig, loadBrands, parseBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

interface Case {
  set: 'default' | 'realworld'
  text: string
  brands: string[]
  note: string
}
const fixtures = new URL('../test-fixtures/', import.meta.url)
const corpus = JSON.parse(readFileSync(new URL('brand-corpus.json', fixtures), 'utf8')) as { cases: Case[] }
const sets: Record<Case['set'], BrandConfig[]> = {
  default: loadBrands(),
  realworld: parseBrands(JSON.parse(readFileSync(new URL('brands-realworld.json', fixtures), 'utf8'))),
}
const enrichers = {
  default: createEnricher({ brands: sets.default, sentimentModelPath: null }),
  realworld: createEnricher({ brands: sets.realworld, sentimentModelPath: null }),
}

describe('brand corpus', () => {
  it('has a few hundred cases, positives and negatives in both brand sets', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300)
    expect(corpus.cases.filter((c) => c.brands.length === 0).length).toBeGreaterThanOrEqual(40)
  })

  it.each(corpus.cases.map((c) => [c.note, c.text, c] as const))('%s: %s', (_note, _text, c) => {
    const got = enrichers[c.set].enrich(mention(c.text)).brands.map((b) => b.brand)
    expect(got.sort()).toEqual([...c.brands].sort())
  })
})
