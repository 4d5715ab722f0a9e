import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

const ADDED = [
  'brands',
  'sentiment',
  'intent',
  'intentReasons',
  'hashtags',
  'cashtags',
  'handles',
  'urls',
  'terms',
  'pii',
  'markets',
  'enrichedAt',
  'models',
]

describe('enricher output object', () => {
  const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
  const now = '2026-01-01T00:00:02.000Z'

  it('gives the schema-shaped mention and any other shape the same fields, in the input order then the added ones', () => {
    const m = mention('Northwind app down again, card 4111 1111 1111 1111 😡')
    const fast = enricher.enrich(m, now)
    expect(Object.keys(fast)).toEqual([...Object.keys(m), ...ADDED])
    // The same mention with its keys in another order, and with an extra and a pre-set key,
    // goes through the copy: same values, the input's key order kept.
    const { text, ...rest } = m
    const reordered = { text, ...rest, extra: 1, sentiment: 'pre' } as unknown as Mention
    const slow = enricher.enrich(reordered, now)
    expect(Object.keys(slow)).toEqual([...Object.keys(reordered), ...ADDED.filter((k) => k !== 'sentiment')])
    expect(slow).toEqual({ ...fast, extra: 1 })
    expect(fast.text).toBe('Northwind app down again, card **** **** **** 1111 😡')
  })

  it('leaves out inherited enumerable keys of the input', () => {
    const m = Object.assign(Object.create({ inherited: true }) as object, mention('ok')) as Mention
    const out = enricher.enrich(m, now) as unknown as Record<string, unknown>
    expect(Object.keys(out)).toEqual([...Object.keys(mention('ok')), ...ADDED])
    expect(out.inherited).toBeUndefined()
  })
})
