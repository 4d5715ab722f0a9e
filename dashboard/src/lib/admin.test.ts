import { describe, expect, it } from 'vitest'
import { retentionText, rotationState } from './admin.js'

describe('admin page wording', () => {
  it('says how long a table keeps rows', () => {
    expect(retentionText(400)).toBe('kept 400 days')
    expect(retentionText(1)).toBe('kept 1 day')
    expect(retentionText(null)).toContain('until deleted')
  })
  it('says whether a key rotation is finished', () => {
    expect(rotationState({ currentKey: 'k2', evidenceKeys: [{ keyId: 'k2', rows: 5 }] })).toContain(
      'current key k2',
    )
    expect(
      rotationState({
        currentKey: 'k2',
        evidenceKeys: [
          { keyId: 'k1', rows: 3 },
          { keyId: 'k2', rows: 5 },
        ],
      }),
    ).toBe('3 rows still sealed with k1: re-encrypt, then retire')
    expect(rotationState({ currentKey: null, evidenceKeys: [] })).toContain('no evidence keys')
  })
})
