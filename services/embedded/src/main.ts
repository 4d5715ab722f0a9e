/**
 * The embedded launcher: one process running the sink and the api over one store. Run it
 * instead of services/sink and services/api when ClickHouse is embedded (no CLICKHOUSE_URL):
 * chDB lets one process only open a data directory.
 */
import {
  createKafka,
  createMetricsRegistry,
  ensureTopics,
  onShutdown,
  startupPhase,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { applyRetention, createStore, migrate, parseRetention } from '@vigil/store'
import { embeddedConfig } from './config.js'
import { startEmbedded } from './launch.js'

async function main(): Promise<void> {
  const cfg = embeddedConfig(process.env)
  const logger = createLogger('embedded', cfg.api.logLevel)
  startupPhase(logger, 'modules loaded')
  const store = await createStore({
    url: cfg.api.clickhouseUrl,
    database: cfg.api.clickhouseDatabase,
    chdbPath: cfg.api.chdbPath,
    username: cfg.api.clickhouseUser,
    password: cfg.api.clickhousePassword,
  })
  const migrated = await migrate(store)
  logger.info({ event: 'store_ready', kind: store.kind, database: store.database, applied: migrated.applied })
  const retention = parseRetention(cfg.sink.retentionDays)
  await applyRetention(store, retention)
  if (Object.keys(retention).length > 0) logger.info({ event: 'retention_applied', days: retention })
  if (migrated.changed.length > 0) {
    // Migrations are append-only: an edited one never re-runs, so its change is not in this database.
    logger.warn({ event: 'migration_changed_after_apply', versions: migrated.changed })
  }
  const kafka = createKafka({
    brokers: cfg.api.kafkaBrokers,
    clientId: cfg.api.kafkaClientId,
    logger,
    memberFile: cfg.api.memberFile,
  })
  const topics = topicNames(cfg.api.topicPrefix)
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.api.partitions))
  startupPhase(logger, 'topics ensured')
  const embedded = await startEmbedded({
    cfg,
    store,
    kafka,
    topics,
    logger,
    registry: createMetricsRegistry(),
    brands: loadBrands(cfg.api.brandsPath),
  })
  onShutdown(logger, [...embedded.stopSteps, () => store.close()])
}

main().catch((err: unknown) => {
  createLogger('embedded').fatal({ event: 'embedded_start_failed', err })
  process.exit(1)
})
