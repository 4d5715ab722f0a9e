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
import { detectorConfig } from './config.js'
import { registerDetectorMetrics } from './metrics.js'
import { startDetector } from './service.js'

async function main(): Promise<void> {
  const cfg = detectorConfig(process.env)
  const logger = createLogger('detector', cfg.common.logLevel)
  const topics = topicNames(cfg.common.topicPrefix)
  const brands = loadBrands(cfg.common.brandsPath).map((b) => ({
    id: b.id,
    role: b.role,
    size: b.size,
    name: b.name,
  }))
  const kafka = createKafka({ brokers: cfg.common.kafkaBrokers, clientId: cfg.common.kafkaClientId, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.common.partitions))
  const producer = await createProducer(kafka, logger)
  const registry = createMetricsRegistry()
  const detector = await startDetector({
    busMetrics: createBusMetrics(registry),
    kafka,
    producer,
    topics,
    logger,
    brands,
    groupId: cfg.groupId,
    tickMs: cfg.tickMs,
    liveEveryMs: cfg.liveEveryMs,
    ownershipTtlMs: cfg.ownershipTtlMs,
    params: { allowedLatenessMs: cfg.allowedLatenessMs },
  })
  registerDetectorMetrics(registry, () => detector.stats())
  const metrics =
    cfg.metricsPort === 0
      ? null
      : await serveMetrics({ registry, port: cfg.metricsPort, host: cfg.common.metricsHost, logger })
  const stats = setInterval(() => logger.info({ event: 'detector_stats', ...detector.stats() }), 30_000)
  logger.info({ event: 'detector_started', topics: [topics.enriched], brands: brands.length })

  onShutdown(logger, [
    async () => clearInterval(stats),
    () => detector.stop(),
    () => producer.close(),
    async () => metrics?.close(),
  ])
}

main().catch((err: unknown) => {
  createLogger('detector').fatal({ event: 'detector_start_failed', err })
  process.exit(1)
})
