/** The care inbox's port onto the store: rows renamed to the wire's camelCase, nothing decided here. */
import {
  type CareActionRecord,
  type CareActionRow,
  type CareItemRow,
  type CareMetricsRow,
  type CareQueueArgs,
  type CareScope,
  careActions,
  careCounts,
  careItem,
  careMetrics,
  careQueue,
  insertCareAction,
  type Store,
} from '@vigil/store'
import type { CareBacklog, CareItem, CareMetricRow } from './public-types.js'
import type { CareAction } from './state.js'

/** An item before its SLA clock is put on (the clock needs `now` and the business hours). */
export type CareRecord = Omit<CareItem, 'sla'>

export interface CareData {
  queue(args: CareQueueArgs): Promise<CareRecord[]>
  counts(args: CareScope & { dueCutoff: Date; breachCutoff: Date }): Promise<CareBacklog>
  item(args: { id: string; accounts: string[]; since: Date }): Promise<CareRecord | null>
  log(id: string): Promise<CareAction[]>
  metrics(args: CareScope & { to: Date; by: 'platform' | 'week' | 'all' }): Promise<CareMetricRow[]>
  append(a: CareActionRecord): Promise<void>
}

const n = (x: unknown) => (Number.isFinite(Number(x)) ? Number(x) : 0)
const orNull = (s: string) => (s === '' ? null : s)
const nullableNum = (x: unknown) =>
  x === null || x === undefined || !Number.isFinite(Number(x)) ? null : Number(x)

export function toRecord(r: CareItemRow): CareRecord {
  return {
    id: r.id,
    platform: r.platform,
    kind: r.kind,
    url: r.url,
    authorHandle: r.author_handle,
    authorFollowers: n(r.author_followers),
    text: r.text,
    lang: r.lang,
    intent: r.intent,
    sentiment: r.sentiment,
    brands: r.brands,
    pii: r.pii,
    createdAt: r.created_at,
    answered: Boolean(r.answered),
    firstReplyAt: orNull(r.first_reply_at),
    replyBy: r.answered ? r.reply_by : null,
    assignee: orNull(r.assignee),
    handled: Boolean(r.handled),
    handledBy: r.handled ? orNull(r.handled_by) : null,
    handledAt: orNull(r.handled_at),
    hideRequested: Boolean(r.hide_requested),
    notes: n(r.notes),
  }
}

const toAction = (r: CareActionRow): CareAction => ({
  action: r.action,
  actor: r.actor,
  assignee: r.assignee,
  note: r.note,
  at: r.at,
})

const toMetric = (r: CareMetricsRow): CareMetricRow => ({
  key: r.key,
  asked: n(r.asked),
  answered: n(r.answered),
  responseRate: n(r.response_rate),
  medianMinutes: nullableNum(r.median_minutes),
  p90Minutes: nullableNum(r.p90_minutes),
  within30: n(r.within_30),
  within60: n(r.within_60),
  handledUnanswered: n(r.handled_unanswered),
})

export function careStoreData(store: Store): CareData {
  return {
    queue: async (args) => (await careQueue(store, args)).map(toRecord),
    async counts(args) {
      const c = await careCounts(store, args)
      return {
        open: n(c.open),
        pastDue: n(c.past_due),
        breached: n(c.breached),
        withPii: n(c.with_pii),
        answered: n(c.answered),
      }
    },
    async item(args) {
      const row = await careItem(store, args)
      return row ? toRecord(row) : null
    },
    log: async (id) => (await careActions(store, id)).map(toAction),
    metrics: async (args) => (await careMetrics(store, args)).map(toMetric),
    append: (a) => insertCareAction(store, a),
  }
}
