/**
 * The API's public contract: every shape an HTTP or WebSocket client receives, in camelCase.
 * The dashboard imports its types from here (`@vigil/api/public-types`) and from @vigil/schema,
 * never from the store: a migration renames columns in store-data.ts, not on the wire.
 * Types only, with no imports beyond @vigil/schema, so a browser build pulls in nothing.
 */
import type { Intent, Platform, SentimentLabel } from '@vigil/schema'

export type { Alert, AlertSignal, AlertStatus, LiveMetric, Severity } from '@vigil/schema'

/** A watched bank, as /api/brands lists it. */
export interface BrandInfo {
  id: string
  name: string
  role: 'own' | 'competitor'
  markets: string[]
}

/** One brand's minute on the volume chart. */
export interface VolumePoint {
  brand: string
  /** Start of the minute, ISO-8601 UTC. */
  minute: string
  volume: number
  negative: number
  positive: number
  complaints: number
  meanSentiment: number
}

/** One brand over a window, beside its competitors. */
export interface BrandSummary {
  brand: string
  volume: number
  negative: number
  complaints: number
  negativeShare: number
  meanSentiment: number
  shareOfVoice: number
}

/** A brand's summary with its display name and role, as /api/summary answers. */
export interface BrandStanding extends BrandSummary {
  name: string
  role: 'own' | 'competitor'
}

/** An operator's verdict on an incident. */
export interface FeedbackRecord {
  alertId: string
  real: boolean
  note: string
  user: string
  /** ISO-8601 UTC. */
  at: string
}

/** A stored mention as analysts see it; the text is masked. */
export interface MentionView {
  id: string
  platform: Platform | string
  kind: string
  url: string
  authorHandle: string
  authorFollowers: number
  authorVerified: boolean
  text: string
  lang: string
  brands: string[]
  sentiment: SentimentLabel | string
  sentimentScore: number
  intent: Intent | string
  pii: string[]
  hashtags: string[]
  terms: string[]
  likes: number
  shares: number
  replies: number
  views: number
  rating: number | null
  appVersion: string
  createdAt: string
  lastEvent: string
}

/** Volume and tone of one brand for one key of a breakdown (a platform or a language). */
export interface BreakdownEntry {
  brand: string
  key: string
  volume: number
  negative: number
  complaints: number
  meanSentiment: number
}

export interface TagCount {
  tag: string
  mentions: number
  negative: number
  authors: number
}

export interface AuthorStats {
  authorId: string
  handle: string
  followers: number
  mentions: number
  negative: number
  complaints: number
  trolls: number
  engagement: number
}

export interface ReleaseFeedback {
  appVersion: string
  mentions: number
  meanRating: number | null
  meanSentiment: number
  complaintShare: number
  firstSeen: string
}

/** One stored event (create, edit, delete) of a mention's history. */
export interface MentionEvent {
  event: string
  eventKey: string
  text: string
  brands: string[]
  sentiment: string
  intent: string
  createdAt: string
  receivedAt: string
  seenAt: string
}
export type * from './analytics/types.js'
export * from './care/public-types.js'
