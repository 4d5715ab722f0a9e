import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Authenticator,
  createAuthenticator,
  createLogger,
  loadBrands,
  parseApiTokens,
} from '@vigil/config'
import type { EnrichedMention, LiveMetric } from '@vigil/schema'
import { getAlert, insertAlerts, insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { Browser } from 'playwright-core'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acknowledgedVersion } from '../../../tests/support/ack-responder.js'
import { browserReady, DASHBOARD_DIST, launchBrowser, listenLocal } from '../../../tests/support/browser.js'
import { createTestStore, sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { waitFor } from '../../../tests/support/wait.js'
import { buildApp } from './app.js'
import { LiveHub } from './live/hub.js'

const SHOTS = fileURLToPath(new URL('../../../test-output/dashboard', import.meta.url))

interface Served {
  store: Store
  app: FastifyInstance
  hub: LiveHub
  browser: Browser
  url: string
  stop(): Promise<void>
}

/** A real api (port 0) over a real store, serving the built dashboard, and a browser. */
async function serveDashboard(auth?: Authenticator): Promise<Served> {
  const store = await createTestStore()
  const brands = loadBrands()
  const registry = new Registry()
  const hub = new LiveHub({ brands: brands.map((b) => b.id), registry })
  const landing = new Set<Promise<void>>()
  const app = await buildApp({
    store,
    hub,
    logger: createLogger('api-ui-test', 'silent'),
    registry,
    brands,
    staticDir: DASHBOARD_DIST,
    ...(auth ? { auth } : {}),
    // The detector's part, in process (no Kafka here): its acknowledged version lands after the
    // api has answered, stored as the sink would and pushed as the live feed would.
    ackOut: async (r) => {
      const current = hub.alert(r.alertId)
      // 'lost-…': an incident the detector no longer holds; its acknowledgement never lands.
      if (!current || r.alertId.startsWith('lost-')) return
      const landed = acknowledgedVersion(current, r)
      const done: Promise<void> = new Promise<void>((r) => setTimeout(r, 200))
        .then(() => insertAlerts(store, [landed]))
        .then(() => {
          hub.publishAlert(landed)
        })
        .finally(() => landing.delete(done))
      landing.add(done)
    },
  })
  const url = await listenLocal(app)
  const browser = await launchBrowser()
  return {
    store,
    app,
    hub,
    browser,
    url,
    async stop() {
      await browser.close()
      await app.close()
      await Promise.allSettled([...landing])
      await store.close()
    },
  }
}

/**
 * The built wall screen in a real browser against a real api (port 0) and store: the live
 * feed reaches the charts and the alert banner, and Acknowledge works end to end. Skipped
 * when dashboard/dist is not built or no chromium is installed.
 */
describe.skipIf(!browserReady)('dashboard in a browser', () => {
  let store: Store
  let hub: LiveHub
  let browser: Browser
  let url: string
  let served: Served | undefined

  beforeAll(async () => {
    // The explicitly opened local demo (VIGIL_OPEN_DEMO=1): anyone may act, as "anonymous".
    served = await serveDashboard(createAuthenticator([], { openDemo: true }))
    ;({ store, hub, browser, url } = served)
  })

  afterAll(async () => {
    await served?.stop()
  })

  it('shows live ticks on the charts, raises the banner on an alert, and acknowledges it', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(url)
    await page.waitForSelector('[data-testid=connection-state][data-state=live]')
    expect(await page.locator('[data-testid=alert-banner]').count()).toBe(0)
    const chart = page.locator('[data-testid=volume-chart]')
    await page.waitForSelector('[data-testid=brand-tile][data-brand=northwind]')
    const before = Number(await chart.getAttribute('data-updates'))

    // The last complete minute: the one still filling is held back from charts and tiles.
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000).toISOString()
    const tick: LiveMetric = {
      brand: 'northwind',
      minute,
      volume: 240,
      negative: 180,
      positive: 5,
      complaints: 90,
      meanSentiment: -0.6,
      expectedVolume: 30,
      score: 8,
    }
    hub.publishMetrics([tick])
    await waitFor(async () => Number(await chart.getAttribute('data-updates')) > before, {
      what: 'the volume chart to take the tick',
    })
    expect(
      Number(await page.locator('[data-testid=sentiment-chart]').getAttribute('data-points')),
    ).toBeGreaterThan(0)
    await waitFor(
      async () =>
        (await page.locator('[data-brand=northwind] [data-testid=tile-volume]').textContent()) === '240',
      { what: 'the northwind tile to show the tick' },
    )

    hub.publishAlert(
      sampleAlert({ id: 'ui-1', headline: 'Northwind app down: complaints 8x baseline', updatedAt: minute }),
    )
    const banner = page.locator('[data-testid=alert-banner]')
    await banner.waitFor({ state: 'visible' })
    expect(await banner.getAttribute('data-alert-id')).toBe('ui-1')
    const text = await banner.textContent()
    // The headline is said in words with the bank's display name (sampleAlert: negative 40 vs 5).
    expect(text).toContain('Northwind Bank: negative posts ×8.0 normal in the last minute (40 vs 5 expected)')
    expect(text).toContain('#appdown')

    // The api asks (202) and the acknowledged version lands a moment later (the detector's, above).
    // Acknowledged, the incident stays on screen as being handled (nobody named in an open demo).
    await page.click('[data-testid=ack-button]')
    await page.waitForSelector('[data-testid=alert-banner][data-status=acknowledged]')
    expect(await page.textContent('[data-testid=handled]')).toMatch(/^Being handled since \d\d:\d\d$/)
    expect((await getAlert(store, 'ui-1'))?.status).toBe('acknowledged')
    await page.waitForSelector('[data-testid=alert-item][data-alert-id=ui-1][data-status=acknowledged]')

    // The operator's verdict is stored with the alert.
    await page.click('[data-testid=alert-item][data-alert-id=ui-1] [data-testid=feedback-not-real]')
    await page.waitForSelector('[data-alert-id=ui-1] [data-testid=alert-feedback][data-verdict=not-real]')
    const res = await fetch(`${url}api/alerts/ui-1`)
    const body = (await res.json()) as { feedback: Array<{ real: boolean; user: string }> }
    expect(body.feedback).toEqual([expect.objectContaining({ real: false, user: 'wall-screen' })])
  })

  it('keeps the button on "Acknowledging…" until the acknowledged version lands, and says so when it never does', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.clock.install()
    await page.goto(url)
    await page.waitForSelector('[data-testid=connection-state][data-state=live]')
    hub.publishAlert(sampleAlert({ id: 'lost-1', updatedAt: new Date().toISOString() }))
    const banner = page.locator('[data-testid=alert-banner][data-alert-id=lost-1]')
    await banner.waitFor({ state: 'visible' })
    // The clock moves only once the api has answered: the wait is counted from the answer.
    const answered = page.waitForResponse((r) => r.url().includes('/api/alerts/lost-1/ack'))
    await page.click('[data-alert-id=lost-1] [data-testid=ack-button]')
    expect((await answered).status()).toBe(202)
    // Asked (202), not yet acknowledged: a second press would only ask again.
    const button = page.locator('[data-alert-id=lost-1] [data-testid=ack-button]')
    await waitFor(
      async () => (await button.isDisabled()) && (await button.textContent())?.includes('Acknowledging'),
      {
        what: 'the button to wait for the detector',
      },
    )
    expect(await banner.getAttribute('data-status')).toBe('open')
    expect(await page.locator('[data-testid=ack-unconfirmed]').count()).toBe(0)
    // Thirty seconds without the acknowledged version: the operator is told and may press again.
    await page.clock.fastForward('00:31')
    await page.waitForSelector('[data-testid=ack-unconfirmed]')
    expect(await page.textContent('[data-testid=ack-unconfirmed]')).toContain('Not confirmed by the detector')
    expect(await button.isDisabled()).toBe(false)
    await page.close()
  })
})

describe.skipIf(!browserReady)('analysts’ pages in a browser', () => {
  let served: Served | undefined
  let seeded: EnrichedMention[] = []

  beforeAll(async () => {
    served = await serveDashboard()
    const ago = (min: number) => new Date(Date.now() - min * 60_000).toISOString()
    const mentions = [
      sampleEnriched({
        id: 'x:late',
        createdAt: ago(95),
        text: 'Northwind still no answer about my frozen account',
      }),
      sampleEnriched({
        id: 'x:pii',
        createdAt: ago(12),
        intent: 'question',
        pii: ['card'],
        text: 'is my card **** **** **** 1111 blocked?',
      }),
      sampleEnriched({
        id: 'x:crest',
        createdAt: ago(20),
        brands: [{ brand: 'crest', via: 'Crest Bank' }],
        sentiment: { label: 'positive', score: 0.7 },
        intent: 'praise',
        text: 'Crest Bank sorted it in minutes',
      }),
      sampleEnriched({
        id: 'appstore:r1',
        platform: 'appstore',
        kind: 'review',
        createdAt: ago(300),
        appVersion: '7.4.0',
        rating: 1,
        terms: ['login', 'crash'],
      }),
    ]
    seeded = mentions
    await insertMentionEvents(served.store, mentions)
    await insertMentions(served.store, mentions)
    // The customer edits the late complaint: the archive keeps both versions.
    const edit = {
      ...mentions[0]!,
      event: 'edit' as const,
      text: 'Northwind account still frozen, day 3',
      receivedAt: ago(5),
    }
    await insertMentionEvents(served.store, [edit])
    await insertMentions(served.store, [edit])
  })

  afterAll(async () => {
    await served?.stop()
  })

  it('competitors, releases and the explorer (care: care-ui.int.test.ts)', async () => {
    const page = await served!.browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.goto(served!.url)
    await page.click('[data-page=competitors]')
    await page.waitForSelector('[data-testid=competitors-table] tr[data-brand=crest]')
    const crest = await page
      .locator('[data-testid=competitors-table] tr[data-brand=crest] [data-testid=sov]')
      .textContent()
    expect(crest).toContain('25.0%') // 1 of the 4 mentions: its share of voice, with its sample
    expect(crest).toContain('n = 4')
    // One daily period per UTC day the four mentions fall on (two shortly after midnight).
    const days = new Set(seeded.map((m) => m.createdAt.slice(0, 10))).size
    expect(Number(await page.locator('[data-testid=competitors-trend]').getAttribute('data-periods'))).toBe(
      days,
    )

    await page.click('[data-page=releases]')
    const row = page.locator('[data-testid=releases-table] tr[data-version="7.4.0"]')
    await row.waitFor()
    expect(await row.locator('[data-testid=store]').textContent()).toBe('App Store')
    expect(await row.locator('[data-testid=review-counts]').textContent()).toBe('0 → 1')
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'analyst-releases.png') })

    await page.click('[data-page=explorer]')
    await page.fill('[data-testid=explorer-text]', 'frozen')
    await page.click('[data-testid=explorer-form] button[type=submit]')
    await page.waitForSelector('[data-testid=explorer-results] tr[data-id="x:late"]')
    // The page lists the last day on opening; the search then narrows it to the one match.
    await expect.poll(() => page.locator('[data-testid=explorer-results] tbody tr').count()).toBe(1)
    await page.click('tr[data-id="x:late"] [data-testid=history-button]')
    await page.waitForSelector('[data-testid=history] li[data-event=edit]')
    const trail = await page.locator('[data-testid=history] li').allTextContents()
    expect(trail[0]).toContain('frozen account')
    expect(trail[1]).toContain('still frozen, day 3')
  })
})

const VIEWER = 'care-wall-0c9d7e1f3a'
const OPERATOR = 'duty-officer-58ab41e2'

/**
 * The same screen against an api that wants tokens: set up once through the address, the
 * token leaves the address bar and opens the feed; a viewer's screen says why it cannot act.
 */
describe.skipIf(!browserReady)('dashboard with access tokens', () => {
  let store: Store
  let hub: LiveHub
  let browser: Browser
  let url: string
  let served: Served | undefined

  beforeAll(async () => {
    served = await serveDashboard(
      createAuthenticator(parseApiTokens(`wall:viewer:${VIEWER},duty:operator:${OPERATOR}`)),
    )
    ;({ store, hub, browser, url } = served)
  })

  afterAll(async () => {
    await served?.stop()
  })

  it('says a screen without a token needs one', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    const error = page.locator('.load-error')
    await error.waitFor({ state: 'visible' })
    expect(await error.textContent()).toContain('needs an access token')
    expect(await page.locator('[data-testid=connection-state][data-state=live]').count()).toBe(0)
  })

  it('takes the token from the address once, goes live, and acts only with an operator token', async () => {
    const wall = await browser.newPage()
    await wall.goto(`${url}#token=${VIEWER}`)
    await wall.waitForSelector('[data-testid=connection-state][data-state=live]')
    expect(wall.url()).toBe(url)
    hub.publishAlert(sampleAlert({ id: 'ui-auth', updatedAt: new Date().toISOString() }))
    await wall.locator('[data-testid=alert-banner]').waitFor({ state: 'visible' })
    await wall.click('[data-testid=ack-button]')
    await waitFor(
      async () => (await wall.locator('.banner .err').textContent())?.includes('operator token'),
      {
        what: 'the viewer told it may not acknowledge',
      },
    )
    expect((await getAlert(store, 'ui-auth'))?.status).not.toBe('acknowledged')

    // A reload keeps the token (it lives in the browser, not the address).
    const duty = await browser.newPage()
    await duty.goto(`${url}#token=${OPERATOR}`)
    await duty.reload()
    await duty.waitForSelector('[data-testid=connection-state][data-state=live]')
    await duty.locator('[data-testid=alert-banner]').waitFor({ state: 'visible' })
    await duty.click('[data-testid=ack-button]')
    await duty.waitForSelector('[data-testid=alert-banner][data-status=acknowledged]')
    expect(await duty.textContent('[data-testid=handled]')).toMatch(/by duty$/)
    expect((await getAlert(store, 'ui-auth'))?.status).toBe('acknowledged')
  })
})

/** No tokens and no open demo (the default): the screen watches, and says why it cannot act. */
describe.skipIf(!browserReady)('dashboard against a default api (safe by default)', () => {
  let served: Served | undefined

  beforeAll(async () => {
    served = await serveDashboard()
  })

  afterAll(async () => {
    await served?.stop()
  })

  it('shows the incident but refuses to acknowledge it without an operator token', async () => {
    const page = await served!.browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(served!.url)
    await page.waitForSelector('[data-testid=connection-state][data-state=live]')
    served!.hub.publishAlert(sampleAlert({ id: 'ui-safe', updatedAt: new Date().toISOString() }))
    // (published to the live hub only, as the feed would; the store never saw it)
    await page.waitForSelector('[data-testid=alert-banner][data-alert-id=ui-safe]')
    await page.click('[data-testid=ack-button]')
    await waitFor(async () => (await page.locator('.banner .err').textContent())?.includes('operator'), {
      what: 'the screen told an operator token is needed',
    })
    expect(await page.getAttribute('[data-testid=alert-banner]', 'data-status')).toBe('open')
    // The live hub alone held it: no acknowledged version was written anywhere.
    expect(await getAlert(served!.store, 'ui-safe')).toBeNull()
    expect(served!.hub.alert('ui-safe')?.status).toBe('open')
  })
})
