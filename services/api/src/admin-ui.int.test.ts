import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import {
  applyRetention,
  insertMentions,
  keyring,
  purgeMentions,
  type Store,
  writeEvidence,
} from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserReady, DASHBOARD_DIST, launchBrowser, listenLocal } from '../../../tests/support/browser.js'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const SHOTS = fileURLToPath(new URL('../../../test-output/dashboard', import.meta.url))
const ADMIN = 'admin-page-5d1e8c3b72'
const VIEWER = 'admin-view-9f4a2c6e10'
const bearer = (t: string) => ({ authorization: `Bearer ${t}` })

/**
 * The admin page in Debian's Chromium against a real api and store: retention as the tables
 * carry it, X's purged post, the evidence key in use, and who read which evidence and who was
 * refused; a viewer is told the page needs an admin token.
 */
describe.skipIf(!browserReady)('the admin page', () => {
  let store: Store
  let app: FastifyInstance
  let browser: Browser
  let url: string

  beforeAll(async () => {
    store = await createTestStore()
    const createdAt = new Date(Date.now() - 3_600_000).toISOString()
    const ring = keyring('k2', [['k2', randomBytes(32).toString('base64')]])
    await insertMentions(store, [
      sampleEnriched({ id: 'x:kept', createdAt }),
      sampleEnriched({ id: 'x:gone', createdAt }),
    ])
    await writeEvidence(store, ring, [
      {
        id: 'x:kept',
        eventKey: 'create',
        platform: 'x',
        authorIsBrand: false,
        createdAt,
        original: {
          text: 'original text',
          authorId: 'u1',
          authorHandle: 'someone',
          url: 'https://x.example/1',
        },
      },
    ])
    await purgeMentions(store, [{ id: 'x:gone', platform: 'x', createdAt, authorIsBrand: false }])
    await applyRetention(store, { mentions: 400, evidence: 2555 })
    app = await buildTestApp({
      store,
      logger: createLogger('api-admin-ui-test', 'silent'),
      staticDir: DASHBOARD_DIST,
      evidenceKeys: ring,
      auth: createAuthenticator(parseApiTokens(`root:admin:${ADMIN},wall:viewer:${VIEWER}`)),
    })
    url = await listenLocal(app)
    // One read by the admin, one refused read by the viewer: both audited.
    const read = await app.inject({
      url: '/api/admin/evidence/x:kept?reason=legal%20hold%20request',
      headers: bearer(ADMIN),
    })
    expect(read.statusCode).toBe(200)
    const refused = await app.inject({
      url: '/api/admin/evidence/x:kept?reason=curious',
      headers: bearer(VIEWER),
    })
    expect(refused.statusCode).toBe(403)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await store?.close()
  })

  it('shows an admin retention, purges, the key in use and the evidence reads', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } })
    await page.goto(`${url}#token=${ADMIN}`)
    // From an analyst page's navigation (the wall's top bar links the analysts' pages only).
    await page.click('[data-page=explorer]')
    await page.click('nav [data-page=admin]')
    await page.waitForSelector('[data-testid=admin-audit] tbody tr')
    const retention = (table: string) =>
      page.locator(`[data-testid=admin-retention] tr[data-table=${table}]`).textContent()
    expect(await retention('mentions')).toContain('kept 400 days')
    expect(await retention('evidence')).toContain('kept 2555 days')
    expect(await retention('evidence_audit')).toContain('until deleted')
    const purged = await page.locator('[data-testid=admin-deletions] tr[data-platform=x]').textContent()
    expect(purged).toContain('1')
    expect(await page.locator('[data-testid=admin-rotation]').textContent()).toContain('current key k2')
    expect(await page.locator('[data-testid=admin-keys] li').allTextContents()).toEqual([
      'key k2 (current): 1 sealed rows',
    ])
    expect(await page.locator('[data-testid=admin-audit-summary]').textContent()).toContain(
      '1 read, 1 refused',
    )
    const read = await page.locator('[data-testid=admin-audit] tr[data-outcome=read]').textContent()
    expect(read).toContain('root')
    expect(read).toContain('legal hold request')
    expect(read).toContain('x:kept')
    const denied = await page.locator('[data-testid=admin-audit] tr[data-outcome=denied]').textContent()
    expect(denied).toContain('wall')
    expect(denied).toContain('viewer')
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'admin-compliance.png'), fullPage: true })
    await page.close()
  })

  it('tells a viewer the page needs an admin token and shows nothing of it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(`${url}#token=${VIEWER}`)
    // From an analyst page's navigation (the wall's top bar links the analysts' pages only).
    await page.click('[data-page=explorer]')
    await page.click('nav [data-page=admin]')
    await page.waitForSelector('[data-testid=admin-error]')
    expect(await page.locator('[data-testid=admin-error]').textContent()).toContain('needs an admin token')
    expect(await page.locator('[data-testid=admin-audit]').count()).toBe(0)
    await page.screenshot({ path: join(SHOTS, 'admin-viewer.png') })
    await page.close()
  })
})
