import type { Mention } from '@vigil/schema'

/** A minimal valid mention around `text`, for tests. */
export function mention(text: string, lang: string | null = null, id = 'x:1'): Mention {
  return {
    id,
    event: 'create',
    platform: 'x',
    kind: 'post',
    url: '',
    author: { id: 'a', handle: 'someone', followers: 10, verified: false, isBrandAccount: false },
    text,
    createdAt: '2026-01-01T00:00:00.000Z',
    receivedAt: '2026-01-01T00:00:00.000Z',
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
    rating: null,
    appVersion: null,
    lang,
  }
}
