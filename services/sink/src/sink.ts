import {
  type ConsumerOptions,
  createBusMetrics,
  createOutcomeHandler,
  createProducer,
  type Deferred,
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
  isPrimaryCopy,
  type Topics,
} from '@vigil/schema'
import {
  insertAlerts,
  insertDeadLetters,
  insertDeliveries,
  mentionStreamLine,
  type Store,
} from '@vigil/store'
import type { Registry } from 'prom-client'
import { deadLetterFromRecord } from './batch.js'
import { DEFAULT_BLOCK_ROWS, DEFAULT_LINGER_MS } from './block-defaults.js'
import { keptMention, sealDeadLetter } from './compliance.js'
import { insertIsolating } from './isolate.js'
import { createMentionWriter, type MentionWriter, type PendingMention } from './mention-writer.js'
import { createSinkMetrics, type SinkMetrics } from './metrics.js'
import { createRecentIdentities, type RecentIdentities, type RecentOptions } from './recent.js'
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
    /** Rows per ClickHouse insert; more waiting rows are written in several. Default 20000. */
    maxRecords?: number
    /** Fetch cap per partition, bytes. Default 8 MiB (KafkaJS: 1 MiB). */
    maxBytesPerPartition?: number
    /**
     * A fetch is answered once this many bytes wait, or after `fetchWaitMs`. Defaults 512 KiB
     * and 250 ms: a fetch per record or two (and an offset commit per batch) cost the process
     * more in socket writes than chDB's insert of those rows (bench/load/cpu-top.mjs).
     */
    fetchMinBytes?: number
    fetchWaitMs?: number
    /**
     * A mention block under `minRows` rows waits until its oldest rows are `lingerMs` old.
     * Defaults `DEFAULT_BLOCK_ROWS` (the block cap) and `DEFAULT_LINGER_MS`: a block is written
     * when it is full or that old, whichever comes first (block-defaults.ts says why).
     */
    minRows?: number
    lingerMs?: number
  }
  /** How repeated mention events are caught without a query per batch (recent.ts). */
  dedup?: Partial<RecentOptions>
  /**
   * Partitions handled at once. Default 16: every partition held should have its batch
   * waiting on the shared mention writer, so each insert carries all of them.
   */
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
  recent: RecentIdentities
  mentions: MentionWriter
}

export async function startSink(deps: SinkDeps): Promise<SinkHandle> {
  const groupId = deps.groupId ?? 'vigil-sink'
  const log = deps.logger.child({ component: 'sink', group: groupId })
  const metrics = deps.registry ? createSinkMetrics(deps.registry) : undefined
  const busMetrics = deps.registry ? createBusMetrics(deps.registry) : undefined
  const producer = await createProducer(deps.kafka, deps.logger)
  const chunk = deps.batch?.maxRecords ?? DEFAULT_BLOCK_ROWS
  const recent = createRecentIdentities({
    windowPerPartition: deps.dedup?.windowPerPartition ?? 200_000,
    resumeCheckRecords: deps.dedup?.resumeCheckRecords ?? 20_000,
  })
  const ctx: Ctx = {
    deps,
    log,
    metrics,
    chunk,
    recent,
    mentions: createMentionWriter({
      store: deps.store,
      recent,
      maxRows: chunk,
      metrics,
      log,
      topic: deps.topics.enriched,
      timed: (table, rows, fn) => timed(metrics, table, rows, fn),
      deletionPolicy: deps.deletionPolicy,
      linger: {
        minRows: deps.batch?.minRows ?? DEFAULT_BLOCK_ROWS,
        lingerMs: deps.batch?.lingerMs ?? DEFAULT_LINGER_MS,
      },
    }),
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
      concurrency: deps.concurrency ?? 16,
      maxBytesPerPartition: deps.batch?.maxBytesPerPartition ?? 8 * 1_048_576,
      minBytes: deps.batch?.fetchMinBytes ?? 512 * 1024,
      maxWaitTimeInMs: deps.batch?.fetchWaitMs ?? 250,
      onCrash: deps.onCrash,
      onAssignment: (assignment) => {
        recent.reassigned(assignment[enriched] ?? [])
        endOffsets(deps.kafka, enriched).then(
          (ends) => recent.assigned(ends),
          // Unknown: every record stays checked against the store (slower, never wrong).
          (err: unknown) => log.warn({ event: 'end_offsets_unknown', err }),
        )
      },
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

/**
 * One partition's records. Mentions return at once with their insert still running (the
 * consumer fetches on and commits when it is confirmed, see `Deferred` in @vigil/bus), so
 * decoding the next records overlaps with ClickHouse writing these. Everything else resolves
 * only after every insert and dead letter is confirmed.
 */
async function handleBatch(
  ctx: Ctx,
  records: InboundRecord[],
  tp: TopicPartition,
  // biome-ignore lint/suspicious/noConfusingVoidType: the bus's BatchHandler shape (nothing, or a Deferred)
): Promise<void | Deferred> {
  const { topics } = ctx.deps
  if (tp.topic === topics.enriched) {
    const out = ctx.outcomes.batch()
    const pending = decodeMentions(ctx, out, records, tp.partition)
    // Bad records go to the DLQ now; ClickHouse's refusals after the insert.
    await out.flush()
    await ctx.mentions.room()
    return {
      durable: ctx.mentions.write(pending).then(async () => {
        await out.flush()
      }),
    }
  }
  for (let i = 0; i < records.length; i += ctx.chunk) {
    const part = records.slice(i, i + ctx.chunk)
    const out = ctx.outcomes.batch()
    if (tp.topic === topics.alerts) await sinkAlerts(ctx, out, part)
    else if (tp.topic === topics.dlq) await sinkDeadLetters(ctx, part)
    else if (tp.topic === topics.deliveries) await sinkDeliveries(ctx, out, part)
    else ctx.log.error({ event: 'unexpected_topic', topic: tp.topic })
    await out.flush()
  }
}

/** Partition → end offset now: what a previous owner may have stored lies below. */
async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, string>> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]))
  } finally {
    await admin.disconnect()
  }
}

async function timed<T>(
  metrics: SinkMetrics | undefined,
  table: string,
  rows: number,
  fn: () => Promise<T>,
): Promise<T> {
  const started = performance.now()
  const out = await storeCall(`insert into ${table}`, fn)
  metrics?.insertDurationMs.observe({ table }, performance.now() - started)
  metrics?.rowsInserted.inc({ table }, rows)
  return out
}

/**
 * Mentions: current state plus the evidence archive, whose inserts also feed the per-minute
 * materialized view. The view counts every row it sees, so an event must reach the archive
 * once: the writer skips events it archived recently and checks the store where a repeat may
 * come from outside its memory (recent.ts). Those checks cannot race another sink instance:
 * Kafka sends every copy of a record (same key) to the same partition, and a partition has one
 * consumer in the group at a time.
 */
function decodeMentions(
  ctx: Ctx,
  out: Outcomes,
  records: InboundRecord[],
  partition: number,
): PendingMention[] {
  const pending: PendingMention[] = []
  for (const rec of records) {
    const m = out.take(rec, decodeEnrichedMention(rec.value))
    // A mention naming several brands comes once per brand; the archive keeps the first
    // brand's copy, which arrives on one partition like every redelivery of it (see above).
    if (m === undefined || !isPrimaryCopy(m, rec.key?.toString('utf8'))) continue
    const line = mentionStreamLine(m)
    pending.push({
      partition,
      mention: keptMention(m, line.key),
      line,
      identity: `${m.id}\u0000${line.key}`,
      check: ctx.recent.mustCheck(partition, rec.offset),
      onRejected: async (err) => {
        out.take(rec, rejected(err))
      },
    })
  }
  return pending
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
    (as) => timed(ctx.metrics, 'alerts', as.length, () => insertAlerts(ctx.deps.store, as)),
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
    (ds) => timed(ctx.metrics, 'alert_deliveries', ds.length, () => insertDeliveries(ctx.deps.store, ds)),
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
    (rows) => timed(ctx.metrics, 'dead_letters', rows.length, () => insertDeadLetters(ctx.deps.store, rows)),
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
