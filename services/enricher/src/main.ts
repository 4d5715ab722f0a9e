import {
  createBusMetrics,
  createKafka,
  createMetricsRegistry,
  createProducer,
  ensureTopics,
  type Kafka,
  onShutdown,
  registerStats,
  serveMetrics,
  vigilTopicSpecs,
} from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { loadEnricher, sentimentModelConfig } from '@vigil/nlp'
import { brandPlacement, brandPlacementTable, topicNames } from '@vigil/schema'
import { enricherConfig } from './config.js'
import { createModelReloader } from './models.js'
import { startEnricher } from './service.js'

async function main(): Promise<void> {
  const cfg = enricherConfig(process.env)
  const logger = createLogger('enricher', cfg.common.logLevel)
  const topics = topicNames(cfg.common.topicPrefix)
  const models = createModelReloader({
    sentiment: sentimentModelConfig(process.env),
    intent: { path: cfg.intentModelPath, required: cfg.intentModelRequired },
    modelsDir: cfg.modelsDir,
    intervalMs: cfg.modelCheckMs,
    logger,
  })
  const brands = loadBrands(cfg.common.brandsPath)
  const nlp = await loadEnricher({
    brands,
    sentimentScorer: models.scorer,
    intentModel: models.intent,
  })
  const kafka = createKafka({ brokers: cfg.common.kafkaBrokers, clientId: cfg.common.kafkaClientId, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.common.partitions))
  const producer = await createProducer(kafka, logger)
  // Brands balanced over the enriched topic's partitions (placement.ts in @vigil/schema).
  const partitions = await partitionCount(kafka, topics.enriched)
  const place = brandPlacement(brands, partitions)
  logger.info({
    event: 'enriched_placement',
    partitions,
    table: Object.fromEntries(brandPlacementTable(brands, partitions)),
  })
  const registry = createMetricsRegistry()
  const enricher = await startEnricher({
    kafka,
    producer,
    topics,
    logger,
    nlp,
    groupId: cfg.groupId,
    busMetrics: createBusMetrics(registry),
    evidenceKeys: cfg.evidenceKeys,
    beforeBatch: models.beforeBatch,
    place,
  })
  registerStats(registry, 'vigil_enricher', () => enricher.stats, {
    enriched: { kind: 'counter', help: 'Mentions enriched and written to mentions.enriched' },
    copies: { kind: 'counter', help: 'Extra copies written for mentions that name several brands' },
    deadLettered: { kind: 'counter', help: 'Raw records refused (sent to mentions.dlq with their reason)' },
  })
  registerStats(registry, 'vigil_enricher_sentiment_model', () => models.stats, {
    swapped: { kind: 'counter', help: 'Newly published sentiment models swapped in without a restart' },
    refused: {
      kind: 'counter',
      help: 'Published sentiment models refused (broken or altered); the old one stayed',
    },
  })
  registerStats(registry, 'vigil_enricher_intent_model', () => models.intentStats, {
    swapped: { kind: 'counter', help: 'Newly published intent models swapped in without a restart' },
    refused: {
      kind: 'counter',
      help: 'Published intent models refused (broken or altered); the old one stayed',
    },
  })
  const metrics =
    cfg.metricsPort === 0
      ? null
      : await serveMetrics({ registry, port: cfg.metricsPort, host: cfg.common.metricsHost, logger })
  const stats = setInterval(() => logger.info({ event: 'enricher_stats', ...enricher.stats }), 30_000)
  // Which sentiment model answers: `trained` (local cache, see packages/nlp/README.md) or the
  // shipped `lexicon`. Logged once so that a deployment can be checked.
  logger.info({
    event: 'enricher_started',
    topics: [topics.raw],
    sentimentModel: nlp.sentimentModel,
    sentimentModelVersion: nlp.sentimentModelVersion,
    intentModelVersion: models.intent.version,
    modelsDir: cfg.modelsDir,
  })
  // A cache trained by an older build is ignored rather than misread: say so, so that it gets retrained.
  if (nlp.sentimentModelNote !== null) {
    logger.warn({ event: 'sentiment_model_ignored', reason: nlp.sentimentModelNote })
  }

  onShutdown(logger, [
    async () => clearInterval(stats),
    () => enricher.stop(),
    () => producer.close(),
    async () => metrics?.close(),
  ])
}

async function partitionCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    return (await admin.fetchTopicOffsets(topic)).length
  } finally {
    await admin.disconnect()
  }
}

main().catch((err: unknown) => {
  createLogger('enricher').fatal({ event: 'enricher_start_failed', err })
  process.exit(1)
})
