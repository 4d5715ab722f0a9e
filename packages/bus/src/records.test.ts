import { describe, expect, it } from 'vitest'
import { headersToStrings, nextOffset, toInboundRecord } from './records.js'

describe('headersToStrings', () => {
  it('decodes buffers as UTF-8 and keeps strings', () => {
    expect(headersToStrings({ a: Buffer.from('ünï'), b: 'plain' })).toEqual({ a: 'ünï', b: 'plain' })
  })

  it('keeps the last value of a repeated header and skips undefined', () => {
    expect(headersToStrings({ a: [Buffer.from('1'), '2'], b: undefined })).toEqual({ a: '2' })
  })

  it('is empty without headers', () => {
    expect(headersToStrings(undefined)).toEqual({})
  })
})

describe('nextOffset', () => {
  it('adds one without losing int64 precision', () => {
    expect(nextOffset('41')).toBe('42')
    expect(nextOffset('9223372036854775806')).toBe('9223372036854775807')
  })
})

describe('toInboundRecord', () => {
  it('maps a KafkaJS message with null key and value', () => {
    const r = toInboundRecord('t', 2, {
      key: null,
      value: null,
      timestamp: '1700000000000',
      attributes: 0,
      offset: '7',
      headers: {},
    })
    expect(r).toEqual({
      topic: 't',
      partition: 2,
      offset: '7',
      key: null,
      value: null,
      headers: {},
      timestamp: '1700000000000',
    })
  })
})
