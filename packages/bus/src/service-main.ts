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

/** The client, the pipeline's topics (created or grown), the producer and a metrics registry. */
export async function openServiceBus(common: CommonConfig, logger: Logger): Promise<ServiceBus> {
  const topics = topicNames(common.topicPrefix)
  const kafka = createKafka({ brokers: common.kafkaBrokers, clientId: common.kafkaClientId, logger })
  await ensureTopics(kafka, vigilTopicSpecs(topics, common.partitions))
  const producer = await createProducer(kafka, logger)
  return { kafka, topics, producer, registry: createMetricsRegistry() }
}

export interface ServeServiceOptions {
  /** The service's name: its stats line is `<name>_stats`. */
  name: string
  logger: Logger
  bus: ServiceBus
  /** 0: no metrics endpoint. */
  metricsPort: number
  metricsHost: string
  stats(): object
  stop(): Promise<void>
}

/**
 * Serves /metrics, logs the stats every 30 s, and on SIGTERM/SIGINT stops the stats, the
 * service, the producer and the endpoint, in that order.
 */
export async function serveService(opts: ServeServiceOptions): Promise<void> {
  const { logger, bus } = opts
  const metrics =
    opts.metricsPort === 0
      ? null
      : await serveMetrics({ registry: bus.registry, port: opts.metricsPort, host: opts.metricsHost, logger })
  const stats = setInterval(() => logger.info({ event: `${opts.name}_stats`, ...opts.stats() }), 30_000)
  onShutdown(logger, [
    async () => clearInterval(stats),
    () => opts.stop(),
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
