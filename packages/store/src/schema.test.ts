import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import { loadMigrations, MIGRATIONS_DIR, migrate, splitStatements, withDb } from './migrate.js'
import { run } from './queries.js'
import type { Store } from './store.js'

let migrated: Store
let fromFile: Store

beforeAll(async () => {
  migrated = await createTestStore()
  fromFile = await createTestStore({ migrate: false })
  await fromFile.client.command({ query: `CREATE DATABASE IF NOT EXISTS \`${fromFile.database}\`` })
  const text = readFileSync(join(MIGRATIONS_DIR, '..', 'schema.sql'), 'utf8')
  for (const stmt of splitStatements(text)) {
    await fromFile.client.command({ query: withDb(stmt, fromFile.database) })
  }
})
afterAll(async () => {
  await fromFile?.close()
  await migrated?.close()
})

async function tables(store: Store) {
  const rows = await run<{ name: string; ddl: string }>(store, {
    query: `SELECT name, replaceAll(create_table_query, {db:String}, 'DB') AS ddl
            FROM system.tables WHERE database = {db:String} AND name != 'schema_migrations' ORDER BY name`,
    query_params: { db: store.database },
  })
  return rows
}

it('schema.sql describes exactly what the migrations build', async () => {
  const a = await tables(migrated)
  expect(a.map((t) => t.name)).toEqual([
    'alert_acks',
    'alert_deliveries',
    'alert_feedback',
    'alerts',
    'care_actions',
    'dead_letters',
    'evidence',
    'evidence_audit',
    'label_corrections',
    'label_corrections_latest',
    'mention_events',
    'mention_hour',
    'mention_hour_mv',
    'mention_minute',
    'mention_minute_corrections',
    'mention_minute_mv',
    'mention_replies',
    'mention_replies_mv',
    'mention_stream',
    'mention_stream_event_mv',
    'mention_stream_state_mv',
    'mentions',
    'purged_mentions',
    'review_events',
    'review_events_mv',
    'saved_searches',
    'voice_counted',
    'voice_day',
    'voice_days',
    'voice_tag_day',
  ])
  expect(await tables(fromFile)).toEqual(a)
})

it('upgrades a database built by 001 alone, keeping its rows', async () => {
  const old = await createTestStore({ migrate: false })
  try {
    const all = loadMigrations()
    expect(await migrate(old, all.slice(0, 1))).toMatchObject({ applied: [1] })
    await old.client.insert({
      table: `\`${old.database}\`.mention_events`,
      values: [{ id: 'x:old', event: 'create', event_key: 'create', created_at: '2026-11-23 08:00:00.000' }],
      format: 'JSONEachRow',
    })
    const up = await migrate(old)
    expect(up.applied).toEqual(all.slice(1).map((m) => m.version))
    expect(await tables(old)).toEqual(await tables(migrated))
    const rows = await run<{ id: string; in_reply_to: string }>(old, {
      query: `SELECT id, in_reply_to FROM \`${old.database}\`.mention_events`,
      query_params: {},
    })
    expect(rows).toEqual([{ id: 'x:old', in_reply_to: '' }])
  } finally {
    await old.close()
  }
})
