/**
 * alerts → the configured outlets, through a durable outbox. The alerts consumer only plans:
 * each alert version that opens, escalates or resolves an incident becomes outbox records
 * (one per outlet, keyed by (incident, version, outlet)), and the batch's offsets commit once
 * the broker has them. The dispatcher sends from the outbox, one loop per outlet.
 */
import {
  type BusMetrics,
  type BusProducer,
  createOutcomeHandler,
  type InboundRecord,
  runConsumer,
} from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { type AlertDelivery, decodeAlert, type Topics } from '@vigil/schema'
import { type BackoffPolicy, DEFAULT_BACKOFF } from './backoff.js'
import { type DispatchCounts, startDispatcher } from './dispatch.js'
import { loadOutbox, type OutboxEntry } from './outbox.js'
import type { OutletSpec } from './outlets-file.js'
import { plan } from './routing.js'
import type { SampleSource } from './samples.js'
import { createTransport, type Transport } from './transports.js'

type Kafka = Parameters<typeof runConsumer>[0]['kafka']

export interface OutletDeps {
  kafka: Kafka
  producer: BusProducer
  topics: Topics
  logger: Logger
  outlets: OutletSpec[]
  /** Brand roles decide `own` / `competitors` routing. */
  brands: Array<{ id: string; role: 'own' | 'competitor' }>
  samples: SampleSource
  dashboardUrl: string
  groupId?: string
  /** Unique per process: the outbox is read from its start at every start. */
  outboxGroupId?: string
  maxAgeMs?: number
  backoff?: BackoffPolicy
  transport?: Transport
  tickMs?: number
  now?: () => number
  random?: () => number
  busMetrics?: BusMetrics
}

export interface OutletStats extends DispatchCounts {
  alertsRead: number
  invalid: number
  stale: number
  queued: number
  duplicates: number
  pending: number
}

export interface OutletHandle {
  stop(): Promise<void>
  stats(): OutletStats
}

export async function startOutlet(deps: OutletDeps): Promise<OutletHandle> {
  const now = deps.now ?? Date.now
  const log = deps.logger.child({ component: 'outlet' })
  const outbox = await loadOutbox({
    kafka: deps.kafka,
    producer: deps.producer,
    topic: deps.topics.outletOutbox,
    groupId: deps.outboxGroupId ?? `vigil-outlet-outbox-${process.pid}-${now()}`,
    logger: log,
  })
  const roles = new Map(deps.brands.map((b) => [b.id, b.role]))
  const latest = new Map<string, { status: string; version: number }>()
  const counts = { alertsRead: 0, invalid: 0, stale: 0, queued: 0, duplicates: 0 }
  const dispatchCounts: DispatchCounts = { delivered: 0, failed: 0, gaveUp: 0, cancelled: 0 }
  const transport = deps.transport ?? createTransport()
  const record = (d: AlertDelivery) =>
    deps.producer.send(deps.topics.deliveries, [{ key: d.alertId, value: JSON.stringify(d) }])
  const dispatcher = startDispatcher({
    outlets: deps.outlets,
    outbox,
    transport,
    samples: deps.samples,
    record,
    latestStatus: (id) => latest.get(id)?.status,
    dashboardUrl: deps.dashboardUrl,
    backoff: deps.backoff ?? DEFAULT_BACKOFF,
    logger: deps.logger,
    now,
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.tickMs ? { tickMs: deps.tickMs } : {}),
    counts: dispatchCounts,
  })
  const maxAge = deps.maxAgeMs ?? 30 * 60_000

  // A reader of the alerts topic: a record it cannot use is counted and skipped; the sink, which
  // owns the topic's dead letters, files it.
  const outcomes = createOutcomeHandler({
    stage: 'outlet',
    logger: log,
    metrics: deps.busMetrics,
    onRefused: (rec, code) => {
      counts.invalid++
      log.warn({ event: 'alert_unreadable', code, partition: rec.partition, offset: rec.offset })
    },
  })
  const handleBatch = async (records: InboundRecord[]): Promise<void> => {
    const queue: OutboxEntry[] = []
    const out = outcomes.batch()
    for (const rec of records) {
      const a = out.take(rec, decodeAlert(rec.value))
      if (a === undefined) continue
      counts.alertsRead++
      const seen = latest.get(a.id)
      if (!seen || seen.version <= a.version) latest.set(a.id, { status: a.status, version: a.version })
      if (now() - Date.parse(a.updatedAt) > maxAge) {
        counts.stale++
        continue
      }
      const planned = plan(a, deps.outlets, {
        role: roles.get(a.brand),
        nowMs: now(),
        heard: (outlet) => {
          const inBatch = queue.find(
            (q) => q.alert.id === a.id && q.outlet === outlet && q.event !== 'unacknowledged',
          )
          if (inBatch) return inBatch.digestSlot === null ? 'direct' : 'digest'
          return outbox.heard(a.id, outlet)
        },
      })
      for (const p of planned) {
        if (outbox.has(p.key) || queue.some((q) => q.key === p.key)) {
          counts.duplicates++
          continue
        }
        queue.push({ ...p, alert: a, state: 'pending', attempts: 0 })
      }
    }
    // The offsets commit after this resolves: a planned delivery is durable before its alert
    // counts as read.
    await outbox.put(queue)
    counts.queued += queue.length
    if (queue.length > 0) {
      log.info({ event: 'deliveries_queued', keys: queue.map((q) => q.key) })
      dispatcher.poke()
    }
  }

  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId ?? 'vigil-outlet',
    topics: [deps.topics.alerts],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch,
    metrics: deps.busMetrics,
  })
  log.info({ event: 'outlet_started', outlets: deps.outlets.map((o) => `${o.name}:${o.kind}`) })
  return {
    stats: () => ({ ...counts, ...dispatchCounts, pending: outbox.pending() }),
    stop: async () => {
      await consumer.stop()
      await dispatcher.stop()
      await transport.close()
    },
  }
}
