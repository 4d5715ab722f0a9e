/**
 * Keys of the evidence archive: AES-256-GCM, each with an id stored beside every ciphertext.
 * New writes use the `current` key; reads find the key a row names, so rotating is: add a new
 * key and make it current (every process, in any order), re-encrypt the old rows
 * (`vigil-evidence reencrypt`), then drop the old key from configuration.
 *
 * Configuration (first found wins):
 *   EVIDENCE_KEYS_FILE  a JSON file {"current":"k2","keys":{"k1":"<base64>","k2":"<base64>"}}
 *   EVIDENCE_KEYS       "k1:<base64>,k2:<base64>" with EVIDENCE_KEY_CURRENT (default: the last)
 * Each key is 32 random bytes in base64 (`openssl rand -base64 32`).
 */

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'

export interface Keyring {
  current: string
  keys: ReadonlyMap<string, Buffer>
}

export class EvidenceKeyError extends Error {
  override name = 'EvidenceKeyError'
}

const KEY_ID_RE = /^[A-Za-z0-9_.-]{1,64}$/

export function keyring(current: string, entries: Array<[string, string]>): Keyring {
  const keys = new Map<string, Buffer>()
  for (const [id, b64] of entries) {
    if (!KEY_ID_RE.test(id))
      throw new EvidenceKeyError(`evidence key id ${JSON.stringify(id)}: letters, digits, . _ - only`)
    const key = Buffer.from(b64, 'base64')
    // Never echo the key itself: name it by id only.
    if (key.length !== 32)
      throw new EvidenceKeyError(`evidence key "${id}": must be 32 bytes in base64, got ${key.length}`)
    if (keys.has(id)) throw new EvidenceKeyError(`evidence key "${id}" given twice`)
    keys.set(id, key)
  }
  if (!keys.has(current))
    throw new EvidenceKeyError(`current evidence key "${current}" is not among the keys`)
  return { current, keys }
}

/** The keyring from the environment, or null when none is configured (no evidence is kept then). */
export function keyringFromEnv(env: Record<string, string | undefined>): Keyring | null {
  const file = env.EVIDENCE_KEYS_FILE
  if (file) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      current?: unknown
      keys?: Record<string, unknown>
    }
    if (typeof doc.current !== 'string' || typeof doc.keys !== 'object' || doc.keys === null) {
      throw new EvidenceKeyError(`${file}: expected {"current": "<id>", "keys": {"<id>": "<base64>"}}`)
    }
    return keyring(
      doc.current,
      Object.entries(doc.keys).map(([id, k]) => [id, String(k)]),
    )
  }
  const spec = env.EVIDENCE_KEYS?.trim()
  if (!spec) return null
  const entries = spec.split(',').map((e, i): [string, string] => {
    const at = e.indexOf(':')
    if (at <= 0) throw new EvidenceKeyError(`EVIDENCE_KEYS entry ${i + 1}: expected id:base64`)
    return [e.slice(0, at).trim(), e.slice(at + 1).trim()]
  })
  return keyring(env.EVIDENCE_KEY_CURRENT ?? entries[entries.length - 1]![0], entries)
}

export interface Sealed {
  keyId: string
  iv: string
  tag: string
  ciphertext: string
}

/**
 * Encrypts with the current key. `aad` (the mention id and event) is authenticated, not
 * encrypted: a ciphertext copied onto another row fails to open.
 */
export function sealText(ring: Keyring, plaintext: string, aad: string): Sealed {
  const key = ring.keys.get(ring.current)!
  // 96-bit random IV per message (NIST SP 800-38D §8.2.2); far below 2^32 messages per key.
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return {
    keyId: ring.current,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ct.toString('base64'),
  }
}

/** Opens a sealed value with the key it names; throws if the key is gone or the data was altered. */
export function openSealed(ring: Keyring, s: Sealed, aad: string): string {
  const key = ring.keys.get(s.keyId)
  if (!key) throw new EvidenceKeyError(`evidence key "${s.keyId}" is not configured`)
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'))
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(Buffer.from(s.tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(Buffer.from(s.ciphertext, 'base64')), decipher.final()]).toString(
      'utf8',
    )
  } catch {
    throw new EvidenceKeyError('evidence failed authentication: altered, or sealed for another row')
  }
}
