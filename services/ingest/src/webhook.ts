import {
  type Authenticator,
  type BrandConfig,
  bearerToken,
  createRateLimiter,
  type RateLimitConfig,
  securityHeaders,
} from '@vigil/config'
import type { Mention } from '@vigil/schema'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Registry } from 'prom-client'
import { type NormaliseContext, OwnAccounts } from './connectors/index.js'
import { errorBody, installErrorHandlers } from './errors.js'
import type { MentionGenerator } from './generator/index.js'
import { mentionRoutes } from './http/mentions.js'
import { metaWebhookRoutes } from './http/meta-webhook.js'
import { payloadRoutes } from './http/payloads.js'
import { scenarioRoutes } from './http/scenarios.js'
import { serviceRoutes } from './http/service.js'
import { Intake } from './intake/intake.js'
import type { IngestMetrics } from './intake/metrics.js'

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
  /** The bounded door to Kafka; built around `publish` when absent. */
  intake?: Intake
  metrics?: IngestMetrics
  /** Served on /metrics when given. */
  registry?: Registry
  /** The Meta webhook, switched on by configuring both secrets. */
  meta?: { appSecret: string; verifyToken: string }
  /** Each connector's state for /healthz (pollers, stream clients). */
  connectorStates?: () => Record<string, unknown>
  /** Requests per client address and window; none: unlimited (unit tests). */
  rateLimit?: RateLimitConfig
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

const pick = (d: IngestAppDeps) => ({
  ...(d.registry ? { registry: d.registry } : {}),
  ...(d.connectorStates ? { connectorStates: d.connectorStates } : {}),
})

/**
 * Ingest's HTTP face: the generic webhook, captured platform payloads, the Meta webhook when
 * configured, demo scenarios, health, metrics and OpenAPI; kept apart from `listen` for inject tests.
 */
export function buildIngestApp(deps: IngestAppDeps): FastifyInstance {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: deps.bodyLimitBytes ?? 5 * 1024 * 1024 })
  const intake =
    deps.intake ?? new Intake({ publish: deps.publish, ...(deps.metrics ? { metrics: deps.metrics } : {}) })
  const accounts = new OwnAccounts(deps.brands)
  const context = (): NormaliseContext => ({ receivedAt: new Date().toISOString(), accounts })

  // Fastify decodes a body as UTF-8 with replacement, so broken bytes would be stored as U+FFFD
  // text; they are refused with the reason instead. Pollution keys stay refused as before.
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string
    try {
      text = strictUtf8.decode(body as Buffer)
    } catch {
      done(Object.assign(new Error('body is not valid UTF-8'), { statusCode: 400 }), undefined)
      return
    }
    parseJson(req, text, done)
  })

  // Before the token check, so a flood of guesses is limited like any other; probes never are.
  const limiter = deps.rateLimit ? createRateLimiter(deps.rateLimit) : null
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(securityHeaders(req.protocol === 'https'))
    const path = req.url.split('?')[0]
    if (limiter === null || path === '/healthz' || path === '/metrics') return
    const retryAfterS = limiter.take(req.ip, Date.now())
    if (retryAfterS === null) return
    deps.metrics?.refused.inc({ connector: 'http', reason: 'rate-limit' })
    return reply
      .code(429)
      .header('retry-after', String(retryAfterS))
      .send(errorBody('VIGIL_ERR_RATE_LIMITED', retryAfterS))
  })

  app.register(serviceRoutes({ intake, hasMeta: !!deps.meta, ...pick(deps) }))
  if (deps.meta) {
    app.register(
      metaWebhookRoutes({
        ...deps.meta,
        intake,
        context,
        ...(deps.metrics ? { metrics: deps.metrics } : {}),
      }),
    )
  }

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

  app.register(mentionRoutes(intake))
  app.register(payloadRoutes(intake, context))
  app.register(scenarioRoutes(deps.generator))

  installErrorHandlers(app, 'ingest_request_failed')
  return app
}
