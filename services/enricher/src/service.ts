import type { BusMetrics, BusProducer, InboundRecord, Kafka, OutboundRecord } from '@vigil/bus'
import { createOutcomeHandler, runConsumer } from '@vigil/bus'
import type { Keyring, Logger } from '@vigil/config'
import type { Topics } from '@vigil/schema'
import { createEnrichStep, type EnrichFn, enrichedRecords } from './step.js'

export interface EnricherDeps {
  kafka: Kafka
  producer: BusProducer
  topics: Topics
  logger: Logger
  nlp: EnrichFn
  groupId?: string
  /** Consumer lag, batch and dead-letter metrics (the process's registry), when it exposes /metrics. */
  busMetrics?: BusMetrics
  /** EVIDENCE_KEYS…: when set, each mention carries its original, sealed, for the evidence archive. */
  evidenceKeys?: Keyring | null
  /** Runs before each batch is enriched: where a new model is swapped in (models.ts). */
  beforeBatch?: () => void
  /** The partition of each brand key on mentions.enriched (brandPlacement); unset: murmur2. */
  place?: (key: string) => number
}

export interface EnricherStats {
  /** Mentions enriched (each written once per brand it names). */
  enriched: number
  /** Extra copies written for mentions that name more than one brand. */
  copies: number
  deadLettered: number
}

/**
 * mentions.raw → mentions.enriched (+ mentions.dlq). A batch returns, and its offsets are
 * committed, only after every enriched record and every dead letter is acknowledged by Kafka.
 */
export async function startEnricher(
  deps: EnricherDeps,
): Promise<{ stop(): Promise<void>; stats: EnricherStats }> {
  const step = createEnrichStep(deps.nlp, undefined, deps.evidenceKeys ?? null)
  const stats: EnricherStats = { enriched: 0, copies: 0, deadLettered: 0 }
  const outcomeHandler = createOutcomeHandler({
    stage: 'enricher',
    logger: deps.logger,
    metrics: deps.busMetrics,
    deadLetters: { producer: deps.producer, topic: deps.topics.dlq },
  })
  const handleBatch = async (records: InboundRecord[]): Promise<void> => {
    deps.beforeBatch?.()
    const out: OutboundRecord[] = []
    let mentions = 0
    const outcomes = outcomeHandler.batch()
    for (const rec of records) {
      const enriched = outcomes.take(rec, step(rec.value))
      if (enriched === undefined) continue
      out.push(...enrichedRecords(enriched, deps.place))
      mentions++
    }
    if (out.length > 0) await deps.producer.send(deps.topics.enriched, out)
    const { deadLettered } = await outcomes.flush()
    stats.enriched += mentions
    stats.copies += out.length - mentions
    stats.deadLettered += deadLettered
  }
  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId ?? 'vigil-enricher',
    topics: [deps.topics.raw],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch,
    metrics: deps.busMetrics,
  })
  return { stop: () => consumer.stop(), stats }
}
