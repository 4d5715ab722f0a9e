import { type Authenticator, type BrandConfig, bearerToken } from '@vigil/config'
import { type Mention, validateMention } from '@vigil/schema'
import Fastify, { type FastifyInstance } from 'fastify'
import { errorBody, installErrorHandlers } from './errors.js'
import type { MentionGenerator, ScenarioKind } from './generator/index.js'
import { SCENARIO_KINDS, ScenarioError } from './generator/index.js'

export interface IngestAppDeps {
  /** Sends validated mentions to mentions.raw; resolves once Kafka has them. */
  publish: (mentions: Mention[]) => Promise<void>
  brands: BrandConfig[]
  /** Present when the demo generator runs: lets an operator inject a scenario live. */
  generator?: MentionGenerator
  bodyLimitBytes?: number
  logger?: boolean
  /** Who may post (INGEST_TOKENS); open when absent or empty (the local demo). */
  auth?: Authenticator
}

const MAX_BATCH = 1000

/**
 * The webhook connector: platforms (or a partner's relay) POST mentions here. Each item is
 * validated on its own, so one bad item is reported back and never blocks its neighbours.
 */
export function buildIngestApp(deps: IngestAppDeps): FastifyInstance {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: deps.bodyLimitBytes ?? 5 * 1024 * 1024 })

  app.get('/healthz', async () => ({ status: 'ok' }))

  // Whoever can post here can fake a crisis: with tokens configured, every /v1 call needs one.
  const auth = deps.auth
  if (auth?.required) {
    app.addHook('onRequest', async (req, reply) => {
      if (!req.url.startsWith('/v1/')) return
      if (auth.identify(bearerToken(req.headers.authorization)) !== null) return
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="vigil-ingest"')
        .send(errorBody('VIGIL_ERR_UNAUTHENTICATED'))
    })
  }

  app.post('/v1/mentions', async (req, reply) => {
    const body = req.body
    const items = Array.isArray(body) ? body : [body]
    if (items.length > MAX_BATCH) {
      return reply.code(413).send(errorBody('VIGIL_ERR_BATCH_TOO_LARGE', MAX_BATCH))
    }
    const now = new Date().toISOString()
    const accepted: Mention[] = []
    const rejected: Array<{ index: number; code: string; reason: string }> = []
    items.forEach((item, index) => {
      const r = validateMention(item, now)
      if (r.kind === 'ok') accepted.push(r.value)
      else if (r.kind === 'dlq') rejected.push({ index, code: r.code, reason: r.reason })
    })
    if (accepted.length > 0) await deps.publish(accepted)
    return reply.code(rejected.length > 0 && accepted.length === 0 ? 400 : 202).send({
      accepted: accepted.length,
      rejected,
    })
  })

  app.post<{ Body: { kind?: string; brand?: string; durationMinutes?: number; intensity?: number } }>(
    '/v1/scenarios',
    async (req, reply) => {
      const gen = deps.generator
      if (!gen) return reply.code(409).send(errorBody('VIGIL_ERR_NO_GENERATOR'))
      const kind = (req.body?.kind ?? 'outage') as ScenarioKind
      if (!SCENARIO_KINDS.includes(kind)) {
        return reply
          .code(400)
          .send(errorBody('VIGIL_ERR_SCENARIO', `kind must be one of ${SCENARIO_KINDS.join(', ')}`))
      }
      try {
        const s = gen.addScenario({
          kind,
          brand: req.body?.brand ?? null,
          onsetMs: gen.now,
          durationMs: (req.body?.durationMinutes ?? 15) * 60_000,
          ...(req.body?.intensity !== undefined ? { intensity: req.body.intensity } : {}),
        })
        return reply.code(201).send(s)
      } catch (err) {
        if (err instanceof ScenarioError)
          return reply.code(400).send({ code: err.code, message: err.message })
        throw err
      }
    },
  )

  app.get('/v1/scenarios', async () => deps.generator?.groundTruth() ?? [])

  installErrorHandlers(app, 'ingest_request_failed')
  return app
}
