import { createLogger } from '@vigil/config'
import { afterEach, describe, expect, it } from 'vitest'
import { createMetricsRegistry, type MetricsServer, registerStats, serveMetrics } from './metrics-server.js'

const logger = createLogger('metrics-server-test', 'silent')
let server: MetricsServer | null = null

afterEach(async () => {
  await server?.close()
  server = null
})

describe('metrics endpoint of a service without an HTTP API', () => {
  it('serves the service stats as Prometheus counters and gauges, read at each scrape', async () => {
    const stats = { lateEvents: 0, outboxPending: 5 }
    const registry = createMetricsRegistry()
    registerStats(registry, 'vigil_test', () => stats, {
      lateEvents: { kind: 'counter', help: 'late' },
      outboxPending: { kind: 'gauge', help: 'pending' },
    })
    server = await serveMetrics({ registry, port: 0, logger })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

    const first = await (await fetch(`${server.url}/metrics`)).text()
    expect(first).toContain('vigil_test_late_events_total 0')
    expect(first).toContain('vigil_test_outbox_pending 5')
    // Node process metrics come with every registry.
    expect(first).toContain('process_cpu_user_seconds_total')

    stats.lateEvents = 3
    stats.outboxPending = 0
    const res = await fetch(`${server.url}/metrics`)
    expect(res.headers.get('content-type')).toContain('text/plain')
    const second = await res.text()
    expect(second).toContain('vigil_test_late_events_total 3')
    expect(second).toContain('vigil_test_outbox_pending 0')
  })

  it('answers /healthz, refuses other paths and methods as {code, message}', async () => {
    server = await serveMetrics({ registry: createMetricsRegistry(), port: 0, logger })
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    // The same error shape and codes as every other HTTP answer of every service.
    const missing = await fetch(`${server.url}/nope?x=1`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({
      code: 'VIGIL_ERR_ROUTE_NOT_FOUND',
      message: 'no route GET /nope: try /metrics or /healthz',
    })
    const post = await fetch(`${server.url}/metrics`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET')
    expect(await post.json()).toEqual({
      code: 'VIGIL_ERR_METHOD_NOT_ALLOWED',
      message: 'POST is not allowed here: GET only',
    })
  })
})
