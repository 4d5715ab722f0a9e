/**
 * The detector's two consumers and what they do with each record: enriched mentions are fed to
 * the engine (and make their brand ours); acknowledgements and verdicts go to the operator
 * feedback; a record neither can read goes to mentions.dlq with its reason.
 */
import { type BusMetrics, type BusProducer, deadLetter, type InboundRecord, runConsumer } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import { copyForKey, type Topics } from '@vigil/schema'
import type { DetectorCounts } from './counts.js'
import { decodeEnriched } from './decode.js'
import { decodeAck, decodeVerdict } from './feedback.js'
import type { Lane } from './lane.js'
import type { OperatorFeedback } from './operator-feedback.js'
import type { Outbox } from './outbox.js'
import type { Ownership } from './ownership.js'

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
}

export interface Intake {
  stop(): Promise<void>
}

type Refuse = (rec: InboundRecord, bad: { code: string; reason: string }) => Promise<void>

export async function startIntake(deps: IntakeDeps): Promise<Intake> {
  const refuse = createRefuse(deps)
  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId,
    topics: [deps.topics.enriched],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch: mentionBatch(deps, refuse),
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
    topics: [deps.topics.alerts, deps.topics.feedback],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch: feedbackBatch(deps, refuse),
    metrics: deps.busMetrics,
  })
  return {
    stop: async () => {
      await feedbackConsumer.stop()
      await consumer.stop()
    },
  }
}

/** A record the detector cannot read: to mentions.dlq with its reason, counted and logged. */
function createRefuse(deps: IntakeDeps): Refuse {
  return async (rec, bad) => {
    await deadLetter(
      deps.producer,
      deps.topics.dlq,
      rec,
      { code: bad.code, reason: bad.reason, stage: 'detector' },
      deps.busMetrics,
    )
    deps.counts.deadLettered++
    deps.log.warn({
      event: 'dead_letter',
      code: bad.code,
      reason: bad.reason,
      topic: rec.topic,
      offset: rec.offset,
    })
  }
}

/** mentions.enriched: each copy fed to the engine for its key's brand, then one flush. */
function mentionBatch(deps: IntakeDeps, refuse: Refuse): (records: InboundRecord[]) => Promise<void> {
  const { engine, counts } = deps
  return (records) =>
    deps.lane(async () => {
      for (const rec of records) {
        const r = decodeEnriched(rec.value)
        if (r.kind === 'ok') {
          const recordKey = rec.key?.toString('utf8')
          const key = recordKey ?? r.value.brands[0]?.brand
          if (key !== undefined) deps.ownership.own(key, rec.partition)
          // Each brand's copy counts for that brand only: the instance owning the other
          // brand gets its own copy on that brand's partition.
          engine.observe(copyForKey(r.value, recordKey), `${rec.topic}:${rec.partition}`)
          counts.observed++
        } else if (r.kind === 'dlq') await refuse(rec, r)
      }
      await deps.flush()
    })
}

/** alerts and alerts.feedback: acknowledgements and verdicts to the operator feedback. */
function feedbackBatch(deps: IntakeDeps, refuse: Refuse): (records: InboundRecord[]) => Promise<void> {
  return (records) =>
    deps.lane(async () => {
      for (const rec of records) {
        const r =
          rec.topic === deps.topics.feedback
            ? decodeVerdict(rec.value, deps.now())
            : decodeAck(rec.value, deps.now())
        if (r.kind === 'ok') deps.feedback.receive(r.value)
        else if (r.kind === 'dlq') await refuse(rec, r)
      }
      await deps.outbox.send()
    })
}
