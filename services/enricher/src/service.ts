import type { BusMetrics, BusProducer, InboundRecord, Kafka } from '@vigil/bus'
import { deadLetter, runConsumer } from '@vigil/bus'
import type { Logger } from '@vigil/config'
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
  const step = createEnrichStep(deps.nlp)
  const stats: EnricherStats = { enriched: 0, copies: 0, deadLettered: 0 }
  const handleBatch = async (records: InboundRecord[]): Promise<void> => {
    const out: Array<{ key: string; value: string }> = []
    let mentions = 0
    const dead: Array<{ rec: InboundRecord; code: string; reason: string }> = []
    for (const rec of records) {
      const r = step(rec.value)
      if (r.kind === 'ok') {
        const recs = enrichedRecords(r.value)
        out.push(...recs)
        mentions++
      } else if (r.kind === 'dlq') dead.push({ rec, code: r.code, reason: r.reason })
    }
    if (out.length > 0) await deps.producer.send(deps.topics.enriched, out)
    for (const d of dead) {
      await deadLetter(
        deps.producer,
        deps.topics.dlq,
        d.rec,
        {
          code: d.code,
          reason: d.reason,
          stage: 'enricher',
        },
        deps.busMetrics,
      )
      deps.logger.warn({ event: 'dead_letter', code: d.code, reason: d.reason, offset: d.rec.offset })
    }
    stats.enriched += mentions
    stats.copies += out.length - mentions
    stats.deadLettered += dead.length
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
