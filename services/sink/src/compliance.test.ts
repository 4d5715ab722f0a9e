import { randomBytes } from 'node:crypto'
import { keyring, openSealed } from '@vigil/config'
import { deadLetterKey, eventKey } from '@vigil/store'
import { describe, expect, it } from 'vitest'
import { sampleEnriched } from '../../../tests/support/clickhouse.js'
import { keptMention, parseDeletionPolicy, sealDeadLetter, sealedEvidence } from './compliance.js'

const ring = keyring('k1', [['k1', randomBytes(32).toString('base64')]])
const letter = {
  stage: 'enricher',
  code: 'VIGIL_ERR_INVALID_MENTION',
  reason: 'text missing',
  sourceTopic: 'mentions.raw',
  sourcePartition: 0,
  sourceOffset: '7',
  dlqTopic: 'mentions.dlq',
  dlqPartition: 0,
  dlqOffset: '3',
  key: 'x:1',
  value: Buffer.from('{"text":"card 4111 1111 1111 1111"}'),
  at: '2026-11-23T10:00:00.000Z',
}

describe('sink compliance steps', () => {
  it('seals a dead letter’s raw value when keys are configured, and only then', () => {
    const sealed = sealDeadLetter(ring, letter)
    expect(sealed.value).toBeNull()
    expect(JSON.stringify(sealed)).not.toContain('4111')
    const back = openSealed(ring, sealed.sealed!, `vigil-dead-letter\u0000${deadLetterKey(letter)}`)
    expect(Buffer.from(back, 'base64').toString()).toContain('4111')
    expect(sealDeadLetter(null, letter)).toBe(letter)
  })

  it('reads the deletion policy and refuses a malformed one', () => {
    expect(parseDeletionPolicy(undefined)).toEqual({ x: 'purge' })
    expect(parseDeletionPolicy('x:purge, reddit:keep')).toEqual({ x: 'purge', reddit: 'keep' })
    expect(() => parseDeletionPolicy('x:forget')).toThrow(/expected platform:purge/)
  })

  it('turns sealed originals into evidence rows keyed by event', () => {
    const sealed = { keyId: 'k1', iv: 'aa', tag: 'bb', ciphertext: 'cc' }
    const rows = sealedEvidence(
      [sampleEnriched({ id: 'x:1', sealedOriginal: sealed }), sampleEnriched({ id: 'x:2' })].map((m) =>
        keptMention(m),
      ),
    )
    expect(rows).toEqual([
      {
        id: 'x:1',
        eventKey: 'create',
        platform: 'x',
        authorIsBrand: false,
        createdAt: '2026-11-23T10:00:15.000Z',
        sealed,
      },
    ])
  })

  it('keeps of a mention only what the writer reads, an edit keyed by the text it no longer holds', () => {
    const sealed = { keyId: 'k1', iv: 'aa', tag: 'bb', ciphertext: 'cc' }
    const edit = sampleEnriched({ id: 'x:3', event: 'edit', text: 'edited: call me on +44 7700 900123' })
    const kept = keptMention({ ...edit, sealedOriginal: sealed })
    // No text, handle or NLP results held while the block waits: only these fields.
    expect(Object.keys(kept).sort()).toEqual(
      ['author', 'createdAt', 'event', 'eventKey', 'id', 'platform', 'sealedOriginal'].sort(),
    )
    expect(kept.author).toEqual({ isBrandAccount: false })
    expect(JSON.stringify(kept)).not.toContain('7700')
    expect(sealedEvidence([kept])[0]?.eventKey).toBe(eventKey(edit))
    expect(eventKey(edit)).toMatch(/^edit:/)
  })
})
