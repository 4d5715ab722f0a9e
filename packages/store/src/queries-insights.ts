import { type MentionRow, run } from './queries.js'
import * as sql from './sql.js'
import type { Store } from './store.js'

type Window = { from: string | Date; to: string | Date }

export interface BreakdownRow {
  brand: string
  /** The platform or language. */
  key: string
  volume: number
  negative: number
  complaints: number
  mean_sentiment: number
}

export const breakdown = (store: Store, args: Window & { by: sql.Breakdown; brands?: string[] }) =>
  run<BreakdownRow>(store, sql.breakdownSql(store.database, args))

export interface TagRow {
  tag: string
  mentions: number
  negative: number
  authors: number
}

export const topTags = (store: Store, args: sql.TopTagsArgs) =>
  run<TagRow>(store, sql.topTagsSql(store.database, args))

export interface AuthorRow {
  author_id: string
  handle: string
  followers: number
  mentions: number
  negative: number
  complaints: number
  trolls: number
  engagement: number
}

export const topAuthors = (store: Store, args: sql.TopAuthorsArgs) =>
  run<AuthorRow>(store, sql.topAuthorsSql(store.database, args))

export interface ReleaseRow {
  app_version: string
  mentions: number
  mean_rating: number | null
  mean_sentiment: number
  complaint_share: number
  first_seen: string
}

export const releaseFeedback = (store: Store, args: Window & { brand?: string }) =>
  run<ReleaseRow>(store, sql.releaseFeedbackSql(store.database, args))

export interface MentionEventRow {
  event: string
  event_key: string
  text: string
  brands: string[]
  sentiment: string
  intent: string
  created_at: string
  received_at: string
  seen_at: string
}

export const mentionHistory = (store: Store, id: string) =>
  run<MentionEventRow>(store, sql.mentionHistorySql(store.database, id))

export const searchMentions = (store: Store, args: sql.SearchMentionsArgs = {}) =>
  run<MentionRow>(store, sql.searchMentionsSql(store.database, args))
