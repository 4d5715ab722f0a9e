/**
 * Store rows (ClickHouse column names) → the API's public types (camelCase). The one place a
 * column rename meets the HTTP contract: a migration that renames a column fails to compile here.
 */
import type { AuthorRow, BreakdownRow, MentionEventRow, MentionRow, ReleaseRow, TagRow } from '@vigil/store'
import type {
  AuthorStats,
  BreakdownEntry,
  MentionEvent,
  MentionView,
  ReleaseFeedback,
  TagCount,
} from './public-types.js'

const n = (x: unknown): number => {
  const v = Number(x)
  return Number.isFinite(v) ? v : 0
}
const nOrNull = (x: unknown): number | null => (x === null || x === undefined ? null : n(x))

export const mention = (r: MentionRow): MentionView => ({
  id: r.id,
  platform: r.platform,
  kind: r.kind,
  url: r.url,
  authorHandle: r.author_handle,
  authorFollowers: n(r.author_followers),
  authorVerified: Boolean(r.author_verified),
  text: r.text,
  lang: r.lang,
  brands: r.brands,
  sentiment: r.sentiment,
  sentimentScore: n(r.sentiment_score),
  intent: r.intent,
  pii: r.pii,
  hashtags: r.hashtags,
  terms: r.terms,
  likes: n(r.likes),
  shares: n(r.shares),
  replies: n(r.replies),
  views: n(r.views),
  rating: nOrNull(r.rating),
  appVersion: r.app_version,
  createdAt: r.created_at,
  lastEvent: r.last_event,
})

export const breakdown = (r: BreakdownRow): BreakdownEntry => ({
  brand: r.brand,
  key: r.key,
  volume: n(r.volume),
  negative: n(r.negative),
  complaints: n(r.complaints),
  meanSentiment: n(r.mean_sentiment),
})

export const tag = (r: TagRow): TagCount => ({
  tag: r.tag,
  mentions: n(r.mentions),
  negative: n(r.negative),
  authors: n(r.authors),
})

export const author = (r: AuthorRow): AuthorStats => ({
  authorId: r.author_id,
  handle: r.handle,
  followers: n(r.followers),
  mentions: n(r.mentions),
  negative: n(r.negative),
  complaints: n(r.complaints),
  trolls: n(r.trolls),
  engagement: n(r.engagement),
})

export const release = (r: ReleaseRow): ReleaseFeedback => ({
  appVersion: r.app_version,
  mentions: n(r.mentions),
  meanRating: nOrNull(r.mean_rating),
  meanSentiment: n(r.mean_sentiment),
  complaintShare: n(r.complaint_share),
  firstSeen: r.first_seen,
})

export const event = (r: MentionEventRow): MentionEvent => ({
  event: r.event,
  eventKey: r.event_key,
  text: r.text,
  brands: r.brands,
  sentiment: r.sentiment,
  intent: r.intent,
  createdAt: r.created_at,
  receivedAt: r.received_at,
  seenAt: r.seen_at,
})
