import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = { receivedAt: '2026-12-05T12:00:00.000Z', accounts: new OwnAccounts(loadBrands()) }

describe('meta-webhook', () => {
  it('turns Page feed verbs add / edited / remove into create / edit / delete on the comment id', () => {
    const r = readPayload(fixture('meta-webhook/page-feed-comments.json'), 'meta-webhook', ctx)
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.event, m.kind])).toEqual([
      ['facebook:900000000000001_3100000000000001', 'create', 'comment'],
      ['facebook:900000000000001_3100000000000002', 'create', 'reply'],
      ['facebook:900000000000001_3100000000000001', 'edit', 'comment'],
      ['facebook:900000000000001_3100000000000009', 'delete', 'comment'],
      ['facebook:104857600000001_900000000000050', 'create', 'post'],
    ])
    const [first, pageReply] = r.mentions
    expect(first?.conversationId).toBe('facebook:104857600000001_900000000000001')
    expect(first?.createdAt).toBe('2026-12-05T09:14:58.000Z')
    expect(pageReply?.author.isBrandAccount).toBe(true)
    expect(pageReply?.inReplyTo).toBe('facebook:900000000000001_3100000000000001')
    expect(r.mentions[4]?.text).toContain('<3 the new savings pot')
    expect(r.skipped.map((s) => s.reason)).toEqual(['feed item reaction is not a post or comment'])
  })

  it('reads Instagram comments (a list of notifications, change on the entry itself, time in ms)', () => {
    const r = readPayload(fixture('meta-webhook/instagram-comments.json'), 'meta-webhook', ctx)
    expect(r.errors).toEqual([])
    expect(r.mentions.map((m) => [m.id, m.kind, m.author.handle, m.author.isBrandAccount])).toEqual([
      ['instagram:17865799348089039', 'comment', 'test_user_ig', false],
      ['instagram:17865799348089040', 'reply', 'northwindbank', true],
      ['instagram:17865799348089050', 'comment', 'live_viewer', false],
    ])
    expect(r.mentions[1]?.inReplyTo).toBe('instagram:17865799348089039')
    expect(r.mentions[0]?.conversationId).toBe('instagram:18000000000000001')
    expect(r.mentions[2]?.createdAt).toBe('2026-12-05T09:23:20.123Z')
    expect(r.skipped[0]?.reason).toMatch(/mentions is not read/)
  })

  it('keeps an edit before its create and a delete for an unseen id; reports what cannot be a mention', () => {
    const r = readPayload(fixture('meta-webhook/bad.json'), 'meta-webhook', ctx)
    expect(r.mentions.map((m) => [m.id, m.event])).toEqual([
      ['facebook:2_5', 'edit'],
      ['facebook:2_999', 'delete'],
    ])
    expect(r.errors.map((e) => e.item)).toEqual(['entry[0].changes[0]', 'entry[0].changes[1]'])
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'feed comment add has no message (media only)',
      'feed verb hide changes no text',
    ])
  })

  it('says a body that is not a notification is not one', () => {
    const r = readPayload(Buffer.from('{"hello":"world"}'), 'meta-webhook', ctx)
    expect(r.mentions).toEqual([])
    expect(r.errors[0]?.reason).toMatch(/no entry list/)
  })
})

describe('meta-webhook, liberal', () => {
  it("reads the app dashboard's bare sample change and infers the object from the field", () => {
    const sample = {
      field: 'comments',
      value: {
        from: { id: '232323232', username: 'test' },
        media: { id: '123123123', media_product_type: 'FEED' },
        id: '17865799348089039',
        parent_id: '1231231234',
        text: 'This is an example.',
      },
    }
    const r = readPayload(Buffer.from(JSON.stringify(sample)), 'auto', ctx)
    expect(r.format).toBe('meta-webhook')
    expect(r.mentions.map((m) => [m.id, m.kind, m.inReplyTo])).toEqual([
      ['instagram:17865799348089039', 'reply', 'instagram:1231231234'],
    ])
    const noObject = {
      entry: [
        {
          id: '1',
          time: 1796462100,
          changes: [
            {
              field: 'feed',
              value: { item: 'status', verb: 'add', post_id: '1_2', message: 'hi', from: { id: '1' } },
            },
          ],
        },
      ],
    }
    const page = readPayload(Buffer.from(JSON.stringify(noObject)), 'meta-webhook', ctx)
    expect(page.mentions.map((m) => [m.id, m.author.isBrandAccount])).toEqual([['facebook:1_2', true]])
  })
})
