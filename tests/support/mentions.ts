import type { Mention } from '@vigil/schema'

/** A valid raw mention with the given text, for tests of what the enricher makes of it. */
export function mentionWithText(text: string, over: Partial<Mention> = {}): Mention {
  return {
    id: 'x:1',
    event: 'create',
    platform: 'x',
    kind: 'post',
    url: 'https://x.example/1',
    author: { id: 'u1', handle: 'user1', followers: 3, verified: false, isBrandAccount: false },
    text,
    createdAt: '2026-01-01T00:00:00.000Z',
    receivedAt: '2026-01-01T00:00:01.000Z',
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 1, shares: 0, replies: 0, views: 10 },
    rating: null,
    appVersion: null,
    lang: null,
    ...over,
  }
}
