import { createKafka, createProducer, ensureTopics, onShutdown, vigilTopicSpecs } from '@vigil/bus'
import { commonConfig, createLogger, loadBrands } from '@vigil/config'
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
const enricher = await startEnricher({ kafka, producer, topics, logger, nlp })
const stats = setInterval(() => logger.info({ event: 'enricher_stats', ...enricher.stats }), 30_000)
// Which sentiment model answers: `trained` (local cache, see packages/nlp/README.md) or the
// shipped `lexicon`. Logged once so that a deployment can be checked.
logger.info({ event: 'enricher_started', topics: [topics.raw], sentimentModel: nlp.sentimentModel })
// A cache trained by an older build is ignored rather than misread: say so, so that it gets retrained.
if (nlp.sentimentModelNote !== null) {
  logger.warn({ event: 'sentiment_model_ignored', reason: nlp.sentimentModelNote })
}

onShutdown(logger, [async () => clearInterval(stats), () => enricher.stop(), () => producer.close()])
