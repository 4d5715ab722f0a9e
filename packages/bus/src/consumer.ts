import type { Logger } from '@vigil/config'
import type { Batch, Consumer, EachBatchPayload, Kafka } from 'kafkajs'
import {
  type BackoffOptions,
  BusError,
  BusErrorCode,
  backoffMs,
  classifyError,
  defaultBackoff,
} from './errors.js'
import { createFetchRounds, type FetchRounds } from './fetch-rounds.js'
import { memberLedgerOf } from './member-ledger.js'
import type { BusMetrics } from './metrics.js'
import { type InboundRecord, nextOffset, toInboundRecord } from './records.js'
import { createRunState, defaultOnCrash, type RunState } from './run-state.js'

export interface TopicPartition {
  topic: string
  partition: number
}

/**
 * What a handler may return instead of waiting for its effects: `durable` settles once they
 * are confirmed. The consumer then fetches the next batch at once and commits this one's
 * offset when `durable` resolves (in order per partition), so the handler's slow write (a
 * ClickHouse insert) overlaps with fetching and decoding the next records. A `durable` that
 * rejects crashes the consumer (onCrash): the process restarts from the committed offsets.
 */
export interface Deferred {
  durable: Promise<void>
}

export type BatchHandler = (
  records: InboundRecord[],
  partition: TopicPartition,
  // biome-ignore lint/suspicious/noConfusingVoidType: every existing handler is an async function returning nothing (Promise<void>)
) => Promise<void | Deferred>

export interface ConsumerOptions {
  kafka: Kafka
  groupId: string
  topics: string[]
  fromBeginning: boolean
  logger: Logger
  /**
   * Process one partition's batch. Resolve only when every effect (produce, insert, dead
   * letter) is confirmed: the offset is committed right after. Bad input must be dead-lettered
   * by the handler, not thrown. Throw a RetriableError (or let a network error through) for a
   * transient failure; anything else crashes the consumer.
   */
  handleBatch: BatchHandler
  metrics?: BusMetrics
  /** Retries of one batch after retriable errors before the consumer crashes. Default 8 (~1 min). */
  maxRetries?: number
  backoff?: BackoffOptions
  /**
   * How long the group waits for this member after its heartbeats stop (default
   * SESSION_TIMEOUT_MS). Longer tolerates longer stalls (GC, a starved CPU) without a rebalance.
   */
  sessionTimeoutMs?: number
  /** Partitions processed at once by this member; order within a partition always holds. Default 1. */
  concurrency?: number
  /** Fetch size cap per partition (KafkaJS default 1 MiB); smaller means smaller batches. */
  maxBytesPerPartition?: number
  /**
   * The broker answers a fetch once it holds this many bytes or `maxWaitTimeInMs` passed
   * (default 1 byte, 1,000 ms: at once). Larger: fewer, larger batches for a bounded wait.
   */
  minBytes?: number
  maxWaitTimeInMs?: number
  /**
   * The consumer stopped for good on an error (a fatal handler error, retries exhausted).
   * Default: log at fatal, set process.exitCode = 1 and send SIGTERM to this process, so the
   * service's onShutdown sequence runs and a supervisor restarts it from the committed offsets.
   */
  onCrash?: (err: Error) => void
  /**
   * After every rebalance: the partitions this member now holds, topic → partition numbers.
   * A stateful consumer releases what it no longer owns here (another member owns it now).
   */
  onAssignment?: (assignment: Record<string, number[]>) => void
}

export type ConsumerStatus = 'running' | 'stopping' | 'stopped' | 'crashed'

export interface ConsumerHandle {
  /** Stop fetching, let the in-flight batch finish and commit, leave the group, disconnect. */
  stop(): Promise<void>
  /** For health endpoints: anything but 'running' means this consumer makes no progress. */
  status(): ConsumerStatus
  /**
   * Processing time up to which every record of the assigned partitions has been handled
   * (fetch-rounds.ts); −Infinity before the first round is handled whole.
   */
  heardUpTo(nowMs: number): number
}

/**
 * How long the group waits for a member that stopped heartbeating before its partitions move.
 * KafkaJS 2.2 has no static membership (KIP-345 `group.instance.id`: its JoinGroup v5 request
 * is never sent with one), so a restarted process joins as a new member and its predecessor's
 * partitions wait out this timeout. A process started with a member ledger (createKafka's
 * `memberFile`, member-ledger.ts) removes its killed predecessor's members first and does not
 * wait; without one (a new pod, a lost file) this bounds the wait. The broker's floor is
 * group.min.session.timeout.ms (6 s by default); shorter would also turn a GC pause or a
 * starved CPU of that length into a rebalance (every batch of the group stops and is re-read
 * by the next owner), so 10 s stays. A clean stop leaves the group at once.
 */
export const SESSION_TIMEOUT_MS = 10_000
/** Long handlers still heartbeat at this pace, many times inside the session timeout. */
const HEARTBEAT_INTERVAL_MS = 1_000

/**
 * Consume `topics` in group `groupId` batch by batch with at-least-once delivery: a batch's
 * offset (last + 1) is committed only after `handleBatch` resolved, so a crash or stop never
 * skips a record and a clean stop never replays a committed batch.
 */
export async function runConsumer(opts: ConsumerOptions): Promise<ConsumerHandle> {
  const log = opts.logger.child({ component: 'bus-consumer', group: opts.groupId })
  const state = createRunState(opts, log, (offsets) => consumer.commitOffsets(offsets))
  const consumer = createKafkaConsumer(opts, state)
  const rounds = createFetchRounds()
  const ledger = memberLedgerOf(opts.kafka)
  let firstBatch = true
  watchEvents(consumer, opts, log, state, rounds)
  try {
    // A predecessor killed before it could leave is removed first: otherwise this join waits
    // out its session (member-ledger.ts).
    await ledger?.leavePredecessors()
    await consumer.connect()
    // Fails (after KafkaJS retries) when a topic does not exist: topics are created by
    // ensureTopics, never implicitly.
    await consumer.subscribe({ topics: opts.topics, fromBeginning: opts.fromBeginning })
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: opts.concurrency ?? 1,
      eachBatch: async (payload) => {
        await processBatch(payload, opts, log, state)
        if (firstBatch && !payload.batch.isEmpty()) {
          firstBatch = false
          // The restart trace's last phase (bench/load/restart.mjs): back at work.
          log.info({
            event: 'consumer_first_batch',
            partition: payload.batch.partition,
            records: payload.batch.messages.length,
          })
        }
      },
      // A rebalance: writes still in flight land (and commit) before this member rejoins, so
      // the partition's next owner cannot re-read a record and check the store before that
      // write is there (the sink archived such a record twice). Bounded below the rebalance
      // timeout, after which the coordinator would drop this member anyway.
      beforeRejoin: () => settleWithin(state.drained(), REJOIN_SETTLE_MS, log),
    })
  } catch (err) {
    state.stopping = true
    await consumer
      .disconnect()
      .catch((e: unknown) => log.warn({ event: 'consumer_disconnect_failed', err: e }))
    throw err
  }
  log.info({ event: 'consumer_started', topics: opts.topics })
  return consumerHandle(consumer, opts, log, state, rounds)
}

function createKafkaConsumer(opts: ConsumerOptions, state: RunState): Consumer {
  return opts.kafka.consumer({
    groupId: opts.groupId,
    sessionTimeout: opts.sessionTimeoutMs ?? SESSION_TIMEOUT_MS,
    rebalanceTimeout: 60_000,
    heartbeatInterval: HEARTBEAT_INTERVAL_MS,
    maxWaitTimeInMs: opts.maxWaitTimeInMs ?? 1_000,
    minBytes: opts.minBytes ?? 1,
    maxBytesPerPartition: opts.maxBytesPerPartition ?? 1_048_576,
    allowAutoTopicCreation: false,
    retry: {
      initialRetryTime: 300,
      maxRetryTime: 30_000,
      retries: 8,
      // KafkaJS restarts itself after its own transient trouble (broker restart, rebalance
      // storms); after our handler gave up, a restart in-process would only loop on the same
      // batch, so the consumer stays down and onCrash decides.
      restartOnFailure: async () => !state.gaveUp,
    },
  })
}

/** Stop and status of a running consumer. */
function consumerHandle(
  consumer: Consumer,
  opts: ConsumerOptions,
  log: Logger,
  state: RunState,
  rounds: FetchRounds,
): ConsumerHandle {
  let stopped: Promise<void> | undefined
  let finished = false
  return {
    heardUpTo: (nowMs) => rounds.heardUpTo(nowMs),
    status: () =>
      state.crashed ? 'crashed' : finished ? 'stopped' : state.stopping ? 'stopping' : 'running',
    stop: () => {
      stopped ??= (async () => {
        state.stopping = true
        state.abort.abort()
        // After a crash KafkaJS has already left the group; only the connections remain.
        if (!state.crashed) {
          // Pause first so no new batch starts while the in-flight one drains.
          consumer.pause(opts.topics.map((topic) => ({ topic })))
          // Deferred effects still running: their commits go out before we leave the group.
          await state.drained()
          await consumer.stop()
        }
        await state.drained()
        await consumer.disconnect()
        // Left the group itself (or KafkaJS did on the crash): nothing for a successor to remove.
        memberLedgerOf(opts.kafka)?.left(opts.groupId)
        finished = true
        log.info({ event: 'consumer_stopped' })
      })()
      return stopped
    },
  }
}

const REJOIN_SETTLE_MS = 45_000

async function settleWithin(drained: Promise<void>, ms: number, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms)
  })
  try {
    if ((await Promise.race([drained.then(() => 'settled' as const), late])) === 'late') {
      log.warn({ event: 'rejoin_before_writes_settled', waitedMs: ms })
    }
  } finally {
    clearTimeout(timer)
  }
}

function watchEvents(
  consumer: Consumer,
  opts: ConsumerOptions,
  log: Logger,
  state: RunState,
  rounds: FetchRounds,
): void {
  consumer.on(consumer.events.FETCH_START, (e) => rounds.started(e.payload.nodeId, e.timestamp))
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    rounds.reset()
    opts.metrics?.rebalances.inc({ group: opts.groupId })
    log.info({
      event: 'consumer_joined',
      memberId: e.payload.memberId,
      assignment: e.payload.memberAssignment,
    })
    memberLedgerOf(opts.kafka)?.joined(opts.groupId, e.payload.memberId)
    opts.onAssignment?.(e.payload.memberAssignment)
  })
  consumer.on(consumer.events.CRASH, (e) => {
    const err = e.payload.error
    if (e.payload.restart) {
      log.warn({ event: 'consumer_restarting', err })
      return
    }
    state.crashed = true
    if (state.stopping) return
    log.fatal({ event: 'consumer_crashed', err, code: BusErrorCode.handlerFailed })
    ;(opts.onCrash ?? defaultOnCrash)(err)
  })
}

async function processBatch(p: EachBatchPayload, opts: ConsumerOptions, log: Logger, state: RunState) {
  const { batch } = p
  if (batch.isEmpty() || !p.isRunning() || p.isStale()) return
  const tp = { topic: batch.topic, partition: batch.partition }
  const labels = { topic: batch.topic, group: opts.groupId }
  const started = performance.now()
  const records = batch.messages.map((m) => toInboundRecord(batch.topic, batch.partition, m))
  opts.metrics?.batchSize.observe(labels, records.length)

  let deferred: Deferred | undefined
  const done = await withRetries(p, opts, log, state, () =>
    withHeartbeat(p, log, async () => {
      deferred = (await opts.handleBatch(records, tp)) ?? undefined
    }),
  )
  if (!done) return // stopped or reassigned mid-retry: the offset stays, the batch is redelivered

  if (deferred !== undefined) {
    // Fetch on from here; commit when the effects are confirmed.
    const last = batch.lastOffset()
    p.resolveOffset(last)
    state.commitLater(tp, nextOffset(last), deferred.durable, () => {
      opts.metrics?.batchDurationMs.observe(labels, performance.now() - started)
      opts.metrics?.committedRecords.inc(labels, records.length)
    })
    opts.metrics?.consumerLag.set(
      { ...labels, partition: String(batch.partition) },
      Number(batch.offsetLag()),
    )
    return
  }
  await commitBatch(p, batch)
  opts.metrics?.batchDurationMs.observe(labels, performance.now() - started)
  opts.metrics?.committedRecords.inc(labels, records.length)
  opts.metrics?.consumerLag.set({ ...labels, partition: String(batch.partition) }, Number(batch.offsetLag()))
}

/** Commit "next offset to read" for this partition only; the broker confirms before we return. */
async function commitBatch(p: EachBatchPayload, batch: Batch): Promise<void> {
  // lastOffset() covers records KafkaJS filtered out (control records), so none is re-fetched.
  const last = batch.lastOffset()
  p.resolveOffset(last)
  await p.commitOffsetsIfNecessary({
    topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: nextOffset(last) }] }],
  })
}

/** True when the handler succeeded; false when the consumer is stopping or lost the partition. */
async function withRetries(
  p: EachBatchPayload,
  opts: ConsumerOptions,
  log: Logger,
  state: RunState,
  run: () => Promise<void>,
): Promise<boolean> {
  const maxRetries = opts.maxRetries ?? 8
  const labels = { topic: p.batch.topic, group: opts.groupId }
  for (let attempt = 0; ; attempt++) {
    try {
      await run()
      return true
    } catch (err) {
      const cls = classifyError(err)
      opts.metrics?.handlerFailures.inc({ ...labels, class: cls })
      const ctx = { partition: p.batch.partition, firstOffset: p.batch.firstOffset(), attempt, err }
      if (cls === 'fatal' || attempt >= maxRetries) {
        state.gaveUp = true
        const code = cls === 'fatal' ? BusErrorCode.handlerFailed : BusErrorCode.retriesExhausted
        log.error({ event: 'batch_failed', code, ...labels, ...ctx })
        throw Object.assign(
          new BusError(code, `batch handler failed: ${(err as Error)?.message}`, { cause: err }),
          {
            retriable: false, // tells KafkaJS's own retrier not to replay the batch
          },
        )
      }
      if (!p.isRunning() || p.isStale()) return false
      const waitMs = backoffMs(attempt, opts.backoff ?? defaultBackoff)
      log.warn({ event: 'batch_retry', ...labels, ...ctx, waitMs })
      opts.metrics?.handlerRetries.inc(labels)
      opts.metrics?.retryWaitMs.observe(labels, waitMs)
      await sleepWithHeartbeat(waitMs, p, log, state.abort.signal)
      if (!p.isRunning() || p.isStale()) return false
    }
  }
}

async function withHeartbeat(p: EachBatchPayload, log: Logger, fn: () => Promise<void>): Promise<void> {
  const timer = setInterval(() => beat(p, log), HEARTBEAT_INTERVAL_MS)
  try {
    await fn()
  } finally {
    clearInterval(timer)
  }
}

function beat(p: EachBatchPayload, log: Logger): void {
  // A failed heartbeat usually means a rebalance started; the commit after the batch will
  // surface it to KafkaJS, which rejoins. Nothing to do here but note it.
  p.heartbeat().catch((err: unknown) => log.debug({ event: 'heartbeat_failed', err }))
}

function sleepWithHeartbeat(
  ms: number,
  p: EachBatchPayload,
  log: Logger,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const beatTimer = setInterval(() => beat(p, log), HEARTBEAT_INTERVAL_MS)
    const done = () => {
      clearTimeout(timer)
      clearInterval(beatTimer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done)
  })
}
