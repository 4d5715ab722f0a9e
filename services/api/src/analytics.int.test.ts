import { createAuthenticator, createLogger, loadBrands, parseApiTokens } from '@vigil/config'
import type { Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORY_NOW, STORY_RELEASES, seedStory } from '../../../tests/support/analytics-story.js'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import type { CompetitorDrivers, CompetitorOverview, ReleasesView } from './analytics/types.js'
import { buildTestApp } from './test-app.js'

const VIEWER = 'viewer-token-analytics-0123456789'

/** The competitor and release routes over a real embedded store (tests/support/analytics-story.ts). */
describe('competitor and release routes over a real store', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await createTestStore()
    await seedStory(store)
    const brands = loadBrands()
    app = await buildTestApp({
      store,
      logger: createLogger('api-analytics-test', 'silent'),
      brands,
      now: () => STORY_NOW,
      releases: STORY_RELEASES,
      auth: createAuthenticator(parseApiTokens(`wall:viewer:${VIEWER}`)),
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  const get = async <T>(url: string): Promise<T> => {
    const res = await app.inject({ url, headers: { authorization: `Bearer ${VIEWER}` } })
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200)
    return res.json() as T
  }

  it('overview: share of voice with its interval and sample size, the flood capped, coverage in words', async () => {
    const o = await get<CompetitorOverview>('/api/competitors/overview?days=28')
    expect(o.coverage.text).toBe('based on 3 days of data')
    expect(o.coverage.daysWithData).toBe(3)
    const nw = o.brands.find((b) => b.brand === 'northwind')!
    // 216 posts + 48 reviews + the flood's first 2 posts; 998 flood posts left out.
    expect(nw.voiced).toBe(266)
    expect(nw.flooded).toBe(998)
    expect(nw.mentions).toBe(1264)
    expect(nw.shareOfVoice.n).toBe(266 + 438 + 72)
    expect(nw.shareOfVoice.value).toBeCloseTo(266 / 776, 6)
    expect(nw.shareOfVoice.low).toBeLessThan(nw.shareOfVoice.value!)
    expect(nw.shareOfVoice.high).toBeGreaterThan(nw.shareOfVoice.value!)
    expect(nw.negativeShare.n).toBe(266)
    expect(nw.netSentiment.value).toBeLessThan(0)
    expect(o.authorCap.maxPosts).toBe(2)
    expect(o.authorCap.text).toContain('not a thousand')
    expect(o.brands.find((b) => b.brand === 'lotus')!.shareOfVoice).toEqual({
      value: 0,
      low: 0,
      high: expect.any(Number),
      n: 776,
    })
  })

  it('overview: daily and weekly series, every bank every period, and release markers from config and reviews', async () => {
    const day = await get<CompetitorOverview>('/api/competitors/overview?days=28&period=day')
    expect([...new Set(day.series.map((s) => s.period))]).toEqual(['2026-11-20', '2026-11-21', '2026-11-22'])
    expect(day.series).toHaveLength(3 * 5)
    const nw21 = day.series.find((s) => s.period === '2026-11-21' && s.brand === 'northwind')!
    expect(nw21.flooded).toBe(998)
    expect(nw21.shareOfVoice.value).toBeLessThan(0.4)
    const week = await get<CompetitorOverview>('/api/competitors/overview?days=28&period=week')
    expect([...new Set(week.series.map((s) => s.period))]).toEqual(['2026-11-16'])
    const announced = day.releases.find((r) => r.source === 'config')
    expect(announced).toMatchObject({
      brand: 'northwind',
      store: 'appstore',
      version: '7.4.0',
      date: '2026-11-21T12:00:00.000Z',
    })
    expect(
      day.releases.some((r) => r.brand === 'crest' && r.store === 'playstore' && r.version === '3.2.0'),
    ).toBe(true)
  })

  it('overview: filters by platform, market and language after the author cap', async () => {
    const x = await get<CompetitorOverview>('/api/competitors/overview?days=28&platform=x')
    expect(x.brands.find((b) => b.brand === 'northwind')!.voiced).toBe(218)
    expect(x.brands.find((b) => b.brand === 'crest')!.voiced).toBe(216)
    const nl = await get<CompetitorOverview>('/api/competitors/overview?days=28&market=NL&lang=nl')
    expect(nl.brands.find((b) => b.brand === 'havenbank')!.shareOfVoice.value).toBe(1)
    expect(nl.filters).toEqual({ market: 'NL', lang: 'nl' })
    const none = await get<CompetitorOverview>('/api/competitors/overview?days=28&market=JP')
    expect(none.coverage.text).toBe('no data in this range')
    expect(none.brands.every((b) => b.shareOfVoice.value === null)).toBe(true)
  })

  it('drivers: the terms and hashtags that set each bank apart', async () => {
    const t = await get<CompetitorDrivers>('/api/competitors/drivers?days=28&field=terms')
    const tags = (id: string) => t.brands.find((b) => b.brand === id)!.tags.map((x) => x.tag)
    expect(tags('northwind')[0]).toBe('outage')
    expect(tags('northwind')).not.toContain('cashback')
    expect(tags('crest')[0]).toBe('cashback')
    // The flood's word counts twice (its two voiced posts), far from a driver.
    expect(tags('northwind')).not.toContain('scam')
    const h = await get<CompetitorDrivers>('/api/competitors/drivers?days=28&field=hashtags')
    expect(h.brands.find((b) => b.brand === 'crest')!.tags[0]).toMatchObject({
      tag: 'crestrewards',
      count: 432,
      others: 0,
    })
  })

  it('releases: before vs after per bank, app and store, with intervals and the terms new with the version', async () => {
    const v = await get<ReleasesView>('/api/releases/impact?brand=northwind&days=28')
    const r = v.releases.find((x) => x.version === '7.4.0' && x.store === 'appstore')!
    expect(r).toMatchObject({
      source: 'config',
      app: '1500000001',
      reviewsNamingVersion: 18,
      name: 'Northwind Bank',
    })
    expect(r.before.reviews).toBe(18)
    expect(r.after.reviews).toBe(18)
    expect(r.before.rating.value).toBe(5)
    expect(r.after.rating.value).toBeCloseTo(4 / 3, 6)
    expect(r.after.rating.high).toBeLessThan(r.before.rating.value!)
    expect(r.change.negativeShare.value).toBe(1)
    expect(r.change.negativeShare.low).toBeGreaterThan(0.5)
    expect(r.after.complaintShare).toMatchObject({ value: 1, n: 18 })
    expect(r.newTerms.map((x) => x.tag).sort()).toEqual(['crash', 'login'])
    // Google Play is a separate app: its 7.4.0 reviews (4 stars) are not the App Store's.
    const gp = v.releases.find((x) => x.version === '7.4.0' && x.store === 'playstore')!
    expect(gp).toMatchObject({ source: 'reviews', app: 'uk.co.northwindbank.app' })
    expect(gp.after.rating.value).toBe(4)
    expect(new Set(v.series.map((s) => s.store))).toEqual(new Set(['appstore', 'playstore']))
    expect(v.coverage.text).toBe('based on 3 days of data')
  })

  it('refuses an upside-down range, an unknown brand and a request without a token', async () => {
    const bad = await app.inject({
      url: '/api/competitors/overview?from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z',
      headers: { authorization: `Bearer ${VIEWER}` },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({
      code: 'VIGIL_ERR_BAD_REQUEST',
      message: 'invalid request: from must be before to',
    })
    const unknown = await app.inject({
      url: '/api/releases/impact?brand=nobank',
      headers: { authorization: `Bearer ${VIEWER}` },
    })
    expect(unknown.json().code).toBe('VIGIL_ERR_UNKNOWN_BRAND')
    const badPeriod = await app.inject({
      url: '/api/competitors/overview?period=month',
      headers: { authorization: `Bearer ${VIEWER}` },
    })
    expect(badPeriod.statusCode).toBe(400)
    expect((await app.inject('/api/competitors/drivers')).statusCode).toBe(401)
  })

  it('is described in the OpenAPI document', async () => {
    const doc = (await app.inject('/openapi.json')).json()
    for (const p of ['/api/competitors/overview', '/api/competitors/drivers', '/api/releases/impact']) {
      expect(doc.paths[p]?.get?.summary, p).toBeTruthy()
    }
  })
})
