import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import type { EnrichedMention } from '@vigil/schema'
import { insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserReady, DASHBOARD_DIST, launchBrowser, listenLocal } from '../../../tests/support/browser.js'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const SHOTS = fileURLToPath(new URL('../../../test-output/explorer', import.meta.url))
const ANALYST = 'ann-analyst-5c1e2f9a77'

const ago = (min: number) => new Date(Date.now() - min * 60_000).toISOString()
const who = (handle: string, followers: number) => ({
  id: `u-${handle}`,
  handle,
  followers,
  verified: false,
  isBrandAccount: false,
})

/** 60 quiet mentions for the pages, a few the analyst looks for. */
const seeded: EnrichedMention[] = [
  sampleEnriched({
    id: 'x:outage1',
    createdAt: ago(3),
    text: 'Outage again, cannot log in #NorthwindDown',
    hashtags: ['#NorthwindDown'],
    author: who('Angry_Ann', 1200),
    engagement: { likes: 40, shares: 2, replies: 1, views: 900 },
  }),
  sampleEnriched({
    id: 'reddit:outage2',
    platform: 'reddit',
    createdAt: ago(4),
    text: 'is the northwind app down for everyone? #northwinddown',
    hashtags: ['#northwinddown'],
    intent: 'question',
    author: who('mod_bot', 90),
  }),
  sampleEnriched({
    id: 'x:refund',
    createdAt: ago(5),
    text: 'outage fixed, refund came through',
    sentiment: { label: 'positive', score: 0.6 },
    intent: 'praise',
  }),
  sampleEnriched({
    id: 'x:crest',
    createdAt: ago(6),
    brands: [{ brand: 'crest', via: 'Crest' }],
    text: 'Crest Bank had an outage too',
    author: who('crest_watch', 5),
  }),
  sampleEnriched({
    id: 'x:pii',
    createdAt: ago(7),
    pii: ['card'],
    intent: 'question',
    text: 'is my card **** **** **** 1111 blocked?',
  }),
  ...Array.from({ length: 60 }, (_, i) =>
    sampleEnriched({
      id: `x:q${String(i).padStart(2, '0')}`,
      createdAt: ago(30 + i),
      text: `statement arrived ${i}`,
      sentiment: { label: 'neutral', score: 0 },
      intent: 'other',
      author: who(`reader${i}`, i * 10),
    }),
  ),
]

describe.skipIf(!browserReady)('explorer in a browser', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let url: string
  let page: Page

  beforeAll(async () => {
    store = await createTestStore()
    await insertMentionEvents(store, seeded)
    await insertMentions(store, seeded)
    app = await buildTestApp({
      store,
      logger: createLogger('api-explorer-ui-test', 'silent'),
      staticDir: DASHBOARD_DIST,
      auth: createAuthenticator(parseApiTokens(`ann:viewer:${ANALYST}`)),
    })
    url = await listenLocal(app)
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1600, height: 1100 } })
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  const ids = () =>
    page
      .locator('[data-testid=explorer-results] tbody tr')
      .evaluateAll((trs) => trs.map((t) => t.getAttribute('data-id')))
  const count = () => page.locator('[data-testid=explorer-count]').textContent()
  async function searchFor(q: string) {
    await page.fill('[data-testid=explorer-text]', q)
    await page.click('[data-testid=explorer-search]')
  }

  it('shows column headers, the brand picker from configuration, and pages of 50 with a total', async () => {
    await page.goto(`${url}#/explorer&token=${ANALYST}`)
    await page.waitForSelector('[data-testid=explorer-results] tbody tr')
    const headers = await page.locator('[data-testid=explorer-results] thead th').allTextContents()
    expect(headers.slice(0, 10).map((h) => h.replace(/[▼▲]/g, '').trim())).toEqual([
      'Time',
      'Brands',
      'Platform',
      'Lang',
      'Sentiment',
      'Intent',
      'Author',
      'Followers',
      'Likes',
      'Text',
    ])
    const picker = await page.locator('[data-testid=brand-picker] label').allTextContents()
    expect(picker.map((l) => l.trim())).toEqual([
      'Northwind Bank',
      'Crest Bank',
      'Havenbank',
      'Lotus Bank',
      'Al Noor Bank',
    ])
    await expect.poll(count).toBe('1–50 of 65 mentions')
    expect((await ids())[0]).toBe('x:outage1')
    await page.click('[data-testid=page-next]')
    await expect.poll(count).toBe('51–65 of 65 mentions')
    expect((await ids()).at(-1)).toBe('x:q59')
    await page.click('[data-testid=page-prev]')
    await expect.poll(count).toBe('1–50 of 65 mentions')
    await page.screenshot({ path: join(SHOTS, 'explorer-table.png') })
  })

  it('searches with Boolean operators and finds hashtags in any case, with filters', async () => {
    await searchFor('#NORTHWINDDOWN')
    await expect.poll(ids).toEqual(['x:outage1', 'reddit:outage2'])
    await searchFor('outage NOT (refund OR @crest_watch)')
    await expect.poll(ids).toEqual(['x:outage1'])
    await searchFor('outage')
    await page.locator('[data-testid=brand-picker] label', { hasText: 'Crest' }).locator('input').check()
    await page.click('[data-testid=explorer-search]')
    await expect.poll(ids).toEqual(['x:crest'])
    await page.locator('[data-testid=brand-picker] label', { hasText: 'Crest' }).locator('input').uncheck()
    await page.selectOption('[data-testid=filter-sentiment]', ['positive'])
    await page.click('[data-testid=explorer-search]')
    await expect.poll(ids).toEqual(['x:refund'])
    await page.selectOption('[data-testid=filter-sentiment]', [])
    await searchFor('')
    await page.check('[data-testid=filter-pii]')
    await page.click('[data-testid=explorer-search]')
    await expect.poll(ids).toEqual(['x:pii'])
    await page.uncheck('[data-testid=filter-pii]')
    // A fixed range in the browser's own time zone: the last 20 minutes hold the 5 recent posts.
    const [from, to] = await page.evaluate(() => {
      const local = (ms: number) => {
        const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000)
        return d.toISOString().slice(0, 16)
      }
      return [local(Date.now() - 20 * 60_000), local(Date.now() + 60_000)]
    })
    await page.fill('[data-testid=filter-from]', from)
    await page.fill('[data-testid=filter-to]', to)
    await searchFor('')
    await expect.poll(count).toBe('1–5 of 5 mentions')
    await page.fill('[data-testid=filter-from]', '')
    await page.fill('[data-testid=filter-to]', '')
    await searchFor('(outage OR')
    await expect.poll(() => page.locator('[data-testid=page-error]').textContent()).toMatch(/at position 10/)
  })

  it('sorts by a column header and opens a mention’s history beside the row', async () => {
    await searchFor('')
    await page.click('th >> text=Followers')
    await expect.poll(async () => (await ids())[0]).toBe('x:outage1') // 1,200 followers, the most
    expect(await page.locator('th[aria-sort=descending]').textContent()).toContain('Followers')
    await page.click('th >> text=Followers')
    await expect.poll(async () => (await ids())[0]).not.toBe('x:outage1')
    await page.click('th >> text=Time')
    await page.click('tr[data-id="reddit:outage2"]')
    await page.waitForSelector('[data-testid=mention-detail] [data-testid=history] li[data-event=create]')
    expect(await page.locator('[data-testid=mention-detail]').textContent()).toContain('mod_bot')
    expect(await page.locator('[data-testid=mention-detail] [data-testid=correction]').count()).toBe(1)
    await page.screenshot({ path: join(SHOTS, 'explorer-detail.png') })
  })

  it('saves a search, brings it back, and exports the view as CSV from the link', async () => {
    await searchFor('#northwinddown')
    await page.fill('[data-testid=save-name]', 'app outage')
    await page.click('[data-testid=save-search]')
    await page.waitForSelector('[data-testid=saved-searches] .chip >> text=app outage')
    await searchFor('statement')
    await expect.poll(count).toBe('1–50 of 60 mentions')
    await page.click('[data-testid=saved-searches] .chip >> text=app outage')
    await expect.poll(ids).toEqual(['x:outage1', 'reddit:outage2'])
    expect(await page.inputValue('[data-testid=explorer-text]')).toBe('#northwinddown')
    const href = await page.getAttribute('[data-testid=export-csv]', 'href')
    expect(href).toMatch(/^\/api\/explorer\/export\.csv\?q=%23northwinddown/)
    const download = page.waitForEvent('download')
    await page.click('[data-testid=export-csv]')
    const file = await (await download).path()
    const { readFileSync } = await import('node:fs')
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^createdAt,id,platform/)
    // Quoted or not, as CSV allows (the engine quotes every string; the paged writer only where needed).
    const cell = (line: string, i: number) => {
      const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!)
      const c = cells[i]!
      return c.startsWith('"') ? c.slice(1, -1).replaceAll('""', '"') : c
    }
    expect(lines.slice(1).map((l) => cell(l, 1))).toEqual(['x:outage1', 'reddit:outage2'])
    await page.screenshot({ path: join(SHOTS, 'explorer-saved-export.png') })
  })
})
