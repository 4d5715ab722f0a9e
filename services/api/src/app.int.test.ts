import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAuthenticator, createLogger, loadBrands } from '@vigil/config'
import { type AckRequest, ALERT_STATUSES, type Alert, type LiveMetric } from '@vigil/schema'
import { insertAlerts, insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acknowledgedVersion } from '../../../tests/support/ack-responder.js'
import { createTestStore, sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { waitFor } from '../../../tests/support/wait.js'
import { buildApp } from './app.js'
import { LiveHub } from './live/hub.js'

const openDemo = createAuthenticator([], { openDemo: true })

const NOW = new Date('2026-11-23T10:05:30.000Z')
const brands = loadBrands()
const logger = createLogger('api-test', 'silent')

type Msg = { type: string; channel?: string; data?: unknown; code?: string }

function collect(ws: { on(ev: 'message', fn: (d: Buffer) => void): unknown }): Msg[] {
  const msgs: Msg[] = []
  ws.on('message', (d) => msgs.push(JSON.parse(d.toString()) as Msg))
  return msgs
}

describe('api over a real store', () => {
  let store: Store
  let app: FastifyInstance
  let hub: LiveHub
  let registry: Registry
  let staticDir: string
  const ackRequests: AckRequest[] = []

  beforeAll(async () => {
    store = await createTestStore()
    staticDir = mkdtempSync(join(tmpdir(), 'vigil-dash-'))
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Vigil</title>')
    mkdirSync(join(staticDir, 'assets'))
    writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)')
    const mentions = [
      sampleEnriched({ id: 'x:1' }),
      sampleEnriched({ id: 'x:2' }),
      sampleEnriched({ id: 'x:3', sentiment: { label: 'positive', score: 0.7 }, intent: 'praise' }),
      sampleEnriched({ id: 'x:4', brands: [{ brand: 'crest', via: 'Crest Bank' }] }),
    ]
    await insertMentionEvents(store, mentions)
    await insertMentions(store, mentions)
    await insertAlerts(store, [
      sampleAlert({ id: 'nw-1' }),
      sampleAlert({ id: 'cr-1', brand: 'crest', status: 'resolved', resolvedAt: '2026-11-23T10:03:00.000Z' }),
      sampleAlert({ id: 'nw-2', updatedAt: '2026-11-23T09:00:00.000Z' }),
      sampleAlert({ id: 'nw-2', version: 2, status: 'escalating', severity: 'critical' }),
    ])
    registry = new Registry()
    hub = new LiveHub({ brands: brands.map((b) => b.id), registry })
    // These tests act without tokens, as the explicitly opened local demo does.
    // The requests the api sends the detector (main: a produce on alerts.feedback).
    const ackOut = async (r: AckRequest) => {
      ackRequests.push(r)
    }
    app = await buildApp({
      store,
      hub,
      logger,
      registry,
      brands,
      staticDir,
      now: () => NOW,
      auth: openDemo,
      ackOut,
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
    rmSync(staticDir, { recursive: true, force: true })
  })

  it('lists the latest version of each alert, filtered by status and brand', async () => {
    const all = await app.inject('/api/alerts')
    expect(all.statusCode).toBe(200)
    const alerts = all.json().alerts as Alert[]
    expect(alerts.map((a) => a.id).sort()).toEqual(['cr-1', 'nw-1', 'nw-2'])
    expect(alerts.find((a) => a.id === 'nw-2')).toMatchObject({ version: 2, status: 'escalating' })

    const open = (await app.inject('/api/alerts?status=open')).json().alerts as Alert[]
    expect(open.map((a) => a.id)).toEqual(['nw-1'])
    const crest = (await app.inject('/api/alerts?brand=crest&limit=5')).json().alerts as Alert[]
    expect(crest.map((a) => a.id)).toEqual(['cr-1'])
    const one = await app.inject('/api/alerts/nw-2')
    expect(one.json()).toMatchObject({ alert: { id: 'nw-2', severity: 'critical' }, feedback: [] })
  })

  it.each([
    ['/api/alerts?limit=0', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/alerts?limit=abc', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/alerts?status=panicking', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/alerts?brand=acme', 'VIGIL_ERR_UNKNOWN_BRAND'],
    ['/api/alerts?brand=DROP%20TABLE', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/volume?minutes=99999', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/summary?hours=-1', 'VIGIL_ERR_BAD_REQUEST'],
    ['/api/mentions/recent?intent=gossip', 'VIGIL_ERR_BAD_REQUEST'],
  ])('answers %s with 400 and code %s', async (url, code) => {
    const res = await app.inject(url)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code })
    expect(typeof res.json().message).toBe('string')
  })

  it('names the allowed values of an enum, and answers a wrong content type with 415, both as {code, message}', async () => {
    const bad = await app.inject('/api/alerts?status=panicking')
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toEqual({
      code: 'VIGIL_ERR_BAD_REQUEST',
      message: `invalid request: querystring/status must be equal to one of the allowed values: ${ALERT_STATUSES.join(', ')}`,
    })
    const xml = await app.inject({
      method: 'POST',
      url: '/api/alerts/nw-1/ack',
      headers: { 'content-type': 'application/xml' },
      payload: '<ack/>',
    })
    expect(xml.statusCode).toBe(415)
    expect(xml.json().code).toBe('VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE')
    expect(Object.keys(xml.json()).sort()).toEqual(['code', 'message'])
  })

  it('answers unknown routes and alerts with 404 and a code', async () => {
    expect((await app.inject('/api/nothing')).json()).toMatchObject({ code: 'VIGIL_ERR_ROUTE_NOT_FOUND' })
    const res = await app.inject({ method: 'POST', url: '/api/alerts/nope/ack' })
    expect(res.statusCode).toBe(404)
    expect(res.json().code).toBe('VIGIL_ERR_ALERT_NOT_FOUND')
  })

  it('asks the detector to acknowledge: 202 at once, unchanged until its version lands, then shown live and after a restart', async () => {
    const ws = await app.injectWS('/ws')
    const msgs = collect(ws)
    ws.send(JSON.stringify({ type: 'subscribe', channels: ['alerts'] }))
    await waitFor(() => msgs.some((m) => m.type === 'snapshot'), { what: 'alerts snapshot' })

    const res = await app.inject({ method: 'POST', url: '/api/alerts/nw-1/ack' })
    expect(res.statusCode).toBe(202)
    expect(res.json()).toMatchObject({ pending: true, alert: { id: 'nw-1', version: 1, status: 'open' } })
    // Who and when go to the detector (nobody is named in an open demo); the api writes no version.
    // With the version acknowledged, which a detector that no longer holds the incident closes.
    expect(ackRequests).toEqual([
      {
        alertId: 'nw-1',
        ack: true,
        user: '',
        at: NOW.toISOString(),
        alert: expect.objectContaining({ id: 'nw-1', version: 1, status: 'open' }),
      },
    ])
    expect((await app.inject('/api/alerts/nw-1')).json().alert).toMatchObject({ version: 1, status: 'open' })

    // The detector's acknowledged version lands: stored by the sink, pushed by the feed.
    const landed = acknowledgedVersion(sampleAlert({ id: 'nw-1' }), ackRequests[0]!)
    await insertAlerts(store, [landed])
    hub.publishAlert(landed)
    const pushed = await waitFor(() => msgs.find((m) => m.type === 'alert'), { what: 'ack pushed over ws' })
    expect(pushed.data).toMatchObject({ id: 'nw-1', version: 2, status: 'acknowledged' })
    const open = (await app.inject('/api/alerts?status=open')).json().alerts as Alert[]
    expect(open.map((a) => a.id)).not.toContain('nw-1')

    // Acknowledging twice asks nothing more and answers with the acknowledged version.
    const again = await app.inject({ method: 'POST', url: '/api/alerts/nw-1/ack' })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ pending: false, alert: { version: 2, status: 'acknowledged' } })
    expect(ackRequests).toHaveLength(1)
    ws.terminate()

    // After a restart (a fresh live book) the store alone still says since when it is handled,
    // even on a version that does not carry it (one from before the detector named people).
    const { acknowledgedAt: _at, ...bare } = { ...landed, version: 3, updatedAt: '2026-11-23T10:06:00.000Z' }
    await insertAlerts(store, [bare])
    const reg = new Registry()
    const restarted = await buildApp({
      store,
      hub: new LiveHub({ brands: [], registry: reg }),
      logger,
      registry: reg,
      brands,
      auth: openDemo,
    })
    const after = (await restarted.inject('/api/alerts/nw-1')).json().alert
    expect(after).toMatchObject({ version: 3, status: 'acknowledged', acknowledgedAt: NOW.toISOString() })
    // An open demo knows nobody's name: none is made up.
    expect(after.acknowledgedBy).toBeUndefined()
    await restarted.close()
  })

  it('refuses to acknowledge a resolved alert', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/alerts/cr-1/ack' })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('VIGIL_ERR_ALERT_RESOLVED')
  })

  it('answers 503 when the request cannot reach the detector, and when no way to it is wired', async () => {
    const reg = new Registry()
    const deps = { store, hub: new LiveHub({ brands: [], registry: reg }), logger, registry: reg, brands }
    const failing = await buildApp({
      ...deps,
      now: () => NOW,
      auth: openDemo,
      ackOut: async () => {
        throw new Error('broker down')
      },
    })
    const res = await failing.inject({ method: 'POST', url: '/api/alerts/nw-2/ack' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toMatchObject({
      code: 'VIGIL_ERR_PUBLISH_FAILED',
      message: expect.stringContaining('broker down'),
    })
    await failing.close()
    const reg2 = new Registry()
    const unwired = await buildApp({
      ...deps,
      hub: new LiveHub({ brands: [], registry: reg2 }),
      registry: reg2,
      auth: openDemo,
    })
    expect((await unwired.inject({ method: 'POST', url: '/api/alerts/nw-2/ack' })).statusCode).toBe(503)
    await unwired.close()
    // Nothing changed: the alert is as the detector last wrote it.
    expect((await app.inject('/api/alerts/nw-2')).json().alert).toMatchObject({
      version: 2,
      status: 'escalating',
    })
  })

  it('stores feedback and shows it with the alert; rejects a body without a verdict', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/alerts/nw-2/feedback',
      payload: { real: false, note: 'marketing campaign, not a crisis', user: 'comms' },
    })
    expect(res.statusCode).toBe(201)
    const one = (await app.inject('/api/alerts/nw-2')).json()
    expect(one.feedback).toEqual([
      expect.objectContaining({
        alertId: 'nw-2',
        real: false,
        note: 'marketing campaign, not a crisis',
        user: 'comms',
      }),
    ])
    const bad = await app.inject({
      method: 'POST',
      url: '/api/alerts/nw-2/feedback',
      payload: { note: 'hmm' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('VIGIL_ERR_BAD_REQUEST')
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/alerts/nw-2/feedback',
      headers: { 'content-type': 'application/json' },
      payload: '{"real":',
    })
    expect(notJson.statusCode).toBe(400)
    expect(notJson.json().code).toBe('VIGIL_ERR_BAD_REQUEST')
  })

  it('serves per-brand per-minute volume with empty minutes as zeros', async () => {
    const res = await app.inject('/api/volume?minutes=10')
    expect(res.statusCode).toBe(200)
    const body = res.json() as {
      series: Array<{ brand: string; points: Array<{ minute: string; volume: number; negative: number }> }>
    }
    expect(body.series.map((s) => s.brand)).toEqual(brands.map((b) => b.id))
    const nw = body.series.find((s) => s.brand === 'northwind')!
    expect(nw.points).toHaveLength(10)
    expect(nw.points.find((p) => p.minute === '2026-11-23T10:00:00.000Z')).toMatchObject({
      volume: 3,
      negative: 2,
    })
    expect(nw.points.filter((p) => p.volume > 0)).toHaveLength(1)
    const one = (await app.inject('/api/volume?minutes=10&brand=crest')).json()
    expect(one.series).toHaveLength(1)
    expect(one.series[0].points.reduce((s: number, p: { volume: number }) => s + p.volume, 0)).toBe(1)
  })

  it('summarises share of voice and negative share per brand', async () => {
    const body = (await app.inject('/api/summary?hours=24')).json()
    const nw = body.brands.find((b: { brand: string }) => b.brand === 'northwind')
    expect(nw).toMatchObject({ role: 'own', volume: 3, negative: 2, shareOfVoice: 0.75 })
    expect(nw.negativeShare).toBeCloseTo(2 / 3)
    expect(body.brands.find((b: { brand: string }) => b.brand === 'lotus')).toMatchObject({ volume: 0 })
  })

  it('lists recent mentions for a brand', async () => {
    const body = (await app.inject('/api/mentions/recent?brand=crest&limit=10')).json()
    expect(body.mentions.map((m: { id: string }) => m.id)).toEqual(['x:4'])
  })

  it('gives an alert’s sample posts as posts with their (masked) text, not a count', async () => {
    const body = (await app.inject('/api/alerts/nw-1/samples')).json()
    expect(body.samples.map((m: { id: string; text: string }) => [m.id, typeof m.text])).toEqual([
      ['x:1', 'string'],
    ])
    expect((await app.inject('/api/alerts/nope/samples')).statusCode).toBe(404)
  })

  it('reports health, metrics, the OpenAPI description and the dashboard', async () => {
    const health = await app.inject('/healthz')
    expect(health.statusCode).toBe(200)
    expect(health.json().status).toBe('ok')
    const metrics = await app.inject('/metrics')
    expect(metrics.body).toContain('vigil_api_http_request_duration_ms_bucket')
    expect(metrics.body).toContain('vigil_api_ws_clients')
    expect(metrics.body).toContain('vigil_api_ws_dropped_messages_total')
    const spec = (await app.inject('/openapi.json')).json()
    expect(spec.openapi).toMatch(/^3\./)
    for (const p of ['/api/alerts', '/api/alerts/{id}/ack', '/api/volume', '/api/summary', '/healthz']) {
      expect(Object.keys(spec.paths)).toContain(p)
    }
    const page = await app.inject('/')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<title>Vigil</title>')
    expect(page.headers['cache-control']).toBe('no-cache')
    const asset = await app.inject('/assets/index-abc123.js')
    expect(asset.headers['cache-control']).toContain('immutable')
  })

  it('sends snapshots on subscribe, pushes ticks, and answers bad messages without closing', async () => {
    const tick: LiveMetric = {
      brand: 'crest',
      minute: '2026-11-23T10:05:00.000Z',
      volume: 12,
      negative: 5,
      positive: 1,
      complaints: 4,
      meanSentiment: -0.3,
      expectedVolume: 6,
      score: 2.1,
    }
    hub.publishMetrics([tick])
    const ws = await app.injectWS('/ws')
    const msgs = collect(ws)
    ws.send('{"type":"subscribe","channels":["nope"]}')
    ws.send('not json at all')
    ws.send(JSON.stringify({ type: 'subscribe', channels: ['alerts', 'metrics'] }))
    await waitFor(() => msgs.filter((m) => m.type === 'snapshot').length === 2, { what: 'two snapshots' })
    expect(msgs.slice(0, 2).map((m) => m.code)).toEqual([
      'VIGIL_ERR_WS_UNKNOWN_CHANNEL',
      'VIGIL_ERR_WS_BAD_MESSAGE',
    ])
    expect(msgs.find((m) => m.channel === 'metrics' && m.type === 'snapshot')?.data).toEqual([tick])

    hub.publishMetrics([{ ...tick, minute: '2026-11-23T10:06:00.000Z', volume: 30 }])
    hub.publishAlert(sampleAlert({ id: 'cr-2', brand: 'crest', version: 1 }))
    await waitFor(() => msgs.some((m) => m.type === 'metrics') && msgs.some((m) => m.type === 'alert'), {
      what: 'live tick and alert',
    })
    expect(msgs.find((m) => m.type === 'metrics')?.data).toMatchObject([{ brand: 'crest', volume: 30 }])
    expect(hub.clientCount).toBeGreaterThanOrEqual(1)
    ws.terminate()
    await waitFor(() => hub.clientCount === 0, { what: 'client removed on close' })
  })
})

describe('health when the store is gone', () => {
  it('answers 503 with the store code', async () => {
    const store = await createTestStore()
    const registry = new Registry()
    const app = await buildApp({
      store,
      hub: new LiveHub({ brands: [], registry }),
      logger,
      registry,
      brands,
    })
    await store.close()
    const res = await app.inject('/healthz')
    expect(res.statusCode).toBe(503)
    expect(res.json().code).toBe('VIGIL_ERR_STORE_UNAVAILABLE')
    await app.close()
  })
})
