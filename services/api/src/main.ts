/**
 * The api process: REST, WebSocket live feed, metrics and the built dashboard, over a
 * ClickHouse server (CLICKHOUSE_URL). With embedded chDB the data directory opens in one
 * process only, so the sink and the api run together in services/embedded instead.
 */
import { createKafka, createMetricsRegistry, ensureTopics, onShutdown, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { createStore, migrate } from '@vigil/store'
import { apiConfig } from './config.js'
import { startApi } from './server.js'

async function main(): Promise<void> {
  const cfg = apiConfig(process.env)
  const logger = createLogger('api', cfg.logLevel)
  const store = await createStore({
    url: cfg.clickhouseUrl,
    database: cfg.clickhouseDatabase,
    chdbPath: cfg.chdbPath,
    username: cfg.clickhouseUser,
    password: cfg.clickhousePassword,
  })
  const migrated = await migrate(store)
  logger.info({ event: 'store_ready', kind: store.kind, database: store.database, applied: migrated.applied })
  if (store.kind === 'embedded') {
    logger.warn(
      { event: 'api_embedded_without_sink', chdbPath: cfg.chdbPath },
      'no CLICKHOUSE_URL: nothing stores new mentions in this chDB directory; run services/embedded (sink and api in one process) instead',
    )
  }
  const kafka = createKafka({
    brokers: cfg.kafkaBrokers,
    clientId: cfg.kafkaClientId,
    logger,
    memberFile: cfg.memberFile,
  })
  const topics = topicNames(cfg.topicPrefix)
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
  const api = await startApi({
    cfg,
    store,
    kafka,
    topics,
    logger,
    registry: createMetricsRegistry(),
    brands: loadBrands(cfg.brandsPath),
  })
  onShutdown(logger, [...api.stopSteps, () => store.close()])
}

main().catch((err: unknown) => {
  createLogger('api').fatal({ event: 'api_start_failed', err })
  process.exit(1)
})
