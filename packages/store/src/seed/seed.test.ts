import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../../../../tests/support/clickhouse.js'
import { SEED_BRANDS } from '../../../../tests/support/seed-brands.js'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import { PLATFORM_MIX } from './mix.js'
import { planSeed } from './plan.js'
import { runSeed, type SeedWriteOptions } from './seed.js'

const brands = SEED_BRANDS
const endMs = Date.parse('2026-12-01T00:00:00.000Z')

describe('seed plan (pure)', () => {
  const plan = planSeed({ brands, rows: 1_000_000, endMs, days: 364 })
  const byHourOfDay = new Array(24).fill(0)
  const byBrand = new Map<number, number>()
  let weekday = 0
  let weekend = 0
  for (const h of plan.hours) {
    const d = new Date(h.hour)
    byHourOfDay[d.getUTCHours()] += h.n
    byBrand.set(h.b, (byBrand.get(h.b) ?? 0) + h.n)
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) weekend += h.n
    else weekday += h.n
  }

  it('adds up to the originals asked for, over the whole span', () => {
    expect(plan.hours.reduce((a, h) => a + h.n, 0)).toBe(plan.originals)
    expect(plan.originals).toBeLessThan(1_000_000)
    expect(plan.originals).toBeGreaterThan(900_000)
    expect(Math.min(...plan.hours.map((h) => h.hour))).toBe(plan.startMs)
  })

  it('follows the daily rhythm: 4 a.m. UTC quietest, late afternoon busiest', () => {
    const quietest = byHourOfDay.indexOf(Math.min(...byHourOfDay))
    const busiest = byHourOfDay.indexOf(Math.max(...byHourOfDay))
    expect([3, 4, 5]).toContain(quietest)
    expect([15, 16, 17]).toContain(busiest)
    expect(byHourOfDay[busiest] / byHourOfDay[quietest]).toBeGreaterThan(4)
  })

  it('is quieter at weekends, per day', () => {
    expect(weekend / 2 / (weekday / 5)).toBeGreaterThan(0.7)
    expect(weekend / 2 / (weekday / 5)).toBeLessThan(0.9)
  })

  it('gives a large bank about twice the traffic of a mid-sized one', () => {
    const ratio = byBrand.get(1)! / byBrand.get(0)!
    expect(ratio).toBeGreaterThan(1.8)
    expect(ratio).toBeLessThan(2.3)
  })

  it('tells incidents: outages with their hashtag, releases, paydays', () => {
    const kinds = new Set(plan.incidents.map((i) => i.kind))
    for (const k of ['outage', 'complaint-wave', 'troll-raid', 'sector-outage', 'bad-release', 'payday']) {
      expect(kinds).toContain(k)
    }
    const outage = plan.incidents.find((i) => i.kind === 'outage' && i.brand === 'northwind')!
    const hit = plan.hours.find(
      (h) => h.b === 0 && h.hour >= outage.startMs && h.hour < outage.endMs - 3_600_000,
    )
    expect(hit?.inc_tag).toBe('#NorthwindDown')
    expect(hit?.inc_share).toBeGreaterThan(0.3)
    expect(plan.releases.filter((r) => r.brand === 'crest').length).toBeGreaterThanOrEqual(7)
  })
})

describe('seeded rows (real engine)', () => {
  let store: Store
  const q = <T>(query: string) =>
    run<T>(store, { query: query.replaceAll('DB', `\`${store.database}\``), query_params: {} })

  beforeAll(async () => {
    store = await createTestStore()
    await runSeed(store, planSeed({ brands, rows: 40_000, endMs, days: 28 }))
  }, 120_000)
  afterAll(async () => {
    await store?.close()
  })

  it('holds about the rows asked for, each counted once per minute', async () => {
    const [m] = await q<{ n: number; events: number; minute: number; hour: number }>(
      `SELECT (SELECT count() FROM DB.mentions FINAL) AS n, (SELECT countIf(event = 'create') FROM DB.mention_events) AS events,
              (SELECT sum(volume) FROM DB.mention_minute) AS minute, (SELECT sum(volume) FROM DB.mention_hour) AS hour`,
    )
    expect(m!.n).toBeGreaterThan(38_000)
    expect(m!.n).toBeLessThan(42_000)
    expect(m!.events).toBe(m!.n)
    expect(m!.hour).toBe(m!.minute)
  })

  it("follows the generator's platform mix", async () => {
    const rows = await q<{ platform: string; share: number }>(
      `SELECT platform, count() / (SELECT count() FROM DB.mentions WHERE kind != 'reply' AND platform != 'news') AS share
       FROM DB.mentions WHERE kind != 'reply' AND platform != 'news' GROUP BY platform`,
    )
    const share = Object.fromEntries(rows.map((r) => [r.platform, r.share]))
    const nonNews = PLATFORM_MIX.filter(([p]) => p !== 'news').reduce((a, [, w]) => a + w, 0)
    for (const [p, w] of PLATFORM_MIX) {
      if (p === 'news') continue
      expect(share[p]).toBeGreaterThan((w / nonNews) * 0.8)
      expect(share[p]).toBeLessThan((w / nonNews) * 1.25)
    }
  })

  it('writes in the languages of each bank’s markets', async () => {
    const rows = await q<{ brand: string; lang: string; share: number }>(
      `SELECT brand, lang, count() / sum(count()) OVER (PARTITION BY brand) AS share
       FROM DB.mentions ARRAY JOIN [brands[1]] AS brand GROUP BY brand, lang`,
    )
    const share = (b: string, l: string) => rows.find((r) => r.brand === b && r.lang === l)?.share ?? 0
    expect(share('crest', 'en')).toBe(1)
    expect(share('lotus', 'zh')).toBeGreaterThan(0.7)
    expect(share('northwind', 'nl')).toBeGreaterThan(0.3)
    expect(share('northwind', 'en')).toBeGreaterThan(0.5)
    const [zh] = await q<{ text: string }>(
      `SELECT text FROM DB.mentions WHERE lang = 'zh' AND kind = 'post' LIMIT 1`,
    )
    expect(zh!.text).toMatch(/莲花银行/)
  })

  it('has a daily rhythm in the stored times', async () => {
    const rows = await q<{ h: number; n: number }>(
      `SELECT toHour(created_at) AS h, count() AS n FROM DB.mention_events GROUP BY h ORDER BY h`,
    )
    const n = (h: number) => rows.find((r) => r.h === h)?.n ?? 0
    expect(n(16) / n(4)).toBeGreaterThan(3)
  })

  it('answers complaints from the bank’s care account, minutes later, and never a review', async () => {
    const [r] = await q<{
      replies: number
      orphans: number
      early: number
      reviews: number
      brandAccount: number
    }>(
      `SELECT count() AS replies,
              countIf(p.id = '') AS orphans,
              countIf(p.id != '' AND r.created_at <= p.created_at) AS early,
              countIf(p.kind = 'review') AS reviews,
              countIf(r.author_is_brand) AS brandAccount
       FROM DB.mentions AS r LEFT JOIN DB.mentions AS p ON p.id = r.in_reply_to
       WHERE r.kind = 'reply'`,
    )
    expect(r!.replies).toBeGreaterThan(1000)
    expect(r).toMatchObject({ orphans: 0, early: 0, reviews: 0, brandAccount: r!.replies })
  })

  it('carries incidents, app versions on reviews and some deletions', async () => {
    const [r] = await q<{
      down: number
      versions: number
      rated: number
      deleted: number
      complaints: number
    }>(
      `SELECT countIf(has(hashtags, '#NorthwindDown')) AS down,
              uniqExactIf(app_version, kind = 'review') AS versions,
              countIf(kind = 'review' AND rating IS NOT NULL) / countIf(kind = 'review') AS rated,
              countIf(deleted = 1) AS deleted,
              countIf(intent = 'complaint') / count() AS complaints
       FROM DB.mentions FINAL`,
    )
    expect(r!.down).toBeGreaterThan(0)
    expect(r!.versions).toBeGreaterThanOrEqual(1)
    expect(r!.rated).toBe(1)
    expect(r!.deleted).toBeGreaterThan(0)
    expect(r!.complaints).toBeGreaterThan(0.2)
    expect(r!.complaints).toBeLessThan(0.4)
  })
})

describe('seeding per chunk of days', () => {
  it('writes the same rows whatever the days per INSERT (a month at a time, or a week), merges held or not', async () => {
    const digest = async (write: number | SeedWriteOptions) => {
      const store = await createTestStore()
      try {
        await runSeed(store, planSeed({ brands, rows: 4_000, endMs, days: 40 }), undefined, write)
        const [r] = await run<{ n: number; m: string; e: string; minute: number }>(store, {
          query: `SELECT (SELECT count() FROM DB.mentions) AS n,
                         (SELECT toString(groupBitXor(cityHash64(*))) FROM DB.mentions) AS m,
                         (SELECT toString(groupBitXor(cityHash64(* EXCEPT seen_at))) FROM DB.mention_events) AS e,
                         (SELECT sum(volume) FROM DB.mention_minute) AS minute`.replaceAll(
            'DB',
            `\`${store.database}\``,
          ),
          query_params: {},
        })
        return r
      } finally {
        await store.close()
      }
    }
    const week = await digest(7)
    expect(Number(week!.n)).toBeGreaterThan(3_500)
    expect(await digest(31)).toEqual(week)
    const merged: string[] = []
    expect(await digest({ chunkDays: 31, holdMerges: true, onMerged: (t) => merged.push(t) })).toEqual(week)
    // Held merges end with every written table merged once.
    expect(merged).toEqual([
      'mention_events',
      'mention_hour',
      'mention_minute',
      'mention_replies',
      'mentions',
      'review_events',
    ])
  }, 180_000)
})
