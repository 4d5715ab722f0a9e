import {
  type ConsumerOptions,
  createBusMetrics,
  createOutcomeHandler,
  createProducer,
  type InboundRecord,
  type OutcomeHandler,
  type Outcomes,
  runConsumer,
  type TopicPartition,
} from '@vigil/bus'
import type { Keyring, Logger } from '@vigil/config'
import {
  type Alert,
  type AlertDelivery,
  decodeAlert,
  decodeAlertDelivery,
  decodeEnrichedMention,
  dlq,
  type EnrichedMention,
  isPrimaryCopy,
  type Topics,
} from '@vigil/schema'
import {
  existingEventKeys,
  insertAlerts,
  insertDeadLetters,
  insertDeliveries,
  insertMentionEvents,
  insertMentions,
  type Store,
} from '@vigil/store'
import type { Registry } from 'prom-client'
import { deadLetterFromRecord, newEvents } from './batch.js'
import { applyDeletionPolicy, sealDeadLetter, storeEvidence } from './compliance.js'
import { insertIsolating } from './isolate.js'
import { createSinkMetrics, type SinkMetrics } from './metrics.js'
import { storeCall } from './retry.js'

type Kafka = ConsumerOptions['kafka']

export interface SinkDeps {
  kafka: Kafka
  store: Store
  topics: Topics
  logger: Logger
  /** Default `vigil-sink`. */
  groupId?: string
  /** Metrics go to this registry (bus and sink); none are kept without one. */
  registry?: Registry
  batch?: {
    /** Rows per ClickHouse insert; a larger fetched batch is written in chunks. Default 5000. */
    maxRecords?: number
    /** Fetch cap per partition, bytes (KafkaJS default 1 MiB). */
    maxBytesPerPartition?: number
  }
  /** Partitions handled at once. Default 3. */
  concurrency?: number
  /** Default true: a new sink group loads what the topics still hold. */
  fromBeginning?: boolean
  /** Passed to the consumer; default logs and SIGTERMs the process (see @vigil/bus). */
  onCrash?: (err: Error) => void
  /** Platform → what a deletion does (compliance.ts); default: X purges, others keep. */
  deletionPolicy?: Readonly<Record<string, 'purge' | 'keep'>>
  /** EVIDENCE_KEYS…: dead letters' raw values are stored sealed with them (compliance.ts). */
  evidenceKeys?: Keyring | null
}

export interface SinkHandle {
  /** Drain the in-flight batch (insert, commit), leave the group, close the DLQ producer. */
  stop(): Promise<void>
}

interface Ctx {
  deps: SinkDeps
  log: Logger
  metrics: SinkMetrics | undefined
  chunk: number
  outcomes: OutcomeHandler
}

export async function startSink(deps: SinkDeps): Promise<SinkHandle> {
  const groupId = deps.groupId ?? 'vigil-sink'
  const log = deps.logger.child({ component: 'sink', group: groupId })
  const metrics = deps.registry ? createSinkMetrics(deps.registry) : undefined
  const busMetrics = deps.registry ? createBusMetrics(deps.registry) : undefined
  const producer = await createProducer(deps.kafka, deps.logger)
  const ctx: Ctx = {
    deps,
    log,
    metrics,
    chunk: deps.batch?.maxRecords ?? 5000,
    outcomes: createOutcomeHandler({
      stage: 'sink',
      logger: log,
      metrics: busMetrics,
      deadLetters: { producer, topic: deps.topics.dlq },
      onRefused: (rec, code) => metrics?.invalidRecords.inc({ topic: rec.topic, code }),
    }),
  }
  const { enriched, alerts, dlq: dlqTopic, deliveries } = deps.topics
  let consumer: Awaited<ReturnType<typeof runConsumer>>
  try {
    consumer = await runConsumer({
      kafka: deps.kafka,
      groupId,
      topics: [enriched, alerts, dlqTopic, deliveries],
      fromBeginning: deps.fromBeginning ?? true,
      logger: deps.logger,
      metrics: busMetrics,
      concurrency: deps.concurrency ?? 3,
      maxBytesPerPartition: deps.batch?.maxBytesPerPartition,
      onCrash: deps.onCrash,
      handleBatch: (records, tp) => handleBatch(ctx, records, tp),
    })
  } catch (err) {
    await producer.close()
    throw err
  }
  log.info({
    event: 'sink_started',
    topics: [enriched, alerts, dlqTopic, deliveries],
    database: deps.store.database,
  })
  let stopping: Promise<void> | undefined
  return {
    stop: () => {
      stopping ??= (async () => {
        await consumer.stop()
        await producer.close()
        log.info({ event: 'sink_stopped' })
      })()
      return stopping
    },
  }
}

/** One partition's records; resolves only after every insert and dead letter is confirmed. */
async function handleBatch(ctx: Ctx, records: InboundRecord[], tp: TopicPartition): Promise<void> {
  const { topics } = ctx.deps
  for (let i = 0; i < records.length; i += ctx.chunk) {
    const part = records.slice(i, i + ctx.chunk)
    const out = ctx.outcomes.batch()
    if (tp.topic === topics.enriched) await sinkMentions(ctx, out, part)
    else if (tp.topic === topics.alerts) await sinkAlerts(ctx, out, part)
    else if (tp.topic === topics.dlq) await sinkDeadLetters(ctx, part)
    else if (tp.topic === topics.deliveries) await sinkDeliveries(ctx, out, part)
    else ctx.log.error({ event: 'unexpected_topic', topic: tp.topic })
    await out.flush()
  }
}

async function timed<T>(ctx: Ctx, table: string, rows: number, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const out = await storeCall(`insert into ${table}`, fn)
  ctx.metrics?.insertDurationMs.observe({ table }, performance.now() - started)
  ctx.metrics?.rowsInserted.inc({ table }, rows)
  return out
}

/**
 * Mentions: current state plus the evidence archive, whose inserts also feed the per-minute
 * materialized view. The view counts every row it sees, so an event must reach the archive
 * once. A batch is checked against itself and against what is stored. That check-then-insert
 * is race-free because Kafka sends every copy of a record (same key) to the same partition,
 * and a partition has one consumer in the group at a time: no other sink instance can be
 * inserting the same event meanwhile. State goes first, archive second: a crash in between
 * leaves the event absent from the archive, so the redelivery writes it (the state row
 * repeats harmlessly, ReplacingMergeTree); the reverse order would lose the state row.
 */
async function sinkMentions(ctx: Ctx, out: Outcomes, records: InboundRecord[]): Promise<void> {
  const source = new Map<EnrichedMention, InboundRecord>()
  for (const rec of records) {
    const m = out.take(rec, decodeEnrichedMention(rec.value))
    // A mention naming several brands comes once per brand; the archive keeps the first
    // brand's copy, which arrives on one partition like every redelivery of it (see above).
    if (m !== undefined && isPrimaryCopy(m, rec.key?.toString('utf8'))) source.set(m, rec)
  }
  if (source.size === 0) return
  const valid = [...source.keys()]
  const { store } = ctx.deps
  const ids = [...new Set(valid.map((m) => m.id))]
  const stored = await storeCall('read stored events', () => existingEventKeys(store, ids))
  const fresh = newEvents(valid, stored)
  const skipped = valid.length - fresh.length
  if (skipped > 0) {
    ctx.metrics?.duplicatesSkipped.inc({ topic: ctx.deps.topics.enriched }, skipped)
    ctx.log.debug({ event: 'duplicates_skipped', count: skipped })
  }
  await insertIsolating(
    fresh,
    async (ms) => {
      // Evidence first: a crash after it re-sends the batch, whose evidence rows collapse by key.
      await timed(ctx, 'evidence', ms.length, () => storeEvidence(store, ms))
      await timed(ctx, 'mentions', ms.length, () => insertMentions(store, ms))
      await timed(ctx, 'mention_events', ms.length, () => insertMentionEvents(store, ms))
    },
    async (m, err) => {
      out.take(source.get(m)!, rejected(err))
    },
  )
  // Over every valid record, not only fresh ones: a purge cut short by a crash is redone.
  await storeCall('deletion policy', () => applyDeletionPolicy(store, valid, ctx.deps.deletionPolicy))
}

/** Alerts are versioned; a repeated (id, version) collapses in ReplacingMergeTree. */
async function sinkAlerts(ctx: Ctx, out: Outcomes, records: InboundRecord[]): Promise<void> {
  const source = new Map<Alert, InboundRecord>()
  for (const rec of records) {
    const a = out.take(rec, decodeAlert(rec.value))
    if (a !== undefined) source.set(a, rec)
  }
  await insertIsolating(
    [...source.keys()],
    (as) => timed(ctx, 'alerts', as.length, () => insertAlerts(ctx.deps.store, as)),
    async (a, err) => {
      out.take(source.get(a)!, rejected(err))
    },
  )
}

/** Delivery attempts of the outlet stage; a repeated attempt record collapses on its key. */
async function sinkDeliveries(ctx: Ctx, out: Outcomes, records: InboundRecord[]): Promise<void> {
  const source = new Map<AlertDelivery, InboundRecord>()
  for (const rec of records) {
    const d = out.take(rec, decodeAlertDelivery(rec.value))
    if (d !== undefined) source.set(d, rec)
  }
  await insertIsolating(
    [...source.keys()],
    (ds) => timed(ctx, 'alert_deliveries', ds.length, () => insertDeliveries(ctx.deps.store, ds)),
    async (d, err) => {
      out.take(source.get(d)!, rejected(err))
    },
  )
}

const rejected = (err: Error) =>
  dlq('VIGIL_ERR_STORE_REJECTED', `ClickHouse refused the row: ${err.message.slice(0, 300)}`)

/**
 * Every dead letter is stored raw; none is refused, because refusing would mean writing to the
 * DLQ again. One ClickHouse cannot store is logged in full and counted, the rest are stored.
 */
async function sinkDeadLetters(ctx: Ctx, records: InboundRecord[]): Promise<void> {
  await insertIsolating(
    records.map((r) => sealDeadLetter(ctx.deps.evidenceKeys, deadLetterFromRecord(r))),
    (rows) => timed(ctx, 'dead_letters', rows.length, () => insertDeadLetters(ctx.deps.store, rows)),
    async (row, err) => {
      ctx.metrics?.invalidRecords.inc({ topic: row.dlqTopic, code: 'VIGIL_ERR_STORE_REJECTED' })
      // The value itself is not logged: it may hold personal data unmasked.
      const { value: _value, sealed: _sealed, ...provenance } = row
      ctx.log.error(
        { event: 'dead_letter_unstorable', ...provenance, bytes: row.value?.length ?? 0, err },
        'dead letter dropped',
      )
    },
  )
}
