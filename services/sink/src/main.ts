/**
 * The sink as its own process, for server mode (CLICKHOUSE_URL set). In embedded mode the
 * chDB directory can be opened by one process only, so the api process hosts the sink with
 * `startSink` instead of running this main.
 */
import { createServer, type Server } from 'node:http'
import { createKafka, ensureTopics, onShutdown, vigilTopicSpecs } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { createStore, migrate } from '@vigil/store'
import { Registry } from 'prom-client'
import { sinkConfig } from './config.js'
import { startSink } from './sink.js'

function serveMetrics(registry: Registry, port: number): Server {
  return createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end()
      return
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    )
  }).listen(port)
}

async function main(): Promise<void> {
  const cfg = sinkConfig(process.env)
  const logger = createLogger('sink', cfg.logLevel)
  if (!cfg.clickhouseUrl) {
    logger.warn(
      { event: 'sink_embedded_mode', chdbPath: cfg.chdbPath },
      'no CLICKHOUSE_URL: the api cannot open this chDB directory while the sink runs',
    )
  }
  const store = await createStore({
    url: cfg.clickhouseUrl,
    database: cfg.clickhouseDatabase,
    chdbPath: cfg.chdbPath,
    username: cfg.clickhouseUser,
    password: cfg.clickhousePassword,
  })
  const migrated = await migrate(store)
  logger.info({ event: 'store_ready', kind: store.kind, database: store.database, applied: migrated.applied })
  if (migrated.changed.length > 0) {
    // Migrations are append-only: an edited one never re-runs, so its change is not in this database.
    logger.warn({ event: 'migration_changed_after_apply', versions: migrated.changed })
  }
  const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
  const topics = topicNames(cfg.topicPrefix)
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
  const registry = new Registry()
  const sink = await startSink({
    kafka,
    store,
    topics,
    logger,
    groupId: cfg.groupId,
    registry,
    batch: { maxRecords: cfg.batchMaxRecords },
    concurrency: cfg.concurrency,
  })
  const server = cfg.metricsPort === undefined ? undefined : serveMetrics(registry, cfg.metricsPort)
  onShutdown(logger, [
    () => sink.stop(),
    () => store.close(),
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  ])
}

main().catch((err: unknown) => {
  createLogger('sink').fatal({ event: 'sink_start_failed', err })
  process.exit(1)
})
