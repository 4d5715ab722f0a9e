import type { Logger } from '@vigil/config'
import type { StepResult } from '@vigil/schema'
import { deadLetterRecord } from './dlq.js'
import type { BusMetrics } from './metrics.js'
import type { BusProducer, OutboundRecord } from './producer.js'
import type { InboundRecord } from './records.js'

export interface OutcomeOptions {
  /** The stage that decides (enricher, detector, sink, api-live, …): dead letters and metrics name it. */
  stage: string
  logger: Logger
  metrics?: BusMetrics
  /**
   * Where refused records go. Absent for a viewer (the api's live feed) that must not write to
   * the pipeline's dead-letter topic: what it cannot read is dropped and counted instead; the
   * stage that owns the topic (the sink) dead-letters it.
   */
  deadLetters?: { producer: BusProducer; topic: string }
  /** Called for each record refused, as it is queued (a stage's own metric). */
  onRefused?: (rec: InboundRecord, code: string) => void
}

export interface OutcomeHandler {
  /**
   * One collector per batch: its dead letters are written by its own flush, so a partition's
   * batch never commits while another batch still holds its refusals (consumers may run
   * partitions concurrently).
   */
  batch(): Outcomes
}

/** What one batch decided about its records, acted on once. */
export interface Outcomes {
  /** The value when ok; otherwise the record is queued as a dead letter or counted as dropped. */
  take<T>(rec: InboundRecord, result: StepResult<T>): T | undefined
  /** Writes the queued dead letters; await it before the batch's offsets are committed. */
  flush(): Promise<{ deadLettered: number; dropped: number }>
  /**
   * For a stage that writes the dead letters itself, in the same retried write as the batch's
   * own records (the enricher): the queued dead letters as records, the same ones on every call.
   * Call it after the batch's last `take`; the batch's `flush` then writes none of these, it counts
   * and logs them once that write is acknowledged.
   */
  deadLetterRecords(): OutboundRecord[]
}

/**
 * The one handler of step outcomes, exhaustive over ok / dlq / drop: every service hands its
 * step's result here instead of deciding on its own, so no outcome is ignored silently.
 */
export function createOutcomeHandler(opts: OutcomeOptions): OutcomeHandler {
  const log = opts.logger.child({ component: 'outcomes', stage: opts.stage })
  return { batch: () => collect(opts, log) }
}

function collect(opts: OutcomeOptions, log: Logger): Outcomes {
  let queued: Array<{ rec: InboundRecord; code: string; reason: string }> = []
  let dropped = 0
  // Set by deadLetterRecords(): the caller writes these, flush only counts and logs them.
  let handedOver: OutboundRecord[] | undefined
  const countDrop = (rec: InboundRecord, code: string, reason: string) => {
    dropped++
    opts.metrics?.droppedRecords.inc({ stage: opts.stage, code, source_topic: rec.topic })
    log.debug({ event: 'record_dropped', code, reason, topic: rec.topic, offset: rec.offset })
  }
  return {
    take<T>(rec: InboundRecord, r: StepResult<T>): T | undefined {
      switch (r.kind) {
        case 'ok':
          return r.value
        case 'dlq':
          opts.onRefused?.(rec, r.code)
          if (opts.deadLetters) queued.push({ rec, code: r.code, reason: r.reason })
          else countDrop(rec, r.code, r.reason)
          return undefined
        case 'drop':
          countDrop(rec, r.code, r.reason)
          return undefined
        default:
          return unreachable(r)
      }
    },
    deadLetterRecords() {
      const now = new Date()
      handedOver ??= queued.map((d) =>
        deadLetterRecord(d.rec, { code: d.code, reason: d.reason, stage: opts.stage }, now),
      )
      return handedOver
    },
    async flush() {
      const batch = queued
      queued = []
      const n = dropped
      dropped = 0
      const target = opts.deadLetters
      const written = handedOver?.length ?? 0
      handedOver = undefined
      if (target && batch.length > 0) {
        // What the stage did not write itself, in one request: one record at a time was a round
        // trip each, and a send failing half-way had counted the first ones, which the batch's
        // retry then wrote and counted again (4 counted for 3 refused records).
        const now = new Date()
        const rest = batch
          .slice(written)
          .map((d) => deadLetterRecord(d.rec, { code: d.code, reason: d.reason, stage: opts.stage }, now))
        if (rest.length > 0) await target.producer.send(target.topic, rest)
        // Counted once each, here only, after the write that carried it was acknowledged.
        for (const d of batch) {
          opts.metrics?.dlqRecords.inc({ stage: opts.stage, code: d.code, source_topic: d.rec.topic })
          log.warn({
            event: 'dead_letter',
            code: d.code,
            reason: d.reason,
            topic: d.rec.topic,
            offset: d.rec.offset,
          })
        }
      }
      return { deadLettered: batch.length, dropped: n }
    },
  }
}

function unreachable(r: never): never {
  throw new Error(`unknown step outcome ${JSON.stringify(r)}`)
}
