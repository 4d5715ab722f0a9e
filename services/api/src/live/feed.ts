import { randomBytes } from 'node:crypto'
import {
  type BusMetrics,
  type ConsumerHandle,
  type createKafka,
  createOutcomeHandler,
  type InboundRecord,
  type Outcomes,
  runConsumer,
} from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { type AlertStatus, decodeAlert, decodeLiveMetrics, type LiveMetric, type Topics } from '@vigil/schema'
import { Counter, type Registry } from 'prom-client'
import type { ApiData } from '../data.js'
import type { LiveHub } from './hub.js'

type Kafka = ReturnType<typeof createKafka>

export interface LiveFeedDeps {
  kafka: Kafka
  topics: Topics
  hub: LiveHub
  data: ApiData
  logger: Logger
  registry: Registry
  busMetrics?: BusMetrics
  /** Default: a fresh `vigil-api-live-<random>` group, so every api instance sees every record. */
  groupId?: string
}

const ACTIVE: AlertStatus[] = ['open', 'escalating', 'acknowledged']

/**
 * Feeds the hub from Kafka: the alerts and metrics.live topics, from the latest offset (a
 * wall screen wants now, not last week). The consumer starts first and the open alerts are
 * then loaded from the store, so an alert that lands during start-up is seen by at least one
 * of the two; the hub keeps the highest version of each.
 */
export async function startLiveFeed(deps: LiveFeedDeps): Promise<ConsumerHandle> {
  const log = deps.logger.child({ component: 'live-feed' })
  const bad = new Counter({
    name: 'vigil_api_feed_dropped_records_total',
    help: 'Records on the alerts / metrics topics the live feed could not read',
    labelNames: ['topic'],
    registers: [deps.registry],
  })
  // A viewer of the pipeline's topics: what it cannot show is dropped and counted; the sink,
  // which owns those topics' dead letters, files it.
  const outcomes = createOutcomeHandler({
    stage: 'api-live',
    logger: log,
    metrics: deps.busMetrics,
    onRefused: (rec, code) => {
      bad.inc({ topic: rec.topic })
      log.warn({
        event: 'api_feed_record_dropped',
        topic: rec.topic,
        partition: rec.partition,
        offset: rec.offset,
        code,
      })
    },
  })
  const handle = (out: Outcomes, rec: InboundRecord): void => {
    if (rec.topic === deps.topics.alerts) {
      const alert = out.take(rec, decodeAlert(rec.value))
      if (alert !== undefined) deps.hub.publishAlert(alert)
      return
    }
    const ticks = out.take(rec, decodeLiveMetrics(rec.value))
    if (ticks === undefined) return
    for (const reason of ticks.refused) {
      bad.inc({ topic: rec.topic })
      log.warn({ event: 'api_feed_metric_dropped', topic: rec.topic, offset: rec.offset, reason })
    }
    pending.push(...ticks.metrics)
  }
  let pending: LiveMetric[] = []

  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId ?? `vigil-api-live-${randomBytes(6).toString('hex')}`,
    topics: [deps.topics.alerts, deps.topics.metrics],
    fromBeginning: false,
    logger: deps.logger,
    metrics: deps.busMetrics,
    handleBatch: async (records) => {
      const out = outcomes.batch()
      for (const rec of records) handle(out, rec)
      await out.flush()
      // One push per batch: a burst of ticks reaches each client as one message, holding only
      // the latest tick of each brand and minute (a backlog replays many of them).
      if (pending.length > 0) {
        const batch = latestPerBrandMinute(pending)
        pending = []
        deps.hub.publishMetrics(batch)
      }
    },
  })
  const lists = await Promise.all(ACTIVE.map((status) => deps.data.listAlerts({ status, limit: 500 })))
  deps.hub.loadAlerts(lists.flat())
  log.info({ event: 'api_feed_started', openAlerts: lists.flat().length })
  return consumer
}

/** The last tick of each (brand, minute) in arrival order; the wall keeps only the latest. */
export function latestPerBrandMinute(ticks: readonly LiveMetric[]): LiveMetric[] {
  const latest = new Map<string, LiveMetric>()
  for (const t of ticks) {
    const k = `${t.brand}\u0000${t.minute}`
    latest.delete(k)
    latest.set(k, t)
  }
  return [...latest.values()]
}
