/**
 * mentions.enriched → alerts, metrics.live, detector.state. Thin around the pure engine:
 * decode, feed, advance on a processing-time tick and after every batch, produce, checkpoint.
 * A batch resolves (and its offsets commit) only after what it caused is acknowledged.
 */
import {
  type BusMetrics,
  type BusProducer,
  deadLetter,
  type InboundRecord,
  type OutboundRecord,
  runConsumer,
} from '@vigil/bus'
import type { Logger } from '@vigil/config'

import { type BrandInfo, createDetectorEngine, type DetectorEngine, type DetectorParams } from '@vigil/detect'
import { type Alert, copyForKey, decodeEnrichedMention, type Topics } from '@vigil/schema'
import { decodeAck, decodeVerdict, type FeedbackItem, RecentFeedback } from './feedback.js'
import { type StateStore, startStateStore } from './state-store.js'

/** The KafkaJS client as @vigil/bus takes it (no direct kafkajs dependency here). */
type Kafka = Parameters<typeof runConsumer>[0]['kafka']

export interface DetectorDeps {
  kafka: Kafka
  producer: BusProducer
  topics: Topics
  logger: Logger
  brands: BrandInfo[]
  params?: Partial<DetectorParams>
  groupId?: string
  /** Consumer group for tailing checkpoints: unique per process so it always reads from the start. */
  stateGroupId?: string
  /** Consumer group for acknowledgements and feedback: unique per process (every instance reads all). */
  feedbackGroupId?: string
  /** Processing-time tick that closes quiet minutes. */
  tickMs?: number
  /** A brand whose records stopped arriving this long ago is presumed moved to another instance. */
  ownershipTtlMs?: number
  now?: () => number
  /** Consumer lag, batch and dead-letter metrics (the process's registry), when it exposes /metrics. */
  busMetrics?: BusMetrics
}

export interface DetectorStats {
  observed: number
  deadLettered: number
  alerts: number
  metrics: number
  checkpoints: number
  restored: number
  /** Brands handed to another instance (their partition was revoked, or nothing came for the TTL). */
  released: number
  feedbackApplied: number
  lateEvents: number
  duplicates: number
  outboxPending: number
}

export interface DetectorHandle {
  stop(): Promise<void>
  stats(): DetectorStats
  engine: DetectorEngine
}

/** Produced-but-unconfirmed outputs beyond this are dropped (logged): memory must stay bounded. */
const MAX_OUTBOX = 100_000

export async function startDetector(deps: DetectorDeps): Promise<DetectorHandle> {
  const now = deps.now ?? Date.now
  const log = deps.logger.child({ component: 'detector' })
  const state: StateStore = await startStateStore({
    kafka: deps.kafka,
    topic: deps.topics.detectorState,
    groupId: deps.stateGroupId ?? `vigil-detector-state-${process.pid}-${now()}`,
    logger: log,
  })
  await state.ready
  const engine = createDetectorEngine({
    brands: deps.brands,
    ...(deps.params ? { params: deps.params } : {}),
  })
  // Nothing is ours until its records arrive: another instance may own it.
  for (const b of engine.brands()) engine.setActive(b, false)
  for (const p of await partitionsOf(deps.kafka, deps.topics.enriched)) {
    engine.registerSource(`${deps.topics.enriched}:${p}`, now())
  }
  const lastSeen = new Map<string, number>()
  const counts = {
    observed: 0,
    deadLettered: 0,
    alerts: 0,
    metrics: 0,
    checkpoints: 0,
    restored: 0,
    released: 0,
    feedbackApplied: 0,
  }
  const recentFeedback = new RecentFeedback()
  /**
   * Acknowledged versions this detector published itself: they come back on the alerts topic
   * and are not acknowledgements (re-applying one would undo a later escalation).
   */
  const ownAcks = new Set<string>()
  const remember = (a: Alert) => {
    if (a.status !== 'acknowledged') return
    ownAcks.add(`${a.id}@${a.version}`)
    if (ownAcks.size > 10_000) ownAcks.delete(ownAcks.values().next().value as string)
  }
  let lastLate = 0
  let outbox: Array<{ topic: string; rec: OutboundRecord }> = []
  const ttl = deps.ownershipTtlMs ?? 15 * 60_000

  /** The enriched-topic partition each brand's records came from, for releasing on revocation. */
  const brandPartition = new Map<string, number>()

  /**
   * After a rebalance: brands whose partition went to another member are released at once.
   * Left active until the TTL, they would close empty minutes here, publish zero metrics beside
   * the new owner's real ones and checkpoint that emptiness over the new owner's state.
   */
  function keepAssigned(assignment: Record<string, number[]>): void {
    const held = new Set(assignment[deps.topics.enriched] ?? [])
    for (const [brand, partition] of brandPartition) {
      if (!held.has(partition) && engine.isActive(brand)) release(brand, 'partition_revoked')
    }
  }

  /** Stop scoring and checkpointing `brand` here: another instance owns it now. */
  function release(brand: string, reason: 'partition_revoked' | 'idle'): void {
    log.info({ event: 'brand_released', brand, reason, partition: brandPartition.get(brand) })
    engine.setActive(brand, false)
    lastSeen.delete(brand)
    brandPartition.delete(brand)
    counts.released++
  }

  function own(brand: string): void {
    lastSeen.set(brand, now())
    if (engine.isActive(brand) || !engine.brands().includes(brand)) return
    const snap = state.get(brand)
    const restored = snap !== undefined && engine.restore(brand, snap)
    if (restored) {
      counts.restored++
      // Feedback given after that checkpoint was written must not be lost.
      for (const f of recentFeedback.all()) applyFeedback(f, false)
    }
    engine.setActive(brand, true)
    log.info({ event: 'brand_assigned', brand, restored })
  }

  /** Apply one feedback item; an update it causes goes out with the next flush. */
  function applyFeedback(f: FeedbackItem, fresh: boolean): void {
    const res = engine.feedback(f.alertId, f.feedback, f.atMs)
    if (!res.applied) return
    if (fresh) {
      counts.feedbackApplied++
      log.info({
        event: 'feedback_applied',
        alertId: f.alertId,
        kind: f.feedback.kind,
        real: f.feedback.real,
      })
    }
    if (res.alert !== null) {
      remember(res.alert)
      outbox.push({
        topic: deps.topics.alerts,
        rec: { key: res.alert.brand, value: JSON.stringify(res.alert) },
      })
      counts.alerts++
    }
  }

  async function flush(): Promise<void> {
    const out = engine.advance(now())
    for (const a of out.alerts) remember(a)
    for (const a of out.alerts)
      outbox.push({ topic: deps.topics.alerts, rec: { key: a.brand, value: JSON.stringify(a) } })
    for (const m of out.metrics)
      outbox.push({ topic: deps.topics.metrics, rec: { key: m.brand, value: JSON.stringify(m) } })
    if (out.metrics.length > 0) {
      for (const b of engine.brands()) {
        if (!engine.isActive(b)) continue
        outbox.push({
          topic: deps.topics.detectorState,
          rec: { key: b, value: JSON.stringify(engine.snapshot(b)) },
        })
        counts.checkpoints++
      }
    }
    counts.alerts += out.alerts.length
    counts.metrics += out.metrics.length
    const late = engine.stats().lateEvents
    if (late > lastLate) {
      // Never silent: mentions whose minute had already closed are counted and reported.
      log.warn({ event: 'late_events', added: late - lastLate, total: late })
      lastLate = late
    }
    for (const a of out.alerts) {
      if (a.version === 1 || a.status !== 'open') {
        log.info({
          event: 'alert',
          id: a.id,
          brand: a.brand,
          status: a.status,
          severity: a.severity,
          score: a.score,
        })
      }
    }
    if (outbox.length > MAX_OUTBOX) {
      log.error({ event: 'outbox_overflow', dropped: outbox.length - MAX_OUTBOX })
      outbox = outbox.slice(outbox.length - MAX_OUTBOX)
    }
    await sendOutbox()
    for (const [b, t] of lastSeen) {
      if (now() - t > ttl && engine.isActive(b)) release(b, 'idle')
    }
  }

  async function sendOutbox(): Promise<void> {
    if (outbox.length === 0) return
    const byTopic = new Map<string, OutboundRecord[]>()
    for (const o of outbox) {
      const list = byTopic.get(o.topic)
      if (list) list.push(o.rec)
      else byTopic.set(o.topic, [o.rec])
    }
    for (const [topic, recs] of byTopic) await sendChunked(deps.producer, topic, recs)
    outbox = []
  }

  // One flush at a time: the tick and the batches share the engine.
  let tail: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn)
    tail = run.catch(() => undefined)
    return run
  }

  /** A record the detector cannot read: to mentions.dlq with its reason, counted and logged. */
  async function refuse(rec: InboundRecord, bad: { code: string; reason: string }): Promise<void> {
    await deadLetter(
      deps.producer,
      deps.topics.dlq,
      rec,
      { code: bad.code, reason: bad.reason, stage: 'detector' },
      deps.busMetrics,
    )
    counts.deadLettered++
    log.warn({
      event: 'dead_letter',
      code: bad.code,
      reason: bad.reason,
      topic: rec.topic,
      offset: rec.offset,
    })
  }

  const handleBatch = (records: InboundRecord[]): Promise<void> =>
    serial(async () => {
      for (const rec of records) {
        const r = decodeEnrichedMention(rec.value)
        if (r.kind === 'ok') {
          const recordKey = rec.key?.toString('utf8')
          const key = recordKey ?? r.value.brands[0]?.brand
          if (key !== undefined) {
            own(key)
            brandPartition.set(key, rec.partition)
          }
          // Each brand's copy counts for that brand only: the instance owning the other
          // brand gets its own copy on that brand's partition.
          engine.observe(copyForKey(r.value, recordKey), `${rec.topic}:${rec.partition}`)
          counts.observed++
        } else if (r.kind === 'dlq') await refuse(rec, r)
      }
      await flush()
    })

  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId ?? 'vigil-detector',
    topics: [deps.topics.enriched],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch,
    metrics: deps.busMetrics,
    // Serialised with the batches and ticks: they share the engine.
    onAssignment: (assignment) => {
      serial(async () => keepAssigned(assignment)).catch((err: unknown) =>
        log.warn({ event: 'release_failed', err }),
      )
    },
  })
  const feedbackBatch = (records: InboundRecord[]): Promise<void> =>
    serial(async () => {
      for (const rec of records) {
        const r =
          rec.topic === deps.topics.feedback ? decodeVerdict(rec.value, now()) : decodeAck(rec.value, now())
        if (r.kind === 'ok') {
          const v = r.value.feedback.version
          if (r.value.feedback.kind === 'ack' && ownAcks.has(`${r.value.alertId}@${v}`)) continue
          recentFeedback.add(r.value)
          applyFeedback(r.value, true)
        } else if (r.kind === 'dlq') await refuse(rec, r)
      }
      await sendOutbox()
    })
  const feedbackConsumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.feedbackGroupId ?? `vigil-detector-feedback-${process.pid}-${now()}`,
    topics: [deps.topics.alerts, deps.topics.feedback],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch: feedbackBatch,
    metrics: deps.busMetrics,
  })

  const timer = setInterval(() => {
    serial(flush).catch((err: unknown) => log.warn({ event: 'tick_flush_failed', err }))
  }, deps.tickMs ?? 1_000)

  return {
    engine,
    stats: () => {
      const e = engine.stats()
      return { ...counts, lateEvents: e.lateEvents, duplicates: e.duplicates, outboxPending: outbox.length }
    },
    stop: async () => {
      clearInterval(timer)
      await feedbackConsumer.stop()
      await consumer.stop()
      // Final checkpoint so a successor resumes from here, not from a minute ago.
      await serial(async () => {
        for (const b of engine.brands()) {
          if (engine.isActive(b)) {
            outbox.push({
              topic: deps.topics.detectorState,
              rec: { key: b, value: JSON.stringify(engine.snapshot(b)) },
            })
          }
        }
        await sendOutbox()
      })
      await state.stop()
    },
  }
}

/** Bytes per produce request: well under the broker's default 1 MiB message.max.bytes. */
const MAX_REQUEST_BYTES = 512 * 1024

/** Send in requests of bounded size (a backfill closes hours of minutes in one flush). */
export async function sendChunked(
  producer: BusProducer,
  topic: string,
  recs: OutboundRecord[],
): Promise<void> {
  let chunk: OutboundRecord[] = []
  let bytes = 0
  for (const r of recs) {
    const size = r.value.length + (r.key?.length ?? 0) + 64
    if (chunk.length > 0 && bytes + size > MAX_REQUEST_BYTES) {
      await producer.send(topic, chunk)
      chunk = []
      bytes = 0
    }
    chunk.push(r)
    bytes += size
  }
  if (chunk.length > 0) await producer.send(topic, chunk)
}

async function partitionsOf(kafka: Kafka, topic: string): Promise<number[]> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    return (await admin.fetchTopicOffsets(topic)).map((p) => p.partition)
  } finally {
    await admin.disconnect()
  }
}
