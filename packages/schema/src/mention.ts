/** The platforms Vigil listens to. `news` and `forum` cover the open web. */
export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'reddit',
  'appstore',
  'playstore',
  'news',
  'forum',
] as const
export type Platform = (typeof PLATFORMS)[number]

export const MENTION_KINDS = ['post', 'comment', 'reply', 'review', 'dm'] as const
export type MentionKind = (typeof MENTION_KINDS)[number]

/** What happened to a mention: first seen, edited later, or deleted by its author. */
export const MENTION_EVENTS = ['create', 'edit', 'delete'] as const
export type MentionEvent = (typeof MENTION_EVENTS)[number]

export interface Author {
  id: string
  handle: string
  followers: number
  verified: boolean
  /** True for the bank's own care/brand accounts: their replies answer complaints. */
  isBrandAccount: boolean
}

export interface Engagement {
  likes: number
  shares: number
  replies: number
  views: number
}

/**
 * A raw mention as a connector sees it. `id` is stable (`platform:nativeId`) so that a
 * redelivery or replay is recognised downstream. Edits and deletes carry the id of the
 * mention they change, with `event` saying which.
 */
export interface Mention {
  id: string
  event: MentionEvent
  platform: Platform
  kind: MentionKind
  url: string
  author: Author
  text: string
  /** Event time: when the author posted it (ISO-8601 UTC). */
  createdAt: string
  /** Processing time: when Vigil first received it (ISO-8601 UTC). */
  receivedAt: string
  inReplyTo: string | null
  conversationId: string | null
  engagement: Engagement
  /** 1..5 for app-store reviews. */
  rating: number | null
  appVersion: string | null
  /** Language as the platform reports it, if it does. */
  lang: string | null
  /** App-store territory (ISO 3166-1 alpha-2, upper case) a review was written in, if known. */
  territory?: string | null
}
