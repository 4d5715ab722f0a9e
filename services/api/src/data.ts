import type { Alert, AlertDelivery, AlertStatus } from '@vigil/schema'
import type {
  AuthorRow,
  BreakdownRow,
  InboxRow,
  MentionEventRow,
  MentionRow,
  ReleaseRow,
  ResponseStatsRow,
  SearchMentionsArgs,
  TagRow,
} from '@vigil/store'

/**
 * What the routes need from ClickHouse, as one small interface. `storeData` in
 * `store-data.ts` implements it over @vigil/store; keeping the routes on this port means a
 * renamed store function changes one adapter, not every handler.
 */
export interface VolumeRow {
  brand: string
  /** Minute start, ISO-8601 UTC. */
  minute: string
  volume: number
  negative: number
  positive: number
  complaints: number
  meanSentiment: number
}

export interface SummaryRow {
  brand: string
  volume: number
  negative: number
  complaints: number
  negativeShare: number
  meanSentiment: number
  shareOfVoice: number
}

export interface FeedbackRecord {
  alertId: string
  real: boolean
  note: string
  user: string
  /** ISO-8601 UTC. */
  at: string
}

export interface ApiData {
  /** Resolves when the store answers a trivial query; rejects with the reason otherwise. */
  ping(): Promise<void>
  volumeByMinute(args: { brands?: string[]; from: Date; to: Date }): Promise<VolumeRow[]>
  brandSummary(args: { from: Date; to: Date }): Promise<SummaryRow[]>
  listAlerts(args: { status?: AlertStatus; brand?: string; limit: number }): Promise<Alert[]>
  getAlert(id: string): Promise<Alert | null>
  alertFeedback(id: string): Promise<FeedbackRecord[]>
  /** Every delivery attempt of the alert (outlet stage), oldest first. */
  alertDeliveries(id: string): Promise<AlertDelivery[]>
  /** Mentions by id (masked), most followed author first, deleted ones left out. */
  mentionsByIds(ids: string[]): Promise<MentionRow[]>
  insertAlerts(alerts: Alert[]): Promise<void>
  insertFeedback(f: FeedbackRecord): Promise<void>
  recentMentions(args: { brand?: string; limit: number; intent?: string }): Promise<object[]>
  /** The analysts' views (rows as the store names them): see routes/insights.ts. */
  insights: InsightsData
}

type Window = { from: Date; to: Date }

export interface InsightsData {
  breakdown(args: Window & { by: 'platform' | 'lang'; brands?: string[] }): Promise<BreakdownRow[]>
  topTags(
    args: Window & { field: 'hashtags' | 'terms'; brand?: string; appVersion?: string; limit: number },
  ): Promise<TagRow[]>
  topAuthors(
    args: Window & { order: 'active' | 'influential'; brand?: string; limit: number },
  ): Promise<AuthorRow[]>
  careInbox(args: { since: Date; brand?: string; limit: number }): Promise<InboxRow[]>
  responseStats(args: Window & { brand?: string }): Promise<ResponseStatsRow[]>
  releaseFeedback(args: Window & { brand?: string }): Promise<ReleaseRow[]>
  searchMentions(args: SearchArgs): Promise<MentionRow[]>
  mentionHistory(id: string): Promise<MentionEventRow[]>
}

/** The explorer's filters: the store's, over a window, with a limit always set. */
export type SearchArgs = Omit<SearchMentionsArgs, 'from' | 'to' | 'limit'> & Window & { limit: number }
