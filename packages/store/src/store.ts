import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { type ClickHouseClient, type ClickHouseClientConfigOptions, createClient } from '@clickhouse/client'
import { createChdbConnection } from 'chdb/connection'
import { StoreError } from './errors.js'

export interface StoreConfig {
  /** ClickHouse server over HTTP(S). Unset → embedded chDB at `chdbPath`. */
  url?: string
  database: string
  chdbPath: string
  username?: string
  password?: string
}

export interface Store {
  client: ClickHouseClient
  /** Validated identifier: safe to place in SQL text. */
  database: string
  kind: 'server' | 'embedded'
  close(): Promise<void>
  /**
   * Embedded only: chDB's raw insert, the payload handed to the engine as bytes (no SQL
   * string built around it, no copy into a JS string). `insertLines` (mention-lines.ts) uses
   * it when present and a statement with a body otherwise.
   */
  rawInsert?: (p: RawInsert) => Promise<void>
}

/** Text formats chDB's raw insert accepts (line-delimited). */
export type RawInsertFormat = 'JSONEachRow' | 'JSONCompactEachRow' | 'TSV'

export interface RawInsert {
  /** Database-qualified table, validated identifiers. */
  table: string
  format: RawInsertFormat
  columns?: readonly string[]
  values: Buffer
  /** Per-insert settings (`INSERT … SETTINGS k = v`), e.g. `SINK_INSERT_SETTINGS`. */
  settings?: Readonly<Record<string, string | number>>
}

/** The part of chdb's connection extension (`connection.chdb`) the store uses. */
interface ChdbRaw {
  rawInsert(p: {
    table: string
    format: RawInsertFormat
    columns?: readonly string[]
    values: Buffer
    settings?: Readonly<Record<string, string | number>>
  }): Promise<unknown>
}

type ChdbConnectionOption = NonNullable<ClickHouseClientConfigOptions['connection']>

const IDENT_RE = /^[a-zA-Z_][a-zA-Z0-9_]{0,62}$/

/** The only way an identifier reaches SQL text: checked against a strict pattern first. */
export function assertIdentifier(name: string): string {
  if (!IDENT_RE.test(name)) throw new StoreError('VIGIL_ERR_BAD_IDENTIFIER', JSON.stringify(name))
  return name
}

/**
 * Settings for every statement: 64-bit integers come back as JSON numbers (our counts and
 * follower sums stay far below 2^53), so callers get numbers, not strings.
 */
const SETTINGS = {
  output_format_json_quote_64bit_integers: 0,
} as const

export async function createStore(cfg: StoreConfig): Promise<Store> {
  const database = assertIdentifier(cfg.database)
  if (cfg.url) {
    const client = createClient({
      url: cfg.url,
      username: cfg.username ?? 'default',
      password: cfg.password ?? '',
      clickhouse_settings: SETTINGS,
    })
    return { client, database, kind: 'server', close: () => client.close() }
  }
  const path = resolve(cfg.chdbPath)
  mkdirSync(path, { recursive: true })
  let client: ClickHouseClient
  let rawInsert: Store['rawInsert']
  try {
    // chdb types its connection against @clickhouse/client-common 1.23.0 while the client
    // bundles its own copy of the same interface; identical at runtime, distinct to tsc.
    const connection = createChdbConnection({ path }) as unknown as ChdbConnectionOption
    client = createClient({ connection, clickhouse_settings: SETTINGS })
    const chdb = (connection as unknown as { chdb?: ChdbRaw }).chdb
    if (chdb?.rawInsert) {
      rawInsert = async (p) => {
        await chdb.rawInsert({
          table: p.table,
          format: p.format,
          columns: p.columns,
          values: p.values,
          settings: p.settings,
        })
      }
    }
    // The session opens lazily in some versions; a ping surfaces a lock or path error here.
    await client.query({ query: 'SELECT 1', format: 'JSONEachRow' }).then((r) => r.json())
  } catch (err) {
    const msg = (err as Error).message
    if (/only one active data directory/i.test(msg)) {
      throw new StoreError('VIGIL_ERR_CHDB_PATH_IN_USE', `${path}: ${msg}`, { cause: err })
    }
    throw err
  }
  return { client, database, kind: 'embedded', close: () => client.close(), rawInsert }
}
