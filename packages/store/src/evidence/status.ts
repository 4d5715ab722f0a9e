/**
 * What an admin checks of the compliance machinery, read from the engine itself (not from
 * configuration, which may differ from what was applied): each retention table's TTL in days as
 * the table carries it, the posts purged under a platform's deletion policy per platform, the
 * evidence rows per key (a rotation is over when the old key holds none), and the evidence
 * reads and refusals of the last 30 days.
 */
import { run } from '../queries.js'
import { T64, t } from '../sql-common.js'
import type { Store } from '../store.js'
import { evidenceKeyUsage } from './archive.js'
import { RETENTION_TABLES } from './retention.js'

export interface ComplianceStatus {
  retention: Array<{ table: string; column: string; days: number | null }>
  purged: Array<{ platform: string; posts: number; last: string }>
  evidenceKeys: Array<{ keyId: string; rows: number }>
  audit: { since: string; reads: number; denied: number; other: number; last: string | null }
}

export async function complianceStatus(store: Store, now: Date): Promise<ComplianceStatus> {
  const db = store.database
  const since = new Date(now.getTime() - 30 * 86_400_000)
  const [ttl, purged, keys, audit] = await Promise.all([
    run<{ name: string; days: string }>(store, {
      // applyRetention writes `TTL toDateTime(col) + INTERVAL n DAY`; the engine shows it back
      // as toIntervalDay(n).
      query: `SELECT name, extract(create_table_query, 'TTL [^\\n]*?toIntervalDay\\\\((\\\\d+)\\\\)') AS days
FROM system.tables WHERE database = {db:String} AND name IN {tables:Array(String)}`,
      query_params: { db, tables: Object.keys(RETENTION_TABLES) },
    }),
    run<{ platform: string; posts: number; last: string }>(store, {
      query: `SELECT platform, count() AS posts, concat(replaceOne(toString(max(purged_at)), ' ', 'T'), 'Z') AS last
FROM ${t(db, 'purged_mentions')} FINAL GROUP BY platform ORDER BY platform`,
      query_params: {},
    }),
    evidenceKeyUsage(store),
    run<{ reads: number; denied: number; other: number; last: string }>(store, {
      query: `SELECT countIf(outcome = 'read') AS reads, countIf(outcome = 'denied') AS denied,
       countIf(outcome NOT IN ('read', 'denied')) AS other,
       if(count() = 0, '', concat(replaceOne(toString(max(at)), ' ', 'T'), 'Z')) AS last
FROM ${t(db, 'evidence_audit')} WHERE at >= {since:${T64}}`,
      query_params: { since: since.toISOString().replace('T', ' ').replace('Z', '') },
    }),
  ])
  const days = new Map(ttl.map((r) => [r.name, r.days === '' ? null : Number(r.days)]))
  const a = audit[0]
  return {
    retention: Object.entries(RETENTION_TABLES).map(([table, column]) => ({
      table,
      column,
      days: days.get(table) ?? null,
    })),
    purged: purged.map((p) => ({ platform: p.platform, posts: Number(p.posts), last: p.last })),
    evidenceKeys: keys.map((k) => ({ keyId: k.key_id, rows: Number(k.rows) })),
    audit: {
      since: since.toISOString(),
      reads: Number(a?.reads ?? 0),
      denied: Number(a?.denied ?? 0),
      other: Number(a?.other ?? 0),
      last: a?.last ? a.last : null,
    },
  }
}
