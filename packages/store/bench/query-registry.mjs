/**
 * Every query the dashboard and the api issue, as the api calls it (its default windows and
 * limits, services/api/src/schemas*.ts). The benchmark times each entry; a new query is one
 * more line here. `s` is the store, `c` the context: `now` (the seeded data's end), `hoursAgo(h)`,
 * `brand` (our own bank), `brands`, `ids` (20 real mention ids), `id`, `version` (an app version
 * seen in the data), `market` (the commonest market), `batchIds` (500 ids, the sink's redelivery check).
 *
 * Run with the built package: `pnpm exec tsc -b packages/store` first.
 */
import { DEFAULT_PARAMS, TROLL_MEMORY_BUCKETS } from '../../detect/dist/index.js'
import * as q from '../dist/index.js'

/** The detector's cap, as the api passes it (services/api routes/analytics.ts). */
export const CAP = {
  maxPosts: DEFAULT_PARAMS.authorMaxPosts,
  tauBuckets: DEFAULT_PARAMS.authorTauBuckets,
  bucketMs: DEFAULT_PARAMS.bucketMs,
  trollMemoryBuckets: TROLL_MEMORY_BUCKETS,
}
const DAY_H = 24
/** The api's default ranges: 28 days up to now (overview, drivers), 90 for releases. */
const range = (c, days) => ({ from: c.hoursAgo(days * DAY_H).toISOString(), to: c.now.toISOString() })

const last = (c, hours) => ({ from: c.hoursAgo(hours), to: c.now })
const careScope = (c) => ({
  brands: [c.brand],
  intents: ['complaint', 'question'],
  since: c.hoursAgo(14 * 24),
  accounts: [`x:${c.brand}help`, `*:${c.brand}`],
})

export const QUERIES = [
  // wall screen
  ['volume.60min', (s, c) => q.volumeByMinute(s, { brands: c.brands, from: c.hoursAgo(1), to: c.now })],
  ['volume.24h', (s, c) => q.volumeByMinute(s, { brands: c.brands, from: c.hoursAgo(24), to: c.now })],
  ['summary.24h', (s, c) => q.brandSummary(s, last(c, 24))],
  ['summary.90d', (s, c) => q.brandSummary(s, last(c, 24 * 90))],
  ['recent.all', (s, c) => q.recentMentions(s, { limit: 50 }, c.now)],
  ['recent.brand', (s, c) => q.recentMentions(s, { brand: c.brand, limit: 50 }, c.now)],
  [
    'recent.complaints',
    (s, c) => q.recentMentions(s, { brand: c.brand, intent: 'complaint', limit: 50 }, c.now),
  ],
  // incidents
  ['alerts.list', (s) => q.listAlerts(s, { limit: 50 })],
  ['alert.samples', (s, c) => q.mentionsByIds(s, c.ids)],
  // marketing
  ['breakdown.platform.7d', (s, c) => q.breakdown(s, { ...last(c, 168), by: 'platform' })],
  ['breakdown.lang.7d', (s, c) => q.breakdown(s, { ...last(c, 168), by: 'lang', brands: [c.brand] })],
  ['tags.hashtags.24h', (s, c) => q.topTags(s, { ...last(c, 24), field: 'hashtags', limit: 20 })],
  [
    'tags.terms.brand.24h',
    (s, c) => q.topTags(s, { ...last(c, 24), field: 'terms', brand: c.brand, limit: 20 }),
  ],
  ['authors.active.7d', (s, c) => q.topAuthors(s, { ...last(c, 168), order: 'active', limit: 20 })],
  [
    'authors.influential.brand.7d',
    (s, c) => q.topAuthors(s, { ...last(c, 168), order: 'influential', brand: c.brand, limit: 20 }),
  ],
  // product
  ['releases.30d', (s, c) => q.releaseFeedback(s, last(c, 720))],
  ['releases.brand.30d', (s, c) => q.releaseFeedback(s, { ...last(c, 720), brand: c.brand })],
  [
    'tags.terms.version.30d',
    (s, c) => q.topTags(s, { ...last(c, 720), field: 'terms', appVersion: c.version, limit: 20 }),
  ],
  // care inbox (the api's default 14-day window, our bank's tab)
  [
    'care.queue.open',
    (s, c) => q.careQueue(s, { ...careScope(c), status: 'open', order: 'oldest', limit: 50 }),
  ],
  [
    'care.counts',
    (s, c) => q.careCounts(s, { ...careScope(c), dueCutoff: c.hoursAgo(0.5), breachCutoff: c.hoursAgo(1) }),
  ],
  ['care.metrics.platform', (s, c) => q.careMetrics(s, { ...careScope(c), to: c.now, by: 'platform' })],
  // competitors over time (the api's defaults: 28 days, all banks; stored days, 011)
  [
    'competitors.voice.day.28d',
    (s, c) => q.voiceSeries(s, { ...range(c, 28), brands: c.brands, period: 'day' }, CAP),
  ],
  [
    'competitors.voice.week.90d.x.market',
    (s, c) =>
      q.voiceSeries(
        s,
        { ...range(c, 90), brands: c.brands, period: 'week', platform: 'x', market: c.market },
        CAP,
      ),
  ],
  [
    'competitors.voice.day.365d',
    (s, c) => q.voiceSeries(s, { ...range(c, 365), brands: c.brands, period: 'day' }, CAP),
  ],
  [
    'competitors.drivers.terms.28d',
    (s, c) => q.driverCounts(s, { ...range(c, 28), brands: c.brands, field: 'terms', limit: 20_000 }, CAP),
  ],
  ['competitors.coverage.28d', (s, c) => q.coverage(s, { ...range(c, 28), brands: c.brands })],
  // releases (the api's default 90 days; one version's terms around its release)
  ['releases.versions.90d', (s, c) => q.reviewVersions(s, { ...range(c, 90), brands: c.brands })],
  ['releases.hours.104d', (s, c) => q.reviewHours(s, { ...range(c, 104), brands: c.brands })],
  [
    'releases.terms.version',
    (s, c) =>
      q.versionTerms(s, {
        brand: c.brand,
        store: 'appstore',
        version: c.version,
        at: c.hoursAgo(20 * DAY_H).toISOString(),
        windowMs: 14 * 86_400_000,
        afterTo: c.hoursAgo(6 * DAY_H).toISOString(),
        limit: 5000,
      }),
  ],
  // explorer and evidence
  ['explorer.page.24h', (s, c) => q.explorerPage(s, { ...last(c, 24), limit: 50 })],
  ['explorer.count.24h', (s, c) => q.explorerCount(s, last(c, 24))],
  [
    'explorer.boolean.24h',
    (s, c) =>
      q.explorerPage(s, { ...last(c, 24), q: `refund OR #${c.hashtag}`, platforms: ['x'], limit: 50 }),
  ],
  ['history', (s, c) => q.mentionHistory(s, c.id)],
  // the sink's redelivery check, once per batch
  ['sink.existingEventKeys', (s, c) => q.existingEventKeys(s, c.batchIds)],
]
