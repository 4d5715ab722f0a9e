import { type Authenticator, type BrandConfig, bearerToken } from '@vigil/config'
import { type Mention, validateMention } from '@vigil/schema'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Registry } from 'prom-client'
import { FORMATS, isFormat, type NormaliseContext, OwnAccounts, readPayload } from './connectors/index.js'
import type { MentionGenerator, ScenarioKind } from './generator/index.js'
import { SCENARIO_KINDS, ScenarioError } from './generator/index.js'
import { metaWebhookRoutes } from './http/meta-webhook.js'
import { OPENAPI } from './http/openapi.js'
import { BackPressure, Intake } from './intake/intake.js'
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
}

const MAX_BATCH = 1000

/**
 * The webhook connector: platforms (or a partner's relay) POST mentions here. Each item is
 * validated on its own, so one bad item is reported back and never blocks its neighbours.
 */
export function buildIngestApp(deps: IngestAppDeps): FastifyInstance {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: deps.bodyLimitBytes ?? 5 * 1024 * 1024 })
  const intake =
    deps.intake ?? new Intake({ publish: deps.publish, ...(deps.metrics ? { metrics: deps.metrics } : {}) })
  const accounts = new OwnAccounts(deps.brands)
  const context = (): NormaliseContext => ({ receivedAt: new Date().toISOString(), accounts })

  app.get('/healthz', async () => ({
    status: intake.congested ? 'degraded' : 'ok',
    kafka: intake.state,
    connectors: {
      webhook: { state: 'listening' },
      ...(deps.meta ? { 'meta-webhook': { state: 'listening' } } : {}),
      ...(deps.connectorStates?.() ?? {}),
    },
  }))
  app.get('/openapi.json', async () => OPENAPI)
  const registry = deps.registry
  if (registry) {
    app.get('/metrics', async (_req, reply) =>
      reply.type(registry.contentType).send(await registry.metrics()),
    )
  }
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
        .send({ code: 'VIGIL_ERR_UNAUTHENTICATED', message: 'a valid ingest token is required' })
    })
  }

  app.post('/v1/mentions', async (req, reply) => {
    const body = req.body
    const items = Array.isArray(body) ? body : [body]
    if (items.length > MAX_BATCH) {
      return reply
        .code(413)
        .send({ code: 'VIGIL_ERR_BATCH_TOO_LARGE', message: `at most ${MAX_BATCH} mentions a request` })
    }
    const now = new Date().toISOString()
    const accepted: Mention[] = []
    const rejected: Array<{ index: number; code: string; reason: string }> = []
    items.forEach((item, index) => {
      const r = validateMention(item, now)
      if (r.kind === 'ok') accepted.push(r.value)
      else if (r.kind === 'dlq') rejected.push({ index, code: r.code, reason: r.reason })
    })
    try {
      await intake.publish('webhook', accepted)
    } catch (err) {
      if (!(err instanceof BackPressure)) throw err
      return reply
        .code(503)
        .header('retry-after', String(err.retryAfterS))
        .send({ code: err.code, message: err.message })
    }
    return reply.code(rejected.length > 0 && accepted.length === 0 ? 400 : 202).send({
      accepted: accepted.length,
      rejected,
    })
  })

  // A platform payload as captured (a stream line, an API page, a feed), through its connector.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
    scope.post<{ Params: { format: string } }>('/v1/payloads/:format', async (req, reply) => {
      const format = req.params.format
      if (format !== 'auto' && !isFormat(format)) {
        return reply.code(404).send({
          code: 'VIGIL_ERR_UNKNOWN_FORMAT',
          message: `format must be one of ${FORMATS.join(', ')}, auto`,
        })
      }
      const r = readPayload(req.body as Buffer, format, context())
      const connector = r.format ?? format
      if (!r.readable) {
        intake.count(connector, r)
        return reply
          .code(400)
          .send({ code: r.errors[0]?.code, message: r.errors[0]?.reason, rejected: r.errors })
      }
      try {
        await intake.accept(connector, r)
      } catch (err) {
        if (!(err instanceof BackPressure)) throw err
        return reply
          .code(503)
          .header('retry-after', String(err.retryAfterS))
          .send({ code: err.code, message: err.message })
      }
      return reply
        .code(202)
        .send({ format: r.format, accepted: r.mentions.length, rejected: r.errors, skipped: r.skipped })
    })
  })

  app.post<{ Body: { kind?: string; brand?: string; durationMinutes?: number; intensity?: number } }>(
    '/v1/scenarios',
    async (req, reply) => {
      const gen = deps.generator
      if (!gen)
        return reply
          .code(409)
          .send({ code: 'VIGIL_ERR_NO_GENERATOR', message: 'the demo generator is not running' })
      const kind = (req.body?.kind ?? 'outage') as ScenarioKind
      if (!SCENARIO_KINDS.includes(kind)) {
        return reply
          .code(400)
          .send({ code: 'VIGIL_ERR_SCENARIO', message: `kind must be one of ${SCENARIO_KINDS.join(', ')}` })
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

  app.setErrorHandler((err: { statusCode?: number; message?: string }, _req, reply) => {
    const status = err.statusCode ?? 500
    const code =
      status === 413
        ? 'VIGIL_ERR_BODY_TOO_LARGE'
        : status === 415
          ? 'VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE'
          : status === 400
            ? 'VIGIL_ERR_BAD_REQUEST'
            : 'VIGIL_ERR_INTERNAL'
    reply
      .code(status)
      .send({ code, message: status >= 500 ? 'internal error' : (err.message ?? 'bad request') })
  })
  return app
}
