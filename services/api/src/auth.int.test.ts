import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import type { AckRequest } from '@vigil/schema'
import { insertAlerts, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleAlert } from '../../../tests/support/clickhouse.js'
import { waitFor } from '../../../tests/support/wait.js'
import { buildTestApp } from './test-app.js'

const WALL = 'care-wall-7d1e0c55a2'
const ALICE = 'alice-op-4b9f22e81c'
const bearer = (t: string) => ({ authorization: `Bearer ${t}` })

/** Tokens configured: every /api and /ws request needs one, and acting needs an operator's. */
describe('api with access tokens', () => {
  let store: Store
  let app: FastifyInstance
  let registry: Registry
  const ackRequests: AckRequest[] = []

  beforeAll(async () => {
    store = await createTestStore()
    await insertAlerts(store, [sampleAlert({ id: 'nw-auth' })])
    registry = new Registry()
    app = await buildTestApp({
      store,
      logger: createLogger('api-auth-test', 'silent'),
      registry,
      auth: createAuthenticator(parseApiTokens(`wall:viewer:${WALL},alice:operator:${ALICE}`)),
      ackOut: async (r) => {
        ackRequests.push(r)
      },
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  const rejected = async (reason: string) =>
    (await registry.getSingleMetric('vigil_api_auth_rejected_total')?.get())?.values.find(
      (v) => v.labels.reason === reason,
    )?.value ?? 0

  it('refuses data without a valid token, and keeps the probes open', async () => {
    for (const headers of [{}, bearer('not-a-token-at-all'), { authorization: WALL }]) {
      const res = await app.inject({ url: '/api/alerts', headers })
      expect(res.statusCode).toBe(401)
      expect(res.headers['www-authenticate']).toBe('Bearer realm="vigil"')
      expect(res.json().code).toBe('VIGIL_ERR_UNAUTHENTICATED')
      expect(res.body).not.toContain('nw-auth')
    }
    expect(await rejected('missing')).toBe(2)
    expect(await rejected('invalid')).toBe(1)
    const ok = await app.inject({ url: '/api/alerts', headers: bearer(WALL) })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().alerts.map((a: { id: string }) => a.id)).toEqual(['nw-auth'])
    expect((await app.inject('/healthz')).statusCode).toBe(200)
    expect((await app.inject('/metrics')).statusCode).toBe(200)
  })

  it('lets a viewer watch but not acknowledge; an operator acknowledges', async () => {
    const denied = await app.inject({ method: 'POST', url: '/api/alerts/nw-auth/ack', headers: bearer(WALL) })
    expect(denied.statusCode).toBe(403)
    expect(denied.json().code).toBe('VIGIL_ERR_FORBIDDEN')
    const still = await app.inject({ url: '/api/alerts/nw-auth', headers: bearer(WALL) })
    expect(still.json().alert.status).toBe('open')
    const acked = await app.inject({ method: 'POST', url: '/api/alerts/nw-auth/ack', headers: bearer(ALICE) })
    expect(acked.statusCode).toBe(202)
    // The request names the token's holder; the viewer's attempt sent nothing.
    expect(ackRequests).toEqual([expect.objectContaining({ alertId: 'nw-auth', ack: true, user: 'alice' })])
    // The detector's version lands without a name (as older ones did): the api's record puts it back.
    await insertAlerts(store, [sampleAlert({ id: 'nw-auth', version: 2, status: 'acknowledged' })])
    // Recorded beside the alert, so the name survives the detector's later versions and a restart.
    const listed = await app.inject({ url: '/api/alerts?status=acknowledged', headers: bearer(WALL) })
    expect(listed.json().alerts[0]).toMatchObject({ id: 'nw-auth', acknowledgedBy: 'alice' })
  })

  it('records feedback under the token holder, not the name the body claims', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/alerts/nw-auth/feedback',
      headers: bearer(ALICE),
      payload: { real: true, user: 'somebody-else', note: 'payments team confirmed' },
    })
    expect(res.statusCode).toBe(201)
    const one = await app.inject({ url: '/api/alerts/nw-auth', headers: bearer(WALL) })
    expect(one.json().feedback).toEqual([
      expect.objectContaining({ real: true, user: 'alice', note: 'payments team confirmed' }),
    ])
  })

  it('opens the live feed with a token in the query (browsers cannot set headers), not without', async () => {
    await expect(app.injectWS('/ws')).rejects.toThrow(/401/)
    const ws = await app.injectWS(`/ws?access_token=${WALL}`)
    const msgs: Array<{ type: string }> = []
    ws.on('message', (d: Buffer) => msgs.push(JSON.parse(d.toString()) as { type: string }))
    ws.send(JSON.stringify({ type: 'subscribe', channels: ['alerts'] }))
    await waitFor(() => msgs.some((m) => m.type === 'snapshot'), { what: 'alerts snapshot' })
    ws.terminate()
  })
})

/**
 * No tokens configured and no open demo asked for (the default): a screen can still watch,
 * but nobody can acknowledge or give feedback, and the refusal says how to allow it.
 */
describe('api without tokens (safe by default)', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await createTestStore()
    await insertAlerts(store, [sampleAlert({ id: 'nw-safe' })])
    app = await buildTestApp({ store, logger: createLogger('api-auth-test', 'silent') })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  it('reads, but refuses acknowledging and feedback with a message naming both ways to allow it', async () => {
    const list = await app.inject('/api/alerts')
    expect(list.statusCode).toBe(200)
    expect(list.json().alerts.map((a: { id: string }) => a.id)).toEqual(['nw-safe'])
    for (const [url, payload] of [
      ['/api/alerts/nw-safe/ack', undefined],
      ['/api/alerts/nw-safe/feedback', { real: true }],
    ] as const) {
      const res = await app.inject({ method: 'POST', url, ...(payload ? { payload } : {}) })
      expect(res.statusCode).toBe(403)
      expect(res.json().code).toBe('VIGIL_ERR_OPERATOR_TOKEN_REQUIRED')
      expect(res.json().message).toMatch(/API_TOKENS.*VIGIL_OPEN_DEMO=1/)
    }
    const one = await app.inject('/api/alerts/nw-safe')
    expect(one.json()).toMatchObject({ alert: { status: 'open' }, feedback: [] })
  })
})
