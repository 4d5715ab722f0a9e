import type { FastifyInstance } from 'fastify'
import type { Registry } from 'prom-client'
import type { Intake } from '../intake/intake.js'
import { OPENAPI } from './openapi.js'

export interface ServiceRoutesOptions {
  intake: Intake
  hasMeta: boolean
  registry?: Registry
  connectorStates?: () => Record<string, unknown>
}

/** /healthz with each connector's state, /openapi.json, and /metrics when a registry is given. */
export function serviceRoutes(o: ServiceRoutesOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/healthz', async () => ({
      status: o.intake.congested ? 'degraded' : 'ok',
      kafka: o.intake.state,
      connectors: {
        webhook: { state: 'listening' },
        ...(o.hasMeta ? { 'meta-webhook': { state: 'listening' } } : {}),
        ...(o.connectorStates?.() ?? {}),
      },
    }))
    app.get('/openapi.json', async () => OPENAPI)
    const registry = o.registry
    if (registry) {
      app.get('/metrics', async (_req, reply) =>
        reply.type(registry.contentType).send(await registry.metrics()),
      )
    }
  }
}
