import { createLogger } from '@vigil/config'
import { insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const NOW = new Date('2026-11-23T12:00:00.000Z')
const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const careAccount = {
  id: 'nw-care',
  handle: 'NorthwindHelp',
  followers: 50_000,
  verified: true,
  isBrandAccount: true,
}

/** The analysts' routes over a real store, with a small story in it. */
describe('insight routes over a real store', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await createTestStore()
    const mentions = [
      // Care: two complaints and a question; the care account answers one complaint after 20 minutes.
      sampleEnriched({ id: 'x:c1', createdAt: at('10:00'), hashtags: ['#northwinddown'] }),
      sampleEnriched({
        id: 'x:c2',
        createdAt: at('11:00'),
        hashtags: ['#northwinddown'],
        author: { id: 'u2', handle: 'ann', followers: 9000, verified: false, isBrandAccount: false },
      }),
      sampleEnriched({
        id: 'x:q1',
        createdAt: at('11:30'),
        intent: 'question',
        sentiment: { label: 'neutral', score: 0 },
        pii: ['card'],
        text: 'why was my card **** **** **** 1111 declined?',
      }),
      sampleEnriched({
        id: 'x:r1',
        createdAt: at('10:20'),
        author: careAccount,
        inReplyTo: 'x:c1',
        intent: 'other',
        sentiment: { label: 'positive', score: 0.4 },
        text: 'Sorry about that, we are on it',
      }),
      // Product: reviews of two app versions.
      sampleEnriched({
        id: 'appstore:a1',
        platform: 'appstore',
        kind: 'review',
        createdAt: at('09:00'),
        appVersion: '7.3.1',
        rating: 5,
        intent: 'praise',
        sentiment: { label: 'positive', score: 0.8 },
      }),
      sampleEnriched({
        id: 'appstore:a2',
        platform: 'appstore',
        kind: 'review',
        createdAt: at('09:30'),
        appVersion: '7.4.0',
        rating: 1,
      }),
      sampleEnriched({
        id: 'appstore:a3',
        platform: 'appstore',
        kind: 'review',
        createdAt: at('09:40'),
        appVersion: '7.4.0',
        rating: 2,
      }),
    ]
    await insertMentionEvents(store, mentions)
    await insertMentions(store, mentions)
    // Evidence: c2 is edited later; the archive keeps both.
    const edit = {
      ...mentions[1]!,
      event: 'edit' as const,
      text: 'Northwind app down, fixed now',
      receivedAt: at('11:40'),
    }
    await insertMentionEvents(store, [edit])
    await insertMentions(store, [edit])
    app = await buildTestApp({
      store,
      logger: createLogger('api-insights-test', 'silent'),
      now: () => NOW,
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  const get = async (url: string) => {
    const res = await app.inject(url)
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200)
    return res.json()
  }

  it('releases: each app version with its rating and complaint share', async () => {
    const { releases } = await get('/api/releases?brand=northwind')
    expect(releases.map((r: { appVersion: string }) => r.appVersion)).toEqual(['7.3.1', '7.4.0'])
    expect(releases[1]).toMatchObject({ mentions: 2, meanRating: 1.5, complaintShare: 1 })
    const tags = await get('/api/insights/tags?field=terms&appVersion=7.4.0')
    expect(tags.tags[0]).toMatchObject({ tag: 'app', mentions: 2 })
  })

  it('marketing: breakdown by platform and the hashtags people use', async () => {
    const { rows } = await get('/api/insights/breakdown?by=platform&hours=24&brand=northwind')
    const by = Object.fromEntries(rows.map((r: { key: string; volume: number }) => [r.key, r.volume]))
    expect(by).toEqual({ x: 4, appstore: 3 })
    const { tags } = await get('/api/insights/tags?brand=northwind')
    expect(tags).toEqual([{ tag: '#northwinddown', mentions: 2, negative: 2, authors: 2 }])
    const { authors } = await get('/api/insights/authors?order=influential&limit=1')
    expect(authors[0]).toMatchObject({ handle: 'ann', followers: 9000 })
  })

  it('explorer and evidence: search the masked text, and show an edited post’s history', async () => {
    const { mentions } = await get('/api/mentions/search?withPii=true&text=declined')
    expect(mentions.map((m: { id: string }) => m.id)).toEqual(['x:q1'])
    const { events } = await get(`/api/mentions/${encodeURIComponent('x:c2')}/history`)
    expect(events.map((e: { event: string; text: string }) => [e.event, e.text])).toEqual([
      ['create', 'Northwind app is down again'],
      ['edit', 'Northwind app down, fixed now'],
    ])
    const missing = await app.inject('/api/mentions/x%3Anope/history')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().code).toBe('VIGIL_ERR_MENTION_NOT_FOUND')
  })

  it.each([
    ['/api/insights/breakdown?by=market', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/insights/tags?brand=acme', 'VIGIL_ERR_UNKNOWN_BRAND'],
    ['/api/care/inbox?hours=99999', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/mentions/search?sentiment=furious', 'VIGIL_ERR_BAD_REQUEST'],
  ])('answers %s with 400 and code %s', async (url, code) => {
    const res = await app.inject(url)
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe(code)
  })

  it('speaks camelCase on every analyst route: no store column name reaches a client', async () => {
    const keysOf = (v: unknown, out: Set<string>): Set<string> => {
      if (Array.isArray(v)) for (const x of v) keysOf(x, out)
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          out.add(k)
          keysOf(x, out)
        }
      return out
    }
    const keys = new Set<string>()
    for (const url of [
      '/api/care/inbox?brand=northwind&status=all',
      '/api/care/metrics?hours=24',
      '/api/releases?brand=northwind',
      '/api/insights/breakdown?by=lang&hours=24',
      '/api/insights/authors?hours=24',
      '/api/insights/tags?field=hashtags&hours=24',
      '/api/mentions/search?hours=24',
      '/api/mentions/recent?limit=5',
      '/api/summary?hours=24',
    ]) {
      keysOf(await get(url), keys)
    }
    expect([...keys].filter((k) => k.includes('_'))).toEqual([])
    expect(keys).toContain('authorHandle')
    expect(keys).toContain('createdAt')
  })
})
