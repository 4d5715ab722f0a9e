import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import type { EnrichedMention } from '@vigil/schema'
import { careActions, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserReady, DASHBOARD_DIST, launchBrowser, listenLocal } from '../../../tests/support/browser.js'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { waitFor } from '../../../tests/support/wait.js'
import { buildTestApp } from './test-app.js'

const SHOTS = fileURLToPath(new URL('../../../test-output/care', import.meta.url))
const VIEWER = 'care-room-wall-5d1e0b7a'
const DUTY = 'duty-officer-c41f88e2'

const ago = (min: number) => new Date(Date.now() - min * 60_000).toISOString()
const who = (n: number) => ({
  id: `u${n}`,
  handle: `customer${n}`,
  followers: 40 + n,
  verified: false,
  isBrandAccount: false,
})

/**
 * Our bank's backlog is larger than one page (56 waiting: 50 shown, then "Show more"), with
 * one post breached, one due and the rest on time; one answered by our Facebook page; a
 * competitor's complaint and a troll on their own tabs.
 */
function story(): EnrichedMention[] {
  const waiting = Array.from({ length: 53 }, (_, i) =>
    sampleEnriched({ id: `x:n${String(i).padStart(2, '0')}`, author: who(i), createdAt: ago(20 - i * 0.3) }),
  )
  return [
    ...waiting,
    sampleEnriched({
      id: 'x:late',
      author: who(90),
      createdAt: ago(95),
      text: 'Northwind, still no answer about my frozen account',
    }),
    sampleEnriched({
      id: 'x:due',
      author: who(91),
      createdAt: ago(42),
      intent: 'question',
      text: 'Northwind, is the transfer limit per day?',
    }),
    sampleEnriched({
      id: 'x:pii',
      author: who(92),
      createdAt: ago(25),
      pii: ['card'],
      text: 'Northwind is my card **** **** **** 1111 blocked?',
    }),
    sampleEnriched({ id: 'facebook:ok', platform: 'facebook', author: who(93), createdAt: ago(200) }),
    sampleEnriched({
      id: 'facebook:ans',
      platform: 'facebook',
      kind: 'reply',
      author: {
        id: '104857600000001',
        handle: 'Northwind Bank',
        followers: 9000,
        verified: true,
        isBrandAccount: true,
      },
      inReplyTo: 'facebook:ok',
      createdAt: ago(180),
      intent: 'other',
    }),
    sampleEnriched({
      id: 'x:crest',
      createdAt: ago(15),
      brands: [{ brand: 'crest', via: 'Crest' }],
      text: 'Crest Bank card declined at the till',
    }),
    sampleEnriched({
      id: 'x:troll',
      author: who(94),
      createdAt: ago(10),
      intent: 'troll',
      text: 'Northwind are clowns lol',
    }),
    sampleEnriched({ id: 'news:n', platform: 'news', createdAt: ago(10), text: 'Northwind outage reported' }),
  ]
}

describe.skipIf(!browserReady)('care inbox in a browser', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let url: string

  beforeAll(async () => {
    store = await createTestStore()
    await insertMentions(store, story())
    app = await buildTestApp({
      store,
      logger: createLogger('api-care-ui-test', 'silent'),
      staticDir: DASHBOARD_DIST,
      auth: createAuthenticator(parseApiTokens(`wall:viewer:${VIEWER},duty:operator:${DUTY}`)),
      care: { businessHours: null, people: ['duty', 'lead'], windowHours: 24 * 14 },
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

  const open = async (token: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.goto(`${url}#/care&token=${token}`)
    await page.waitForSelector('[data-testid=care-inbox][data-loaded=true] [data-testid=care-row]')
    return page
  }
  const row = (page: Page, id: string) => page.locator(`[data-testid=care-row][data-id="${id}"]`)

  it('shows the real backlog, the SLA state of each post, and pages on', async () => {
    const page = await open(DUTY)
    const backlog = page.locator('[data-testid=care-backlog]')
    expect((await backlog.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /56 waiting for an answer · 2 past 30 min · 1 over 60 min · 1 with personal data · 1 answered/,
    )
    expect(await page.locator('[data-testid=care-tab][data-view=own] .count').textContent()).toBe('56')
    expect(await page.locator('[data-testid=care-row]').count()).toBe(50)

    // Oldest first: the breached post on top, in red words, then the one past 30.
    expect(await page.locator('[data-testid=care-row]').first().getAttribute('data-id')).toBe('x:late')
    expect(await row(page, 'x:late').getAttribute('data-sla')).toBe('breached')
    expect(await row(page, 'x:late').locator('[data-testid=care-sla]').textContent()).toMatch(
      /^breached by 3\d min$/,
    )
    expect(await row(page, 'x:due').getAttribute('data-sla')).toBe('due')
    expect(await row(page, 'x:due').locator('[data-testid=care-sla]').textContent()).toMatch(
      /^past 30: 1\d min left to 60$/,
    )
    expect(await row(page, 'x:pii').getAttribute('data-sla')).toBe('on-time')
    expect(await row(page, 'x:pii').locator('[data-testid=pii-flag]').textContent()).toContain(
      'Personal data (card)',
    )
    const colour = await row(page, 'x:late')
      .locator('[data-testid=care-sla]')
      .evaluate((el) => getComputedStyle(el).color)
    expect(colour).toBe('rgb(255, 82, 82)') // --bad
    expect(await page.locator('[data-testid=care-inbox] tr[data-id="news:n"]').count()).toBe(0)
    await page.screenshot({ path: join(SHOTS, 'care-1-inbox.png'), fullPage: false })

    await page.click('[data-testid=care-more]')
    await waitFor(async () => (await page.locator('[data-testid=care-row]').count()) === 56, {
      what: 'the second page',
    })
    expect(await page.locator('[data-testid=care-more]').count()).toBe(0)

    // The answered one is on the closed list, with its first-response time.
    await page.selectOption('[data-testid=care-status]', 'closed')
    await page.waitForSelector('[data-testid=care-row][data-id="facebook:ok"]')
    expect(await row(page, 'facebook:ok').locator('[data-testid=care-sla]').textContent()).toBe(
      'answered in 20 min',
    )
    expect(await row(page, 'facebook:ok').locator('[data-testid=care-state]').textContent()).toContain(
      'answered by Northwind Bank',
    )
    expect(await page.locator('[data-testid=care-metrics] tr[data-key=facebook]').textContent()).toContain(
      '100%',
    )
    await page.close()
  })

  it('claim → note → handled: each step shows who did what, and the backlog goes down', async () => {
    const page = await open(DUTY)
    await row(page, 'x:late').click()
    const detail = page.locator('[data-testid=care-detail][data-id="x:late"]')
    await detail.locator('[data-testid=care-timeline]').waitFor()
    // Where the label correction form (another change) goes, beside the item.
    expect(await detail.locator('[data-slot=correction]').count()).toBe(1)

    await detail.locator('[data-testid=care-claim]').click()
    await waitFor(
      async () => (await row(page, 'x:late').locator('[data-testid=care-owner]').textContent()) === 'duty',
      {
        what: 'the row to show its owner',
      },
    )
    await detail.locator('[data-testid=care-note]').fill('Called the customer, account unfrozen')
    await detail.locator('[data-testid=care-add-note]').click()
    await detail.locator('[data-testid=care-timeline] li[data-kind=note]').waitFor()
    const timeline = await detail.locator('[data-testid=care-timeline] li').allTextContents()
    expect(timeline[0]).toContain('customer90')
    expect(timeline[1]).toMatch(/duty claimed it/)
    expect(timeline[2]).toMatch(/duty Called the customer, account unfrozen/)
    await page.screenshot({ path: join(SHOTS, 'care-2-claimed-with-note.png') })

    await detail.locator('[data-testid=care-handle]').click()
    await detail.locator('[data-testid=care-timeline] li[data-kind=handle]').waitFor()
    expect(await detail.locator('[data-testid=care-timeline] li[data-kind=handle]').textContent()).toMatch(
      /duty marked it handled/,
    )
    await waitFor(async () => (await page.getAttribute('[data-testid=care-backlog]', 'data-open')) === '55', {
      what: 'the backlog to count one fewer',
    })
    expect((await page.locator('[data-testid=care-backlog]').textContent())?.replace(/\s+/g, ' ')).toContain(
      '0 over 60 min',
    )
    // Handled, it has left the open list, but stays in view while its panel is open.
    expect(await row(page, 'x:late').locator('[data-testid=care-state]').textContent()).toContain(
      'handled by duty',
    )
    await row(page, 'x:late').click() // closing the panel refreshes the list
    await waitFor(async () => (await row(page, 'x:late').count()) === 0, {
      what: 'the closed, handled item to leave the open list',
      timeoutMs: 30_000,
    })
    expect((await careActions(store, 'x:late')).map((a) => [a.action, a.actor])).toEqual([
      ['claim', 'duty'],
      ['note', 'duty'],
      ['handle', 'duty'],
    ])
    await page.screenshot({ path: join(SHOTS, 'care-3-handled.png') })
    await page.close()
  })

  it('competitors and trolls are tabs of their own', async () => {
    const page = await open(DUTY)
    await page.click('[data-testid=care-tab][data-view=competitors]')
    await page.waitForSelector(
      '[data-testid=care-inbox][data-view=competitors] [data-testid=care-row][data-id="x:crest"]',
    )
    expect(await page.locator('[data-testid=care-row]').count()).toBe(1)
    expect(await row(page, 'x:crest').textContent()).toContain('Crest Bank')
    await page.screenshot({ path: join(SHOTS, 'care-4-competitors.png') })

    await page.click('[data-testid=care-tab][data-view=trolls]')
    await page.waitForSelector(
      '[data-testid=care-inbox][data-view=trolls] [data-testid=care-row][data-id="x:troll"]',
    )
    expect(await page.locator('[data-testid=care-row]').count()).toBe(1)
    expect(await page.locator('[data-testid=care-tab][data-view=trolls] .count').textContent()).toBe('1')
    await page.screenshot({ path: join(SHOTS, 'care-5-trolls.png') })
    await page.close()
  })

  it('a viewer’s screen reads the inbox but says it cannot act', async () => {
    const page = await open(VIEWER)
    await row(page, 'x:pii').click()
    const detail = page.locator('[data-testid=care-detail][data-id="x:pii"]')
    await detail.locator('[data-testid=care-view-only]').waitFor()
    expect(await detail.locator('[data-testid=care-claim]').isDisabled()).toBe(true)
    expect(await detail.locator('[data-testid=care-hide]').isDisabled()).toBe(true)
    expect(await detail.locator('[data-testid=care-pii]').textContent()).toContain(
      'request hiding and follow up privately',
    )
    await page.screenshot({ path: join(SHOTS, 'care-6-viewer.png') })
    await page.close()
  })
})
