import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { Intake } from '../intake/intake.js'
import { createIngestMetrics } from '../intake/metrics.js'
import { buildIngestApp } from '../webhook.js'

const appSecret = 'test-app-secret-0123456789'
const verifyToken = 'verify-me-please'
const body = readFileSync(new URL('../../fixtures/meta-webhook/page-feed-comments.json', import.meta.url))
const sign = (raw: Buffer | string, secret = appSecret) =>
  `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`

function setup(publish: (ms: Mention[]) => Promise<void> = async () => {}) {
  const registry = new Registry()
  const metrics = createIngestMetrics(registry)
  const published: Mention[] = []
  const app = buildIngestApp({
    brands: loadBrands(),
    publish: async (ms) => {
      await publish(ms)
      published.push(...ms)
    },
    meta: { appSecret, verifyToken },
    metrics,
    registry,
  })
  return { app, published, registry }
}

const post = (
  app: ReturnType<typeof setup>['app'],
  payload: Buffer | string,
  headers: Record<string, string>,
) => app.inject({ method: 'POST', url: '/webhooks/meta', payload, headers })

describe('Meta webhook', () => {
  it('answers the verification handshake with the challenge, and refuses a wrong token', async () => {
    const { app } = setup()
    const ok = await app.inject({
      url: `/webhooks/meta?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`,
    })
    expect([ok.statusCode, ok.body, ok.headers['content-type']]).toEqual([200, '1158201444', 'text/plain'])
    const bad = await app.inject({
      url: '/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1',
    })
    expect(bad.statusCode).toBe(403)
    expect(bad.body).not.toContain('1158201444')
  })

  it('publishes a correctly signed notification and says what it took', async () => {
    const { app, published } = setup()
    const res = await post(app, body, {
      'content-type': 'application/json',
      'x-hub-signature-256': sign(body),
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ accepted: 5, skipped: 1 })
    expect(published.map((m) => m.event)).toEqual(['create', 'create', 'edit', 'delete', 'create'])
  })

  it('refuses a missing or wrong signature with 401, and a signature of re-serialised JSON', async () => {
    const { app, published, registry } = setup()
    const json = { 'content-type': 'application/json' }
    expect((await post(app, body, json)).statusCode).toBe(401)
    expect(
      (await post(app, body, { ...json, 'x-hub-signature-256': sign(body, 'other-secret') })).statusCode,
    ).toBe(401)
    expect((await post(app, body, { ...json, 'x-hub-signature-256': 'sha1=abc' })).statusCode).toBe(401)
    // The signature is over the bytes Meta sent: the same JSON spaced differently does not pass.
    const respaced = JSON.stringify(JSON.parse(body.toString()))
    expect((await post(app, respaced, { ...json, 'x-hub-signature-256': sign(body) })).statusCode).toBe(401)
    expect(published).toEqual([])
    expect(await registry.metrics()).toMatch(
      /vigil_ingest_refused_requests_total\{connector="meta-webhook",reason="VIGIL_ERR_BAD_SIGNATURE"\} 4/,
    )
  })

  it('answers truncated JSON 400, a wrong content type 415 and an oversize body 413', async () => {
    const { app, published } = setup()
    const cut = body.subarray(0, 200)
    const truncated = await post(app, cut, {
      'content-type': 'application/json',
      'x-hub-signature-256': sign(cut),
    })
    expect([truncated.statusCode, truncated.json().code]).toEqual([400, 'VIGIL_ERR_MALFORMED_JSON'])
    const form = await post(app, 'a=1', {
      'content-type': 'application/x-www-form-urlencoded',
      'x-hub-signature-256': sign('a=1'),
    })
    expect([form.statusCode, form.json().code]).toEqual([415, 'VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE'])
    const huge = Buffer.alloc(2 * 1024 * 1024, 0x20)
    const big = await post(app, huge, {
      'content-type': 'application/json',
      'x-hub-signature-256': sign(huge),
    })
    expect([big.statusCode, big.json().code]).toEqual([413, 'VIGIL_ERR_PAYLOAD_TOO_LARGE'])
    expect(published).toEqual([])
  })

  it('answers 503 with Retry-After when Kafka does not take the mentions, and takes them when it does', async () => {
    let down = true
    const { app, published } = setup(async () => {
      if (down) throw new Error('broker unreachable')
    })
    const headers = { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }
    const refused = await post(app, body, headers)
    expect(refused.statusCode).toBe(503)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    const health = await app.inject({ url: '/healthz' })
    expect(health.json()).toMatchObject({ status: 'degraded', kafka: 'congested' })
    down = false
    const again = await post(app, body, headers)
    expect(again.statusCode).toBe(200)
    expect(published).toHaveLength(5)
  })

  it('is not served when the secrets are not configured', async () => {
    const app = buildIngestApp({ brands: loadBrands(), publish: async () => {} })
    const res = await post(app, body, {
      'content-type': 'application/json',
      'x-hub-signature-256': sign(body),
    })
    expect(res.statusCode).toBe(404)
  })
})

describe('platform payload endpoint and service documents', () => {
  it('normalises a captured payload through its connector and lists per-item errors', async () => {
    const { app, published } = setup()
    const feed = readFileSync(new URL('../../fixtures/rss/bad-malformed.xml', import.meta.url))
    const res = await app.inject({
      method: 'POST',
      url: '/v1/payloads/auto',
      payload: feed,
      headers: { 'content-type': 'application/rss+xml' },
    })
    expect(res.statusCode).toBe(202)
    expect(res.json()).toMatchObject({ format: 'rss', accepted: 1 })
    expect(res.json().rejected.map((e: { code: string }) => e.code)).toContain('VIGIL_ERR_MALFORMED_XML')
    expect(published.map((m) => m.id)).toEqual(['news:https://broken.example.com/a'])
    expect(
      (await app.inject({ method: 'POST', url: '/v1/payloads/myspace', payload: '{}' })).statusCode,
    ).toBe(404)
  })

  it('serves OpenAPI for every route and per-connector metrics', async () => {
    const { app } = setup()
    await post(app, body, { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) })
    const spec = (await app.inject({ url: '/openapi.json' })).json()
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/webhooks/meta',
        '/v1/mentions',
        '/v1/payloads/{format}',
        '/healthz',
        '/metrics',
      ]),
    )
    const metrics = (await app.inject({ url: '/metrics' })).body
    expect(metrics).toMatch(/vigil_ingest_normalised_total\{connector="meta-webhook"\} 5/)
    expect(metrics).toMatch(/vigil_ingest_skipped_total\{connector="meta-webhook"\} 1/)
  })
})

describe('Meta webhook dead letters', () => {
  it('keeps a signed notification holding bad items on the dead-letter topic, with the reasons, before answering 200', async () => {
    const bad = readFileSync(new URL('../../fixtures/meta-webhook/bad.json', import.meta.url))
    const letters: Array<{ value: Buffer | string; headers?: Record<string, string> }> = []
    const published: Mention[] = []
    const app = buildIngestApp({
      brands: loadBrands(),
      publish: async (ms) => void published.push(...ms),
      intake: new Intake({
        publish: async (ms) => void published.push(...ms),
        deadLetter: async (recs) => void letters.push(...recs),
      }),
      meta: { appSecret, verifyToken },
    })
    const res = await post(app, bad, { 'content-type': 'application/json', 'x-hub-signature-256': sign(bad) })
    expect(res.statusCode).toBe(200)
    expect(published.map((m) => m.id)).toEqual(['facebook:2_5', 'facebook:2_999'])
    expect(letters).toHaveLength(1)
    expect(Buffer.from(letters[0]!.value).equals(bad)).toBe(true)
    expect(letters[0]!.headers).toMatchObject({
      'vigil.dlq.code': 'VIGIL_ERR_MISSING_FIELD',
      'vigil.dlq.stage': 'ingest',
      'vigil.dlq.source.topic': 'ingest:meta-webhook',
    })
    expect(letters[0]!.headers?.['vigil.dlq.reason']).toMatch(
      /entry\[0\]\.changes\[0\]: VIGIL_ERR_MISSING_FIELD: feed comment has no comment_id/,
    )
  })
})
