import { copyForKey } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { sampleEnriched } from '../../../tests/support/clickhouse.js'
import { decodeEnriched } from './decode.js'

const buf = (v: unknown) => Buffer.from(JSON.stringify(v))

describe('detector decodeEnriched', () => {
  const switched = sampleEnriched({
    id: 'x:switch',
    sentiment: { label: 'negative', score: -0.4 },
    brands: [
      { brand: 'crest', via: 'Crest Bank', sentiment: { label: 'negative', score: -0.6 } },
      { brand: 'northwind', via: 'Northwind', sentiment: { label: 'positive', score: 0.6 } },
    ],
  })

  it('keeps each brand’s stance, so Northwind’s copy of "left Crest for Northwind" is not a complaint against it', () => {
    const r = decodeEnriched(buf(switched))
    expect(r.kind).toBe('ok')
    const m = r.kind === 'ok' ? r.value : switched
    expect(m.brands).toEqual(switched.brands)
    expect(copyForKey(m, 'northwind').sentiment).toEqual({ label: 'positive', score: 0.6 })
    expect(copyForKey(m, 'crest').sentiment).toEqual({ label: 'negative', score: -0.6 })
  })

  it('dead-letters a stance that is not a sentiment, with the reason', () => {
    for (const bad of [{ label: 'furious', score: -1 }, { label: 'negative', score: -3 }, 'negative']) {
      const r = decodeEnriched(
        buf({ ...switched, brands: [{ brand: 'crest', via: 'Crest', sentiment: bad }] }),
      )
      expect(r).toMatchObject({ kind: 'dlq', reason: 'brands[].sentiment must be {label, score in [-1, 1]}' })
    }
  })
})
