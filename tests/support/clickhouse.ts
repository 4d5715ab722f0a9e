/**
 * A fresh, migrated Store per test, on a real engine: a ClickHouse server when CLICKHOUSE_URL
 * is set, else embedded chDB.
 *
 * chDB allows one data directory per process at a time (a second path fails with "only one
 * active data directory per process"; a second connection to the *same* path works). So all
 * test stores of one process share one temp directory and are kept apart by a unique
 * database each; the directory is removed when the last of them closes, and the next call
 * starts a new one. Vitest runs each test file in its own process, so files never collide.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Alert, EnrichedMention } from '@vigil/schema'
import { createStore, migrate, type Store } from '@vigil/store'

let shared: { dir: string; open: number } | null = null

export function uniqueDatabase(prefix = 'vigil_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
}

export interface TestStoreOptions {
  /** Apply the shipped migrations (default true). */
  migrate?: boolean
  database?: string
}

export async function createTestStore(opts: TestStoreOptions = {}): Promise<Store> {
  const database = opts.database ?? uniqueDatabase()
  const url = process.env.CLICKHOUSE_URL
  if (!shared && !url) shared = { dir: mkdtempSync(join(tmpdir(), 'vigil-chdb-')), open: 0 }
  const slot = url ? null : shared!
  const store = await createStore({
    url,
    database,
    chdbPath: slot ? slot.dir : '',
    username: process.env.CLICKHOUSE_USER,
    password: process.env.CLICKHOUSE_PASSWORD,
  })
  if (slot) slot.open += 1
  let closed = false
  const testStore: Store = {
    ...store,
    async close() {
      if (closed) return
      closed = true
      try {
        await store.client.command({ query: `DROP DATABASE IF EXISTS \`${store.database}\`` })
      } finally {
        await store.close()
        if (slot) {
          slot.open -= 1
          if (slot.open === 0 && shared === slot) {
            shared = null
            rmSync(slot.dir, { recursive: true, force: true })
          }
        }
      }
    },
  }
  if (opts.migrate !== false) {
    try {
      await migrate(testStore)
    } catch (err) {
      await testStore.close()
      throw err
    }
  }
  return testStore
}

/** A valid enriched mention for store and sink tests; override what the test is about. */
export function sampleEnriched(over: Partial<EnrichedMention> & { id: string }): EnrichedMention {
  const at = over.createdAt ?? '2026-11-23T10:00:15.000Z'
  return {
    event: 'create',
    platform: 'x',
    kind: 'post',
    url: `https://x.example/${over.id}`,
    author: { id: 'u1', handle: 'someone', followers: 100, verified: false, isBrandAccount: false },
    text: 'Northwind app is down again',
    createdAt: at,
    receivedAt: at,
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 1, shares: 0, replies: 0, views: 10 },
    rating: null,
    appVersion: null,
    lang: 'en',
    brands: [{ brand: 'northwind', via: 'Northwind' }],
    sentiment: { label: 'negative', score: -0.6 },
    intent: 'complaint',
    intentReasons: ['outage terms'],
    hashtags: [],
    cashtags: [],
    handles: [],
    urls: [],
    terms: ['app', 'down'],
    pii: [],
    markets: ['GB'],
    enrichedAt: at,
    ...over,
  }
}

export function sampleAlert(over: Partial<Alert> & { id: string }): Alert {
  return {
    version: 1,
    brand: 'northwind',
    status: 'open',
    severity: 'high',
    score: 7.5,
    confidence: 0.9,
    signals: [{ name: 'negative', observed: 40, expected: 5, score: 7.5 }],
    drivers: { hashtags: ['#appdown'], terms: ['down'], platforms: ['x'], languages: ['en'] },
    sectorWide: false,
    headline: 'Negative mentions of Northwind 8x baseline',
    openedAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    resolvedAt: null,
    sampleMentionIds: ['x:1'],
    ...over,
  }
}
