/**
 * What the browser tests of the dashboard share: the built dashboard, a system chromium (never
 * downloaded: CHROMIUM_PATH or the distribution's), whether both are there (else the tests
 * skip), and the api served on a free loopback port.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'

export const DASHBOARD_DIST = fileURLToPath(new URL('../../dashboard/dist', import.meta.url))
export const BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const browserReady = existsSync(join(DASHBOARD_DIST, 'index.html')) && existsSync(BROWSER)

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: BROWSER, args: ['--no-sandbox'] })

/** Listens on 127.0.0.1, a free port; the app's root URL. */
export async function listenLocal(app: {
  listen(o: { host: string; port: number }): Promise<unknown>
  server: { address(): AddressInfo | string | null }
}): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`
}
