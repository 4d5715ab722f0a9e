/**
 * The detector's two consumers and what they do with each record: enriched mentions are fed to
 * the engine (and make their brand ours); acknowledgements and verdicts go to the operator
 * feedback; a record neither can read goes to mentions.dlq with its reason.
 */
import {
  type BusMetrics,
  type BusProducer,
  createOutcomeHandler,
  type Deferred,
  type InboundRecord,
  type OutcomeHandler,
  runConsumer,
} from '@vigil/bus'
import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import { copyForKey, decodeEnrichedMention, type Topics } from '@vigil/schema'
import type { CheckpointWaiters } from './checkpoint-waiters.js'
import type { DetectorCounts } from './counts.js'
import { decodeFeedback } from './feedback.js'
import type { Lane } from './lane.js'
import type { OperatorFeedback } from './operator-feedback.js'
import type { Outbox } from './outbox.js'
import type { Ownership } from './ownership.js'
import type { Watermarks } from './watermarks.js'

/** The KafkaJS client as @vigil/bus takes it (no direct kafkajs dependency here). */
export type Kafka = Parameters<typeof runConsumer>[0]['kafka']

export interface IntakeDeps {
  kafka: Kafka
  producer: BusProducer
  topics: Topics
  logger: Logger
  log: Logger
  engine: DetectorEngine
  ownership: Ownership
  feedback: OperatorFeedback
  outbox: Outbox
  counts: DetectorCounts
  lane: Lane
  flush: () => Promise<void>
  now: () => number
  groupId: string
  feedbackGroupId: string
  busMetrics: BusMetrics | undefined
  watermarks: Watermarks
  waiters: CheckpointWaiters
}

export interface Intake {
  stop(): Promise<void>
  /**
   * Wall-clock time up to which every enriched record has been fed to the engine (the
   * consumer's fetch rounds, @vigil/bus fetch-rounds.ts); −Infinity before the first round.
   */
  heardUpTo(wallMs: number): number
}

export async function startIntake(deps: IntakeDeps): Promise<Intake> {
  const outcomes = createOutcomeHandler({
    stage: 'detector',
    logger: deps.log,
    metrics: deps.busMetrics,
    deadLetters: { producer: deps.producer, topic: deps.topics.dlq },
    onRefused: () => {
      deps.counts.deadLettered++
    },
  })
  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId,
    topics: [deps.topics.enriched],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch: mentionBatch(deps, outcomes),
    metrics: deps.busMetrics,
    // Serialised with the batches and ticks: they share the engine.
    onAssignment: (assignment) => {
      deps
        .lane(async () => deps.ownership.keepAssigned(assignment))
        .catch((err: unknown) => deps.log.warn({ event: 'release_failed', err }))
    },
  })
  const feedbackConsumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.feedbackGroupId,
    // Not the alerts topic: the detector is the one writer of alert versions (the api asks
    // for an acknowledgement on alerts.feedback), so nothing there is news to it.
    topics: [deps.topics.feedback],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch: feedbackBatch(deps, outcomes),
    metrics: deps.busMetrics,
  })
  return {
    stop: async () => {
      // Called first, so the mentions consumer counts as stopping before the service's final
      // checkpoint abandons the batches it does not hold.
      const mentions = consumer.stop()
      await feedbackConsumer.stop()
      await mentions
    },
    heardUpTo: (wallMs) => consumer.heardUpTo(wallMs),
  }
}

/**
 * mentions.enriched: each copy fed to the engine for its key's brand, then one flush. The batch
 * commits once a checkpoint holds what it fed (checkpoint-waiters.ts); at once when it fed nothing.
 */
function mentionBatch(
  deps: IntakeDeps,
  outcomes: OutcomeHandler,
): (records: InboundRecord[]) => Promise<Deferred> {
  const { engine, counts } = deps
  return (records) =>
    deps.lane(async () => {
      const out = outcomes.batch()
      const before = counts.observed
      for (const rec of records) {
        const m = out.take(rec, decodeEnrichedMention(rec.value))
        if (m === undefined) continue
        const recordKey = rec.key?.toString('utf8')
        const key = recordKey ?? m.brands[0]?.brand
        if (key !== undefined) {
          deps.ownership.own(key, rec.partition)
          // Consumed before the checkpoint this brand was restored from: already counted.
          if (deps.watermarks.holds(key, rec.partition, rec.offset)) {
            counts.redeliveriesSkipped++
            continue
          }
        }
        // Each brand's copy counts for that brand only: the instance owning the other
        // brand gets its own copy on that brand's partition.
        engine.observe(copyForKey(m, recordKey), `${rec.topic}:${rec.partition}`)
        if (key !== undefined) deps.watermarks.advance(key, rec.partition, rec.offset)
        counts.observed++
      }
      await out.flush()
      // Registered before the flush: a minute it closes checkpoints this batch too.
      const durable = counts.observed === before ? Promise.resolve() : deps.waiters.wait()
      // Settled by the consumer's commit chain; marked handled so a rejection seen only there is not "unhandled".
      durable.catch(() => undefined)
      await deps.flush()
      return { durable }
    })
}

/** alerts.feedback: acknowledgements and verdicts to the operator feedback. */
function feedbackBatch(
  deps: IntakeDeps,
  outcomes: OutcomeHandler,
): (records: InboundRecord[]) => Promise<void> {
  return (records) =>
    deps.lane(async () => {
      const out = outcomes.batch()
      for (const rec of records) {
        const item = out.take(rec, decodeFeedback(rec.value, deps.now()))
        if (item !== undefined) deps.feedback.receive(item)
      }
      await out.flush()
      await deps.outbox.send()
    })
}
