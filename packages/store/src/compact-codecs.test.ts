import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import { SEED_AUTHOR_CAP, SEED_BRANDS } from '../../../tests/support/seed-brands.js'
import * as q from './index.js'
import { loadMigrations, migrate } from './migrate.js'
import { run } from './queries.js'
import { planSeed } from './seed/plan.js'
import { runSeed } from './seed/seed.js'
import type { Store } from './store.js'

/**
 * Migration 015 changes how columns are compressed, never what they hold: on a seeded store
 * migrated to 014, every dashboard and api read (the benchmark registry's, with its windows)
 * answers the same before and after 015 with every part rewritten in the new codecs, while the
 * recompressed tables take fewer bytes.
 */

const CAP = SEED_AUTHOR_CAP
const H = 3_600_000
const brands = SEED_BRANDS
const ids = brands.map((b) => b.id)
const endMs = Math.floor(Date.now() / H) * H
const now = new Date(endMs)
const ago = (h: number) => new Date(endMs - h * H)
const last = (h: number) => ({ from: ago(h), to: now })
const range = (days: number) => ({ from: ago(days * 24).toISOString(), to: now.toISOString() })
const careScope: q.CareScope = {
  brands: ['northwind'],
  intents: ['complaint', 'question'],
  since: ago(14 * 24),
  accounts: ['x:northwindhelp', '*:northwind'],
}

let store: Store
let before: Record<string, unknown>
let bytesBefore = 0
let sample: { id: string }[] = []

/** Every table rewritten into one part per partition, in the codecs the table now declares. */
async function rewriteAll() {
  const tables = await run<{ name: string }>(store, {
    query: `SELECT name FROM system.tables WHERE database = {db:String} AND engine LIKE '%MergeTree'`,
    query_params: { db: store.database },
  })
  for (const t of tables)
    await store.client.command({ query: `OPTIMIZE TABLE \`${store.database}\`.\`${t.name}\` FINAL` })
}
/** Compressed bytes of the tables 015 recompresses (their own columns; projections stay LZ4). */
async function storeBytes() {
  const [r] = await run<{ bytes: string }>(store, {
    query: `SELECT sum(column_data_compressed_bytes) AS bytes FROM system.parts_columns
            WHERE database = {db:String} AND active AND table IN ('mentions', 'mention_events', 'voice_counted')`,
    query_params: { db: store.database },
  })
  return Number(r!.bytes)
}

/** The registry's reads (bench/query-registry.mjs), each with its api defaults. */
async function answers(): Promise<Record<string, unknown>> {
  const version = sample.length
    ? ((
        await run<{ v: string }>(store, {
          query: `SELECT app_version AS v FROM \`${store.database}\`.mention_events WHERE app_version != '' ORDER BY created_at DESC, id LIMIT 1`,
          query_params: {},
        })
      )[0]?.v ?? '1.0.0')
    : '1.0.0'
  const reads: [string, () => Promise<unknown>][] = [
    ['volume.60min', () => q.volumeByMinute(store, { brands: ids, ...last(1) })],
    ['volume.24h', () => q.volumeByMinute(store, { brands: ids, ...last(24) })],
    ['summary.24h', () => q.brandSummary(store, last(24))],
    ['summary.30d', () => q.brandSummary(store, last(24 * 30))],
    ['recent.all', () => q.recentMentions(store, { limit: 50 }, now)],
    [
      'recent.complaints',
      () => q.recentMentions(store, { brand: 'northwind', intent: 'complaint', limit: 50 }, now),
    ],
    [
      'alert.samples',
      () =>
        q.mentionsByIds(
          store,
          sample.slice(0, 20).map((r) => r.id),
        ),
    ],
    ['breakdown.platform.7d', () => q.breakdown(store, { ...last(168), by: 'platform' })],
    ['tags.hashtags.24h', () => q.topTags(store, { ...last(24), field: 'hashtags', limit: 20 })],
    [
      'tags.terms.brand.7d',
      () => q.topTags(store, { ...last(168), field: 'terms', brand: 'northwind', limit: 20 }),
    ],
    ['authors.active.7d', () => q.topAuthors(store, { ...last(168), order: 'active', limit: 20 })],
    ['releases.30d', () => q.releaseFeedback(store, last(720))],
    [
      'tags.terms.version.30d',
      () => q.topTags(store, { ...last(720), field: 'terms', appVersion: version, limit: 20 }),
    ],
    [
      'care.queue.open',
      () => q.careQueue(store, { ...careScope, status: 'open', order: 'oldest', limit: 50 }),
    ],
    ['care.counts', () => q.careCounts(store, { ...careScope, dueCutoff: ago(0.5), breachCutoff: ago(1) })],
    ['care.metrics.platform', () => q.careMetrics(store, { ...careScope, to: now, by: 'platform' })],
    ['voice.day.28d', () => q.voiceSeries(store, { ...range(28), brands: ids, period: 'day' }, CAP)],
    [
      'drivers.terms.28d',
      () => q.driverCounts(store, { ...range(28), brands: ids, field: 'terms', limit: 20_000 }, CAP),
    ],
    ['coverage.28d', () => q.coverage(store, { ...range(28), brands: ids })],
    ['releases.versions.40d', () => q.reviewVersions(store, { ...range(40), brands: ids })],
    ['releases.hours.40d', () => q.reviewHours(store, { ...range(40), brands: ids })],
    ['explorer.page.24h', () => q.explorerPage(store, { ...last(24), limit: 50 })],
    ['explorer.count.24h', () => q.explorerCount(store, last(24))],
    ['history', () => q.mentionHistory(store, sample[0]?.id ?? 'none')],
    [
      'sink.existingEventKeys',
      async () =>
        [
          ...(await q.existingEventKeys(
            store,
            sample.map((r) => r.id),
          )),
        ].sort(),
    ],
  ]
  const out: Record<string, unknown> = {}
  for (const [name, read] of reads) out[name] = await read()
  return out
}

beforeAll(async () => {
  store = await createTestStore({ migrate: false })
  await migrate(
    store,
    loadMigrations().filter((m) => m.version < 15),
  )
  await runSeed(store, planSeed({ brands, rows: 20_000, endMs, days: 40 }))
  await q.decideVoiceDays(store, CAP, { now })
  await rewriteAll()
  sample = await run<{ id: string }>(store, {
    query: `SELECT id FROM \`${store.database}\`.mentions WHERE created_at >= {from:DateTime64(3, 'UTC')} ORDER BY id LIMIT 200`,
    query_params: { from: ago(24).toISOString().replace('T', ' ').replace('Z', '') },
  })
  before = await answers()
  bytesBefore = await storeBytes()
  // Later migrations (016's mention_stream) ride along; 015 is the one under test.
  expect((await migrate(store)).applied).toEqual(
    loadMigrations()
      .filter((m) => m.version >= 15)
      .map((m) => m.version),
  )
  await rewriteAll()
}, 600_000)
afterAll(async () => {
  await store?.close()
})

it('every registry read answers the same after 015 rewrote every part', async () => {
  const after = await answers()
  expect(Object.keys(after)).toEqual(Object.keys(before))
  for (const name of Object.keys(before)) expect([name, after[name]]).toEqual([name, before[name]])
  // Reads that found nothing would compare equal whatever the codecs did.
  expect(sample.length).toBeGreaterThan(100)
  expect((before['recent.all'] as unknown[]).length).toBe(50)
  expect((before['care.queue.open'] as unknown[]).length).toBeGreaterThan(0)
  expect((before['drivers.terms.28d'] as unknown[]).length).toBeGreaterThan(0)
}, 300_000)

it('the rewritten tables are smaller', async () => {
  const after = await storeBytes()
  expect(after).toBeLessThan(bytesBefore * 0.9)
  const codecs = await run<{ table: string; codec: string }>(store, {
    query: `SELECT table, compression_codec AS codec FROM system.columns
            WHERE database = {db:String} AND table IN ('mentions', 'mention_events') AND name = 'created_at'`,
    query_params: { db: store.database },
  })
  expect(codecs.map((c) => c.codec)).toEqual(['CODEC(Delta(8), ZSTD(1))', 'CODEC(Delta(8), ZSTD(1))'])
})
