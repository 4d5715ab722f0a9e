import { createBusMetrics, openServiceBus, runServiceMain, serveService, startupPhase } from '@vigil/bus'
import { createLogger, type Logger, loadBrands } from '@vigil/config'
import { loadEnricher, sentimentModelConfig } from '@vigil/nlp'
import { type EnricherConfig, enricherConfig } from './config.js'
import { registerEnricherMetrics } from './metrics.js'
import { createModelReloader, type ModelReloader } from './models.js'
import { placeBrands } from './placement.js'
import { startEnricher } from './service.js'

async function main(): Promise<void> {
  const cfg = enricherConfig(process.env)
  const logger = createLogger('enricher', cfg.common.logLevel)
  startupPhase(logger, 'modules loaded')
  // The bus first: its connections, topics and the removal of a killed predecessor's group
  // members (@vigil/bus member-ledger.ts) make progress while the models load.
  const busReady = openServiceBus(cfg.common, logger)
  busReady.catch(() => {}) // awaited below; this only keeps an early failure from counting as unhandled
  const models = modelsFromConfig(cfg, logger)
  const brands = loadBrands(cfg.common.brandsPath)
  const nlp = await loadEnricher({
    brands,
    sentimentScorer: models.scorer,
    intentModel: models.intent,
  })
  startupPhase(logger, 'models loaded')
  const bus = await busReady
  const { kafka, producer, topics, registry } = bus
  const place = await placeBrands(kafka, topics.enriched, brands, logger)
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
    fetch: cfg.fetch,
  })
  registerEnricherMetrics(registry, enricher, models)
  await serveService('enricher', logger, bus, cfg, {
    stats: () => enricher.stats,
    stop: () => enricher.stop(),
  })
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

runServiceMain('enricher', main)
