import type { Intent } from '@vigil/schema'
import {
  alertDeliveries,
  brandSummary,
  breakdown,
  careInbox,
  getAlert,
  insertAlertFeedback,
  insertAlerts,
  listAlertFeedback,
  listAlerts,
  mentionHistory,
  mentionsByIds,
  recentMentions,
  releaseFeedback,
  responseStats,
  type Store,
  searchMentions,
  topAuthors,
  topTags,
  volumeByMinute,
} from '@vigil/store'
import type { ApiData } from './data.js'

const n = (x: unknown): number => {
  const v = Number(x)
  return Number.isFinite(v) ? v : 0
}

/** ClickHouse text without a zone, or ISO: either way back to ISO-8601 UTC. */
const iso = (s: string): string =>
  new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`).toISOString()

/** The ApiData port over @vigil/store's runners: renames columns to the API's camelCase. */
export function storeData(store: Store): ApiData {
  return {
    async ping() {
      const rs = await store.client.query({ query: 'SELECT 1 AS ok', format: 'JSONEachRow' })
      await rs.json()
    },
    async volumeByMinute(args) {
      const rows = await volumeByMinute(store, args)
      return rows.map((r) => ({
        brand: r.brand,
        minute: iso(r.bucket),
        volume: n(r.volume),
        negative: n(r.negative),
        positive: n(r.positive),
        complaints: n(r.complaints),
        meanSentiment: n(r.mean_sentiment),
      }))
    },
    async brandSummary(args) {
      const rows = await brandSummary(store, args)
      return rows.map((r) => ({
        brand: r.brand,
        volume: n(r.volume),
        negative: n(r.negative),
        complaints: n(r.complaints),
        negativeShare: n(r.negative_share),
        meanSentiment: n(r.mean_sentiment),
        shareOfVoice: n(r.share_of_voice),
      }))
    },
    listAlerts: (args) => listAlerts(store, args),
    getAlert: (id) => getAlert(store, id),
    async alertFeedback(id) {
      const rows = await listAlertFeedback(store, id)
      return rows.map((r) => ({
        alertId: r.alert_id,
        real: Boolean(r.real),
        note: r.note,
        user: r.user,
        at: iso(r.at),
      }))
    },
    alertDeliveries: (id) => alertDeliveries(store, id),
    mentionsByIds: (ids) => mentionsByIds(store, ids),
    insertAlerts: (alerts) => insertAlerts(store, alerts),
    insertFeedback: (f) => insertAlertFeedback(store, f),
    recentMentions: (args) =>
      recentMentions(store, {
        brand: args.brand,
        limit: args.limit,
        intent: args.intent as Intent | undefined,
      }),
    insights: {
      breakdown: (args) => breakdown(store, args),
      topTags: (args) => topTags(store, args),
      topAuthors: (args) => topAuthors(store, args),
      careInbox: (args) => careInbox(store, args),
      responseStats: (args) => responseStats(store, args),
      releaseFeedback: (args) => releaseFeedback(store, args),
      searchMentions: (args) => searchMentions(store, args),
      mentionHistory: (id) => mentionHistory(store, id),
    },
  }
}
