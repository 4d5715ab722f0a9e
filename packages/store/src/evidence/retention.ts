/**
 * Retention per table (ClickHouse TTL), from configuration: `RETENTION_DAYS` is
 * "table:days,…", e.g. "mentions:400,mention_events:400,evidence:2555,evidence_audit:3650".
 * Applied with ALTER TABLE … MODIFY TTL, so changing it needs no migration; a table not named
 * keeps its rows. Only the tables below may be named, each with the time column its TTL reads.
 */
import { StoreError } from '../errors.js'
import { t } from '../sql-common.js'
import type { Store } from '../store.js'

export const RETENTION_TABLES: Readonly<Record<string, string>> = {
  mentions: 'created_at',
  mention_events: 'created_at',
  evidence: 'created_at',
  evidence_audit: 'at',
  purged_mentions: 'purged_at',
  dead_letters: 'at',
  alerts: 'opened_at',
  mention_minute: 'minute',
  saved_searches: 'created_at',
  // 011: replies carry author handles, stored verdicts carry tags; keep them no longer than mentions.
  mention_replies: 'created_at',
  voice_counted: 'created_at',
  // 014: every other table that holds mentions or what is derived from them.
  mention_hour: 'hour',
  voice_day: 'day',
  voice_days: 'day',
  voice_tag_day: 'day',
  review_events: 'created_at',
  care_actions: 'at',
  label_corrections: 'at',
}

/**
 * Tables that hold mentions' rows or their per-day derivatives (handles, tags, verdicts): unless
 * named themselves, they keep what `mentions` keeps, so a retention set for mentions cannot
 * leave a copy behind. The per-minute and per-hour counts are left to their own setting (they
 * hold no text, author or tag), and so are the care work log and the corrections.
 */
export const FOLLOW_MENTIONS: readonly string[] = [
  'mention_events',
  'mention_replies',
  'voice_counted',
  'voice_day',
  'voice_days',
  'voice_tag_day',
  'review_events',
]

/** The days each table keeps: what was named, and `mentions`' days for its followers not named. */
export function withFollowers(days: Record<string, number>): Record<string, number> {
  const out = { ...days }
  const m = days.mentions
  if (m === undefined) return out
  for (const table of FOLLOW_MENTIONS) if (out[table] === undefined) out[table] = m
  return out
}

export function parseRetention(spec: string | undefined): Record<string, number> {
  const out: Record<string, number> = {}
  for (const entry of (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [table, days] = entry.split(':').map((s) => s.trim())
    if (!table || !(table in RETENTION_TABLES)) {
      throw new StoreError(
        'VIGIL_ERR_BAD_QUERY_ARGS',
        `RETENTION_DAYS: unknown table ${JSON.stringify(table)}`,
      )
    }
    const n = Number(days)
    if (!Number.isInteger(n) || n < 1 || n > 36_500) {
      throw new StoreError(
        'VIGIL_ERR_BAD_QUERY_ARGS',
        `RETENTION_DAYS: ${table} needs whole days in 1..36500`,
      )
    }
    out[table] = n
  }
  return out
}

/** The statements that apply a retention (pure, so the text can be checked by the engine). */
export function retentionStatements(db: string, days: Record<string, number>): string[] {
  return Object.entries(days).map(([table, n]) => {
    const col = RETENTION_TABLES[table]
    if (!col) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `no retention for table ${table}`)
    // `n` is a validated integer; the column and table come from the allow-list above.
    return `ALTER TABLE ${t(db, table)} MODIFY TTL toDateTime(${col}) + INTERVAL ${Math.trunc(n)} DAY`
  })
}

/** Applies the retention, with `mentions`' days for its followers not named (withFollowers). */
export async function applyRetention(store: Store, days: Record<string, number>): Promise<void> {
  for (const query of retentionStatements(store.database, withFollowers(days)))
    await store.client.command({ query })
}
