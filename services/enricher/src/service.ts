import type { BusMetrics, BusProducer, Deferred, InboundRecord, Kafka, OutboundRecord } from '@vigil/bus'
import { createOutcomeHandler, runConsumer } from '@vigil/bus'
import type { Keyring, Logger } from '@vigil/config'
import type { Topics } from '@vigil/schema'
import { createWritePipeline } from './pipeline.js'
import { createEnrichBatchStep, type EnrichFn, enrichedRecords } from './step.js'

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
  /** How the consumer fetches mentions.raw (defaults: `enricherFetch`). */
  fetch?: EnricherFetch
}

/** Consumer fetch settings of the enricher (ENRICHER_FETCH_* in config.ts). */
export interface EnricherFetch {
  minBytes: number
  maxWaitTimeInMs: number
  maxBytesPerPartition: number
}

/**
 * Measured with bench/load/enricher-drain.mjs (services/enricher README, "Throughput"). The
 * broker answers once 32 KiB wait (about 60 records) or after 100 ms: at 1,000 mentions per
 * second (~550 KB/s over three partitions) that adds ~60 ms to a mention's way to the wall, at
 * 10,000 per second ~6 ms, and saves the near-empty fetches, produces and commits of a round
 * trip per few records.
 */
export const enricherFetch: EnricherFetch = {
  minBytes: 32 * 1024,
  maxWaitTimeInMs: 100,
  maxBytesPerPartition: 1_048_576,
}

export interface EnricherStats {
  /** Mentions enriched (each written once per brand it names). */
  enriched: number
  /** Extra copies written for mentions that name more than one brand. */
  copies: number
  deadLettered: number
}

/**
 * mentions.raw → mentions.enriched (+ mentions.dlq). A batch's offsets are committed only after
 * every enriched record and every dead letter of that batch is acknowledged by Kafka; its writes
 * travel while the next batch is fetched and enriched (pipeline.ts: one batch in flight, in
 * order). Stopping cuts write retries short (a broker outage) and leaves that batch uncommitted.
 */
export async function startEnricher(
  deps: EnricherDeps,
): Promise<{ stop(): Promise<void>; stats: EnricherStats }> {
  const step = createEnrichBatchStep(deps.nlp, undefined, deps.evidenceKeys ?? null)
  const stats: EnricherStats = { enriched: 0, copies: 0, deadLettered: 0 }
  const outcomeHandler = createOutcomeHandler({
    stage: 'enricher',
    logger: deps.logger,
    metrics: deps.busMetrics,
    deadLetters: { producer: deps.producer, topic: deps.topics.dlq },
  })
  // Transient produce failures are retried here as the consumer retried the whole batch before
  // (8 times, backoff up to 30 s); what still fails stops the consumer uncommitted. A stop cuts
  // the retries short, leaving that batch uncommitted.
  const writes = createWritePipeline({ retries: 8 })
  const handleBatch = async (records: InboundRecord[]): Promise<Deferred> => {
    deps.beforeBatch?.()
    const out: OutboundRecord[] = []
    let mentions = 0
    const outcomes = outcomeHandler.batch()
    // The batch's records through the NLP together (stage by stage: packages/nlp enrichBatch).
    const results = step(records.map((r) => r.value))
    for (let i = 0; i < records.length; i++) {
      const rec = records[i]!
      const enriched = outcomes.take(rec, results[i]!)
      if (enriched === undefined) continue
      out.push(...enrichedRecords(enriched, deps.place))
      mentions++
    }
    // The batch's dead letters travel in its own write, retried with it and acknowledged
    // before its offsets commit and before the next batch is written (batchWrite).
    const { durable } = await writes.after(
      batchWrite(deps.producer, [
        [deps.topics.enriched, out],
        [deps.topics.dlq, outcomes.deadLetterRecords()],
      ]),
    )
    return {
      durable: durable.then(async () => {
        // Writes nothing: counts and logs the dead letters written above.
        const { deadLettered } = await outcomes.flush()
        stats.enriched += mentions
        stats.copies += out.length - mentions
        stats.deadLettered += deadLettered
      }),
    }
  }
  const consumer = await runConsumer({
    kafka: deps.kafka,
    groupId: deps.groupId ?? 'vigil-enricher',
    topics: [deps.topics.raw],
    fromBeginning: true,
    logger: deps.logger,
    handleBatch,
    metrics: deps.busMetrics,
    ...(deps.fetch ?? enricherFetch),
  })
  return {
    stop: async () => {
      // The consumer first knows it is stopping, so a write abandoned below is no crash to it.
      const stopped = consumer.stop()
      writes.stop()
      await stopped
    },
    stats,
  }
}

/**
 * One batch's writes, topic after topic. A retry resumes at the topic that failed: what was
 * acknowledged is not sent again. A crash before the last acknowledgement leaves the batch
 * uncommitted, and the restarted enricher writes all of it again (at least once).
 */
function batchWrite(producer: BusProducer, parts: Array<[string, OutboundRecord[]]>): () => Promise<void> {
  let acknowledged = 0
  return async () => {
    for (; acknowledged < parts.length; acknowledged++) {
      const [topic, records] = parts[acknowledged] as [string, OutboundRecord[]]
      if (records.length > 0) await producer.send(topic, records)
    }
  }
}
