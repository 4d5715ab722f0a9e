import { loadBrands } from '@vigil/config'
import { createEnricher } from '@vigil/nlp'
import { describe, expect, it } from 'vitest'
import { createEnrichBatchStep, createEnrichStep, enrichedRecords } from './step.js'

const nlp = createEnricher({ brands: loadBrands() })
const step = createEnrichStep(nlp, () => '2026-11-23T10:00:00.000Z')
const mention = (text: string, extra: Record<string, unknown> = {}) =>
  Buffer.from(
    JSON.stringify({
      id: 'x:1',
      platform: 'x',
      kind: 'post',
      author: { id: 'u1', handle: '@u1', followers: 10 },
      text,
      createdAt: '2026-11-23T09:59:00Z',
      ...extra,
    }),
  )

describe('enrich step', () => {
  it('enriches a mention that names a bank without tagging it, keyed by that bank', () => {
    const r = step(mention('Northwind app down again, I cannot log in'))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    expect(r.value.brands.map((b) => b.brand)).toContain('northwind')
    expect(enrichedRecords(r.value).map((x) => x.key)).toEqual(['northwind'])
    expect(r.value.sentiment.label).toBe('negative')
  })

  it('writes a mention that names two banks once per bank, keyed by each, with the same content', () => {
    const r = step(mention('Crest Bank froze my account so I moved to Northwind, their app just works'))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    const recs = enrichedRecords(r.value)
    expect(recs.map((x) => x.key).sort()).toEqual(['crest', 'northwind'])
    expect(recs[0]?.key).toBe(r.value.brands[0]?.brand)
    expect(new Set(recs.map((x) => x.value)).size).toBe(1)
  })

  it('masks a card number before the record leaves the enricher', () => {
    const r = step(mention('Northwind charged my card 4539 1488 0343 6467 twice'))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    expect(r.value.text).not.toContain('4539 1488 0343 6467')
    expect(r.value.pii).toContain('card')
  })

  it('dead-letters malformed JSON, bad UTF-8 and missing fields with distinct reasons', () => {
    const bad = [
      Buffer.from('{"id": "x:1", "text": '),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      Buffer.from(JSON.stringify({ id: 'x:2', platform: 'x' })),
      null,
    ]
    const codes = bad.map((b) => {
      const r = step(b)
      return r.kind === 'dlq' ? r.code : r.kind
    })
    expect(codes).toEqual([
      'VIGIL_ERR_MALFORMED_JSON',
      'VIGIL_ERR_BAD_ENCODING',
      'VIGIL_ERR_INVALID_MENTION',
      'VIGIL_ERR_EMPTY_RECORD',
    ])
  })

  it('keeps a mention of no watched bank, keyed as unbranded, so nothing is lost', () => {
    const r = step(mention('Lovely weather in Leeds today'))
    expect(r.kind).toBe('ok')
    if (r.kind === 'ok') expect(enrichedRecords(r.value).map((x) => x.key)).toEqual(['_unbranded'])
  })

  it('dead-letters, rather than retries, a record the NLP cannot handle', () => {
    const broken = createEnrichStep({
      enrich: () => {
        throw new RangeError('boom')
      },
    })
    const r = broken(mention('Northwind'))
    expect(r).toMatchObject({ kind: 'dlq', code: 'VIGIL_ERR_ENRICH_FAILED' })
  })

  it('gives a batch of records, good and bad, the same outcomes in the same order as one by one', () => {
    const clock = () => '2026-11-23T10:00:00.000Z'
    const records = [
      mention('Northwind app down again, I cannot log in'),
      Buffer.from('{"id": "x:1", "text": '),
      mention('莲花银行的app又崩了，扣款两次 #莲花银行#', { id: 'x:2' }),
      mention('Crest\u202e Bank\u200b froze my account, thanks Northwind', { id: 'x:3' }),
      null,
      mention('Northwind charged my card 4539 1488 0343 6467 twice', { id: 'x:4' }),
    ]
    const single = createEnrichStep(createEnricher({ brands: loadBrands() }), clock)
    const batch = createEnrichBatchStep(createEnricher({ brands: loadBrands() }), clock)
    const got = batch(records)
    expect(got).toEqual(records.map(single))
    expect(got.map((r) => (r.kind === 'dlq' ? r.code : r.kind))).toEqual([
      'ok',
      'VIGIL_ERR_MALFORMED_JSON',
      'ok',
      'ok',
      'VIGIL_ERR_EMPTY_RECORD',
      'ok',
    ])
  })

  it('dead-letters the one mention of a batch the NLP failed on, and keeps the others in place', () => {
    const nlp = createEnricher({ brands: loadBrands() })
    const batch = createEnrichBatchStep({
      enrich: nlp.enrich,
      enrichBatch: (ms, now) => ms.map((m, i) => (i === 1 ? new RangeError('boom') : nlp.enrich(m, now))),
    })
    const got = batch([
      mention('Northwind'),
      mention('Crest', { id: 'x:2' }),
      mention('Havenbank', { id: 'x:3' }),
    ])
    expect(got.map((r) => (r.kind === 'dlq' ? r.code : r.kind))).toEqual([
      'ok',
      'VIGIL_ERR_ENRICH_FAILED',
      'ok',
    ])
  })
})
