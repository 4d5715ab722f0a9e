import {
  createBusMetrics,
  createKafka,
  createMetricsRegistry,
  createProducer,
  ensureTopics,
  onShutdown,
  serveMetrics,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { outletConfig } from './config.js'
import { registerOutletMetrics } from './metrics.js'
import { apiSampleSource } from './samples.js'
import { startOutlet } from './service.js'

/** The outlet process: alerts → the configured outlets, in one main like every service. */
async function main(): Promise<void> {
  const logger = createLogger('outlet', process.env.LOG_LEVEL ?? 'info')
  const cfg = outletConfig(process.env)
  const topics = topicNames(cfg.common.topicPrefix)
  const brands = loadBrands(cfg.common.brandsPath).map((b) => ({ id: b.id, role: b.role }))
  if (cfg.outlets.length === 0) {
    logger.warn({
      event: 'no_outlets',
      msg: 'set ALERT_WEBHOOK_URL + ALERT_WEBHOOK_SECRET or VIGIL_OUTLETS_FILE',
    })
  }
  const kafka = createKafka({ brokers: cfg.common.kafkaBrokers, clientId: cfg.common.kafkaClientId, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.common.partitions))
  const producer = await createProducer(kafka, logger)
  const registry = createMetricsRegistry()
  const outlet = await startOutlet({
    kafka,
    producer,
    topics,
    logger,
    outlets: cfg.outlets,
    brands,
    samples: apiSampleSource(cfg.apiUrl, cfg.apiToken),
    dashboardUrl: cfg.dashboardUrl,
    groupId: cfg.groupId,
    maxAgeMs: cfg.maxAgeMs,
    backoff: cfg.backoff,
    busMetrics: createBusMetrics(registry),
  })
  registerOutletMetrics(registry, () => outlet.stats())
  const metrics =
    cfg.metricsPort === 0
      ? null
      : await serveMetrics({ registry, port: cfg.metricsPort, host: cfg.common.metricsHost, logger })
  const stats = setInterval(() => logger.info({ event: 'outlet_stats', ...outlet.stats() }), 30_000)

  onShutdown(logger, [
    async () => clearInterval(stats),
    () => outlet.stop(),
    () => producer.close(),
    async () => metrics?.close(),
  ])
}

main().catch((err: unknown) => {
  // A configuration error (a short ALERT_WEBHOOK_SECRET, a bad outlets file) says what to fix.
  createLogger('outlet').fatal({ event: 'outlet_start_failed', err })
  process.exit(1)
})
