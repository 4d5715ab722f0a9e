// Through the package, as the live wiring helper takes it (tests/support/live-wiring.ts).
import { buildApp, LiveHub } from '@vigil/api'
import type { BusProducer } from '@vigil/bus'
import { createAuthenticator, createLogger, loadBrands } from '@vigil/config'
import type { Alert, LiveMetric, Topics } from '@vigil/schema'
import { insertAlerts, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBusStore } from '../../../../tests/support/bus-store.js'
import { sampleAlert } from '../../../../tests/support/clickhouse.js'
import { startLiveWiring } from '../../../../tests/support/live-wiring.js'
import { waitFor } from '../../../../tests/support/wait.js'

const logger = createLogger('api-feed-test', process.env.TEST_LOG_LEVEL ?? 'silent')
const brands = loadBrands()

type Msg = { type: string; channel?: string; data?: unknown }

/**
 * The api's wiring (as startApi does it), on a real broker and a real chDB store: the
 * detector's topics feed the hub, the hub feeds WebSocket clients, and an acknowledgement goes
 * out on Kafka as a request and its version (published by the detector's stand-in,
 * tests/support/ack-responder.ts) comes back to the wall screens. That it also reaches the store
 * through the sink is tested where the two run together: services/embedded.
 */
describe('live feed from Kafka', () => {
  let store: Store
  let topics: Topics
  let producer: BusProducer
  let hub: LiveHub
  let registry: Registry
  let app: FastifyInstance
  const stops: Array<() => Promise<void>> = []

  beforeAll(async () => {
    const bus = await openBusStore('api-feed', { logger, partitions: 2 })
    stops.push(() => bus.close())
    ;({ producer, store, topics } = bus)
    await insertAlerts(store, [
      sampleAlert({ id: 'stored-open' }),
      sampleAlert({ id: 'stored-done', status: 'resolved' }),
    ])
    registry = new Registry()
    hub = new LiveHub({ brands: brands.map((b) => b.id), registry })
    const wiring = await startLiveWiring(bus, { hub, logger, registry })
    stops.push(() => wiring.stop())
    app = await buildApp({
      store,
      hub,
      logger,
      registry,
      brands,
      ackOut: (r) => producer.sendJson(topics.feedback, r.alertId, r),
      auth: createAuthenticator([], { openDemo: true }),
    })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    for (const stop of stops.reverse()) await stop()
  })

  it('loads the open alerts from the store at start', () => {
    expect((hub.snapshot('alerts') as Alert[]).map((a) => a.id)).toEqual(['stored-open'])
  })

  it('pushes metric ticks and alerts from Kafka to WebSocket subscribers, skipping bad records', async () => {
    const ws = await app.injectWS('/ws')
    const msgs: Msg[] = []
    ws.on('message', (d: Buffer) => msgs.push(JSON.parse(d.toString()) as Msg))
    ws.send(JSON.stringify({ type: 'subscribe', channels: ['alerts', 'metrics'] }))
    await waitFor(() => msgs.filter((m) => m.type === 'snapshot').length === 2, { what: 'snapshots' })

    // A fresh group starts at the latest offset once partitions are assigned: keep producing
    // a new minute until one arrives, instead of guessing how long the join takes.
    let minute = 0
    const tick = (): LiveMetric => ({
      brand: 'northwind',
      minute: new Date(Date.UTC(2026, 10, 23, 10, minute++)).toISOString(),
      volume: 40,
      negative: 30,
      positive: 2,
      complaints: 20,
      meanSentiment: -0.5,
      expectedVolume: 10,
      score: 4,
    })
    await waitFor(
      async () => {
        await producer.sendJson(topics.metrics, 'northwind', tick())
        return msgs.some((m) => m.type === 'metrics')
      },
      { what: 'a metrics tick over the WebSocket', timeoutMs: 60_000, intervalMs: 500 },
    )

    await producer.send(topics.alerts, [{ key: 'crest', value: '{"id": "broken"' }])
    await producer.send(topics.metrics, [{ key: 'crest', value: JSON.stringify([{ brand: 'crest' }]) }])
    await producer.sendJson(
      topics.alerts,
      'crest',
      sampleAlert({ id: 'live-1', brand: 'crest', severity: 'critical' }),
    )
    const pushed = await waitFor(() => msgs.find((m) => m.type === 'alert'), {
      what: 'alert over the WebSocket',
    })
    expect(pushed.data).toMatchObject({ id: 'live-1', brand: 'crest', severity: 'critical' })
    // The broken alert shares live-1's partition, so it was read first; the broken tick is on
    // another topic, which Kafka does not order against the alerts: wait for it too.
    const dropped = async () =>
      ((await registry.getSingleMetric('vigil_api_feed_dropped_records_total')?.get())?.values ?? []).reduce(
        (s, v) => s + v.value,
        0,
      )
    await waitFor(async () => (await dropped()) >= 2, { what: 'both bad records counted as dropped' })
    expect(await dropped()).toBe(2)
    ws.terminate()
  })

  it('acknowledges through Kafka: asked at once, the hub and the REST view see the version when it lands', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/alerts/live-1/ack' })
    expect(res.statusCode).toBe(202)
    // Pending: the answer is the version as it stands; the acknowledged one is the detector's.
    expect(res.json()).toMatchObject({ pending: true, alert: { id: 'live-1', version: 1, status: 'open' } })
    await waitFor(() => hub.alert('live-1')?.status === 'acknowledged', { what: 'ack back from Kafka' })
    expect((await app.inject('/api/alerts/live-1')).json().alert).toMatchObject({
      id: 'live-1',
      status: 'acknowledged',
      version: 2,
    })
  })
})
