import { describe, expect, it } from 'vitest'
import { decodeAlert } from './decode.js'
import { alert } from './test-fixtures.js'

describe('decodeAlert', () => {
  it('reads an alert version, and says why it cannot read a broken one', () => {
    const a = alert()
    expect(decodeAlert(Buffer.from(JSON.stringify(a)))).toEqual(a)
    expect(decodeAlert(null)).toBe('empty record')
    expect(decodeAlert(Buffer.from('{"id":'))).toBe('not JSON')
    expect(decodeAlert(Buffer.from(JSON.stringify({ ...a, status: 'panicking' })))).toBe('unknown status')
    expect(decodeAlert(Buffer.from(JSON.stringify({ ...a, updatedAt: 'yesterday' })))).toBe(
      'updatedAt must be a time',
    )
    expect(decodeAlert(Buffer.from('null'))).toBe('not an object')
  })
})
