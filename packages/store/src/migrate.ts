import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { StoreError } from './errors.js'
import { assertIdentifier, type Store } from './store.js'

/** Shipped beside `src/` and `dist/`, so the same relative path works from both. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations')

export interface Migration {
  version: number
  name: string
  statements: string[]
  checksum: string
}

const FILE_RE = /^(\d{3})_([a-z0-9_]+)\.sql$/

/** Split a migration file into statements: comments dropped, `;` at a line end ends one. */
export function splitStatements(sql: string): string[] {
  const lines = sql.split('\n').filter((l) => !l.trim().startsWith('--'))
  return lines
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => FILE_RE.test(f))
    .sort()
  return files.map((file) => {
    const m = FILE_RE.exec(file)!
    const text = readFileSync(join(dir, file), 'utf8')
    return {
      version: Number(m[1]),
      name: m[2]!,
      statements: splitStatements(text),
      checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
    }
  })
}

/** `{db}` is the one placeholder; the database name was validated by createStore. */
export const withDb = (sql: string, db: string) => sql.replaceAll('{db}', `\`${assertIdentifier(db)}\``)

export interface MigrateResult {
  applied: number[]
  skipped: number[]
  /** Already applied, but the file differs from what ran: a shipped migration was edited. */
  changed: number[]
}

/**
 * Create the database, the bookkeeping table, and apply missing migrations in order. Every
 * DDL statement is `IF NOT EXISTS`, so a migration interrupted half-way, or two processes
 * migrating at once, converge on the same schema when re-run.
 */
export async function migrate(store: Store, migrations = loadMigrations()): Promise<MigrateResult> {
  const db = `\`${store.database}\``
  await store.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${db}` })
  await store.client.command({
    query: `CREATE TABLE IF NOT EXISTS ${db}.schema_migrations
      (version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3))
      ENGINE = ReplacingMergeTree ORDER BY version`,
  })
  const rs = await store.client.query({
    query: `SELECT version, checksum FROM ${db}.schema_migrations FINAL`,
    format: 'JSONEachRow',
  })
  const done = new Map(
    (await rs.json<{ version: number; checksum: string }>()).map((r) => [Number(r.version), r.checksum]),
  )
  const result: MigrateResult = { applied: [], skipped: [], changed: [] }
  for (const m of migrations) {
    const ran = done.get(m.version)
    if (ran !== undefined) {
      result.skipped.push(m.version)
      if (ran !== m.checksum) result.changed.push(m.version)
      continue
    }
    for (const [i, stmt] of m.statements.entries()) {
      try {
        await store.client.command({ query: withDb(stmt, store.database) })
      } catch (err) {
        const detail = `${m.version}_${m.name} statement ${i + 1}: ${(err as Error).message}`
        throw new StoreError('VIGIL_ERR_MIGRATION', detail, { cause: err })
      }
    }
    await store.client.insert({
      table: `${db}.schema_migrations`,
      values: [{ version: m.version, name: m.name, checksum: m.checksum }],
      format: 'JSONEachRow',
    })
    result.applied.push(m.version)
  }
  return result
}
