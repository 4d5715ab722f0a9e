import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAuthenticator, createLogger } from '@vigil/config'
import type { Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORY_NOW, STORY_RELEASES, seedStory } from '../../../tests/support/analytics-story.js'
import { browserReady, DASHBOARD_DIST, launchBrowser, listenLocal } from '../../../tests/support/browser.js'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const SHOTS = fileURLToPath(new URL('../../../test-output/analytics', import.meta.url))

/**
 * The Competitors and Releases pages in Debian's chromium, against the real api (port 0) over
 * embedded ClickHouse seeded with three days of posts, a 1,000-post flood and app reviews
 * (tests/support/analytics-story.ts). Asserts what an analyst reads on the page.
 */
describe.skipIf(!browserReady)('competitor and release pages in a browser', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let url: string

  beforeAll(async () => {
    store = await createTestStore()
    await seedStory(store)
    app = await buildTestApp({
      store,
      logger: createLogger('api-analytics-ui-test', 'silent'),
      staticDir: DASHBOARD_DIST,
      now: () => STORY_NOW,
      releases: STORY_RELEASES,
      auth: createAuthenticator([], { openDemo: true }),
    })
    url = await listenLocal(app)
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  /** What a reader sees: the element's text with runs of white space as one space. */
  const text = async (page: Page, sel: string) =>
    ((await page.locator(sel).first().textContent()) ?? '').replace(/\s+/g, ' ').trim()

  it('competitors: share of voice with intervals and n, real coverage, the flood capped, drivers, release markers', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } })
    await page.goto(`${url}#/competitors`)
    const nw = '[data-testid=competitors-table] tr[data-brand=northwind]'
    await page.waitForSelector(`${nw} [data-testid=sov]`)
    expect(await text(page, '[data-testid=coverage]')).toContain(
      'Based on 3 days of data (2026-11-20 to 2026-11-22, 1,774 mentions) in the range asked for, the last 28 days',
    )
    expect(await text(page, '[data-testid=author-cap]')).toContain('not a thousand')
    // 266 of 776 counted mentions; the flood's 998 extra posts are left out.
    expect(await text(page, `${nw} [data-testid=sov]`)).toMatch(/^34\.3% \(\d\d\.\d%–\d\d\.\d%\) n = 776$/)
    expect(await text(page, `${nw} [data-testid=neg]`)).toContain('n = 266')
    expect(await text(page, `${nw} [data-testid=net]`)).toMatch(/^−\d+ \(−\d+ to −\d+\) n = 266$/)
    expect(await text(page, `${nw} [data-testid=voiced]`)).toBe('266 of 1,264')
    expect(await text(page, `${nw} [data-testid=flooded]`)).toBe('998')
    expect(
      await text(page, '[data-testid=drivers-table] tr[data-brand=northwind] [data-testid=driver-terms]'),
    ).toContain('outage')
    await page.waitForSelector(
      '[data-testid=drivers-table] tr[data-brand=crest] [data-testid=driver-hashtags] .tag',
    )
    expect(
      await text(page, '[data-testid=drivers-table] tr[data-brand=crest] [data-testid=driver-hashtags]'),
    ).toContain('#crestrewards 432 vs 0')

    const trend = page.locator('[data-testid=competitors-trend]')
    expect(await trend.getAttribute('data-periods')).toBe('3')
    expect(Number(await trend.getAttribute('data-markers'))).toBeGreaterThanOrEqual(3)
    const markers = await page.locator('[data-testid=release-markers] li').allTextContents()
    expect(markers).toContain('▏21 Nov 12:00 · Northwind Bank · App Store 7.4.0')
    expect(markers.some((m) => m.includes('Crest Bank · Google Play 3.2.0 (first review)'))).toBe(true)

    await page.click('[data-testid=period-figures] summary')
    const cell = await text(
      page,
      '[data-testid=period-table] tr[data-period="2026-11-21"] td[data-brand=northwind]',
    )
    expect(cell).toMatch(/^\d+\.\d% \(\d+\.\d%–\d+\.\d%\) n = \d+$/)
    await page.screenshot({ path: join(SHOTS, 'competitors.png'), fullPage: true })

    await page.selectOption('[data-testid=period]', 'week')
    await page.waitForFunction(
      () => document.querySelector('[data-testid=competitors-trend]')?.getAttribute('data-periods') === '1',
    )

    await page.selectOption('[data-testid=filter-platform]', 'reddit')
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=coverage]')?.textContent?.includes('216 mentions'),
    )
    expect(
      await text(page, '[data-testid=competitors-table] tr[data-brand=crest] [data-testid=sov]'),
    ).toMatch(/^100\.0% .* n = 216$/)
    expect(await text(page, `${nw} [data-testid=sov]`)).toMatch(/^0\.0% /)
    await page.screenshot({ path: join(SHOTS, 'competitors-reddit-weekly.png'), fullPage: true })
    await page.close()
  })

  it('releases: before vs after per bank, app and store with intervals and n, new terms, markers', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1100 } })
    await page.goto(`${url}#/releases`)
    const row = page.locator(
      '[data-testid=releases-table] tr[data-brand=northwind][data-store=appstore][data-version="7.4.0"]',
    )
    await row.waitFor()
    expect(await text(page, '[data-testid=release-coverage]')).toContain(
      'based on 3 days of data, 54 reviews',
    )
    expect(await row.locator('td').first().textContent()).toContain('(announced) · app 1500000001')
    expect(await row.locator('[data-testid=review-counts]').textContent()).toBe('18 → 18')
    const rating = (await row.locator('[data-testid=rating]').textContent()) ?? ''
    expect(rating).toContain('before 5.0★')
    expect(rating).toMatch(/after 1\.3★ \(1\.\d–1\.\d\) n = 18/)
    expect(await row.locator('[data-testid=negative-change]').textContent()).toMatch(
      /change \+100 pts \(\+\d+ to \+100\)/,
    )
    expect(await row.locator('[data-testid=negative-change]').getAttribute('class')).toContain('bad')
    const fresh = (await row.locator('[data-testid=new-terms]').textContent()) ?? ''
    expect(fresh).toContain('crash 18 vs 0')
    expect(fresh).toContain('login 18 vs 0')
    expect(fresh).not.toContain('app')

    // The same version on Google Play is another app, with its own reviews.
    const gp = page.locator(
      '[data-testid=releases-table] tr[data-brand=northwind][data-store=playstore][data-version="7.4.0"]',
    )
    expect(await gp.locator('[data-testid=store]').textContent()).toBe('Google Play')
    expect(await gp.locator('[data-testid=rating]').textContent()).toContain('after 4.0★')
    const chart = page.locator('[data-testid=releases-chart]')
    expect(await chart.getAttribute('data-apps')).toBe('3')
    expect(Number(await chart.getAttribute('data-markers'))).toBe(
      await page.locator('[data-testid=releases-table] tbody tr').count(),
    )
    await page.screenshot({ path: join(SHOTS, 'releases.png'), fullPage: true })

    await page.selectOption('[data-testid=release-store]', 'playstore')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=releases-table] tr[data-store=appstore]').length === 0,
    )
    expect(await page.locator('[data-testid=releases-table] tr[data-store=playstore]').count()).toBe(2)
    await page.close()
  })
})
