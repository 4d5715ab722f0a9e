/**
 * The sink as its own process, for server mode (CLICKHOUSE_URL set). In embedded mode the
 * chDB directory can be opened by one process only, so services/embedded runs the sink and
 * the api together instead of this main.
 */
import {
  createKafka,
  createMetricsRegistry,
  ensureTopics,
  onShutdown,
  serveMetrics,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { applyRetention, createStore, migrate, parseRetention } from '@vigil/store'
import { sinkConfig, sinkOptionsFrom } from './config.js'
import { startSink } from './sink.js'
import { startVoiceDays } from './voice-days.js'

async function main(): Promise<void> {
  const cfg = sinkConfig(process.env)
  const logger = createLogger('sink', cfg.logLevel)
  if (!cfg.clickhouseUrl) {
    logger.warn(
      { event: 'sink_embedded_mode', chdbPath: cfg.chdbPath },
      'no CLICKHOUSE_URL: the api cannot open this chDB directory while the sink runs; run services/embedded (sink and api in one process) instead',
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
  const retention = parseRetention(cfg.retentionDays)
  await applyRetention(store, retention)
  if (Object.keys(retention).length > 0) logger.info({ event: 'retention_applied', days: retention })
  if (migrated.changed.length > 0) {
    // Migrations are append-only: an edited one never re-runs, so its change is not in this database.
    logger.warn({ event: 'migration_changed_after_apply', versions: migrated.changed })
  }
  const kafka = createKafka({
    brokers: cfg.kafkaBrokers,
    clientId: cfg.kafkaClientId,
    logger,
    memberFile: cfg.memberFile,
  })
  const topics = topicNames(cfg.topicPrefix)
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
  const registry = createMetricsRegistry()
  const sink = await startSink({ kafka, store, topics, logger, registry, ...sinkOptionsFrom(cfg) })
  const metrics =
    cfg.metricsPort === undefined
      ? null
      : await serveMetrics({ registry, port: cfg.metricsPort, host: cfg.metricsHost, logger })
  const voiceDays = startVoiceDays({ store, logger })
  onShutdown(logger, [
    () => sink.stop(),
    () => voiceDays.stop(),
    () => store.close(),
    async () => metrics?.close(),
  ])
}

main().catch((err: unknown) => {
  createLogger('sink').fatal({ event: 'sink_start_failed', err })
  process.exit(1)
})
