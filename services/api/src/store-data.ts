import type { Alert, Intent } from '@vigil/schema'
import {
  alertAcks,
  alertDeliveries,
  brandSummary,
  breakdown,
  getAlert,
  insertAlertAck,
  insertAlertFeedback,
  insertAlerts,
  listAlertFeedback,
  listAlerts,
  mentionHistory,
  mentionsByIds,
  recentMentions,
  releaseFeedback,
  type Store,
  searchMentions,
  topAuthors,
  topTags,
  volumeByMinute,
} from '@vigil/store'
import type { ApiData } from './data.js'
import * as toPublic from './public-rows.js'

const n = (x: unknown): number => {
  const v = Number(x)
  return Number.isFinite(v) ? v : 0
}

/** ClickHouse text without a zone, or ISO: either way back to ISO-8601 UTC. */
const iso = (s: string): string =>
  new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`).toISOString()

/** The ApiData port over @vigil/store's runners: renames columns to the API's camelCase. */
/**
 * The detector's versions after an acknowledgement do not say who acknowledged, and the store
 * keeps only the newest version: the api's own record of the ack is put back on the alert.
 */
async function withAcks(store: Store, alerts: Alert[]): Promise<Alert[]> {
  const ids = alerts.filter((a) => a.status === 'acknowledged' || a.status === 'resolved').map((a) => a.id)
  const acks = new Map((await alertAcks(store, ids)).map((r) => [r.alert_id, r]))
  return alerts.map((a) => {
    const ack = acks.get(a.id)
    if (!ack || a.acknowledgedAt !== undefined) return a
    return {
      ...a,
      acknowledgedAt: ack.acked_at,
      ...(ack.acked_by !== '' ? { acknowledgedBy: ack.acked_by } : {}),
    }
  })
}

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
    listAlerts: async (args) => withAcks(store, await listAlerts(store, args)),
    async getAlert(id) {
      const alert = await getAlert(store, id)
      return alert ? ((await withAcks(store, [alert]))[0] ?? alert) : null
    },
    insertAck: (ack) => insertAlertAck(store, ack),
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
    mentionsByIds: async (ids) => (await mentionsByIds(store, ids)).map(toPublic.mention),
    insertAlerts: (alerts) => insertAlerts(store, alerts),
    insertFeedback: (f) => insertAlertFeedback(store, f),
    recentMentions: async (args) =>
      (
        await recentMentions(store, {
          brand: args.brand,
          limit: args.limit,
          intent: args.intent as Intent | undefined,
        })
      ).map(toPublic.mention),
    insights: {
      breakdown: async (args) => (await breakdown(store, args)).map(toPublic.breakdown),
      topTags: async (args) => (await topTags(store, args)).map(toPublic.tag),
      topAuthors: async (args) => (await topAuthors(store, args)).map(toPublic.author),
      releaseFeedback: async (args) => (await releaseFeedback(store, args)).map(toPublic.release),
      searchMentions: async (args) => (await searchMentions(store, args)).map(toPublic.mention),
      mentionHistory: async (id) => (await mentionHistory(store, id)).map(toPublic.event),
    },
  }
}
