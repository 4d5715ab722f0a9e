import { createKafka, createProducer, ensureTopics, onShutdown, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, isLoopbackHost, loadBrands, serviceAuthenticator } from '@vigil/config'
import { type Mention, topicNames } from '@vigil/schema'
import { Registry } from 'prom-client'
import { ingestConfig } from './config.js'
import { OwnAccounts } from './connectors/index.js'
import { describeConnectors } from './connectors-config.js'
import { MentionGenerator } from './generator/index.js'
import { Intake } from './intake/intake.js'
import { createIngestMetrics } from './intake/metrics.js'
import { startLiveLoop } from './live.js'
import { Poller } from './poller/core.js'
import { KafkaCursorStore } from './poller/cursor-store.js'
import { configuredSources } from './pollers.js'
import { buildRules } from './stream/x-rules.js'
import { XStream } from './stream/x-stream.js'
import { buildIngestApp } from './webhook.js'

/** The ingest process: demo generator, webhooks, platform pollers and streams, in one main like every service. */
async function main(): Promise<void> {
  const cfg = ingestConfig(process.env)
  const logger = createLogger('ingest', cfg.logLevel)
  const brands = loadBrands(cfg.brandsPath)
  const topics = topicNames(cfg.topicPrefix)
  const kafka = createKafka({ brokers: cfg.kafkaBrokers, clientId: cfg.kafkaClientId, logger })
  await ensureTopics(kafka, [
    ...vigilTopicSpecs(topics, cfg.partitions),
    { name: cfg.cursorTopic, partitions: 1, compacted: true },
  ])
  const producer = await createProducer(kafka, logger)

  const publish = async (mentions: Mention[]): Promise<void> => {
    await producer.send(
      topics.raw,
      mentions.map((m) => ({ key: m.id, value: JSON.stringify(m) })),
    )
  }

  let generator: MentionGenerator | undefined
  let loop: { stop(): Promise<void> } | undefined
  if (cfg.generator) {
    const now = Date.now()
    generator = new MentionGenerator({
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
    loop = startLiveLoop({ generator, publish, logger })
  }

  const registry = new Registry()
  const metrics = createIngestMetrics(registry)
  const intake = new Intake({
    publish,
    metrics,
    maxBuffered: cfg.maxBuffered,
    deadLetter: (records) => producer.send(topics.dlq, records),
  })
  const accounts = new OwnAccounts(brands)
  const conn = cfg.connectors
  logger.info({ event: 'ingest_connectors', ...describeConnectors(conn) })

  const sources = configuredSources(conn)
  const store = sources.length > 0 ? await KafkaCursorStore.open(kafka, producer, cfg.cursorTopic) : undefined
  const pollers = store
    ? sources.map((source) => new Poller({ source, store, intake, accounts, logger, metrics }))
    : []
  for (const p of pollers) p.start()
  const xToken = conn.x?.bearerToken
  const xStreams: XStream[] = []
  if (conn.x && xToken) {
    const common = {
      bearerToken: () => xToken,
      intake,
      accounts,
      logger,
      ...(conn.x.base ? { base: conn.x.base } : {}),
    }
    if (conn.x.stream) xStreams.push(new XStream({ ...common, rules: buildRules(brands, conn.x.ruleChars) }))
    // X splits post compliance events over four partitions: one connection each.
    if (conn.x.compliance) {
      for (const partition of [1, 2, 3, 4]) {
        xStreams.push(
          new XStream({
            ...common,
            path: `/2/tweets/compliance/stream?partition=${partition}`,
            format: 'x-compliance',
            name: `x-compliance-${partition}`,
          }),
        )
      }
    }
  }
  for (const s of xStreams) s.start()

  const app = buildIngestApp({
    publish,
    brands,
    ...(generator ? { generator } : {}),
    auth: serviceAuthenticator(cfg.tokens, cfg.openDemo),
    rateLimit: cfg.rateLimit,
    intake,
    metrics,
    registry,
    ...(conn.meta ? { meta: conn.meta } : {}),
    connectorStates: () => ({
      ...Object.fromEntries(pollers.map((p) => [p.id, { ...p.status }])),
      ...Object.fromEntries(
        xStreams.map((x) => [x.name, { state: x.state, connections: x.connections, lastError: x.lastError }]),
      ),
    }),
  })
  const address = await app.listen({ host: cfg.host, port: cfg.port })
  logger.info({ event: 'ingest_listening', url: address, tokens: cfg.tokens.length })
  if (cfg.tokens.length === 0 && !cfg.openDemo) {
    logger.error(
      { event: 'ingest_closed_without_tokens' },
      'no INGEST_TOKENS: every /v1 request is refused; set INGEST_TOKENS, or VIGIL_OPEN_DEMO=1 for an open local demo',
    )
  } else if (cfg.tokens.length === 0 && !isLoopbackHost(cfg.host)) {
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
      await loop?.stop()
    },
    async () => {
      await Promise.all([...pollers.map((p) => p.stop()), ...xStreams.map((x) => x.stop())])
    },
    () => producer.close(),
  ])
}

main().catch((err: unknown) => {
  createLogger('ingest').fatal({ event: 'ingest_start_failed', err })
  process.exit(1)
})
