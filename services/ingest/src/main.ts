import { createKafka, createProducer, ensureTopics, onShutdown, vigilTopicSpecs } from '@vigil/bus'
import {
  type BrandConfig,
  createAuthenticator,
  createLogger,
  isLoopbackHost,
  type Logger,
  loadBrands,
} from '@vigil/config'
import { type Mention, topicNames } from '@vigil/schema'
import { type IngestConfig, ingestConfig } from './config.js'
import { MentionGenerator } from './generator/index.js'
import { startLiveLoop } from './live.js'
import { buildIngestApp } from './webhook.js'

type Publish = (mentions: Mention[]) => Promise<void>

async function main(): Promise<void> {
  const cfg = ingestConfig(process.env)
  const logger = createLogger('ingest', cfg.logLevel)
  const brands = loadBrands(cfg.brandsPath)
  const topics = topicNames(cfg.topicPrefix)
  const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, cfg.partitions))
  const producer = await createProducer(kafka, logger)

  const publish: Publish = async (mentions) => {
    await producer.send(
      topics.raw,
      mentions.map((m) => ({ key: m.id, value: JSON.stringify(m) })),
    )
  }

  const demo = cfg.generator ? await startGenerator(cfg, brands, publish, logger) : undefined
  const app = buildIngestApp({
    publish,
    brands,
    ...(demo ? { generator: demo.generator } : {}),
    auth: createAuthenticator(cfg.tokens),
  })
  const address = await app.listen({ host: cfg.host, port: cfg.port })
  logger.info({ event: 'ingest_listening', url: address, tokens: cfg.tokens.length })
  if (cfg.tokens.length === 0 && !isLoopbackHost(cfg.host)) {
    logger.warn(
      { event: 'ingest_open_without_tokens', host: cfg.host },
      'no INGEST_TOKENS: anyone who reaches this address can post mentions (and fake a crisis)',
    )
  }

  onShutdown(logger, [
    async () => {
      await app.close()
    },
    async () => {
      await demo?.loop.stop()
    },
    () => producer.close(),
  ])
}

/**
 * The demo generator: the scheduled crisis (if any), the backfilled history, then the live loop.
 */
async function startGenerator(
  cfg: IngestConfig,
  brands: BrandConfig[],
  publish: Publish,
  logger: Logger,
): Promise<{ generator: MentionGenerator; loop: { stop(): Promise<void> } }> {
  const now = Date.now()
  const generator = new MentionGenerator({
    brands,
    seed: cfg.seed,
    startMs: now - cfg.backfillMinutes * 60_000,
    rateScale: cfg.rateScale,
  })
  if (cfg.demoCrisisAfterS !== undefined) {
    const s = generator.addScenario({
      kind: 'outage',
      brand: cfg.demoCrisisBrand,
      onsetMs: now + cfg.demoCrisisAfterS * 1000,
      durationMs: cfg.demoCrisisMinutes * 60_000,
      intensity: cfg.demoCrisisIntensity,
    })
    logger.info({ event: 'demo_crisis_scheduled', scenario: s })
  }
  // Backfill in one-minute slices so a long history does not sit in memory at once.
  let backfilled = 0
  for (let t = now - cfg.backfillMinutes * 60_000; t < now; t += 60_000) {
    const batch = generator.generateUntil(Math.min(now, t + 60_000))
    if (batch.length > 0) await publish(batch)
    backfilled += batch.length
  }
  logger.info({ event: 'generator_backfilled', mentions: backfilled, minutes: cfg.backfillMinutes })
  return { generator, loop: startLiveLoop({ generator, publish, logger }) }
}

main().catch((err: unknown) => {
  createLogger('ingest').fatal({ event: 'ingest_start_failed', err })
  process.exit(1)
})
