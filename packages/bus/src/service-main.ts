/**
 * The parts every Kafka service's `main` shares: the client, topics and producer from the common
 * configuration; the metrics endpoint, the periodic stats line and the shutdown order; a start
 * failure logged as fatal with a non-zero exit. Each `main` keeps what is its own between them.
 */
import { type CommonConfig, createLogger, type Logger } from '@vigil/config'
import { type Topics, topicNames } from '@vigil/schema'
import type { Kafka } from 'kafkajs'
import type { Registry } from 'prom-client'
import { createKafka } from './kafka.js'
import { createMetricsRegistry, serveMetrics } from './metrics-server.js'
import { type BusProducer, createProducer } from './producer.js'
import { onShutdown } from './shutdown.js'
import { ensureTopics, vigilTopicSpecs } from './topics.js'

export interface ServiceBus {
  kafka: Kafka
  topics: Topics
  producer: BusProducer
  registry: Registry
}

/**
 * One step of a service's start, logged as `startup_phase` with the milliseconds since the
 * process began (`performance.now()` counts from before the modules loaded): what
 * bench/load/restart.mjs reads to show where a restart's seconds go.
 */
export function startupPhase(logger: Logger, phase: string): void {
  logger.info({ event: 'startup_phase', phase, sinceProcessStartMs: Math.round(performance.now()) })
}

/** The client, the pipeline's topics (created or grown), the producer and a metrics registry. */
export async function openServiceBus(common: CommonConfig, logger: Logger): Promise<ServiceBus> {
  const topics = topicNames(common.topicPrefix)
  const kafka = createKafka({
    brokers: common.kafkaBrokers,
    clientId: common.kafkaClientId,
    logger,
    memberFile: common.memberFile,
  })
  await ensureTopics(kafka, vigilTopicSpecs(topics, common.partitions))
  startupPhase(logger, 'topics ensured')
  const producer = await createProducer(kafka, logger)
  startupPhase(logger, 'producer connected')
  return { kafka, topics, producer, registry: createMetricsRegistry() }
}

/** A service's configuration as far as its endpoint goes; `metricsPort` 0: no endpoint. */
export interface ServiceEndpointConfig {
  metricsPort: number
  common: Pick<CommonConfig, 'metricsHost'>
}

/** What `main` started: its counts for the stats line, and how it stops. */
export interface RunningService {
  stats(): object
  stop(): Promise<void>
}

/**
 * Serves /metrics, logs the stats every 30 s as `<name>_stats`, and on SIGTERM/SIGINT stops the
 * stats, the service, the producer and the endpoint, in that order.
 */
export async function serveService(
  name: string,
  logger: Logger,
  bus: ServiceBus,
  cfg: ServiceEndpointConfig,
  service: RunningService,
): Promise<void> {
  const metrics =
    cfg.metricsPort === 0
      ? null
      : await serveMetrics({
          registry: bus.registry,
          port: cfg.metricsPort,
          host: cfg.common.metricsHost,
          logger,
        })
  const stats = setInterval(() => logger.info({ event: `${name}_stats`, ...service.stats() }), 30_000)
  onShutdown(logger, [
    async () => clearInterval(stats),
    () => service.stop(),
    () => bus.producer.close(),
    async () => metrics?.close(),
  ])
}

/** Runs `main`; a failure to start is logged as `<name>_start_failed` and exits 1. */
export function runServiceMain(name: string, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    createLogger(name).fatal({ event: `${name}_start_failed`, err })
    process.exit(1)
  })
}
