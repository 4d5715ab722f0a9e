/**
 * The api process: REST, WebSocket live feed, metrics and the built dashboard. In embedded
 * mode (no CLICKHOUSE_URL) chDB lets only one process open the data directory, so this
 * process also hosts the sink; with a ClickHouse server the sink runs as its own process.
 */
import {
  createBusMetrics,
  createKafka,
  createProducer,
  ensureTopics,
  onShutdown,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createAuthenticator, createLogger, isLoopbackHost, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { startSink } from '@vigil/sink'
import { createStore, migrate } from '@vigil/store'
import { collectDefaultMetrics, Registry } from 'prom-client'
import { buildApp } from './app.js'
import { type ApiConfig, apiConfig } from './config.js'
import { startLiveFeed } from './live/feed.js'
import { LiveHub } from './live/hub.js'
import { storeData } from './store-data.js'

/** What the log says about the door: tokens, an open demo, or read-only without tokens. */
const accessMode = (cfg: ApiConfig): string =>
  cfg.tokens.length > 0 ? 'tokens' : cfg.openDemo ? 'open-demo' : 'read-only'

async function main(): Promise<void> {
  const cfg = apiConfig(process.env)
  const logger = createLogger('api', cfg.logLevel)
  const brands = loadBrands(cfg.brandsPath)
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })

  const store = await createStore({
    url: cfg.clickhouseUrl,
    database: cfg.clickhouseDatabase,
    chdbPath: cfg.chdbPath,
    username: cfg.clickhouseUser,
    password: cfg.clickhousePassword,
  })
  const migrated = await migrate(store)
  logger.info({ event: 'store_ready', kind: store.kind, database: store.database, applied: migrated.applied })

  const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
  const topics = topicNames(cfg.topicPrefix)
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
  const sink =
    store.kind === 'embedded' ? await startSink({ kafka, store, topics, logger, registry }) : undefined
  if (sink) logger.info({ event: 'api_hosts_sink', reason: 'embedded chDB is single-process' })

  const producer = await createProducer(kafka, logger)
  const hub = new LiveHub({
    brands: brands.map((b) => b.id),
    registry,
    softCapBytes: cfg.wsSoftCapBytes,
    hardCapBytes: cfg.wsHardCapBytes,
  })
  const feed = await startLiveFeed({
    kafka,
    topics,
    hub,
    data: storeData(store),
    logger,
    registry,
    busMetrics: createBusMetrics(registry),
  })
  const app = await buildApp({
    store,
    hub,
    logger,
    registry,
    brands,
    staticDir: cfg.dashboardDir,
    // Keyed by brand like every alert, so an acknowledgement stays in order with the detector's updates.
    alertsOut: (alert) => producer.sendJson(topics.alerts, alert.brand, alert),
    feedbackOut: (f) => producer.sendJson(topics.feedback, f.alertId, f),
    auth: createAuthenticator(cfg.tokens, { openDemo: cfg.openDemo }),
  })
  const address = await app.listen({ host: cfg.host, port: cfg.port })
  logger.info({
    event: 'api_listening',
    url: address,
    dashboard: cfg.dashboardDir,
    tokens: cfg.tokens.length,
    access: accessMode(cfg),
  })
  if (cfg.tokens.length === 0 && !isLoopbackHost(cfg.host)) {
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

  // Stop taking requests first, then drain consumers (commit), then close what they used.
  onShutdown(logger, [
    () => app.close(),
    () => feed.stop(),
    async () => sink?.stop(),
    () => producer.close(),
    () => store.close(),
  ])
}

main().catch((err: unknown) => {
  createLogger('api').fatal({ event: 'api_start_failed', err })
  process.exit(1)
})
