import type { FastifyInstance } from 'fastify'
import { Histogram, type Registry } from 'prom-client'

/** Declared once here; the hook labels by route pattern, never by raw URL (bounded cardinality). */
export function registerHttpMetrics(app: FastifyInstance, registry: Registry): void {
  const duration = new Histogram({
    name: 'vigil_api_http_request_duration_ms',
    help: 'HTTP request duration from arrival to response sent',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000],
    registers: [registry],
  })
  app.addHook('onResponse', async (req, reply) => {
    duration.observe(
      {
        method: req.method,
        route: req.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime,
    )
  })
}
