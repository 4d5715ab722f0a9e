import type { Alert, AlertDelivery } from '@vigil/schema'
import { type AlertRow, type DeliveryRow, rowToAlert, rowToDelivery } from './rows.js'
import * as sql from './sql.js'
import type { Store } from './store.js'

/** Thin runners: build, send, return typed rows. */
export async function run<T>(store: Store, q: sql.BuiltQuery): Promise<T[]> {
  const rs = await store.client.query({ query: q.query, query_params: q.query_params, format: 'JSONEachRow' })
  return rs.json<T>()
}

export interface VolumePoint {
  brand: string
  /** Bucket start, ISO-8601 UTC. */
  bucket: string
  volume: number
  negative: number
  neutral: number
  positive: number
  complaints: number
  questions: number
  pii_incidents: number
  reach: number
  mean_sentiment: number
}

export const volumeSeries = (store: Store, args: sql.VolumeArgs) =>
  run<VolumePoint>(store, sql.volumeSeriesSql(store.database, args))

export const volumeByMinute = (store: Store, args: Omit<sql.VolumeArgs, 'bucket'>) =>
  run<VolumePoint>(store, sql.volumeByMinuteSql(store.database, args))

export interface BrandSummary {
  brand: string
  volume: number
  negative: number
  complaints: number
  negative_share: number
  mean_sentiment: number
  share_of_voice: number
}

export const brandSummary = (store: Store, args: { from: string | Date; to: string | Date }) =>
  run<BrandSummary>(store, sql.brandSummarySql(store.database, args))

export async function listAlerts(store: Store, args: sql.ListAlertsArgs = {}): Promise<Alert[]> {
  const rows = await run<AlertRow>(store, sql.listAlertsSql(store.database, args))
  return rows.map(rowToAlert)
}

export async function getAlert(store: Store, id: string): Promise<Alert | null> {
  const rows = await run<AlertRow>(store, sql.getAlertSql(store.database, id))
  return rows[0] ? rowToAlert(rows[0]) : null
}

/** Every delivery attempt of an alert, oldest first. */
export async function alertDeliveries(store: Store, alertId: string): Promise<AlertDelivery[]> {
  const rows = await run<DeliveryRow>(store, sql.alertDeliveriesSql(store.database, alertId))
  return rows.map(rowToDelivery)
}

export interface AlertFeedbackRow {
  alert_id: string
  real: boolean
  note: string
  user: string
  at: string
}

export const listAlertFeedback = (store: Store, alertId: string) =>
  run<AlertFeedbackRow>(store, sql.alertFeedbackSql(store.database, alertId))

export interface AlertAckRow {
  alert_id: string
  acked_by: string
  acked_at: string
}

export const alertAcks = (store: Store, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : run<AlertAckRow>(store, sql.alertAcksSql(store.database, ids))

export interface MentionRow {
  id: string
  platform: string
  kind: string
  url: string
  author_handle: string
  author_followers: number
  author_verified: boolean
  text: string
  lang: string
  brands: string[]
  sentiment: string
  sentiment_score: number
  intent: string
  pii: string[]
  hashtags: string[]
  terms: string[]
  likes: number
  shares: number
  replies: number
  views: number
  rating: number | null
  app_version: string
  created_at: string
  last_event: string
}

/** The given mentions (text masked as stored), most followed author first: an incident's samples. */
export const mentionsByIds = (store: Store, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : run<MentionRow>(store, sql.mentionsByIdsSql(store.database, ids))

/**
 * Windows tried before the whole table: the current state is keyed by id, so "the newest 50"
 * over all of it reads every row, while a window reads only its granules (idx_created_at). A
 * window that already holds `limit` matches holds the newest `limit`: the answer is the same.
 */
const RECENT_WINDOWS_MS = [24 * 3_600_000, 30 * 24 * 3_600_000]

export async function recentMentions(
  store: Store,
  args: sql.RecentMentionsArgs = {},
  now: Date = new Date(),
): Promise<MentionRow[]> {
  const limit = args.limit ?? 50
  if (args.ids === undefined && args.since === undefined) {
    for (const ms of RECENT_WINDOWS_MS) {
      const since = new Date(now.getTime() - ms)
      const rows = await run<MentionRow>(store, sql.recentMentionsSql(store.database, { ...args, since }))
      if (rows.length >= limit) return rows
    }
  }
  return run<MentionRow>(store, sql.recentMentionsSql(store.database, args))
}

export async function countMentions(store: Store): Promise<number> {
  const rows = await run<{ n: number }>(store, sql.countMentionsSql(store.database))
  return Number(rows[0]?.n ?? 0)
}

export interface MentionCount {
  id: string
  rows: number
  final_rows: number
  creates: number
  events: number
}

export const countMentionsById = (store: Store, ids?: string[]) =>
  run<MentionCount>(store, sql.countMentionsByIdSql(store.database, ids))

/** `id → event keys already archived`, for the given ids only. */
export async function existingEventKeys(store: Store, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await run<{ id: string; event_key: string }>(
    store,
    sql.existingEventKeysSql(store.database, ids),
  )
  return new Set(rows.map((r) => `${r.id}\u0000${r.event_key}`))
}

export interface DeadLetterRow {
  stage: string
  code: string
  reason: string
  source_topic: string
  source_partition: number
  source_offset: string
  dlq_topic: string
  dlq_partition: number
  dlq_offset: string
  key: string
  value: string
  value_encoding: string
  at: string
}

export const listDeadLetters = (store: Store, args: sql.DeadLetterArgs = {}) =>
  run<DeadLetterRow>(store, sql.listDeadLettersSql(store.database, args))
