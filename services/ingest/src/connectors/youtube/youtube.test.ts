import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }

describe('youtube', () => {
  it('reads comment threads: top-level comments, replies by the bank channel, edits', () => {
    const r = readPayload(fixture('youtube/comment-threads.json'), 'youtube', ctx)
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.event, m.kind, m.author.isBrandAccount])).toEqual([
      ['youtube:UgzDE2tasfmrYLyNkGt4AaABAg', 'create', 'comment', false],
      ['youtube:UgzDE2tasfmrYLyNkGt4AaABAg.9xYz', 'create', 'reply', true],
      ['youtube:Ugw9edited', 'edit', 'comment', false],
    ])
    const [top, reply, edited] = r.mentions
    expect(top?.text).toBe('Still can\'t log in after this "fix" \nNorthwind please help')
    expect(top?.engagement).toMatchObject({ likes: 42, replies: 1 })
    expect(top?.conversationId).toBe('youtube:dQw4w9WgXcQ')
    expect(reply?.inReplyTo).toBe('youtube:UgzDE2tasfmrYLyNkGt4AaABAg')
    expect(reply?.engagement.likes).toBe(3)
    // Without textOriginal the HTML textDisplay is stripped and decoded.
    expect(edited?.text).toBe('Great explainer & thanks Northwind')
  })

  it('reports threads without a comment, comments without text, and the quota error', () => {
    const bad = readPayload(fixture('youtube/bad.json'), 'youtube', ctx)
    expect(bad.errors.map((e) => e.item)).toEqual(['items[0]', 'items[1]'])
    expect(bad.skipped.map((s) => s.reason)).toEqual(['youtube#video is not a comment'])
    const quota = readPayload(fixture('youtube/bad-quota-error.json'), 'auto', ctx)
    expect(quota.format).toBe('youtube')
    expect(quota.errors[0]?.reason).toMatch(/quota/)
  })
})
