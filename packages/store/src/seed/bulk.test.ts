import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../../../../tests/support/clickhouse.js'
import { SEED_AUTHOR_CAP, SEED_BRANDS } from '../../../../tests/support/seed-brands.js'
import { seededTableDigests } from '../../../../tests/support/seed-tables.js'
import * as q from '../index.js'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import { planSeed } from './plan.js'
import { runSeed } from './seed.js'

/**
 * The bulk write path (bulk.ts) sets the wide tables' views aside and fills their tables once
 * at the end: a store seeded that way must hold the same rows, and answer every dashboard read
 * the same, as one seeded the way the sink writes.
 */

const H = 3_600_000
const brands = SEED_BRANDS
const ids = brands.map((b) => b.id)
const endMs = Date.parse('2026-11-20T00:00:00.000Z')
const now = new Date(endMs)
const ago = (h: number) => new Date(endMs - h * H)
const last = (h: number) => ({ from: ago(h), to: now })
const range = (days: number) => ({ from: ago(days * 24).toISOString(), to: now.toISOString() })
const plan = () => planSeed({ brands, rows: 12_000, endMs, days: 40 })
const careScope: q.CareScope = {
  brands: ['northwind'],
  intents: ['complaint', 'question'],
  since: ago(14 * 24),
  accounts: ['x:northwindhelp', '*:northwind'],
}

/** The registry's reads (bench/query-registry.mjs) that each seeded table serves. */
async function answers(store: Store): Promise<Record<string, unknown>> {
  await q.decideVoiceDays(store, SEED_AUTHOR_CAP, { now })
  const [v] = await run<{ v: string }>(store, {
    query: `SELECT app_version AS v FROM \`${store.database}\`.review_events WHERE app_version != '' ORDER BY created_at DESC, id LIMIT 1`,
    query_params: {},
  })
  const version = v?.v ?? '1.0.0'
  const reads: [string, () => Promise<unknown>][] = [
    ['volume.24h', () => q.volumeByMinute(store, { brands: ids, ...last(24) })],
    ['summary.30d', () => q.brandSummary(store, last(24 * 30))],
    ['recent.all', () => q.recentMentions(store, { limit: 50 }, now)],
    ['breakdown.lang.7d', () => q.breakdown(store, { ...last(168), by: 'lang' })],
    ['tags.terms.7d', () => q.topTags(store, { ...last(168), field: 'terms', limit: 20 })],
    ['authors.active.7d', () => q.topAuthors(store, { ...last(168), order: 'active', limit: 20 })],
    ['releases.30d', () => q.releaseFeedback(store, last(720))],
    [
      'tags.version.30d',
      () => q.topTags(store, { ...last(720), field: 'terms', appVersion: version, limit: 20 }),
    ],
    ['care.queue', () => q.careQueue(store, { ...careScope, status: 'open', order: 'oldest', limit: 50 })],
    ['care.metrics', () => q.careMetrics(store, { ...careScope, to: now, by: 'platform' })],
    [
      'voice.day.28d',
      () => q.voiceSeries(store, { ...range(28), brands: ids, period: 'day' }, SEED_AUTHOR_CAP),
    ],
    ['releases.hours.40d', () => q.reviewHours(store, { ...range(40), brands: ids })],
    ['explorer.page.24h', () => q.explorerPage(store, { ...last(24), limit: 50 })],
  ]
  const out: Record<string, unknown> = {}
  for (const [name, read] of reads) out[name] = await read()
  return out
}

describe('bulk seeding', () => {
  const stores: Store[] = []
  let normal: Store
  let bulk: Store
  beforeAll(async () => {
    normal = await createTestStore()
    bulk = await createTestStore()
    stores.push(normal, bulk)
    await runSeed(normal, plan(), undefined, { chunkDays: 7 })
    await runSeed(bulk, plan(), undefined, { chunkDays: 7, bulk: true })
  }, 300_000)
  afterAll(async () => {
    for (const s of stores) await s.close()
  })

  it('writes the same rows and the same per-minute, per-hour, reply and review tables', async () => {
    const a = await seededTableDigests(normal)
    expect(a.mentions!.n).toBeGreaterThan(10_000)
    expect(a.mention_replies!.n).toBeGreaterThan(100)
    expect(a.review_events!.n).toBeGreaterThan(100)
    expect(await seededTableDigests(bulk)).toEqual(a)
  })

  it('answers every read the same', async () => {
    const a = await answers(normal)
    const b = await answers(bulk)
    expect((a['recent.all'] as unknown[]).length).toBe(50)
    expect((a['care.queue'] as unknown[]).length).toBeGreaterThan(0)
    for (const name of Object.keys(a)) expect([name, b[name]]).toEqual([name, a[name]])
  }, 300_000)

  it('stopped early, holds the newest days and their aggregates, with the views back in place', async () => {
    const store = await createTestStore()
    stores.push(store)
    let inserts = 0
    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true, shouldStop: () => inserts++ >= 1 })
    const [r] = await run<{ min: string; creates: number; minute: number; views: number }>(store, {
      query: `SELECT toString(min(created_at)) AS min, countIf(event = 'create') AS creates,
                (SELECT sum(volume) FROM DB.mention_minute) AS minute,
                (SELECT count() FROM system.tables WHERE database = {db:String} AND engine = 'MaterializedView') AS views
              FROM DB.mention_events`.replaceAll('DB', `\`${store.database}\``),
      query_params: { db: store.database },
    })
    expect(
      r!.min >=
        ago(7 * 24)
          .toISOString()
          .replace('T', ' ')
          .slice(0, 19),
    ).toBe(true)
    expect(Number(r!.creates)).toBeGreaterThan(1000)
    // Every first sighting counted once per brand it names (comparisons name two).
    const [c] = await run<{ n: number }>(store, {
      query: `SELECT count() AS n FROM \`${store.database}\`.mention_events ARRAY JOIN brands WHERE event = 'create'`,
      query_params: {},
    })
    expect(Number(r!.minute)).toBe(Number(c!.n))
    // Four fed by the wide tables (set aside and put back by the seed), two by mention_stream.
    expect(Number(r!.views)).toBe(6)
    // A benchmark on such a store decides the author cap's verdicts of its newest days only.
    const decided = await q.decideVoiceDays(store, SEED_AUTHOR_CAP, { now, since: ago(4 * 24) })
    const [d] = await run<{ first: string; days: number }>(store, {
      query: `SELECT toString(min(day)) AS first, uniqExact(day) AS days FROM \`${store.database}\`.voice_days`,
      query_params: {},
    })
    // Settled days end 3 h before now: the four days before the last one.
    expect(decided.days).toBe(3)
    expect(d).toEqual({
      first: ago(4 * 24)
        .toISOString()
        .slice(0, 10),
      days: 3,
    })
  }, 300_000)
})
