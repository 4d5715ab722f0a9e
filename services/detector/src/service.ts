/**
 * mentions.enriched → alerts, metrics.live, detector.state. Thin around the pure engine:
 * decode, feed, advance on a processing-time tick and after every batch, produce, checkpoint.
 * A batch resolves (and its offsets commit) only after what it caused is acknowledged.
 * This file composes the parts: intake (consumers), ownership, operator feedback, tick, outbox.
 */
import type { BusMetrics, BusProducer } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import {
  type BrandInfo,
  createDetectorEngine,
  type DetectorEngine,
  type DetectorParams,
  type EngineOptions,
} from '@vigil/detect'
import { brandPlacement, type Topics } from '@vigil/schema'
import { type CheckpointWaiters, createCheckpointWaiters } from './checkpoint-waiters.js'
import { type DetectorCounts, newCounts } from './counts.js'
import { type Intake, type Kafka, startIntake } from './intake.js'
import { createLane, type Lane } from './lane.js'
import { createOperatorFeedback } from './operator-feedback.js'
import { createOutbox, type Outbox } from './outbox.js'
import { createOwnership } from './ownership.js'
import { type StateStore, startStateStore } from './state-store.js'
import { createFlush, LIVE_EVERY_MS, queueCheckpoints } from './tick.js'
import { createTickGuard, exitNonZero } from './tick-guard.js'
import { createWatermarks, type Watermarks } from './watermarks.js'

export { sendChunked } from './outbox.js'

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
  /** At most how often a brand's running figures go to metrics.live (default 250 ms; 0: never). */
  liveEveryMs?: number
  /** A brand whose records stopped arriving this long ago is presumed moved to another instance. */
  ownershipTtlMs?: number
  now?: () => number
  /** Consumer lag, batch and dead-letter metrics (the process's registry), when it exposes /metrics. */
  busMetrics?: BusMetrics
  /** Output failed for good (see tick-guard.ts). Default: exit code 1 via SIGTERM to this process. */
  onFatal?: (err: unknown) => void
  /** Every scored minute's evidence, as the engine decided it (tests and debugging; keep it cheap). */
  trace?: EngineOptions['trace']
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
  redeliveriesSkipped: number
  lateEvents: number
  duplicates: number
  outboxPending: number
}

export interface DetectorHandle {
  /** `finalCheckpoint: false` stops as a kill -9 would leave things (tests of the crash path). */
  stop(opts?: { finalCheckpoint?: boolean }): Promise<void>
  stats(): DetectorStats
  engine: DetectorEngine
}

export async function startDetector(deps: DetectorDeps): Promise<DetectorHandle> {
  const now = deps.now ?? Date.now
  const log = deps.logger.child({ component: 'detector' })
  const { topics } = deps
  const { state, engine, partitions } = await startEngine(deps, log, now)
  const counts = newCounts()
  const watermarks = createWatermarks()
  const outbox = createOutbox(deps.producer, log)
  const waiters = createCheckpointWaiters(now)
  const feedback = createOperatorFeedback({
    engine,
    outbox,
    counts,
    log,
    alertsTopic: topics.alerts,
    adopt: (brand) => ownership.adopt(brand),
  })
  const ownership = createOwnership({
    engine,
    state,
    log,
    counts,
    now,
    ttlMs: deps.ownershipTtlMs ?? 15 * 60_000,
    enrichedTopic: topics.enriched,
    onRestored: feedback.replay,
    onAssigned: feedback.retryUnowned,
    watermarks,
    // Where the enricher puts each brand's records (@vigil/schema placement.ts), for feedback on
    // a brand none of whose records came here yet.
    place: brandPlacement(deps.brands, partitions),
  })
  const liveEveryMs = deps.liveEveryMs ?? LIVE_EVERY_MS
  // Set once the intake runs; its first batches flush before startIntake returns (nothing heard yet).
  const input: { intake?: Intake } = {}
  const heard = () => heardNow(input.intake, now())
  const flush = createFlush({
    engine,
    outbox,
    ownership,
    counts,
    log,
    topics,
    now,
    watermarks,
    liveEveryMs,
    heard,
    waiters,
  })
  // One flush at a time: the tick and the batches share the engine.
  const lane = createLane()
  const parts = { engine, ownership, feedback, outbox, counts, lane, flush }
  const intake = await startIntake({
    ...parts,
    kafka: deps.kafka,
    producer: deps.producer,
    topics,
    logger: deps.logger,
    log,
    now,
    groupId: deps.groupId ?? 'vigil-detector',
    feedbackGroupId: deps.feedbackGroupId ?? `vigil-detector-feedback-${process.pid}-${now()}`,
    busMetrics: deps.busMetrics,
    watermarks,
    waiters,
  })
  input.intake = intake
  const onFatal = deps.onFatal ?? exitNonZero
  const guard = createTickGuard({
    log,
    // No checkpoint will come: the waiting batches crash the consumer instead of hanging.
    onFatal: (err) => {
      waiters.fail(err)
      onFatal(err)
    },
  })
  // As often as a coalesced running tick may fall due, so a quiet moment does not hold it.
  const timer = setInterval(
    () => {
      if (!guard.due(now())) return
      lane(flush).then(guard.ok, (err: unknown) => guard.failed(err, now()))
    },
    Math.min(deps.tickMs ?? 1_000, liveEveryMs > 0 ? liveEveryMs : Number.POSITIVE_INFINITY),
  )
  return detectorHandle({ engine, counts, outbox, state, lane, intake, topics, timer, watermarks, waiters })
}

/**
 * How far the intake has heard the enriched partitions, on the `now` clock (which tests may
 * shift): the consumer counts fetch rounds in wall-clock time, so its age is carried over.
 */
function heardNow(intake: Intake | undefined, nowMs: number): number {
  if (intake === undefined) return Number.NEGATIVE_INFINITY
  const wall = Date.now()
  return nowMs - (wall - intake.heardUpTo(wall))
}

/** Stats and an orderly stop over the running parts. */
function detectorHandle(p: {
  engine: DetectorEngine
  counts: DetectorCounts
  outbox: Outbox
  state: StateStore
  lane: Lane
  intake: { stop(): Promise<void> }
  topics: Topics
  timer: ReturnType<typeof setInterval>
  watermarks: Watermarks
  waiters: CheckpointWaiters
}): DetectorHandle {
  const { engine, counts, outbox, lane, topics, watermarks, waiters } = p
  return {
    engine,
    stats: () => {
      const e = engine.stats()
      return { ...counts, lateEvents: e.lateEvents, duplicates: e.duplicates, outboxPending: outbox.size() }
    },
    stop: async (opts) => {
      clearInterval(p.timer)
      // Before the consumer drains its pending commits: they wait for this checkpoint.
      const stopped = p.intake.stop()
      let failed: { err: unknown } | undefined
      if (opts?.finalCheckpoint !== false) {
        // Final checkpoint so a successor resumes from here, not from a minute ago.
        await lane(async () => {
          queueCheckpoints(engine, outbox, topics.detectorState, watermarks)
          waiters.queued()
          await outbox.send()
          waiters.sent()
        }).catch((err: unknown) => {
          failed = { err }
        })
      }
      // Batches observed after it (or all, when it failed or was skipped) stay uncommitted: the
      // successor re-reads them.
      waiters.close()
      await stopped
      await p.state.stop()
      if (failed !== undefined) throw failed.err
    },
  }
}

/**
 * The checkpoints tailed from detector.state, read up to date; then the engine, every brand
 * inactive and every partition of mentions.enriched declared as a source.
 */
async function startEngine(
  deps: DetectorDeps,
  log: Logger,
  now: () => number,
): Promise<{ state: StateStore; engine: DetectorEngine; partitions: number }> {
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
    ...(deps.trace ? { trace: deps.trace } : {}),
  })
  // Nothing is ours until its records arrive: another instance may own it.
  for (const b of engine.brands()) engine.setActive(b, false)
  const partitions = await partitionsOf(deps.kafka, deps.topics.enriched)
  for (const p of partitions) engine.registerSource(`${deps.topics.enriched}:${p}`, now())
  return { state, engine, partitions: partitions.length }
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
