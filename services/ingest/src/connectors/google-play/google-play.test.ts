import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { OwnAccounts } from '../common/own-accounts.js'
import { readPayload } from '../read.js'

const fixture = (f: string) => readFileSync(new URL(`../../../fixtures/${f}`, import.meta.url))
const ctx = {
  receivedAt: '2026-12-05T12:00:00.000Z',
  accounts: new OwnAccounts(loadBrands()),
  appId: 'uk.co.northwindbank.app',
  territory: 'GB',
}

describe('google-play', () => {
  it('reads reviews.list: rating, app version, language, time from seconds/nanos, the developer reply', () => {
    const r = readPayload(fixture('google-play/reviews-list.json'), 'google-play', ctx)
    expect(r.errors).toEqual([])
    const [review, reply, dutch] = r.mentions
    expect(review).toMatchObject({
      id: 'playstore:gp:AOqpTOF1a2b3c4d5e6f7',
      kind: 'review',
      rating: 1,
      appVersion: '4.12.3',
      lang: 'en-GB',
      territory: 'GB',
      createdAt: '2026-12-05T05:53:20.123Z',
      engagement: { likes: 17, shares: 0, replies: 0, views: 0 },
    })
    expect(review?.url).toContain('id=uk.co.northwindbank.app')
    expect(reply).toMatchObject({
      id: 'playstore:gp:AOqpTOF1a2b3c4d5e6f7:reply',
      kind: 'reply',
      inReplyTo: 'playstore:gp:AOqpTOF1a2b3c4d5e6f7',
      author: { id: 'uk.co.northwindbank.app', isBrandAccount: true },
      createdAt: '2026-12-05T08:40:00.000Z',
    })
    // originalText is what the reviewer wrote; text may be a translation. A string rating counts.
    expect(dutch).toMatchObject({
      text: 'Snelle app, fijn!',
      rating: 5,
      lang: 'nl',
      author: { handle: 'A Google user' },
    })
  })

  it('splits the title Play joins to the body with a tab', () => {
    const review = {
      reviewId: 'r1',
      authorName: 'A',
      comments: [{ userComment: { text: '\tSlow app\tTransfers take minutes', starRating: 2 } }],
    }
    const r = readPayload(Buffer.from(JSON.stringify(review)), 'auto', ctx)
    expect(r.mentions[0]?.text).toBe('Slow app\n\nTransfers take minutes')
  })

  it('reports a review without id or text and keeps an out-of-range rating out of the mention', () => {
    const r = readPayload(fixture('google-play/bad.json'), 'google-play', ctx)
    expect(r.mentions.map((m) => [m.id, m.rating])).toEqual([['playstore:gp:bad-stars', null]])
    expect(r.errors.map((e) => e.item)).toEqual(['reviews[0]', 'reviews[1]', 'reviews[3]'])
  })
})
