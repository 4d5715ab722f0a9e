import {
  createBusMetrics,
  createKafka,
  createMetricsRegistry,
  createProducer,
  ensureTopics,
  onShutdown,
  registerStats,
  serveMetrics,
  vigilTopicSpecs,
} from '@vigil/bus'
import { commonConfig, createLogger, envInt, loadBrands } from '@vigil/config'
import { createEnricher } from '@vigil/nlp'
import { topicNames } from '@vigil/schema'
import { startEnricher } from './service.js'

const cfg = commonConfig(process.env, 'enricher')
const logger = createLogger('enricher', cfg.logLevel)
const topics = topicNames(cfg.topicPrefix)
const nlp = createEnricher({ brands: loadBrands(cfg.brandsPath) })
const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
const producer = await createProducer(kafka, logger)
const registry = createMetricsRegistry()
const enricher = await startEnricher({
  kafka,
  producer,
  topics,
  logger,
  nlp,
  busMetrics: createBusMetrics(registry),
})
registerStats(registry, 'vigil_enricher', () => enricher.stats, {
  enriched: { kind: 'counter', help: 'Mentions enriched and written to mentions.enriched' },
  copies: { kind: 'counter', help: 'Extra copies written for mentions that name several brands' },
  deadLettered: { kind: 'counter', help: 'Raw records refused (sent to mentions.dlq with their reason)' },
})
// /metrics and /healthz on 127.0.0.1; ENRICHER_METRICS_PORT=0 turns them off.
const metricsPort = envInt(process.env, 'ENRICHER_METRICS_PORT', 9101, 0, 65_535)
const metrics = metricsPort === 0 ? null : await serveMetrics({ registry, port: metricsPort, logger })
const stats = setInterval(() => logger.info({ event: 'enricher_stats', ...enricher.stats }), 30_000)
// Which sentiment model answers: `trained` (local cache, see packages/nlp/README.md) or the
// shipped `lexicon`. Logged once so that a deployment can be checked.
logger.info({ event: 'enricher_started', topics: [topics.raw], sentimentModel: nlp.sentimentModel })
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
