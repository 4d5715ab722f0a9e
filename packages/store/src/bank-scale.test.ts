import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { SEED_AUTHOR_CAP, SEED_BRANDS } from '../../../tests/support/seed-brands.js'
import { careCountsSql, careMetricsSql, careQueueSql } from './care/sql-care.js'
import { driverCounts } from './competitors/queries.js'
import { decideVoiceDays } from './competitors/stored.js'
import { purgeMentions } from './evidence/purge.js'
import { applyRetention, FOLLOW_MENTIONS } from './evidence/retention.js'
import { insertMentionEvents, insertMentions } from './insert.js'
import { run } from './queries.js'
import { reviewHours, reviewVersions, versionTerms } from './releases/queries.js'
import { planSeed } from './seed/plan.js'
import { runSeed } from './seed/seed.js'
import { BRAND_STANCES } from './sql-common.js'
import type { Store } from './store.js'

/**
 * Migration 014 on a seeded store (the generator's mix: reviews, releases, replies, several
 * banks): the new read paths must return exactly what the reads before 014 returned on the same
 * rows, and a retention set for mentions must reach every table derived from them.
 */

const CAP = SEED_AUTHOR_CAP
const DAY = 86_400_000
const brands = SEED_BRANDS
const ids = brands.map((b) => b.id)
// Retention counts from the wall clock, so the seed ends now (to the hour: stable within a run).
const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000
const iso = (ms: number) => new Date(ms).toISOString()

let store: Store
const q = <T>(query: string) =>
  run<T>(store, { query: query.replaceAll('DB', `\`${store.database}\``), query_params: {} })

beforeAll(async () => {
  store = await createTestStore()
  await runSeed(store, planSeed({ brands, rows: 30_000, endMs, days: 70 }))
  await decideVoiceDays(store, CAP, { now: new Date(endMs) })
}, 300_000)
afterAll(async () => {
  await store?.close()
})

describe('release reads from review_events (014)', () => {
  // The api's default 90 days (the whole seed), and a ragged range that starts and ends mid-hour.
  const ranges = [
    { from: iso(endMs - 90 * DAY), to: iso(endMs), brands: ids },
    { from: iso(endMs - 41 * DAY + 1_234_567), to: iso(endMs - 3 * DAY - 777_000), brands: ids },
    { from: iso(endMs - 60 * DAY), to: iso(endMs), brands: ['northwind'], store: 'playstore' as const },
  ]

  it('the table holds exactly the archive’s app-store first sightings', async () => {
    const [r] = await q<{ reviews: number; archive: number }>(
      `SELECT (SELECT count() FROM DB.review_events) AS reviews,
              (SELECT count() FROM DB.mention_events WHERE event = 'create' AND platform IN ('appstore', 'playstore')) AS archive`,
    )
    expect(r!.reviews).toBeGreaterThan(500)
    expect(r!.reviews).toBe(r!.archive)
  })

  it('versions and hourly reviews equal the archive read, range by range', async () => {
    for (const f of ranges) {
      const versions = await reviewVersions(store, f)
      expect(versions.length).toBeGreaterThan(0)
      expect(versions).toEqual(await reviewVersions(store, f, 'archive'))
      const hours = await reviewHours(store, f)
      expect(hours.reduce((a, h) => a + Number(h.reviews), 0)).toBeGreaterThan(50)
      expect(hours).toEqual(await reviewHours(store, f, 'archive'))
    }
  })

  it("a version's new terms equal the archive read", async () => {
    const versions = await reviewVersions(store, ranges[0]!)
    const v = versions.find((x) => x.store === 'appstore' && Number(x.reviews) > 5)!
    const args = {
      brand: v.brand,
      store: 'appstore' as const,
      version: v.app_version,
      at: v.first_seen,
      windowMs: 14 * DAY,
      afterTo: iso(endMs),
      limit: 5000,
    }
    const terms = await versionTerms(store, args)
    expect(terms.length).toBeGreaterThan(0)
    expect(terms).toEqual(await versionTerms(store, args, 'archive'))
  })
})

describe('drivers from voice_tag_day (014)', () => {
  const cases = [
    { from: iso(endMs - 28 * DAY), to: iso(endMs), brands: ids, field: 'terms' as const },
    { from: iso(endMs - 20.5 * DAY), to: iso(endMs - 1.25 * DAY), brands: ids, field: 'hashtags' as const },
    {
      from: iso(endMs - 28 * DAY),
      to: iso(endMs),
      brands: ['northwind', 'crest'],
      field: 'terms' as const,
      platform: 'x',
    },
    { from: iso(endMs - 45 * DAY), to: iso(endMs), brands: ids, field: 'terms' as const, market: 'GB' },
  ]

  it('rank the same tags with the same counts and totals as the stored verdicts', async () => {
    for (const f of cases) {
      const stored = await driverCounts(store, { ...f, limit: 20_000 }, CAP)
      expect(stored.length).toBeGreaterThan(3)
      expect(stored).toEqual(await driverCounts(store, { ...f, limit: 20_000 }, CAP, { tagDays: false }))
    }
  })

  it('a late post redoes its day in the tag sums too', async () => {
    const f = { ...cases[0]!, limit: 20_000 }
    const day = Math.floor((endMs - 10 * DAY) / DAY) * DAY
    const late = sampleEnriched({
      id: 'x:late-014',
      createdAt: iso(day + 12 * 3_600_000),
      brands: [{ brand: 'crest', via: 'Crest Bank' }],
      terms: ['zebracrossing'],
      hashtags: ['#ZebraCrossing'],
    })
    await insertMentions(store, [late])
    await insertMentionEvents(store, [late])
    const redone = await decideVoiceDays(store, CAP, { now: new Date(endMs) })
    expect(redone.days).toBeGreaterThanOrEqual(1)
    const stored = await driverCounts(store, f, CAP)
    expect(stored.find((r) => r.tag === 'zebracrossing')).toMatchObject({ brand: 'crest', count: 1 })
    expect(stored).toEqual(await driverCounts(store, f, CAP, { tagDays: false }))
  })
})

it('a purge drops the post’s tags from the stored tag sums and the reviews, as from the verdicts', async () => {
  const f = {
    from: iso(endMs - 28 * DAY),
    to: iso(endMs),
    brands: ids,
    field: 'terms' as const,
    limit: 20_000,
  }
  const [post] = await q<{ id: string; brand: string; tag: string; platform: string; created_at: string }>(
    `SELECT id, brand, arrayJoin(arrayDistinct(terms)) AS tag, platform, toString(created_at) AS created_at
     FROM DB.voice_counted WHERE is_voiced AND day < toDate(now()) - 2 AND day > toDate(now()) - 20 AND notEmpty(terms)
     ORDER BY id LIMIT 1`,
  )
  // A review of the same bank that carries the same tag would take its own count off the sum too.
  const [review] = await run<{ id: string; created_at: string }>(store, {
    query: `SELECT id, toString(created_at) AS created_at FROM \`${store.database}\`.review_events
            WHERE notEmpty(terms) AND NOT (has(brands, {brand:String}) AND has(terms, {tag:String}))
            ORDER BY created_at DESC LIMIT 1`,
    query_params: { brand: post!.brand, tag: post!.tag },
  })
  const count = (rows: Awaited<ReturnType<typeof driverCounts>>) =>
    Number(rows.find((r) => r.brand === post!.brand && r.tag === post!.tag)?.count ?? 0)
  const before = await driverCounts(store, f, CAP)
  await purgeMentions(store, [
    {
      id: post!.id,
      platform: post!.platform,
      createdAt: `${post!.created_at.replace(' ', 'T')}Z`,
      authorIsBrand: false,
    },
    {
      id: review!.id,
      platform: 'appstore',
      createdAt: `${review!.created_at.replace(' ', 'T')}Z`,
      authorIsBrand: false,
    },
  ])
  const after = await driverCounts(store, f, CAP)
  expect(count(after)).toBe(count(before) - 1)
  expect(after).toEqual(await driverCounts(store, f, CAP, { tagDays: false }))
  const [r] = await q<{ n: number }>(
    `SELECT length(terms) AS n FROM DB.review_events WHERE id = '${review!.id}'`,
  )
  expect(Number(r!.n)).toBe(0)
})

describe('care inbox window by id hash (014)', () => {
  // The text before 014 matched the window's ids as strings; the same query otherwise.
  const before = (query: string) => {
    const old = query.replace(
      'cityHash64(id) IN (\n    SELECT cityHash64(id) FROM',
      'id IN (\n    SELECT id FROM',
    )
    expect(old).not.toBe(query)
    return old
  }
  const both = async (b: { query: string; query_params: Record<string, unknown> }) => [
    await run<Record<string, unknown>>(store, b),
    await run<Record<string, unknown>>(store, { ...b, query: before(b.query) }),
  ]
  const scope = {
    brands: ['northwind'],
    intents: ['complaint' as const, 'question' as const],
    since: iso(endMs - 14 * DAY),
    accounts: ['x:northwindhelp', '*:northwindhelp', '*:northwindbank'],
  }

  it('queue pages, counts and metrics equal the string match', async () => {
    for (const status of ['open', 'closed', 'all'] as const) {
      const [now, old] = await both(
        careQueueSql(store.database, { ...scope, status, order: 'oldest', limit: 200 }),
      )
      if (status !== 'closed') expect(now!.length).toBe(200)
      expect(now).toEqual(old)
    }
    const [counts, oldCounts] = await both(
      careCountsSql(store.database, {
        ...scope,
        dueCutoff: iso(endMs - 1_800_000),
        breachCutoff: iso(endMs - 3_600_000),
      }),
    )
    expect(Number(counts![0]!.open)).toBeGreaterThan(200)
    expect(Number(counts![0]!.answered)).toBeGreaterThan(0)
    expect(counts).toEqual(oldCounts)
    const [metrics, oldMetrics] = await both(
      careMetricsSql(store.database, { ...scope, to: iso(endMs), by: 'platform' }),
    )
    expect(metrics!.length).toBeGreaterThan(2)
    expect(metrics).toEqual(oldMetrics)
  })
})

it('each brand’s stance: arrayResize gives the per-index lambda’s array, ragged arrays included', async () => {
  const rows = await q<{ a: string[]; b: string[] }>(
    `SELECT ${BRAND_STANCES} AS a,
            arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands)) AS b
     FROM (SELECT arrayJoin([
       (['n', 'c'], ['positive', 'negative'], 'neutral'),
       (['n', 'c', 'l'], ['positive'], 'negative'),
       (['n'], ['positive', 'negative'], 'neutral'),
       ([], ['positive'], 'neutral'),
       (['n', 'c'], [], 'positive')]) AS r,
       r.1 AS brands, CAST(r.2 AS Array(LowCardinality(String))) AS brand_sentiment,
       CAST(r.3 AS LowCardinality(String)) AS sentiment)`,
  )
  expect(rows.map((r) => r.a)).toEqual([
    ['positive', 'negative'],
    ['positive', 'negative', 'negative'],
    ['positive'],
    [],
    ['positive', 'positive'],
  ])
  for (const r of rows) expect(r.a).toEqual(r.b)
})

describe('retention set for mentions (last: it deletes)', () => {
  it('reaches every table that holds mentions or their per-day derivatives', async () => {
    const tables: Record<string, string> = {
      mentions: 'created_at',
      mention_events: 'created_at',
      mention_replies: 'created_at',
      review_events: 'created_at',
      voice_counted: 'created_at',
      voice_day: 'day',
      voice_days: 'day',
      voice_tag_day: 'day',
    }
    expect(Object.keys(tables).sort()).toEqual(['mentions', ...FOLLOW_MENTIONS].sort())
    const cutoff = endMs - 30 * DAY
    const span = async (table: string) => {
      const [r] = await q<{ old: number; kept: number }>(
        `SELECT countIf(toDateTime(${tables[table]}) < toDateTime(${Math.floor(cutoff / 1000) - DAY / 1000})) AS old,
                countIf(toDateTime(${tables[table]}) >= toDateTime(${Math.floor(cutoff / 1000) + DAY / 1000})) AS kept
         FROM DB.${table}`,
      )
      return { old: Number(r!.old), kept: Number(r!.kept) }
    }
    for (const table of Object.keys(tables)) expect((await span(table)).old, table).toBeGreaterThan(0)
    await applyRetention(store, { mentions: 30 })
    for (const table of Object.keys(tables)) {
      await store.client.command({ query: `OPTIMIZE TABLE \`${store.database}\`.${table} FINAL` })
      const s = await span(table)
      expect(s.old, table).toBe(0)
      expect(s.kept, table).toBeGreaterThan(0)
    }
    // What was not named and does not follow mentions keeps its rows.
    const [minute] = await q<{ n: number }>(
      `SELECT count() AS n FROM DB.mention_minute WHERE minute < toDateTime(${Math.floor(cutoff / 1000) - DAY / 1000})`,
    )
    expect(Number(minute!.n)).toBeGreaterThan(0)
  })
})
