/**
 * The api over an open store: the live feed from Kafka, REST and the WebSocket, listening. Its
 * own main and the embedded launcher (services/embedded) both start it; neither knows the other.
 */
import { type BusProducer, createBusMetrics, createProducer, type Kafka } from '@vigil/bus'
import {
  type BrandConfig,
  isLoopbackHost,
  type Logger,
  loadReleases,
  serviceAuthenticator,
} from '@vigil/config'
import type { Topics } from '@vigil/schema'
import type { Store } from '@vigil/store'
import type { Registry } from 'prom-client'
import { buildApp } from './app.js'
import type { ApiConfig } from './config.js'
import { startLiveFeed } from './live/feed.js'
import { LiveHub } from './live/hub.js'
import { storeData } from './store-data.js'

/** What the log says about the door: tokens, an open demo, or closed without either. */
const accessMode = (cfg: ApiConfig): string =>
  cfg.tokens.length > 0 ? 'tokens' : cfg.openDemo ? 'open-demo' : 'closed'

export interface ApiServerDeps {
  cfg: ApiConfig
  store: Store
  kafka: Kafka
  topics: Topics
  logger: Logger
  registry: Registry
  brands: BrandConfig[]
  /** Parts of the process still catching up, for /healthz (app.ts `catchingUp`). */
  catchingUp?: () => string[]
}

export interface ApiServer {
  /** The address it listens on, e.g. http://127.0.0.1:8080 */
  url: string
  /**
   * Shutdown in order, each step apart (a failing step must not skip the next): stop taking
   * requests, drain the live feed's consumers (commit), close the producer.
   */
  stopSteps: Array<() => Promise<void>>
}

export async function startApi(deps: ApiServerDeps): Promise<ApiServer> {
  const { cfg, logger, registry, topics } = deps
  const producer: BusProducer = await createProducer(deps.kafka, logger)
  const hub = new LiveHub({
    brands: deps.brands.map((b) => b.id),
    registry,
    softCapBytes: cfg.wsSoftCapBytes,
    hardCapBytes: cfg.wsHardCapBytes,
  })
  // The feed's group join (network) and building the app (CPU) overlap; the server listens
  // once both are done, so a wall screen's first snapshot already holds the open alerts.
  const feedReady = startLiveFeed({
    kafka: deps.kafka,
    topics,
    hub,
    data: storeData(deps.store),
    logger,
    registry,
    busMetrics: createBusMetrics(registry),
  })
  feedReady.catch(() => {}) // awaited below; an early failure is not an unhandled rejection meanwhile
  const app = await buildApp({
    store: deps.store,
    hub,
    logger,
    registry,
    brands: deps.brands,
    staticDir: cfg.dashboardDir,
    // Keyed by alert id like the verdicts; the detector publishes the acknowledged version.
    ackOut: (request) => producer.sendJson(topics.feedback, request.alertId, request),
    feedbackOut: (f) => producer.sendJson(topics.feedback, f.alertId, f),
    auth: serviceAuthenticator(cfg.tokens, cfg.openDemo),
    rateLimit: cfg.rateLimit,
    trustProxy: cfg.trustProxy,
    catchingUp: deps.catchingUp,
    // Operators can be assigned care items by their token's name, beside CARE_PEOPLE.
    care: {
      ...cfg.care,
      people: [...cfg.care.people, ...cfg.tokens.filter((t) => t.role === 'operator').map((t) => t.name)],
    },
    evidenceKeys: cfg.evidenceKeys,
    releases: loadReleases(
      cfg.releasesPath,
      deps.brands.map((b) => b.id),
    ),
  })
  const feed = await feedReady.catch(async (err: unknown) => {
    await app.close()
    throw err
  })
  const url = await app.listen({ host: cfg.host, port: cfg.port })
  logger.info({
    event: 'api_listening',
    url,
    dashboard: cfg.dashboardDir,
    tokens: cfg.tokens.length,
    access: accessMode(cfg),
  })
  if (cfg.tokens.length === 0 && !cfg.openDemo) {
    logger.error(
      { event: 'api_closed_without_tokens' },
      'no API_TOKENS: every /api and /ws request is refused; set API_TOKENS, or VIGIL_OPEN_DEMO=1 for an open local demo',
    )
  } else if (cfg.tokens.length === 0 && !isLoopbackHost(cfg.host)) {
    logger.warn(
      { event: 'api_open_without_tokens', host: cfg.host, access: accessMode(cfg) },
      cfg.openDemo
        ? 'VIGIL_OPEN_DEMO without API_TOKENS: anyone who reaches this address can read mentions and acknowledge alerts'
        : 'no API_TOKENS: anyone who reaches this address can read mentions (acting is refused)',
    )
  }
  if (cfg.tokens.length > 0 && cfg.openDemo) {
    logger.warn({ event: 'api_open_demo_ignored' }, 'VIGIL_OPEN_DEMO is ignored: API_TOKENS are configured')
  }
  return { url, stopSteps: [() => app.close(), () => feed.stop(), () => producer.close()] }
}
