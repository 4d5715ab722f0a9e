import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import { insertMentionEvents, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const WALL = 'wall-view-91c3b0d2e7'
const ANA = 'ana-op-5e0a17c4b8'
const bearer = (t: string) => ({ authorization: `Bearer ${t}` })
const NOW = new Date('2026-11-23T11:00:00.000Z')

describe('label corrections over the api, on a real store', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await createTestStore()
    const ms = [
      sampleEnriched({
        id: 'x:sarcasm',
        text: 'Oh great, Northwind paid my refund in a day. Love it.',
        createdAt: '2026-11-23T10:10:00.000Z',
      }),
      sampleEnriched({ id: 'x:outage', createdAt: '2026-11-23T10:12:00.000Z' }),
    ]
    await insertMentions(store, ms)
    await insertMentionEvents(store, ms)
    app = await buildTestApp({
      store,
      logger: createLogger('api-corrections-test', 'silent'),
      now: () => NOW,
      auth: createAuthenticator(parseApiTokens(`wall:viewer:${WALL},ana:operator:${ANA}`)),
    })
    await app.ready()
  })
  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  const northwind = async () => {
    const res = await app.inject({ url: '/api/summary?hours=24', headers: bearer(WALL) })
    expect(res.statusCode).toBe(200)
    return res.json().brands.find((b: { brand: string }) => b.brand === 'northwind')
  }
  const correct = (id: string, body: unknown, token = ANA) =>
    app.inject({
      method: 'POST',
      url: `/api/mentions/${encodeURIComponent(id)}/correction`,
      headers: bearer(token),
      payload: body as object,
    })

  it('a mention corrected from negative to positive moves the brand net sentiment, and the history says who and why', async () => {
    const before = await northwind()
    expect(before).toMatchObject({ volume: 2, negative: 2 })
    expect(before.meanSentiment).toBeCloseTo(-0.6)

    const res = await correct('x:sarcasm', {
      sentiment: 'positive',
      intent: 'praise',
      note: 'genuine praise',
    })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body.labels).toEqual({ sentiment: 'positive', intent: 'praise' })
    expect(body.correction).toMatchObject({
      mentionId: 'x:sarcasm',
      brand: 'northwind',
      sentiment: 'positive',
      intent: 'praise',
      previous: { sentiment: 'negative', intent: 'complaint' },
      by: 'ana',
      role: 'operator',
      note: 'genuine praise',
      at: NOW.toISOString(),
    })

    const after = await northwind()
    expect(after).toMatchObject({ volume: 2, negative: 1, complaints: 1 })
    expect(after.meanSentiment).toBeCloseTo(0.2)

    const hist = await app.inject({ url: '/api/mentions/x:sarcasm/corrections', headers: bearer(WALL) })
    expect(hist.statusCode).toBe(200)
    expect(hist.json().mayCorrect).toBe(false)
    expect(
      hist.json().corrections.map((c: { by: string; sentiment: string }) => [c.by, c.sentiment]),
    ).toEqual([['ana', 'positive']])
    const shown = await app.inject({ url: '/api/mentions/by-id?ids=x:sarcasm', headers: bearer(WALL) })
    expect(shown.json().mentions[0]).toMatchObject({ sentiment: 'positive', intent: 'praise' })
  })

  it('refuses bad input with a clear message, an unknown mention with 404, and a viewer with 403', async () => {
    const bad = await correct('x:outage', { sentiment: 'furious' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'VIGIL_ERR_BAD_REQUEST' })
    expect(bad.json().message).toContain('negative, neutral, positive')
    const empty = await correct('x:outage', { note: 'nothing to say' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().message).toContain('a correction needs a sentiment, an intent or both')
    const unknown = await correct('x:nope', { sentiment: 'neutral' })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().code).toBe('VIGIL_ERR_MENTION_NOT_FOUND')
    expect(
      (await app.inject({ url: '/api/mentions/x:nope/corrections', headers: bearer(WALL) })).statusCode,
    ).toBe(404)
    const viewer = await correct('x:outage', { sentiment: 'neutral' }, WALL)
    expect(viewer.statusCode).toBe(403)
    // Nothing of the refused requests was stored.
    const hist = await app.inject({ url: '/api/mentions/x:outage/corrections', headers: bearer(WALL) })
    expect(hist.json().corrections).toEqual([])
  })

  it('masks personal data an analyst pastes into a correction note before it is stored', async () => {
    const res = await correct('x:outage', {
      intent: 'complaint',
      note: 'customer wrote card 4111 1111 1111 1111',
    })
    expect(res.statusCode).toBe(201)
    const hist = await app.inject({ url: '/api/mentions/x:outage/corrections', headers: bearer(WALL) })
    const notes = hist
      .json()
      .corrections.map((c: { note: string }) => c.note)
      .join(' ')
    expect(notes).toContain('customer wrote card')
    expect(notes).not.toContain('4111 1111 1111 1111')
  })

  it('describes both routes in the OpenAPI document', async () => {
    const doc = (await app.inject('/openapi.json')).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/mentions/{id}/correction', '/api/mentions/{id}/corrections']),
    )
    const post = doc.paths['/api/mentions/{id}/correction'].post
    const ref: string = post.requestBody.content['application/json'].schema.$ref
    const body = doc.components.schemas[ref.split('/').pop() as string]
    expect(body.properties.intent.enum).toContain('praise')
    expect(body.properties.sentiment.enum).toEqual(['negative', 'neutral', 'positive'])
  })
})
