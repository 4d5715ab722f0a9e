import { DLQ_HEADER, type InboundRecord } from '@vigil/bus'
import { describe, expect, it } from 'vitest'
import { deadLetterFromRecord } from './batch.js'

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
