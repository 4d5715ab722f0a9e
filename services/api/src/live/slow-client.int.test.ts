import { createLogger, loadBrands } from '@vigil/config'
import type { LiveMetric } from '@vigil/schema'
import type { Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../../../../tests/support/clickhouse.js'
import { waitFor } from '../../../../tests/support/wait.js'
import { buildApp } from '../app.js'
import { LiveHub } from './hub.js'

const sum = async (registry: Registry, name: string) =>
  ((await registry.getSingleMetric(name)?.get())?.values ?? []).reduce((s, v) => s + v.value, 0)

/**
 * A real WebSocket whose reader stops: the server-side buffer grows past the soft cap, ticks
 * are dropped for it (which keeps the buffer from growing further) while a healthy client keeps
 * receiving all of them, and after 50 dropped ticks in a row it is disconnected.
 */
describe('a wall screen that stops reading', () => {
  let store: Store
  let app: FastifyInstance
  let hub: LiveHub
  let registry: Registry

  beforeAll(async () => {
    store = await createTestStore()
    const brands = loadBrands()
    registry = new Registry()
    hub = new LiveHub({
      brands: brands.map((b) => b.id),
      registry,
      softCapBytes: 64 * 1024,
      hardCapBytes: 1024 * 1024,
      maxConsecutiveDrops: 50,
    })
    app = await buildApp({ store, hub, logger: createLogger('api-slow-test', 'silent'), registry, brands })
    await app.ready()
  })

  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  it('drops its ticks, then disconnects it, without starving a healthy client', async () => {
    const healthy = await app.injectWS('/ws')
    let healthyTicks = 0
    healthy.on('message', (d: Buffer) => {
      if ((JSON.parse(d.toString()) as { type: string }).type === 'metrics') healthyTicks++
    })
    const stalled = await app.injectWS('/ws')
    let closeCode: number | undefined
    stalled.on('close', (code: number) => {
      closeCode = code
    })
    for (const ws of [healthy, stalled]) ws.send(JSON.stringify({ type: 'subscribe', channels: ['metrics'] }))
    await waitFor(() => hub.clientCount === 2, { what: 'two clients' })
    await waitFor(async () => (await sum(registry, 'vigil_api_ws_messages_sent_total')) >= 2, {
      what: 'snapshots',
    })
    stalled.pause()

    // Big ticks (a long brand list in one message) so the stalled buffer fills fast.
    const tick = (i: number): LiveMetric[] =>
      Array.from({ length: 200 }, (_, j) => ({
        brand: ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor'][j % 5]!,
        minute: new Date(Date.UTC(2026, 10, 23, 0, i, 0) + (j % 40) * 60_000 * 1000).toISOString(),
        volume: i,
        negative: 1,
        positive: 1,
        complaints: 0,
        meanSentiment: 0,
        expectedVolume: 1,
        score: 0,
      }))
    let sent = 0
    await waitFor(
      async () => {
        hub.publishMetrics(tick(sent++))
        await new Promise((r) => setImmediate(r))
        return closeCode !== undefined || hub.clientCount === 1
      },
      { what: 'the stalled client to be disconnected', timeoutMs: 60_000, intervalMs: 1 },
    )
    expect(await sum(registry, 'vigil_api_ws_dropped_messages_total')).toBeGreaterThanOrEqual(50)
    const disconnects = await registry.getSingleMetric('vigil_api_ws_slow_disconnects_total')?.get()
    expect(disconnects?.values).toEqual([
      expect.objectContaining({ labels: { reason: 'stays_slow' }, value: 1 }),
    ])
    await waitFor(() => healthyTicks >= sent, { what: `healthy client to get all ${sent} ticks` })
    healthy.terminate()
    stalled.terminate()
  })
})
