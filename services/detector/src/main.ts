import { createKafka, createProducer, ensureTopics, onShutdown, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { detectorConfig } from './config.js'
import { startDetector } from './service.js'

const cfg = detectorConfig(process.env)
const logger = createLogger('detector', cfg.common.logLevel)
const topics = topicNames(cfg.common.topicPrefix)
const brands = loadBrands(cfg.common.brandsPath).map((b) => ({ id: b.id, role: b.role, size: b.size }))
const kafka = createKafka({ brokers: cfg.common.kafkaBrokers, clientId: cfg.common.kafkaClientId, logger })
await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.common.partitions))
const producer = await createProducer(kafka, logger)
const detector = await startDetector({
  kafka,
  producer,
  topics,
  logger,
  brands,
  groupId: cfg.groupId,
  tickMs: cfg.tickMs,
  ownershipTtlMs: cfg.ownershipTtlMs,
  params: { allowedLatenessMs: cfg.allowedLatenessMs },
})
const stats = setInterval(() => logger.info({ event: 'detector_stats', ...detector.stats() }), 30_000)
logger.info({ event: 'detector_started', topics: [topics.enriched], brands: brands.length })

onShutdown(logger, [async () => clearInterval(stats), () => detector.stop(), () => producer.close()])
