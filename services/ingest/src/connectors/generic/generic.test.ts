import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: OwnAccounts.none() }

describe('generic', () => {
  it('validates each mention on its own: unknown fields dropped, times to UTC, receivedAt stamped', () => {
    const r = readPayload(fixture('generic/mentions.json'), 'auto', ctx)
    expect(r.format).toBe('generic')
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.event, m.createdAt])).toEqual([
      ['forum:thread-88/post-3', 'create', '2026-12-05T08:00:00.000Z'],
      ['forum:thread-88/post-1', 'delete', '2026-12-05T08:00:00.000Z'],
    ])
    expect(r.mentions[0]).not.toHaveProperty('futureField')
    expect(r.mentions[0]?.receivedAt).toBe(ctx.receivedAt)
  })

  it('gives each bad item its reason', () => {
    const r = readPayload(fixture('generic/bad.json'), 'generic', ctx)
    expect(r.mentions).toEqual([])
    expect(r.errors.map((e) => e.reason)).toEqual([
      'id must look like platform:nativeId',
      'author must be an object',
      'createdAt must be an ISO-8601 timestamp',
      'territory must be an ISO 3166-1 alpha-2 code in upper case or null',
    ])
  })
})
