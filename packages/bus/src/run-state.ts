/**
 * What a running consumer (consumer.ts) shares between its batches, its KafkaJS event handlers
 * and its stop: whether it is stopping or gave up, and each partition's chain of deferred
 * commits, so offsets commit in order once the handler's effects are durable.
 */
import type { Logger } from '@vigil/config'
import type { Consumer } from 'kafkajs'
import type { ConsumerOptions, TopicPartition } from './consumer.js'
import { BusErrorCode } from './errors.js'

export interface RunState {
  /** Commit `offset` of `tp` once `durable` resolves, after the partition's earlier ones. */
  commitLater(tp: TopicPartition, offset: string, durable: Promise<void>, onCommitted: () => void): void
  /** Every deferred commit settled. */
  drained(): Promise<void>
  stopping: boolean
  /** The handler failed for good; KafkaJS must not restart in-process. */
  gaveUp: boolean
  /** KafkaJS stopped the consumer after an error and will not restart it. */
  crashed: boolean
  abort: AbortController
}

/**
 * The run state of one consumer; `commit` sends offsets (the KafkaJS consumer's commitOffsets).
 * A deferred effect that rejects stops the consumer for good (onCrash, default: SIGTERM to this
 * process) before any later offset of its partition commits.
 */
export function createRunState(
  opts: Pick<ConsumerOptions, 'onCrash'>,
  log: Logger,
  commit: Consumer['commitOffsets'],
): RunState {
  const chains = new Map<string, Promise<void>>()
  const state: RunState = {
    stopping: false,
    gaveUp: false,
    crashed: false,
    abort: new AbortController(),
    commitLater(tp, offset, durable, onCommitted) {
      const key = `${tp.topic}:${tp.partition}`
      // Handled below, but only once the partition's earlier commits are done: a write that fails
      // before then was an unhandled rejection, and Node ended the process without the fatal log
      // (the fault suite's ClickHouse write failure saw a bare exit). Mark it handled now.
      durable.catch(() => undefined)
      const prev = chains.get(key) ?? Promise.resolve()
      const next = prev.then(async () => {
        try {
          await durable
        } catch (err) {
          if (state.gaveUp) return
          state.gaveUp = true
          if (state.stopping && (err as Error)?.name === 'AbortError') {
            // The handler gave up the write because we are stopping (the enricher's retries
            // during a broker outage): nothing later commits, the next start redoes it.
            log.warn({ event: 'write_abandoned_on_stop', ...tp, offset })
            return
          }
          log.fatal({ event: 'consumer_crashed', err, code: BusErrorCode.handlerFailed, ...tp, offset })
          ;(opts.onCrash ?? defaultOnCrash)(err as Error)
          return
        }
        if (state.gaveUp) return
        try {
          await commit([{ ...tp, offset }])
          onCommitted()
        } catch (err) {
          // Stored but not committed (a rebalance took the partition): the next owner reads it
          // again, and the handler must absorb that redelivery (the sink checks its store).
          log.warn({ event: 'deferred_commit_failed', ...tp, offset, err })
        }
      })
      chains.set(key, next)
    },
    drained: async () => {
      await Promise.all([...chains.values()])
    },
  }
  return state
}

/** The consumer stopped for good: exit non-zero through the service's own shutdown sequence. */
export function defaultOnCrash(): void {
  process.exitCode = 1
  process.kill(process.pid, 'SIGTERM')
}
