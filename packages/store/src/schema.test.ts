import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import { MIGRATIONS_DIR, splitStatements, withDb } from './migrate.js'
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
    'alert_feedback',
    'alerts',
    'dead_letters',
    'mention_events',
    'mention_minute',
    'mention_minute_mv',
    'mentions',
  ])
  expect(await tables(fromFile)).toEqual(a)
})
