import { createAuthenticator, loadBrands, parseIngestTokens } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { MentionGenerator } from './generator/index.js'
import { buildIngestApp } from './webhook.js'

const brands = loadBrands()
const good = (n: number) => ({
  id: `x:${n}`,
  platform: 'x',
  author: { id: 'u', handle: '@u', followers: 3 },
  text: `Northwind app down ${n}`,
  createdAt: '2026-11-23T10:00:00Z',
})

describe('ingest webhook', () => {
  it('publishes the good items of a batch and reports each bad one with its index and reason', async () => {
    const published: Mention[] = []
    const app = buildIngestApp({ brands, publish: async (ms) => void published.push(...ms) })
    const res = await app.inject({
      method: 'POST',
      url: '/v1/mentions',
      payload: [good(1), { id: 'x:2', platform: 'x', text: 'no author' }, good(3)],
    })
    expect(res.statusCode).toBe(202)
    const body = res.json()
    expect(body.accepted).toBe(2)
    expect(body.rejected).toEqual([
      { index: 1, code: 'VIGIL_ERR_INVALID_MENTION', reason: 'author must be an object' },
    ])
    expect(published.map((m) => m.id)).toEqual(['x:1', 'x:3'])
  })

  it('answers malformed JSON and oversized bodies with a coded error, not a crash', async () => {
    const app = buildIngestApp({ brands, publish: async () => {}, bodyLimitBytes: 1024 })
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/mentions',
      headers: { 'content-type': 'application/json' },
      payload: '{"id": ',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('VIGIL_ERR_BAD_REQUEST')
    const big = await app.inject({
      method: 'POST',
      url: '/v1/mentions',
      payload: [{ ...good(1), text: 'x'.repeat(4000) }],
    })
    expect(big.statusCode).toBe(413)
    // The same fault has the same code in the api.
    expect(big.json().code).toBe('VIGIL_ERR_PAYLOAD_TOO_LARGE')
  })

  it('answers a wrong content type and an unknown route in the one error shape', async () => {
    const app = buildIngestApp({ brands, publish: async () => {} })
    const xml = await app.inject({
      method: 'POST',
      url: '/v1/mentions',
      headers: { 'content-type': 'application/xml' },
      payload: '<mention/>',
    })
    expect(xml.statusCode).toBe(415)
    expect(xml.json()).toMatchObject({ code: 'VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE' })
    const lost = await app.inject({ method: 'GET', url: '/v1/nothing-here' })
    expect(lost.statusCode).toBe(404)
    expect(lost.json()).toEqual({
      code: 'VIGIL_ERR_ROUTE_NOT_FOUND',
      message: 'no route GET /v1/nothing-here',
    })
  })

  it('injects a crisis scenario into the running generator and lists it as ground truth', async () => {
    const generator = new MentionGenerator({ brands, seed: 1, startMs: Date.parse('2026-11-23T10:00:00Z') })
    const app = buildIngestApp({ brands, publish: async () => {}, generator })
    const res = await app.inject({
      method: 'POST',
      url: '/v1/scenarios',
      payload: { kind: 'outage', brand: 'havenbank' },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'outage', brand: 'havenbank', hashtag: '#HavenbankDown' })
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/scenarios',
      payload: { kind: 'outage', brand: 'nope' },
    })
    expect(unknown.statusCode).toBe(400)
    const list = await app.inject({ method: 'GET', url: '/v1/scenarios' })
    expect(list.json()).toHaveLength(1)
  })

  it('with INGEST_TOKENS, takes mentions and scenarios only from a token holder', async () => {
    const published: Mention[] = []
    const RELAY = 'partner-relay-2f8c61d0'
    const app = buildIngestApp({
      brands,
      publish: async (ms) => void published.push(...ms),
      auth: createAuthenticator(parseIngestTokens(`partner:${RELAY}`)),
    })
    for (const headers of [{}, { authorization: 'Bearer someone-guessing-1234' }]) {
      const res = await app.inject({ method: 'POST', url: '/v1/mentions', headers, payload: [good(1)] })
      expect(res.statusCode).toBe(401)
      expect(res.json().code).toBe('VIGIL_ERR_UNAUTHENTICATED')
      const sc = await app.inject({
        method: 'POST',
        url: '/v1/scenarios',
        headers,
        payload: { kind: 'outage' },
      })
      expect(sc.statusCode).toBe(401)
    }
    expect(published).toEqual([])
    const ok = await app.inject({
      method: 'POST',
      url: '/v1/mentions',
      headers: { authorization: `Bearer ${RELAY}` },
      payload: [good(2)],
    })
    expect(ok.statusCode).toBe(202)
    expect(published.map((m) => m.id)).toEqual(['x:2'])
    expect((await app.inject('/healthz')).statusCode).toBe(200)
  })

  it('refuses a malformed INGEST_TOKENS entry without echoing the secret', () => {
    expect(() => parseIngestTokens('partner:short')).toThrow(
      /INGEST_TOKENS entry 1 \(partner\): token shorter/,
    )
    expect(() => parseIngestTokens('no-colon-here-at-all-x')).toThrow(/expected name:token/)
  })
})
