import { readFileSync } from 'node:fs'
import { type BusProducer, createKafka, createProducer, ensureTopics, type Kafka } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBrokers, uniqueName } from '../../../../tests/support/kafka.js'
import { Playback, type Scripted } from '../../../../tests/support/playback.js'
import { waitFor } from '../../../../tests/support/wait.js'
import { OwnAccounts } from '../connectors/index.js'
import { Intake } from '../intake/intake.js'
import { Poller } from './core.js'
import { KafkaCursorStore } from './cursor-store.js'
import type { PollSource } from './source.js'
import {
  appStoreConnectSource,
  feedSource,
  googlePlaySource,
  itunesRssSource,
  redditSource,
  xSearchSource,
  youtubeSource,
} from './sources.js'

const logger = createLogger('ingest-poller-test', 'warn')
const fixture = (f: string) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8')
const accounts = new OwnAccounts(loadBrands())
const fast = { intervalMs: 150 }
const failures: Scripted[] = [
  { status: 429, headers: { 'retry-after': '0' }, body: '{"title":"Too Many Requests"}' },
  { drop: true },
  { status: 503, body: 'upstream unavailable' },
  { status: 200, body: '{"this is": "not a page' },
]

/** Each poller: its source, the recorded page, and how a new item appears on the platform. */
interface Case {
  name: string
  path: string
  source: (base: string) => PollSource
  page: string
  contentType?: string
  addItem: (page: string) => string
  newId: string
  /** What the first request after the restart must carry (X: since_id from the cursor). */
  resumed?: (url: string) => boolean
  /** How the request carries the platform credential. */
  auth?: (r: { url: string; headers: Record<string, unknown> }) => boolean
}
const bearerSent = (token: string) => (r: { headers: Record<string, unknown> }) =>
  r.headers.authorization === `Bearer ${token}`

const json = (f: (d: Record<string, unknown>) => void) => (page: string) => {
  const d = JSON.parse(page)
  f(d)
  return JSON.stringify(d)
}

const cases: Case[] = [
  {
    name: 'rss',
    path: '/feeds/finance.xml',
    source: (b) => feedSource(`${b}/feeds/finance.xml`, fast),
    page: fixture('rss/news.xml'),
    contentType: 'application/rss+xml',
    addItem: (p) =>
      p.replace(
        '<item>',
        '<item><title>Northwind names new CEO</title><link>https://news.example.org/ceo</link><guid>https://news.example.org/ceo</guid><pubDate>Sat, 05 Dec 2026 11:00:00 GMT</pubDate></item><item>',
      ),
    newId: 'news:https://news.example.org/ceo',
  },
  {
    name: 'itunes-rss',
    path: '/gb/rss/customerreviews/',
    source: (b) => itunesRssSource('1500000001', 'GB', { ...fast, base: b }),
    page: fixture('itunes-rss/customer-reviews.json'),
    addItem: json((d) => {
      const feed = d.feed as { entry: unknown[] }
      feed.entry.splice(1, 0, {
        id: { label: '99887766' },
        author: { name: { label: 'new' } },
        'im:rating': { label: '2' },
        'im:version': { label: '4.12.4' },
        title: { label: 'Still slow' },
        content: { label: 'Transfers take ages' },
        updated: { label: '2026-12-05T10:00:00-07:00' },
      })
    }),
    newId: 'appstore:99887766',
  },
  {
    name: 'google-play',
    path: '/androidpublisher/v3/applications/uk.co.northwindbank.app/reviews',
    source: (b) => googlePlaySource('uk.co.northwindbank.app', () => 'play-token', { ...fast, base: b }),
    page: fixture('google-play/reviews-list.json'),
    addItem: json((d) =>
      (d.reviews as unknown[]).unshift({
        reviewId: 'gp:new-one',
        authorName: 'Nina',
        comments: [
          { userComment: { text: 'Login fails', starRating: 1, lastModified: { seconds: '1796460000' } } },
        ],
      }),
    ),
    newId: 'playstore:gp:new-one',
    auth: bearerSent('play-token'),
  },
  {
    name: 'app-store-connect',
    path: '/v1/apps/1500000001/customerReviews',
    source: (b) => appStoreConnectSource('1500000001', () => 'asc-jwt', { ...fast, base: b }),
    page: fixture('app-store-connect/customer-reviews.json'),
    addItem: json((d) =>
      (d.data as unknown[]).unshift({
        type: 'customerReviews',
        id: 'new-asc-review',
        attributes: {
          rating: 1,
          title: 'Crash',
          body: 'Crashes on start',
          createdDate: '2026-12-05T10:00:00Z',
          territory: 'USA',
        },
      }),
    ),
    newId: 'appstore:new-asc-review',
    auth: bearerSent('asc-jwt'),
  },
  {
    name: 'youtube',
    path: '/youtube/v3/commentThreads',
    source: (b) => youtubeSource({ videoId: 'dQw4w9WgXcQ' }, () => 'yt-key', { ...fast, base: b }),
    page: fixture('youtube/comment-threads.json'),
    addItem: json((d) =>
      (d.items as unknown[]).unshift({
        kind: 'youtube#commentThread',
        id: 'UgNEW',
        snippet: {
          videoId: 'dQw4w9WgXcQ',
          topLevelComment: {
            kind: 'youtube#comment',
            id: 'UgNEW',
            snippet: {
              textOriginal: 'new comment',
              authorDisplayName: '@n',
              publishedAt: '2026-12-05T10:00:00Z',
            },
          },
        },
      }),
    ),
    newId: 'youtube:UgNEW',
    auth: (r) => r.url.includes('key=yt-key'),
  },
  {
    name: 'reddit',
    path: '/r/UKPersonalFinance/comments',
    source: (b) => redditSource('/r/UKPersonalFinance/comments', { ...fast, base: b }),
    page: fixture('reddit/post-comments.json'),
    addItem: (p) => {
      const d = JSON.parse(p)
      d[1].data.children.unshift({
        kind: 't1',
        data: {
          id: 'newc',
          name: 't1_newc',
          author: 'z',
          body: 'me too',
          created_utc: 1796462000,
          parent_id: 't3_1h7xyz',
          link_id: 't3_1h7xyz',
        },
      })
      return JSON.stringify(d)
    },
    newId: 'reddit:t1_newc',
  },
  {
    name: 'x recent search',
    path: '/2/tweets/search/recent',
    source: (b) => xSearchSource('Northwind OR @NorthwindBank', () => 'x-bearer', { ...fast, base: b }),
    page: fixture('x-v2/recent-search-page.json'),
    addItem: json((d) => {
      ;(d.data as unknown[]).unshift({
        id: '1735000000000000999',
        text: 'Northwind again',
        author_id: '100',
        created_at: '2026-12-05T11:00:00Z',
      })
      ;(d.meta as Record<string, unknown>).newest_id = '1735000000000000999'
    }),
    newId: 'x:1735000000000000999',
    resumed: (url) => url.includes('since_id=1735000000000000230'),
    auth: bearerSent('x-bearer'),
  },
]

let kafka: Kafka
let producer: BusProducer
const playback = new Playback()
const cleanups: Array<() => Promise<void>> = []

beforeAll(async () => {
  kafka = createKafka({ brokers: testBrokers(), clientId: 'ingest-poller-test', logger })
  producer = await createProducer(kafka, logger)
  await playback.start()
})
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
  await producer.close()
  await playback.stop()
})

async function collect(topic: string): Promise<{ got: Mention[] }> {
  const got: Mention[] = []
  const consumer = kafka.consumer({ groupId: uniqueName('poller-observer') })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({ eachMessage: async ({ message }) => void got.push(JSON.parse(String(message.value))) })
  cleanups.push(() => consumer.disconnect())
  return { got }
}

function startPoller(source: PollSource, store: KafkaCursorStore, raw: string): Poller {
  const intake = new Intake({
    publish: (ms) =>
      producer.send(
        raw,
        ms.map((m) => ({ key: m.id, value: JSON.stringify(m) })),
      ),
  })
  const p = new Poller({
    source,
    store,
    intake,
    accounts,
    logger,
    backoff: { baseMs: 50, maxMs: 300, jitter: 0.2 },
    rateLimitMs: 100,
  })
  p.start()
  return p
}

const versions = (got: Mention[]) => {
  const n = new Map<string, number>()
  for (const m of got) n.set(`${m.id} ${m.event}`, (n.get(`${m.id} ${m.event}`) ?? 0) + 1)
  return n
}

describe('pollers against recorded platform responses and a real broker', () => {
  for (const c of cases) {
    it(`${c.name}: survives 429, a dropped connection, a 503 and a malformed page; a restart neither skips nor repeats`, async () => {
      const prefix = `${uniqueName(`poll-${c.name}`)}.`
      const raw = `${prefix}mentions.raw`
      const cursors = `${prefix}ingest.cursors`
      await ensureTopics(kafka, [
        { name: raw, partitions: 2 },
        { name: cursors, partitions: 1, compacted: true },
      ])
      // Recorded pages link to the platform's host; here that host is the playback server.
      let page = c.page.replaceAll('https://api.appstoreconnect.apple.com', playback.base)
      const route = playback.route(c.path, () => page, [...failures], c.contentType)
      const source = c.source(playback.base)
      const { got } = await collect(raw)

      const first = startPoller(source, await KafkaCursorStore.open(kafka, producer, cursors), raw)
      const before = await waitFor(() => route.steadyServed >= 4 && got.length > 0 && [...got], {
        what: `${c.name} mentions after the failures`,
        timeoutMs: 60_000,
      })
      await first.stop()
      const ids = new Set(before.map((m) => m.id))
      expect(ids.size).toBeGreaterThan(1)
      // Later polls of the same page published nothing again.
      expect([...versions(got).values()].every((n) => n === 1)).toBe(true)
      if (c.auth) expect(route.requests.every(c.auth)).toBe(true)
      // Every scripted failure was met (and survived) before the page was read.
      expect(route.queue).toEqual([])
      if (c.name === 'rss') expect(route.notModified).toBeGreaterThan(0)

      // The platform gains one item while ingest is down; a new process resumes from Kafka.
      page = c.addItem(page)
      const servedBefore = route.steadyServed
      const requestsBefore = route.requests.length
      const second = startPoller(source, await KafkaCursorStore.open(kafka, producer, cursors), raw)
      await waitFor(() => got.some((m) => m.id === c.newId) && route.steadyServed >= servedBefore + 3, {
        what: `${c.name} new item after restart`,
        timeoutMs: 60_000,
      })
      await second.stop()
      if (c.resumed) expect(c.resumed(route.requests[requestsBefore]?.url ?? '')).toBe(true)
      const counts = versions(got)
      expect([...counts].filter(([, n]) => n !== 1)).toEqual([])
      expect(new Set(got.map((m) => m.id))).toEqual(new Set([...ids, c.newId]))
    })
  }
})
