import { run } from '../queries.js'
import type { Store } from '../store.js'
import { toChTime } from '../time.js'
import * as sql from './sql-care.js'

/** One inbox item as stored, with its derived state. Times are ISO-8601 UTC ('' when unset). */
export interface CareItemRow {
  id: string
  platform: string
  kind: string
  url: string
  author_handle: string
  author_followers: number
  text: string
  lang: string
  intent: string
  sentiment: string
  brands: string[]
  pii: string[]
  created_at: string
  answered: boolean | number
  first_reply_at: string
  reply_by: string
  assignee: string
  handled: boolean | number
  handled_by: string
  handled_at: string
  hide_requested: boolean | number
  notes: number
}

type Detail = Pick<CareItemRow, 'id' | (typeof sql.DETAIL_COLUMNS)[number]>
type PageRow = Omit<CareItemRow, (typeof sql.DETAIL_COLUMNS)[number]>

/** One page: the narrow page query, then the wide columns of its rows only (see sql-care.ts). */
export async function careQueue(store: Store, args: sql.CareQueueArgs): Promise<CareItemRow[]> {
  const page = await run<PageRow>(store, sql.careQueueSql(store.database, args))
  if (page.length === 0) return []
  const details = await run<Detail>(
    store,
    sql.careDetailsSql(store.database, { ids: page.map((r) => r.id), since: args.since }),
  )
  const byId = new Map(details.map((d) => [d.id, d]))
  return page.map((r) => {
    const d = byId.get(r.id)
    return {
      kind: d?.kind ?? '',
      url: d?.url ?? '',
      author_handle: d?.author_handle ?? '',
      author_followers: d?.author_followers ?? 0,
      text: d?.text ?? '',
      lang: d?.lang ?? '',
      ...r,
    }
  })
}

export interface CareCountsRow {
  open: number
  past_due: number
  breached: number
  with_pii: number
  answered: number
  handled_unanswered: number
}

export async function careCounts(
  store: Store,
  args: Parameters<typeof sql.careCountsSql>[1],
): Promise<CareCountsRow> {
  const [row] = await run<CareCountsRow>(store, sql.careCountsSql(store.database, args))
  return row ?? { open: 0, past_due: 0, breached: 0, with_pii: 0, answered: 0, handled_unanswered: 0 }
}

export async function careItem(
  store: Store,
  args: Parameters<typeof sql.careItemSql>[1],
): Promise<CareItemRow | null> {
  const [row] = await run<CareItemRow>(store, sql.careItemSql(store.database, args))
  return row ?? null
}

export interface CareActionRow {
  mention_id: string
  action_id: string
  action: sql.CareActionKind
  actor: string
  assignee: string
  note: string
  at: string
}

export const careActions = (store: Store, mentionId: string) =>
  run<CareActionRow>(store, sql.careActionsSql(store.database, mentionId))

export interface CareMetricsRow {
  key: string
  asked: number
  answered: number
  response_rate: number
  median_minutes: number | null
  p90_minutes: number | null
  within_30: number
  within_60: number
  handled_unanswered: number
}

export const careMetrics = (store: Store, args: Parameters<typeof sql.careMetricsSql>[1]) =>
  run<CareMetricsRow>(store, sql.careMetricsSql(store.database, args))

/** Appends one action to the work log; nothing is ever updated in place. */
export async function insertCareAction(store: Store, a: sql.CareActionRecord): Promise<void> {
  await store.client.insert({
    table: `\`${store.database}\`.care_actions`,
    values: [
      {
        mention_id: a.mentionId,
        action_id: a.actionId,
        action: a.action,
        actor: a.actor,
        assignee: a.assignee,
        note: a.note,
        at: toChTime(a.at),
      },
    ],
    format: 'JSONEachRow',
  })
}
