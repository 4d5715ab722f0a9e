/**
 * Who gets in, and what leaks out, on the real stack (every service from its built main, the
 * shared broker, embedded ClickHouse, the seeded demo generator): every REST route the api's
 * own /openapi.json lists, the WebSocket and ingest's doors refuse a missing token, a wrong
 * token and a token of the wrong role; tokens are required by default; floods meet 429; no
 * response to a viewer or an operator carries a card number, IBAN, e-mail address or phone
 * number; the security headers are there; and the configured secrets appear in no log line.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { findPii } from '@vigil/nlp'
import { LIMITS } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { repoRoot, type Service, stopService } from '../e2e/launch.js'
import { stackEnv, stackPorts, startStack } from '../e2e/whole-stack.js'
import { testBrokers, uniqueName } from '../support/kafka.js'
import { waitFor } from '../support/wait.js'
import { scanText, textsOf } from './pii-scan.js'

const run = uniqueName('security')
const chdbPath = join(repoRoot, '.cache', 'security-chdb', run)
const logDir = join(repoRoot, 'test-output', 'security', run)
const secret = (name: string) => `${name}-${randomBytes(12).toString('hex')}`
const SECRETS = {
  operator: secret('op'),
  viewer: secret('view'),
  relay: secret('relay'),
  webhook: secret('hook'),
  metaApp: secret('meta'),
  metaVerify: secret('verify'),
}
const API_LIMIT = 3000
const INGEST_LIMIT = 400
const services = new Map<string, Service>()
let apiUrl: string
let ingestUrl: string

interface Route {
  method: string
  path: string
  url: string
}
let routes: Route[] = []

const bearer = (t: string) => ({ authorization: `Bearer ${t}` })

/** A request URL for an OpenAPI operation: path parameters filled, required query given. */
function exampleUrl(
  path: string,
  op: {
    parameters?: Array<{ in: string; name: string; required?: boolean; schema?: Record<string, unknown> }>
  },
): string {
  const query = new URLSearchParams()
  let p = path
  for (const param of op.parameters ?? []) {
    const s = param.schema ?? {}
    const value =
      param.name === 'brand'
        ? 'northwind'
        : Array.isArray(s.enum)
          ? String(s.enum[0])
          : s.type === 'integer' || s.type === 'number'
            ? String(s.minimum ?? 1)
            : s.format === 'date-time'
              ? new Date(Date.now() - 3_600_000).toISOString()
              : 'x'
    if (param.in === 'path') p = p.replace(`{${param.name}}`, encodeURIComponent(value))
    else if (param.in === 'query' && param.required) query.set(param.name, value)
  }
  const q = query.toString()
  return q === '' ? p : `${p}?${q}`
}

async function call(method: string, url: string, headers: Record<string, string> = {}): Promise<Response> {
  const body = method === 'GET' || method === 'HEAD' ? undefined : '{}'
  return await fetch(`${apiUrl}${url}`, {
    method,
    headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
    body,
  })
}

beforeAll(async () => {
  const brokers = testBrokers()
  const p = await stackPorts()
  apiUrl = `http://127.0.0.1:${p.api}`
  ingestUrl = `http://127.0.0.1:${p.ingest}`
  const env = {
    ...stackEnv({ brokers, run, chdbPath, ports: p }),
    API_TOKENS: `ops:operator:${SECRETS.operator},wall:viewer:${SECRETS.viewer}`,
    OUTLET_API_TOKEN: SECRETS.viewer,
    INGEST_TOKENS: `relay:${SECRETS.relay}`,
    ALERT_WEBHOOK_URL: 'http://127.0.0.1:9/alerts',
    ALERT_WEBHOOK_SECRET: SECRETS.webhook,
    META_APP_SECRET: SECRETS.metaApp,
    META_VERIFY_TOKEN: SECRETS.metaVerify,
    API_RATE_LIMIT_MAX: String(API_LIMIT),
    INGEST_RATE_LIMIT_MAX: String(INGEST_LIMIT),
    // One window for the whole run, so the flood's count is not split by a window's end.
    API_RATE_LIMIT_WINDOW_MS: '600000',
    INGEST_RATE_LIMIT_WINDOW_MS: '600000',
    API_TRUST_PROXY: '1',
    // The seeded demo: customers overshare card numbers, IBANs, phones and e-mails.
    GENERATOR: 'true',
    GENERATOR_SEED: '1414',
    // The generator follows the hour of the day: at night scale 3 gave 84 northwind posts in the
    // backfill, short of the 100 the scan waits for.
    GENERATOR_RATE_SCALE: '8',
    GENERATOR_BACKFILL_MINUTES: '20',
    // Everything a service may log, so a secret in a debug line is found too.
    LOG_LEVEL: 'debug',
  }
  mkdirSync(logDir, { recursive: true })
  await startStack(env, logDir, services, p)
  const doc = (await (await fetch(`${apiUrl}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, Parameters<typeof exampleUrl>[1]>>
  }
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, op]) => ({ method: m.toUpperCase(), path, url: exampleUrl(path, op) })),
  )
})

afterAll(async () => {
  for (const s of services.values()) await stopService(s)
  rmSync(chdbPath, { recursive: true, force: true })
})

describe('security', { timeout: 300_000 }, () => {
  it('every REST route of the api refuses a missing or wrong token; acting needs an operator, evidence an admin', async () => {
    const guarded = routes.filter((r) => r.path.startsWith('/api/'))
    expect(guarded.length).toBeGreaterThan(10)
    const wrong: string[] = []
    for (const r of guarded) {
      const none = await call(r.method, r.url)
      const bad = await call(r.method, r.url, bearer(`${SECRETS.operator}x`))
      const viewer = await call(r.method, r.url, bearer(SECRETS.viewer))
      const operator = await call(r.method, r.url, bearer(SECRETS.operator))
      const reading = r.method === 'GET'
      // Evidence and its audit are for the admin role alone; a named viewer keeps their own
      // saved searches (services/api README, Access).
      const adminOnly = r.path.startsWith('/api/admin/')
      const viewerMay = reading || r.path.startsWith('/api/explorer/saved')
      const allowed = (s: number) => ![401, 403].includes(s)
      const ok =
        none.status === 401 &&
        bad.status === 401 &&
        (adminOnly
          ? viewer.status === 403 && operator.status === 403
          : (viewerMay ? allowed(viewer.status) : viewer.status === 403) && allowed(operator.status))
      if (!ok)
        wrong.push(
          `${r.method} ${r.path}: none ${none.status}, wrong ${bad.status}, viewer ${viewer.status}, operator ${operator.status}`,
        )
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/)
    }
    expect(wrong).toEqual([])
    // Ops endpoints stay open for probes and scrapers, and say nothing private.
    for (const open of ['/healthz', '/openapi.json'])
      expect((await fetch(`${apiUrl}${open}`)).status).toBe(200)
  })

  it('the WebSocket refuses a missing or wrong token and takes a viewer', async () => {
    const attempt = (q: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${apiUrl.replace('http', 'ws')}/ws${q}`)
        ws.once('open', () => {
          ws.close()
          resolve(101)
        })
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
        ws.once('error', () => resolve(-1))
      })
    expect(await attempt('')).toBe(401)
    expect(await attempt(`?access_token=${SECRETS.viewer}x`)).toBe(401)
    expect(await attempt(`?access_token=${SECRETS.relay}`)).toBe(401)
    expect(await attempt(`?access_token=${SECRETS.viewer}`)).toBe(101)
  })

  it("ingest's doors refuse a missing or wrong token, an api token, and an unsigned Meta notification", async () => {
    const doc = (await (await fetch(`${ingestUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const doors = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => path.startsWith('/v1/') && ['get', 'post'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), url: path.replace('{format}', 'auto') })),
    )
    expect(doors.length).toBeGreaterThanOrEqual(3)
    const wrong: string[] = []
    for (const d of doors) {
      for (const [who, headers] of [
        ['none', {}],
        ['wrong', bearer(`${SECRETS.relay}x`)],
        ['api operator', bearer(SECRETS.operator)],
      ] as const) {
        const res = await fetch(`${ingestUrl}${d.url}`, {
          method: d.method,
          headers: { ...headers, ...(d.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
          body: d.method === 'POST' ? '[]' : undefined,
        })
        if (res.status !== 401) wrong.push(`${d.method} ${d.url} as ${who}: ${res.status}`)
      }
      const relay = await fetch(`${ingestUrl}${d.url}`, {
        method: d.method,
        headers: {
          ...bearer(SECRETS.relay),
          ...(d.method === 'POST' ? { 'content-type': 'application/json' } : {}),
        },
        body: d.method === 'POST' ? '[]' : undefined,
      })
      if ([401, 403].includes(relay.status))
        wrong.push(`${d.method} ${d.url} refused the relay: ${relay.status}`)
    }
    expect(wrong).toEqual([])
    const body = Buffer.from('{"object":"page","entry":[]}')
    const unsigned = await fetch(`${ingestUrl}/webhooks/meta`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(unsigned.status).toBe(401)
    const forged = createHmac('sha256', 'not-the-secret').update(body).digest('hex')
    expect(
      (
        await fetch(`${ingestUrl}/webhooks/meta`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${forged}` },
        })
      ).status,
    ).toBe(401)
    const signed = createHmac('sha256', SECRETS.metaApp).update(body).digest('hex')
    expect(
      (
        await fetch(`${ingestUrl}/webhooks/meta`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signed}` },
        })
      ).status,
    ).toBe(200)
    const handshake = (token: string) =>
      fetch(`${ingestUrl}/webhooks/meta?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=42`)
    expect((await handshake(`${SECRETS.metaVerify}x`)).status).toBe(403)
    expect(await (await handshake(SECRETS.metaVerify)).text()).toBe('42')
  })

  it('the independent scan finds each kind of personal data in any digit script (its control)', () => {
    const kinds = (t: string) => [...new Set(scanText(t).map((f) => f.kind))].sort()
    expect(kinds('card 4111 1111 1111 1111')).toEqual(['card'])
    // Arabic-Indic and Devanagari digits: the same card number.
    expect(kinds('بطاقة ٤١١١ ١١١١ ١١١١ ١١١١')).toEqual(['card'])
    expect(kinds('कार्ड ४१११ ११११ ११११ ११११')).toEqual(['card'])
    // The phone pattern also takes the IBAN's last digits: the scan errs on the side of finding.
    expect(kinds('iban NL91 ABNA 0417 1643 00 please')).toContain('iban')
    expect(kinds('mail me: jan.de.vries@example.nl')).toEqual(['email'])
    expect(kinds('bel +31 6 1234 5678 of 06-12345678')).toEqual(['phone'])
    expect(kinds('card **** **** **** 1111, +31 6 **** 5678, j***@e***.nl')).toEqual([])
  })

  it('no response to a viewer or an operator carries a card number, IBAN, e-mail address or phone number', async () => {
    // Wait for the seeded stream (whose customers overshare) to be stored and served.
    await waitFor(
      async () => {
        const res = await call(
          'GET',
          '/api/mentions/recent?brand=northwind&limit=200',
          bearer(SECRETS.viewer),
        )
        return res.ok && ((await res.json()) as { mentions: unknown[] }).mentions.length >= 100
      },
      { what: 'the seeded mentions to be stored', timeoutMs: 120_000, intervalMs: 1000 },
    )
    const reads = routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/'))
    const extra = [
      '/api/mentions/recent?brand=northwind&limit=500',
      '/api/mentions/recent?brand=havenbank&limit=500',
    ]
    const found: string[] = []
    let strings = 0
    let scanned = 0
    let masked = 0
    for (const token of [SECRETS.viewer, SECRETS.operator]) {
      for (const url of [...reads.map((r) => r.url), ...extra]) {
        const res = await call('GET', url, bearer(token))
        const type = res.headers.get('content-type') ?? ''
        const text = await res.text()
        scanned++
        const values = type.includes('json') ? [...textsOf(JSON.parse(text))] : [{ path: '', text }]
        for (const v of values) {
          strings++
          if (/\*{4}/.test(v.text)) masked++
          for (const f of scanText(v.text)) found.push(`${url} ${v.path}: ${f.kind} "${f.value}"`)
          if (v.text.length <= LIMITS.textChars)
            for (const s of findPii(v.text))
              if (['card', 'iban', 'email', 'phone'].includes(s.kind))
                found.push(`${url} ${v.path}: nlp ${s.kind} "${v.text.slice(s.start, s.end)}"`)
        }
      }
    }
    console.log(`security: scanned ${scanned} responses, ${strings} strings; findings: ${found.length}`)
    // The seeded customers did overshare: what they wrote reached the screen masked.
    expect(masked, 'masked personal data in the responses').toBeGreaterThan(0)
    expect(found.slice(0, 20)).toEqual([])
    expect(strings).toBeGreaterThan(1000)
  })

  it('sends the security headers and no server banner; HSTS only over TLS', async () => {
    const page = await fetch(`${apiUrl}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/)
    for (const res of [
      page,
      await fetch(`${apiUrl}/healthz`),
      await call('GET', '/api/brands', bearer(SECRETS.viewer)),
      await fetch(`${ingestUrl}/healthz`),
    ]) {
      expect(res.headers.get('server')).toBeNull()
      expect(res.headers.get('x-powered-by')).toBeNull()
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(page.headers.get('strict-transport-security')).toBeNull()
    // Behind the TLS-terminating proxy the api is told to trust (API_TRUST_PROXY=1).
    const overTls = await fetch(`${apiUrl}/`, { headers: { 'x-forwarded-proto': 'https' } })
    expect(overTls.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
  })

  it('a flood meets 429 with Retry-After at the api and at ingest, and probes still answer', async () => {
    const flood = async (url: string, n: number, init: RequestInit) => {
      const statuses: number[] = []
      let retryAfter: string | null = null
      for (let i = 0; i < n; i += 50) {
        const batch = await Promise.all(Array.from({ length: Math.min(50, n - i) }, () => fetch(url, init)))
        for (const r of batch) {
          statuses.push(r.status)
          if (r.status === 429) retryAfter ??= r.headers.get('retry-after')
          await r.arrayBuffer()
        }
      }
      return { statuses, retryAfter }
    }
    const api = await flood(`${apiUrl}/api/brands`, API_LIMIT + 500, {
      headers: bearer(`${SECRETS.viewer}x`),
    })
    expect(api.statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(API_LIMIT)
    expect(api.statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(500)
    expect(Number(api.retryAfter)).toBeGreaterThan(0)
    expect((await fetch(`${apiUrl}/healthz`)).status).toBe(200)
    const ingest = await flood(`${ingestUrl}/v1/mentions`, INGEST_LIMIT + 200, {
      method: 'POST',
      headers: { ...bearer(SECRETS.relay), 'content-type': 'application/json' },
      body: '[]',
    })
    expect(ingest.statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(INGEST_LIMIT)
    expect(ingest.statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(200)
    expect((await fetch(`${ingestUrl}/healthz`)).status).toBe(200)
  })

  it('no configured secret appears in any log line of the run', async () => {
    for (const [name, s] of services) expect(await stopService(s), `${name} exit code`).toBe(0)
    const leaks: string[] = []
    let lines = 0
    for (const name of services.keys()) {
      const log = readFileSync(join(logDir, `${name}.log`), 'utf8')
      lines += log.split('\n').length
      for (const [which, value] of Object.entries(SECRETS))
        if (log.includes(value)) leaks.push(`${which} in ${name}.log`)
    }
    console.log(
      `security: ${lines} log lines of ${services.size} services grepped for ${Object.keys(SECRETS).length} secrets`,
    )
    expect(lines).toBeGreaterThan(50)
    expect(leaks).toEqual([])
  })
})
