import type { Alert, AlertDelivery, AlertStatus } from '@vigil/schema'
import type { SearchMentionsArgs } from '@vigil/store'
import type {
  AuthorStats,
  BrandSummary,
  BreakdownEntry,
  FeedbackRecord,
  MentionEvent,
  MentionView,
  ReleaseFeedback,
  TagCount,
  VolumePoint,
} from './public-types.js'

export type { FeedbackRecord }

export interface ApiData {
  /** Resolves when the store answers a trivial query; rejects with the reason otherwise. */
  ping(): Promise<void>
  volumeByMinute(args: { brands?: string[]; from: Date; to: Date }): Promise<VolumePoint[]>
  brandSummary(args: { from: Date; to: Date }): Promise<BrandSummary[]>
  listAlerts(args: { status?: AlertStatus; brand?: string; limit: number }): Promise<Alert[]>
  getAlert(id: string): Promise<Alert | null>
  alertFeedback(id: string): Promise<FeedbackRecord[]>
  /** Every delivery attempt of the alert (outlet stage), oldest first. */
  alertDeliveries(id: string): Promise<AlertDelivery[]>
  /** Mentions by id (masked), most followed author first, deleted ones left out. */
  mentionsByIds(ids: string[]): Promise<MentionView[]>
  insertAlerts(alerts: Alert[]): Promise<void>
  insertFeedback(f: FeedbackRecord): Promise<void>
  /** Who acknowledged an incident and when; listAlerts and getAlert carry it onto every version. */
  insertAck(ack: { alertId: string; by: string; at: string }): Promise<void>
  recentMentions(args: { brand?: string; limit: number; intent?: string }): Promise<MentionView[]>
  /** The analysts' views: see routes/insights.ts. */
  insights: InsightsData
}

type Window = { from: Date; to: Date }

export interface InsightsData {
  breakdown(args: Window & { by: 'platform' | 'lang'; brands?: string[] }): Promise<BreakdownEntry[]>
  topTags(
    args: Window & { field: 'hashtags' | 'terms'; brand?: string; appVersion?: string; limit: number },
  ): Promise<TagCount[]>
  topAuthors(
    args: Window & { order: 'active' | 'influential'; brand?: string; limit: number },
  ): Promise<AuthorStats[]>
  releaseFeedback(args: Window & { brand?: string }): Promise<ReleaseFeedback[]>
  searchMentions(args: SearchArgs): Promise<MentionView[]>
  mentionHistory(id: string): Promise<MentionEvent[]>
}

/** The explorer's filters: the store's, over a window, with a limit always set. */
export type SearchArgs = Omit<SearchMentionsArgs, 'from' | 'to' | 'limit'> & Window & { limit: number }
