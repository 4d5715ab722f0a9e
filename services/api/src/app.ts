import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifyWebsocket from '@fastify/websocket'
import {
  type Authenticator,
  type BrandConfig,
  createAuthenticator,
  type Logger,
  type RateLimitConfig,
  type ReleaseConfig,
} from '@vigil/config'
import type { AckRequest } from '@vigil/schema'
import type { Keyring, Store } from '@vigil/store'
import Fastify, { type FastifyInstance, LogController } from 'fastify'
import type { Registry } from 'prom-client'
import { registerAuth } from './auth-hook.js'
import { type CareConfig, DEFAULT_CARE_CONFIG } from './care/config.js'
import { careStoreData } from './care/data.js'
import type { RouteContext } from './context.js'
import { storeCorrections } from './corrections-data.js'
import type { ApiData, FeedbackRecord } from './data.js'
import { installErrorHandlers } from './errors.js'
import { registerHttpGuard } from './http-guard.js'
import { registerHttpMetrics } from './http-metrics.js'
import type { LiveHub } from './live/hub.js'
import { MAX_CLIENT_MESSAGE_BYTES } from './live/protocol.js'
import { registerAdminRoutes } from './routes/admin.js'
import { registerAlertDetailRoutes } from './routes/alert-details.js'
import { registerAlertRoutes } from './routes/alerts.js'
import { registerAnalyticsRoutes } from './routes/analytics.js'
import { registerCareRoutes } from './routes/care.js'
import { registerCorrectionRoutes } from './routes/corrections.js'
import { registerDataRoutes } from './routes/data.js'
import { registerEvidenceRoutes } from './routes/evidence.js'
import { registerExplorerRoutes } from './routes/explorer.js'
import { registerInsightRoutes } from './routes/insights.js'
import { registerOpsRoutes } from './routes/ops.js'
import { registerWsRoute } from './routes/ws.js'
import { alertSchema, errorSchema } from './schemas.js'
import { storeData } from './store-data.js'

export interface AppDeps {
  store: Store
  hub: LiveHub
  logger: Logger
  registry: Registry
  brands: BrandConfig[]
  /** The built dashboard (dashboard/dist); not served when absent. */
  staticDir?: string
  /**
   * Where acknowledgement requests go. `main` wires a Kafka produce on alerts.feedback; the
   * detector applies it and publishes the acknowledged version, which the sink stores and every
   * api instance's feed pushes. Without it acknowledging answers 503.
   */
  ackOut?: (request: AckRequest) => Promise<void>
  feedbackOut?: (f: FeedbackRecord) => Promise<void>
  now?: () => Date
  /** Bytes; ack/feedback bodies are tiny. */
  bodyLimit?: number
  /** Who may read and act (@vigil/config access.ts); absent: everyone reads, nobody acts. */
  auth?: Authenticator
  /** The care inbox's business hours, people and window; defaults: none, none, 14 days. */
  care?: CareConfig
  /** The evidence archive's keys (EVIDENCE_KEYS…); without them the admin evidence read answers 503. */
  evidenceKeys?: Keyring | null
  /** Announced app releases (VIGIL_RELEASES_FILE): markers and before/after cut points. */
  releases?: ReleaseConfig[]
  /** Requests per client and window (API_RATE_LIMIT_*, 1200 a minute from main); absent: unlimited (tests). */
  rateLimit?: RateLimitConfig
  /** Fastify's trustProxy (API_TRUST_PROXY): the client address and https from X-Forwarded-*. */
  trustProxy?: boolean
  /**
   * Parts of the process still catching up (services/embedded: its sink until it joined its
   * group); /healthz says so while answering 200. Absent: none.
   */
  catchingUp?: () => string[]
}

/**
 * The whole HTTP surface, built without listening (tests use `inject` / `injectWS`). Every
 * route has a schema, so requests are validated and /openapi.json is complete.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: deps.bodyLimit ?? 16 * 1024,
    // Per-request lines would drown the log on a polled wall screen; the histogram counts requests.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: deps.trustProxy ?? false,
  }) as unknown as FastifyInstance
  const data: ApiData = storeData(deps.store)
  const ctx: RouteContext = {
    data,
    hub: deps.hub,
    brands: deps.brands,
    ackOut: deps.ackOut,
    feedbackOut: deps.feedbackOut,
    now: deps.now ?? (() => new Date()),
    catchingUp: deps.catchingUp ?? (() => []),
  }

  installErrorHandlers(app, 'api_request_failed')

  app.addSchema(errorSchema)
  app.addSchema(alertSchema)
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Vigil API',
        version: '0.1.0',
        description: 'Social-media crisis early warning for banks',
      },
    },
  })
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_CLIENT_MESSAGE_BYTES * 4 } })
  registerHttpMetrics(app, deps.registry)
  registerHttpGuard(app, deps.rateLimit ?? { max: 0, windowMs: 60_000 }, deps.registry)
  registerAuth(app, deps.auth ?? createAuthenticator([]), deps.registry)

  registerOpsRoutes(app, ctx, deps.registry)
  registerDataRoutes(app, ctx)
  registerAlertRoutes(app, ctx)
  registerAlertDetailRoutes(app, ctx)
  registerInsightRoutes(app, ctx)
  registerCareRoutes(app, {
    data: careStoreData(deps.store),
    brands: deps.brands,
    config: deps.care ?? DEFAULT_CARE_CONFIG,
    now: ctx.now,
  })
  registerExplorerRoutes(app, ctx, deps.store)
  registerEvidenceRoutes(app, ctx, deps.store, deps.evidenceKeys ?? null)
  registerAdminRoutes(app, ctx, deps.store, deps.evidenceKeys?.current ?? null)
  registerCorrectionRoutes(app, ctx, storeCorrections(deps.store))
  registerAnalyticsRoutes(app, {
    store: deps.store,
    brands: deps.brands,
    releases: deps.releases ?? [],
    now: ctx.now,
  })
  registerWsRoute(app, ctx)

  if (deps.staticDir && existsSync(deps.staticDir)) {
    await app.register(fastifyStatic, {
      root: deps.staticDir,
      prefix: '/',
      cacheControl: false,
      // Vite puts a content hash in every asset name: cache those for good, revalidate the page.
      setHeaders: (res, path) =>
        res.setHeader(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    })
  }
  return app
}
