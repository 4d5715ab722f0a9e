import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EvidenceKeyError, keyring, keyringFromEnv, openSealed, sealText } from './evidence-keys.js'

const k = () => randomBytes(32).toString('base64')

describe('evidence keyring', () => {
  const k1 = k()
  const k2 = k()

  it('round-trips text in any script, and the ciphertext does not contain it', () => {
    const ring = keyring('k1', [['k1', k1]])
    const text = 'card 4111 1111 1111 1111 — بطاقتي ١٢٣٤ — 卡号'
    const s = sealText(ring, text, 'x:1/create')
    expect(s.keyId).toBe('k1')
    expect(Buffer.from(s.ciphertext, 'base64').toString('utf8')).not.toContain('4111')
    expect(openSealed(ring, s, 'x:1/create')).toBe(text)
    expect(sealText(ring, text, 'x:1/create').iv).not.toBe(s.iv)
  })

  it('refuses altered ciphertext and a value moved onto another row', () => {
    const ring = keyring('k1', [['k1', k1]])
    const s = sealText(ring, 'original', 'x:1/create')
    expect(() => openSealed(ring, s, 'x:2/create')).toThrow(EvidenceKeyError)
    const bytes = Buffer.from(s.ciphertext, 'base64')
    bytes[0]! ^= 1
    expect(() => openSealed(ring, { ...s, ciphertext: bytes.toString('base64') }, 'x:1/create')).toThrow(
      /authentication/,
    )
  })

  it('rotates: new writes use the newest key, old rows open with the key they name', () => {
    const old = sealText(keyring('k1', [['k1', k1]]), 'before', 'a')
    const ring = keyringFromEnv({ EVIDENCE_KEYS: `k1:${k1},k2:${k2}` })!
    expect(ring.current).toBe('k2')
    expect(openSealed(ring, old, 'a')).toBe('before')
    expect(sealText(ring, 'after', 'b').keyId).toBe('k2')
    const dropped = keyring('k2', [['k2', k2]])
    expect(() => openSealed(dropped, old, 'a')).toThrow(/"k1" is not configured/)
  })

  it('reads a key file, and refuses bad configuration without echoing a key', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-keys-')), 'keys.json')
    writeFileSync(file, JSON.stringify({ current: 'k1', keys: { k1, k2 } }))
    expect(keyringFromEnv({ EVIDENCE_KEYS_FILE: file })!.current).toBe('k1')
    expect(keyringFromEnv({})).toBeNull()
    expect(() => keyringFromEnv({ EVIDENCE_KEYS: 'k1:c2hvcnQ=' })).toThrow(/32 bytes/)
    expect(() => keyringFromEnv({ EVIDENCE_KEYS: `k1:${k1}`, EVIDENCE_KEY_CURRENT: 'k9' })).toThrow(/"k9"/)
    try {
      keyringFromEnv({ EVIDENCE_KEYS: `k1:${k1},k1:${k1}` })
    } catch (err) {
      expect((err as Error).message).not.toContain(k1)
    }
  })
})
