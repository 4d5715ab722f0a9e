import { DLQ_HEADER, type InboundRecord } from '@vigil/bus'
import { describe, expect, it } from 'vitest'
import { sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { deadLetterFromRecord, eventIdentity, newEvents } from './batch.js'
import { decodeAlert, decodeDelivery, decodeEnriched } from './decode.js'

const buf = (v: unknown) => Buffer.from(JSON.stringify(v))

describe('decodeEnriched', () => {
  it('accepts a valid enriched mention and keeps its enrichment', () => {
    const m = sampleEnriched({ id: 'x:1', pii: ['card'], hashtags: ['#down'] })
    const r = decodeEnriched(buf(m))
    expect(r).toEqual({ kind: 'ok', value: m })
  })

  it('keeps what a post says of each brand it names', () => {
    const m = sampleEnriched({
      id: 'x:2',
      brands: [
        { brand: 'crest', via: 'Crest Bank', sentiment: { label: 'negative', score: -0.6 } },
        { brand: 'northwind', via: 'Northwind', sentiment: { label: 'positive', score: 0.6 } },
      ],
    })
    expect(decodeEnriched(buf(m))).toEqual({ kind: 'ok', value: m })
  })

  it.each([
    ['empty', null, 'VIGIL_ERR_EMPTY_RECORD'],
    ['not JSON', Buffer.from('{"id":'), 'VIGIL_ERR_MALFORMED_JSON'],
    ['bad UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'VIGIL_ERR_BAD_ENCODING'],
    [
      'a raw mention, not enriched',
      buf({ ...sampleEnriched({ id: 'x:1' }), sentiment: undefined }),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    [
      'sentiment out of range',
      buf(sampleEnriched({ id: 'x:1', sentiment: { label: 'negative', score: -7 } })),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    [
      'unknown pii kind',
      buf({ ...sampleEnriched({ id: 'x:1' }), pii: ['dna'] }),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    [
      'a brand stance that is not a sentiment',
      buf(
        sampleEnriched({ id: 'x:1', brands: [{ brand: 'crest', via: 'Crest', sentiment: 'bad' } as never] }),
      ),
      'VIGIL_ERR_INVALID_ENRICHED',
    ],
    ['bad mention id', buf(sampleEnriched({ id: 'no-platform' })), 'VIGIL_ERR_INVALID_MENTION'],
  ])('refuses %s with a code', (_name, raw, code) => {
    const r = decodeEnriched(raw as Buffer | null)
    expect(r.kind).toBe('dlq')
    expect(r.kind === 'dlq' && r.code).toBe(code)
  })
})

describe('decodeAlert', () => {
  it('accepts a valid alert and refuses a broken one', () => {
    const a = sampleAlert({ id: 'a1' })
    expect(decodeAlert(buf(a))).toEqual({ kind: 'ok', value: a })
    const bad = decodeAlert(buf({ ...a, status: 'panicking' }))
    expect(bad.kind === 'dlq' && bad.code).toBe('VIGIL_ERR_INVALID_ALERT')
  })

  it('keeps what the incident says of itself: its one multiplier, trend and display name', () => {
    const a = sampleAlert({ id: 'a2', multiplier: 3.9, trend: 'calming', brandName: 'Northwind Bank' })
    expect(decodeAlert(buf(a))).toEqual({ kind: 'ok', value: a })
    const bad = decodeAlert(buf({ ...a, trend: 'exploding' }))
    expect(bad.kind === 'dlq' && bad.reason).toMatch(/trend must be one of/)
  })
})

describe('decodeDelivery', () => {
  const d = {
    alertId: 'a1',
    alertVersion: 1,
    brand: 'northwind',
    outlet: 'slack',
    kind: 'slack',
    event: 'opened',
    idempotencyKey: 'a1@1:slack',
    attempt: 1,
    outcome: 'delivered',
    status: 200,
    error: '',
    durationMs: 12,
    at: '2026-11-23T10:00:00.000Z',
  }
  it('accepts an attempt record and dead-letters one it cannot store, with the reason', () => {
    expect(decodeDelivery(buf(d))).toEqual({ kind: 'ok', value: d })
    const bad = decodeDelivery(buf({ ...d, outcome: 'maybe' }))
    expect(bad.kind === 'dlq' && bad.code).toBe('VIGIL_ERR_INVALID_DELIVERY')
    expect(bad.kind === 'dlq' && bad.reason).toMatch(/outcome must be one of/)
  })
})

describe('newEvents', () => {
  it('keeps each event once, first copy first, and drops what is stored', () => {
    const a = sampleEnriched({ id: 'x:1' })
    const b = sampleEnriched({ id: 'x:2' })
    const aAgain = { ...a, enrichedAt: '2026-11-23T11:00:00.000Z' }
    const edit = sampleEnriched({ id: 'x:1', event: 'edit', text: 'edited' })
    const out = newEvents([a, b, aAgain, edit, edit], new Set([eventIdentity(b)]))
    expect(out).toEqual([a, edit])
  })
})

describe('deadLetterFromRecord', () => {
  const rec = (headers: Record<string, string>): InboundRecord => ({
    topic: 'dlq',
    partition: 2,
    offset: '41',
    key: Buffer.from('northwind'),
    value: Buffer.from('{broken'),
    headers,
    timestamp: String(Date.parse('2026-11-23T10:00:00.000Z')),
  })
  it('reads provenance headers', () => {
    const d = deadLetterFromRecord(
      rec({
        [DLQ_HEADER.code]: 'VIGIL_ERR_MALFORMED_JSON',
        [DLQ_HEADER.reason]: 'not JSON',
        [DLQ_HEADER.stage]: 'enricher',
        [DLQ_HEADER.time]: '2026-11-23T10:00:01.000Z',
        [DLQ_HEADER.sourceTopic]: 'raw',
        [DLQ_HEADER.sourcePartition]: '1',
        [DLQ_HEADER.sourceOffset]: '9',
      }),
    )
    expect(d).toMatchObject({
      stage: 'enricher',
      code: 'VIGIL_ERR_MALFORMED_JSON',
      sourceTopic: 'raw',
      sourcePartition: 1,
      sourceOffset: '9',
      dlqPartition: 2,
      dlqOffset: '41',
      key: 'northwind',
      at: '2026-11-23T10:00:01.000Z',
    })
  })
  it('keeps a record without provenance raw, with a code saying so', () => {
    const d = deadLetterFromRecord(rec({}))
    expect(d).toMatchObject({
      stage: 'unknown',
      code: 'VIGIL_ERR_DLQ_NO_PROVENANCE',
      sourcePartition: -1,
      at: '2026-11-23T10:00:00.000Z',
    })
    expect(d.value?.toString()).toBe('{broken')
  })
})
