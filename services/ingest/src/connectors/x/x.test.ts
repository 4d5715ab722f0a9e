import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }

describe('x-v2', () => {
  it('reads a stream reply with its author from includes.users, entities decoded, ids as Vigil ids', () => {
    const r = readPayload(fixture('x-v2/stream-reply-with-expansions.json'), 'x-v2', ctx)
    expect(r.errors).toEqual([])
    expect(r.mentions).toHaveLength(1)
    const m = r.mentions[0]!
    expect(m).toMatchObject({
      id: 'x:1735000000000000101',
      event: 'create',
      kind: 'reply',
      inReplyTo: 'x:1735000000000000100',
      conversationId: 'x:1735000000000000100',
      createdAt: '2026-12-05T09:15:02.000Z',
      receivedAt: ctx.receivedAt,
      lang: 'en',
      url: 'https://x.com/ana_p/status/1735000000000000101',
    })
    expect(m.text).toContain('declined twice today & the app says "try later"')
    expect(m.author).toEqual({
      id: '2244994945',
      handle: 'ana_p',
      followers: 1203,
      verified: false,
      isBrandAccount: false,
    })
    expect(m.engagement).toEqual({ likes: 14, shares: 3, replies: 1, views: 830 })
  })

  it('turns an edited tweet into an edit of its first id, expands retweets and long posts, epoch times', () => {
    const r = readPayload(fixture('x-v2/recent-search-page.json'), 'x-v2', ctx)
    expect(r.errors).toEqual([])
    const byId = new Map(r.mentions.map((m) => [m.id, m]))
    expect(byId.get('x:1735000000000000205')?.event).toBe('edit')
    expect(byId.has('x:1735000000000000210')).toBe(false)
    expect(byId.get('x:1735000000000000220')?.text).toMatch(/^RT @NorthwindBank: .*everyone affected\.$/)
    const zh = byId.get('x:1735000000000000230')!
    expect(zh.text).toContain('客服也联系不上')
    expect(zh.createdAt).toBe('2026-12-05T08:20:00.000Z')
    expect(zh.lang).toBe('zh')
  })

  it('marks the bank care account as the brand answering', () => {
    const body = {
      data: {
        id: '9',
        text: 'We are on it',
        author_id: '1500000000000000001',
        created_at: '2026-12-05T09:00:00Z',
      },
      includes: { users: [{ id: '1500000000000000001', username: 'SomethingElse' }] },
    }
    const r = readPayload(Buffer.from(JSON.stringify(body)), 'x-v2', ctx)
    expect(r.mentions[0]?.author.isBrandAccount).toBe(true)
  })

  it('reads a stream capture line by line, keep-alive blank lines ignored', () => {
    const r = readPayload(fixture('x-v2/stream-capture.ndjson'), 'x-v2', ctx)
    expect(r.mentions.map((m) => m.id)).toEqual(['x:1735000000000000301', 'x:1735000000000000302'])
    expect(r.errors).toEqual([])
  })

  it('reports each bad tweet and X errors by item, keeps the good one beside them', () => {
    const r = readPayload(fixture('x-v2/bad-items.json'), 'x-v2', ctx)
    expect(r.mentions.map((m) => m.id)).toEqual(['x:1735000000000000401'])
    expect(r.errors.map((e) => e.item)).toEqual(['errors[0]', 'data[0]', 'data[1]', 'data[2]'])
    expect(r.errors[1]?.reason).toMatch(/no text/)
  })

  it('says a truncated payload is not JSON and that nothing was readable', () => {
    const r = readPayload(fixture('x-v2/bad-truncated.txt'), 'x-v2', ctx)
    expect(r.readable).toBe(false)
    expect(r.errors[0]?.code).toBe('VIGIL_ERR_MALFORMED_JSON')
  })
})

describe('x-compliance', () => {
  it('turns delete and drop into delete events, skips edits and user events with a reason', () => {
    const r = readPayload(fixture('x-compliance/events.ndjson'), 'x-compliance', ctx)
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.event, m.text])).toEqual([
      ['x:1735000000000000101', 'delete', ''],
      ['x:1600000000000000999', 'delete', ''],
      ['x:1735000000000000200', 'delete', ''],
      // The legacy form's id_str is used: the numeric id is past 2^53 and would be rounded.
      ['x:1600000000000000777', 'delete', ''],
    ])
    expect(r.mentions[0]?.createdAt).toBe('2026-12-05T11:00:00.000Z')
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'tweet_edit is not a post deletion',
      'withheld is not a post deletion',
      'user_delete is not a post deletion',
    ])
  })

  it('reports a delete without an id, an unknown event and a cut line', () => {
    const r = readPayload(fixture('x-compliance/bad.ndjson'), 'x-compliance', ctx)
    expect(r.mentions).toEqual([])
    expect(r.errors.map((e) => e.code).sort()).toEqual([
      'VIGIL_ERR_MALFORMED_JSON',
      'VIGIL_ERR_MISSING_FIELD',
      'VIGIL_ERR_PAYLOAD_SHAPE',
    ])
  })
})

describe('x-v2 without tweet.fields', () => {
  it('dates a tweet from its snowflake id when created_at was not requested', () => {
    // Default fields only: id, text, edit_history_tweet_ids. X's docs give this tweet created_at 2021-01-06T18:40:40.000Z.
    const body = {
      data: [
        { id: '1346889436626259968', text: 'Northwind?', edit_history_tweet_ids: ['1346889436626259968'] },
      ],
    }
    const r = readPayload(Buffer.from(JSON.stringify(body)), 'x-v2', ctx)
    expect(r.mentions[0]?.createdAt).toBe('2021-01-06T18:40:40.344Z')
  })
})
