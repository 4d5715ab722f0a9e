import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import { insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserReady, DASHBOARD_DIST, launchBrowser, listenLocal } from '../../../tests/support/browser.js'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const SHOTS = fileURLToPath(new URL('../../../test-output/dashboard', import.meta.url))
const OPERATOR = 'analyst-op-3c7a9e21f0'
const VIEWER = 'analyst-view-8b2d4f6a1e'

/**
 * The Explorer's correction form in Debian's Chromium against a real api and store: an operator
 * corrects a misread post, the row's label changes, the history says who and why, and the brand's
 * summary moves; a viewer sees the history but no form.
 */
describe.skipIf(!browserReady)('correcting a label in the explorer', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let url: string

  beforeAll(async () => {
    store = await createTestStore()
    const now = new Date()
    const ms = [
      sampleEnriched({
        id: 'x:misread',
        text: 'Northwind sorted my refund in ten minutes, unbelievable',
        createdAt: new Date(now.getTime() - 30 * 60_000).toISOString(),
      }),
    ]
    await insertMentions(store, ms)
    await insertMentionEvents(store, ms)
    app = await buildTestApp({
      store,
      logger: createLogger('api-correction-ui-test', 'silent'),
      staticDir: DASHBOARD_DIST,
      auth: createAuthenticator(parseApiTokens(`ana:operator:${OPERATOR},wall:viewer:${VIEWER}`)),
    })
    url = await listenLocal(app)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  const openMention = async (token: string) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${url}#token=${token}`)
    await page.click('[data-page=explorer]')
    await page.fill('[data-testid=explorer-text]', 'refund')
    await page.click('[data-testid=explorer-form] button[type=submit]')
    await page.waitForSelector('[data-testid=explorer-results] tr[data-id="x:misread"]')
    await page.click('tr[data-id="x:misread"] [data-testid=history-button]')
    await page.waitForSelector('[data-testid=correction]')
    return page
  }
  const row = (page: import('playwright-core').Page) =>
    page.locator('[data-testid=explorer-results] tr[data-id="x:misread"]').textContent()

  it('an operator corrects negative to positive: the label changes, the history shows it, the summary moves', async () => {
    const summary = async () =>
      (
        await (
          await app.inject({ url: '/api/summary?hours=24', headers: { authorization: `Bearer ${VIEWER}` } })
        ).json()
      ).brands.find((b: { brand: string }) => b.brand === 'northwind')
    expect((await summary()).negative).toBe(1)

    const page = await openMention(OPERATOR)
    expect(await row(page)).toContain('negative')
    await page.waitForSelector('[data-testid=correction-form]')
    expect(await page.locator('[data-testid=correction]').textContent()).toContain('No correction yet')
    await page.selectOption('[data-testid=correction-sentiment]', 'positive')
    await page.selectOption('[data-testid=correction-intent]', 'praise')
    await page.fill('[data-testid=correction-note]', 'praise, not sarcasm')
    await page.click('[data-testid=correction-save]')
    await page.waitForSelector('[data-testid=correction-history] li')
    const history = await page.locator('[data-testid=correction-history] li').allTextContents()
    expect(history).toHaveLength(1)
    expect(history[0]).toContain('ana')
    expect(history[0]).toContain('negative → positive')
    expect(history[0]).toContain('complaint → praise')
    expect(history[0]).toContain('praise, not sarcasm')
    const shown = await row(page)
    expect(shown).toContain('positive')
    expect(shown).toContain('praise')
    expect(shown).not.toContain('negative')
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'explorer-correction.png') })
    expect(await summary()).toMatchObject({ negative: 0, complaints: 0 })

    // Searched again, the stored label is the corrected one.
    await page.click('[data-testid=explorer-form] button[type=submit]')
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=explorer-results] tr[data-id="x:misread"]')
        ?.textContent?.includes('positive'),
    )
    await page.close()
  })

  it('a viewer sees the history but cannot correct', async () => {
    const page = await openMention(VIEWER)
    await page.waitForSelector('[data-testid=correction-history] li')
    expect(await page.locator('[data-testid=correction-form]').count()).toBe(0)
    await page.close()
  })
})
