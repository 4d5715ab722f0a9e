// Speed of the competitor and release queries on the embedded engine. Prints figures; asserts
// nothing.
//
//   pnpm exec tsc -b packages/store
//   node packages/store/bench/analytics.mjs --rows 1000000 [--days 30] [--runs 7]
//
// Seeds N first sightings into mention_events with one INSERT … SELECT FROM numbers() (five
// banks by size, 30 days with a daily rhythm, ~N/4 authors of whom a few flood, 2 % app-store
// reviews naming three versions), then times each query the Competitors and Releases pages
// issue over the whole range, beside a plain count() over the same rows as the floor. Last line:
// {"rows":N,"queries":{"<name>":{"p50":ms,"p95":ms},…},"floor":{"p50":ms,"p95":ms}}.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  coverage,
  createStore,
  driverCounts,
  migrate,
  reviewHours,
  reviewVersions,
  versionTerms,
  voiceSeries,
} from '../dist/index.js'

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '30' },
    runs: { type: 'string', default: '7' },
  },
})
const rows = Number(values.rows)
const days = Number(values.days)
const runs = Number(values.runs)
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-analytics-'))
const store = await createStore({
  url: process.env.CLICKHOUSE_URL,
  database: `bench_${randomBytes(4).toString('hex')}`,
  chdbPath: dir,
})
const to = Date.parse('2026-11-23T00:00:00.000Z')
const from = to - days * 86_400_000
// The detector's defaults (packages/detect); the api passes these.
const CAP = { maxPosts: 2, tauBuckets: 30, bucketMs: 60_000, trollMemoryBuckets: 60 }
const BRANDS = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']

try {
  await migrate(store)
  const t0 = performance.now()
  await store.client.command({
    query: `INSERT INTO ${store.database}.mention_events
      (id, event, event_key, platform, kind, author_id, text, lang, brands, brand_sentiment, sentiment, intent,
       hashtags, terms, markets, rating, app_version, created_at, received_at, enriched_at)
    SELECT concat('x:', toString(number)), 'create', 'c', plat, if(review, 'review', 'post'),
      -- ~1 % of posts come from 20 flooding accounts
      if(number % 100 = 0, concat('flood', toString(number % 20)), concat('u', toString(cityHash64(number) % {authors:UInt64}))),
      '', ['en','nl','de','zh','ar'][1 + number % 5],
      [brand], [stance], stance, ['complaint','question','praise','other','troll','spam'][1 + cityHash64(number, 3) % 6],
      [concat('#', brand, 'down')], arrayMap(i -> concat('term', toString((cityHash64(number, i) % 400))), range(3)),
      [['GB','NL','US','HK','AE'][1 + cityHash64(number, 5) % 5]],
      if(review, toNullable(toUInt8(1 + cityHash64(number, 7) % 5)), NULL),
      if(review, ['7.3.0','7.3.1','7.4.0'][1 + intDiv(number * 3, {rows:UInt64})], ''),
      ts, ts, ts
    FROM (
      SELECT number,
        -- banks by size: 40 / 25 / 15 / 12 / 8 %
        multiIf(number % 100 < 40, 'northwind', number % 100 < 65, 'crest', number % 100 < 80, 'havenbank', number % 100 < 92, 'lotus', 'alnoor') AS brand,
        number % 50 = 7 AS review,
        if(review, if(number % 4 = 0, 'appstore', 'playstore'), ['x','reddit','facebook','news'][1 + number % 4]) AS plat,
        ['negative','neutral','positive'][1 + cityHash64(number, 2) % 3] AS stance,
        -- spread over the range in order, with a daily rhythm (busier by day)
        toDateTime64({from:UInt64} / 1000, 3, 'UTC') + toIntervalMillisecond(toUInt64(number * ({span:UInt64} / {rows:UInt64}) + (cityHash64(number, 9) % 3600000))) AS ts
      FROM numbers({rows:UInt64})
    )`,
    query_params: { rows, authors: Math.max(1, Math.floor(rows / 4)), from, span: days * 86_400_000 },
  })
  console.log(`seeded ${rows} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const range = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), brands: BRANDS }
  const queries = {
    voice_daily: () => voiceSeries(store, { ...range, period: 'day' }, CAP),
    voice_weekly_x_gb: () =>
      voiceSeries(store, { ...range, period: 'week', platform: 'x', market: 'GB' }, CAP),
    coverage: () => coverage(store, range),
    drivers_terms: () => driverCounts(store, { ...range, field: 'terms', limit: 20_000 }, CAP),
    review_versions: () => reviewVersions(store, range),
    review_hours: () => reviewHours(store, range),
    version_terms: () =>
      versionTerms(store, {
        brand: 'northwind',
        store: 'appstore',
        version: '7.4.0',
        at: new Date(to - 10 * 86_400_000).toISOString(),
        windowMs: 7 * 86_400_000,
        afterTo: new Date(to - 3 * 86_400_000).toISOString(),
        limit: 5000,
      }),
    floor: async () =>
      (
        await store.client.query({
          query: `SELECT count() FROM ${store.database}.mention_events WHERE created_at >= {f:DateTime64(3)}`,
          query_params: { f: range.from.replace('T', ' ').replace('Z', '') },
          format: 'JSONEachRow',
        })
      ).json(),
  }
  const q = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]
  const out = { rows, queries: {}, floor: null }
  for (const [name, fn] of Object.entries(queries)) {
    await fn() // warm
    const times = []
    for (let i = 0; i < runs; i++) {
      const s = performance.now()
      await fn()
      times.push(performance.now() - s)
    }
    times.sort((a, b) => a - b)
    const fig = { p50: Math.round(q(times, 0.5)), p95: Math.round(q(times, 0.95)) }
    console.log(
      `${name.padEnd(20)} p50 ${String(fig.p50).padStart(6)} ms  p95 ${String(fig.p95).padStart(6)} ms`,
    )
    if (name === 'floor') out.floor = fig
    else out.queries[name] = fig
  }
  console.log(JSON.stringify(out))
} finally {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}
