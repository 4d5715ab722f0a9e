import { createLogger } from '@vigil/config'
import type { AlertDelivery } from '@vigil/schema'
import { insertAlerts, insertDeliveries, insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const logger = createLogger('api-test', 'silent')

function attempt(over: Partial<AlertDelivery>): AlertDelivery {
  return {
    alertId: 'nw-1',
    alertVersion: 1,
    brand: 'northwind',
    outlet: 'slack',
    kind: 'slack',
    event: 'opened',
    idempotencyKey: 'nw-1@1:slack',
    attempt: 1,
    outcome: 'delivered',
    status: 200,
    error: '',
    durationMs: 41,
    at: '2026-11-23T10:01:00.000Z',
    ...over,
  }
}

/** What an incident shows beyond itself: who was told of it, and its sample posts. */
describe('alert details over a real store', () => {
  let store: Store
  let app: FastifyInstance

  beforeAll(async () => {
    store = await createTestStore()
    const author = (handle: string, followers: number) => ({
      id: handle,
      handle,
      followers,
      verified: false,
      isBrandAccount: false,
    })
    await insertMentions(store, [
      sampleEnriched({ id: 'x:small', author: author('@small', 10), text: 'card **** 1111 refused' }),
      sampleEnriched({ id: 'x:big', author: author('@big', 90_000), text: 'app down for everyone' }),
      sampleEnriched({ id: 'x:other', author: author('@other', 50_000) }),
    ])
    await insertAlerts(store, [
      sampleAlert({ id: 'nw-1', sampleMentionIds: ['x:small', 'x:big'], multiplier: 3.9, trend: 'calming' }),
    ])
    await insertDeliveries(store, [
      attempt({
        outlet: 'dead',
        kind: 'webhook',
        idempotencyKey: 'nw-1@1:dead',
        outcome: 'failed',
        status: 0,
        error: 'ECONNREFUSED',
      }),
      attempt({}),
      attempt({}), // the same attempt recorded twice (a redelivered record) counts once
      attempt({
        outlet: 'dead',
        kind: 'webhook',
        idempotencyKey: 'nw-1@1:dead',
        attempt: 2,
        outcome: 'gave_up',
        status: 0,
        at: '2026-11-23T10:02:00.000Z',
      }),
    ])
    app = await buildTestApp({
      store,
      logger,
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  it('lists every delivery attempt of an alert, oldest first, a repeated record once', async () => {
    const res = await app.inject('/api/alerts/nw-1/deliveries')
    expect(res.statusCode).toBe(200)
    const ds = res.json().deliveries as AlertDelivery[]
    expect(ds.map((d) => [d.outlet, d.attempt, d.outcome])).toEqual([
      ['dead', 1, 'failed'],
      ['slack', 1, 'delivered'],
      ['dead', 2, 'gave_up'],
    ])
    expect(ds[0]!.error).toBe('ECONNREFUSED')
    expect((await app.inject('/api/alerts/nope/deliveries')).json().code).toBe('VIGIL_ERR_ALERT_NOT_FOUND')
  })

  it("gives the alert's sample posts, most followed first, and the alert its multiplier and trend", async () => {
    const res = await app.inject('/api/alerts/nw-1/samples')
    expect(res.json().samples.map((m: { id: string }) => m.id)).toEqual(['x:big', 'x:small'])
    const alert = (await app.inject('/api/alerts/nw-1')).json().alert
    expect(alert).toMatchObject({ multiplier: 3.9, trend: 'calming' })
    const byId = await app.inject('/api/mentions/by-id?ids=x:small,x:other')
    expect(byId.json().mentions.map((m: { id: string }) => m.id)).toEqual(['x:other', 'x:small'])
  })
})
