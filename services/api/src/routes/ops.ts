import type { FastifyInstance } from 'fastify'
import type { Registry } from 'prom-client'
import type { RouteContext } from '../context.js'
import { errorBody } from '../errors.js'
import { healthRoute, metricsRoute, openapiRoute } from '../schemas.js'

/** A store that does not answer within this time is reported down rather than hanging the probe. */
const PING_TIMEOUT_MS = 2000

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer))
}

export function registerOpsRoutes(app: FastifyInstance, ctx: RouteContext, registry: Registry): void {
  app.get('/healthz', { schema: healthRoute }, async (req, reply) => {
    try {
      await withTimeout(ctx.data.ping(), PING_TIMEOUT_MS)
    } catch (err) {
      req.log.warn({ event: 'api_health_store_down', err }, 'store ping failed')
      return reply.code(503).send(errorBody('VIGIL_ERR_STORE_UNAVAILABLE', (err as Error).message))
    }
    // Serving either way (200): what is stored is served while new input is still on its way.
    const catchingUp = ctx.catchingUp()
    return {
      status: catchingUp.length > 0 ? 'catching-up' : 'ok',
      store: 'up',
      wsClients: ctx.hub.clientCount,
      catchingUp,
    }
  })

  app.get('/metrics', { schema: metricsRoute }, async (_req, reply) => {
    const text = await registry.metrics()
    return reply.type(registry.contentType).send(text)
  })

  app.get('/openapi.json', { schema: openapiRoute }, async () => app.swagger())
}
