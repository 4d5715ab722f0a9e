import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }

describe('reddit', () => {
  it('reads a post and its comment tree: replies nested, edits, [deleted] and [removed] as deletes', () => {
    const r = readPayload(fixture('reddit/post-comments.json'), 'reddit', ctx)
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.event, m.kind, m.inReplyTo])).toEqual([
      ['reddit:t3_1h7xyz', 'create', 'post', null],
      ['reddit:t1_m0aaa01', 'edit', 'comment', 'reddit:t3_1h7xyz'],
      ['reddit:t1_m0aaa02', 'create', 'reply', 'reddit:t1_m0aaa01'],
      ['reddit:t1_m0aaa03', 'delete', 'comment', 'reddit:t3_1h7xyz'],
      ['reddit:t1_m0aaa04', 'delete', 'comment', 'reddit:t3_1h7xyz'],
    ])
    const [post, first, bank] = r.mentions
    expect(post?.text).toBe(
      'Northwind card outage?\n\nAnyone else unable to pay with Northwind cards today? Tried 3 shops & nothing.',
    )
    expect(post?.engagement).toMatchObject({ likes: 128, replies: 3, shares: 1 })
    expect(post?.createdAt).toBe('2026-12-05T09:00:00.000Z')
    expect(first?.text).toBe('Same here > 2 hours now')
    expect(first?.conversationId).toBe('reddit:t3_1h7xyz')
    expect(bank?.author.isBrandAccount).toBe(true)
    expect(bank?.url).toBe('https://www.reddit.com/comments/1h7xyz/_/m0aaa02/')
    expect(r.mentions[4]?.engagement.likes).toBe(0)
    expect(r.skipped.map((s) => s.reason)).toEqual(['a "more" stub: those comments need another request'])
  })

  it('reports comments without id or text, skips other kinds', () => {
    const r = readPayload(fixture('reddit/bad.json'), 'auto', ctx)
    expect(r.format).toBe('reddit')
    expect(r.mentions).toEqual([])
    expect(r.errors.map((e) => e.item)).toEqual(['$.children[0]', '$.children[1]', '$.children[3]'])
    expect(r.skipped.map((s) => s.reason)).toEqual(['kind t5 is not a post or comment'])
  })
})
