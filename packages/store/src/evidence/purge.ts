/**
 * Per-platform deletion policy. Where a platform's terms require it (X's developer policy:
 * content deleted on X must be deleted from your systems as soon as practicable), a deletion
 * event purges the post's text and author from every table that holds them; the row stays
 * (its id, platform, time, brand and labels), so the per-minute counts do not move, while
 * counts derived from the text (terms, hashtags) are revised and say so via `purged_mentions`.
 * The bank's own posts are kept as evidence whatever the platform.
 */
import { tagDaySql } from '../competitors/stored.js'
import { run } from '../queries.js'
import { iso, T64, t } from '../sql-common.js'
import type { Store } from '../store.js'
import { toChTime } from '../time.js'

export type DeletionAction = 'purge' | 'keep'

/** Platform → what a deletion does. X requires purging; others keep the archive (configurable). */
export const DEFAULT_DELETION_POLICY: Readonly<Record<string, DeletionAction>> = { x: 'purge' }

export interface DeletionEvent {
  id: string
  platform: string
  createdAt: string
  /** Posted by one of the bank's own accounts: kept as evidence. */
  authorIsBrand: boolean
}

/** Pure: which of these deletions must be purged under `policy`. */
export function toPurge(
  events: readonly DeletionEvent[],
  policy: Readonly<Record<string, DeletionAction>> = DEFAULT_DELETION_POLICY,
): DeletionEvent[] {
  return events.filter((e) => !e.authorIsBrand && policy[e.platform] === 'purge')
}

/**
 * Tables and the columns a purge blanks. Another table that keeps a mention's text or author
 * (a care note quoting it, say) belongs here too.
 */
export const PURGE_TARGETS: ReadonlyArray<{ table: string; set: string }> = [
  {
    table: 'mentions',
    set: "text = '', author_id = '', author_handle = '', url = '', hashtags = [], cashtags = [], handles = [], terms = []",
  },
  {
    table: 'mention_events',
    set: "text = '', author_id = '', author_handle = '', url = '', hashtags = [], terms = []",
  },
  // 011: the replies by time (care inbox) and the author cap's verdicts (competitors).
  { table: 'mention_replies', set: "author_id = '', author_handle = ''" },
  { table: 'voice_counted', set: 'hashtags = [], terms = []' },
  // 014: the stores' first sightings (release views).
  { table: 'review_events', set: 'terms = []' },
]

// Synchronous mutations: the purge is done (on every replica) when the call returns.
const SYNC = { mutations_sync: '2' } as const

/**
 * The per-day tag sums (voice_tag_day, 014) of the days holding a purged post's verdicts are
 * summed again from the verdicts just blanked, so the drivers drop its tags as a read of the
 * verdicts themselves does.
 */
async function resumTagDays(store: Store, ids: string[]): Promise<void> {
  const days = await run<{ cap: string; day: string }>(store, {
    query: `SELECT DISTINCT cap, toString(day) AS day FROM ${t(store.database, 'voice_counted')} WHERE id IN {ids:Array(String)}`,
    query_params: { ids },
  })
  for (const { cap, day } of days) {
    await store.client.command({
      query: `ALTER TABLE ${t(store.database, 'voice_tag_day')} DELETE WHERE cap = {cap:String} AND day = {day:Date}`,
      query_params: { cap, day },
      clickhouse_settings: SYNC,
    })
    for (const q of tagDaySql(store.database, cap, day)) await store.client.command(q)
  }
}

export async function purgeMentions(
  store: Store,
  events: DeletionEvent[],
  policyName = 'platform-terms',
): Promise<number> {
  if (events.length === 0) return 0
  const ids = events.map((e) => e.id)
  for (const target of PURGE_TARGETS) {
    await store.client.command({
      query: `ALTER TABLE ${t(store.database, target.table)} UPDATE ${target.set} WHERE id IN {ids:Array(String)}`,
      query_params: { ids },
      clickhouse_settings: SYNC,
    })
  }
  await resumTagDays(store, ids)
  await store.client.command({
    query: `ALTER TABLE ${t(store.database, 'evidence')} DELETE WHERE id IN {ids:Array(String)}`,
    query_params: { ids },
    clickhouse_settings: SYNC,
  })
  const now = toChTime(new Date())
  await store.client.insert({
    table: `\`${store.database}\`.purged_mentions`,
    format: 'JSONEachRow',
    values: events.map((e) => ({
      id: e.id,
      platform: e.platform,
      created_at: toChTime(e.createdAt),
      purged_at: now,
      policy: policyName,
    })),
  })
  return events.length
}

/** How many mentions created in [from, to) were purged: a view's counts from text were revised. */
export async function purgedInWindow(
  store: Store,
  from: Date | string,
  to: Date | string,
): Promise<{ purged: number; lastPurgedAt: string | null }> {
  const rows = await run<{ purged: number; last: string | null }>(store, {
    query: `SELECT count() AS purged, if(count() = 0, NULL, ${iso('max(purged_at)')}) AS last
FROM ${t(store.database, 'purged_mentions')} FINAL
WHERE created_at >= {from:${T64}} AND created_at < {to:${T64}}`,
    query_params: { from: toChTime(from), to: toChTime(to) },
  })
  return { purged: Number(rows[0]?.purged ?? 0), lastPurgedAt: rows[0]?.last ?? null }
}
