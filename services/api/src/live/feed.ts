import { randomBytes } from 'node:crypto'
import {
  type BusMetrics,
  type ConsumerHandle,
  type createKafka,
  type InboundRecord,
  runConsumer,
} from '@vigil/bus'
import type { Logger } from '@vigil/config'
import type { AlertStatus, LiveMetric, Topics } from '@vigil/schema'
import { Counter, type Registry } from 'prom-client'
import type { ApiData } from '../data.js'
import { decodeAlert, decodeMetrics } from './decode.js'
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
  const handle = (rec: InboundRecord): void => {
    if (rec.topic === deps.topics.alerts) {
      const r = decodeAlert(rec.value)
      if (r.kind === 'ok') deps.hub.publishAlert(r.value)
      else report(rec, r.reason)
      return
    }
    const { metrics, dropped } = decodeMetrics(rec.value)
    for (const reason of dropped) report(rec, reason)
    pending.push(...metrics)
  }
  const report = (rec: InboundRecord, reason: string) => {
    bad.inc({ topic: rec.topic })
    log.warn({
      event: 'api_feed_record_dropped',
      topic: rec.topic,
      partition: rec.partition,
      offset: rec.offset,
      reason,
    })
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
      for (const rec of records) handle(rec)
      // One push per batch: a burst of ticks reaches each client as one message.
      if (pending.length > 0) {
        const batch = pending
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
