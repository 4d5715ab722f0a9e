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
import { createLogger, type Logger, loadBrands } from '@vigil/config'
import { loadEnricher, sentimentModelConfig } from '@vigil/nlp'
import { topicNames } from '@vigil/schema'
import { type EnricherConfig, enricherConfig } from './config.js'
import { registerEnricherMetrics } from './metrics.js'
import { createModelReloader, type ModelReloader } from './models.js'
import { placeBrands } from './placement.js'
import { startEnricher } from './service.js'

async function main(): Promise<void> {
  const cfg = enricherConfig(process.env)
  const logger = createLogger('enricher', cfg.common.logLevel)
  const topics = topicNames(cfg.common.topicPrefix)
  const models = modelsFromConfig(cfg, logger)
  const brands = loadBrands(cfg.common.brandsPath)
  const nlp = await loadEnricher({
    brands,
    sentimentScorer: models.scorer,
    intentModel: models.intent,
  })
  const kafka = createKafka({ brokers: cfg.common.kafkaBrokers, clientId: cfg.common.kafkaClientId, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.common.partitions))
  const producer = await createProducer(kafka, logger)
  const place = await placeBrands(kafka, topics.enriched, brands, logger)
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
  registerEnricherMetrics(registry, enricher, models)
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

/** The models in force, re-read when vigil-train publishes a new version (models.ts). */
function modelsFromConfig(cfg: EnricherConfig, logger: Logger): ModelReloader {
  return createModelReloader({
    sentiment: sentimentModelConfig(process.env),
    intent: { path: cfg.intentModelPath, required: cfg.intentModelRequired },
    modelsDir: cfg.modelsDir,
    intervalMs: cfg.modelCheckMs,
    logger,
  })
}

main().catch((err: unknown) => {
  createLogger('enricher').fatal({ event: 'enricher_start_failed', err })
  process.exit(1)
})
