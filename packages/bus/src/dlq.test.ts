import { describe, expect, it } from 'vitest'
import { DLQ_HEADER, dlqHeaders } from './dlq.js'
import type { InboundRecord } from './records.js'

const rec: InboundRecord = {
  topic: 'mentions.raw',
  partition: 1,
  offset: '1234',
  key: Buffer.from('northwind'),
  value: Buffer.from('{not json'),
  headers: { 'trace-id': 'abc', [DLQ_HEADER.stage]: 'spoofed' },
  timestamp: '1700000000000',
}

describe('dlqHeaders', () => {
  const now = new Date('2026-01-02T03:04:05.000Z')

  it('carries every provenance field', () => {
    const h = dlqHeaders(
      rec,
      { code: 'VIGIL_ERR_JSON', reason: 'Unexpected token n', stage: 'enricher' },
      now,
    )
    expect(h).toMatchObject({
      'vigil.dlq.code': 'VIGIL_ERR_JSON',
      'vigil.dlq.reason': 'Unexpected token n',
      'vigil.dlq.stage': 'enricher',
      'vigil.dlq.time': '2026-01-02T03:04:05.000Z',
      'vigil.dlq.source.topic': 'mentions.raw',
      'vigil.dlq.source.partition': '1',
      'vigil.dlq.source.offset': '1234',
    })
  })

  it('keeps original headers, but provenance cannot be overridden by them', () => {
    const h = dlqHeaders(rec, { code: 'C', reason: 'r', stage: 'sink' }, now)
    expect(h['trace-id']).toBe('abc')
    expect(h[DLQ_HEADER.stage]).toBe('sink')
  })

  it('truncates an enormous reason', () => {
    const h = dlqHeaders(rec, { code: 'C', reason: 'x'.repeat(10_000), stage: 's' }, now)
    expect(h[DLQ_HEADER.reason]?.length).toBeLessThanOrEqual(1_001)
  })
})
