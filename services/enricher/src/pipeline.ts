import { backoffMs, classifyError, defaultBackoff } from '@vigil/bus'

export interface WritePipeline {
  /**
   * Starts `write` once the previous batch's writes are confirmed and returns its confirmation:
   * the caller enriches the next batch while this one travels. Resolves (to the promise) only
   * when the previous batch has settled, so one batch at most is in flight: memory stays bounded
   * and the writes reach Kafka in batch order. After a failed batch no later one is written:
   * its confirmation rejects with the same error (the consumer stops before committing either).
   */
  after(write: () => Promise<void>): Promise<{ durable: Promise<void> }>
  /**
   * A stop was asked for: no write starts or is retried from now on, an attempt in flight is
   * waited for at most `stopGraceMs`. What is left unwritten rejects with `WriteAbandoned`, so
   * its offsets are not committed and the next start writes it.
   */
  stop(): void
}

export interface PipelineOptions {
  /** Transient failures (a broker restarting) are retried this many times, with backoff. */
  retries: number
  /**
   * How long a stop waits for an attempt already in flight. A broker that answers does so in
   * milliseconds; past this the producer is retrying inside KafkaJS (up to ~50 s per send).
   */
  stopGraceMs?: number
  sleep?: (ms: number) => Promise<void>
}

/** The rejection of a write a stop cut short: not a crash, the batch stays uncommitted. */
export class WriteAbandoned extends Error {
  constructor() {
    super('write abandoned: the enricher is stopping')
    // The name @vigil/bus's consumer recognises as its stop's own doing (run-state.ts).
    this.name = 'AbortError'
  }
}

const STOP_GRACE_MS = 5_000

export function createWritePipeline(opts: PipelineOptions): WritePipeline {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const graceMs = opts.stopGraceMs ?? STOP_GRACE_MS
  let previous: Promise<void> = Promise.resolve()
  let stopping = false
  // What a stop cuts short: the attempt or backoff wait in progress (one at a time).
  const onStop = new Set<() => void>()
  // Settles as `p` does, or rejects with WriteAbandoned `afterMs` after a stop.
  const unlessStopped = <T>(p: Promise<T>, afterMs: number): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const abandon = () => {
        timer = setTimeout(() => reject(new WriteAbandoned()), afterMs)
      }
      if (stopping) abandon()
      else onStop.add(abandon)
      p.then(resolve, reject).finally(() => {
        onStop.delete(abandon)
        clearTimeout(timer)
      })
    })
  const retrying = async (write: () => Promise<void>): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      if (stopping) throw new WriteAbandoned()
      try {
        return await unlessStopped(write(), graceMs)
      } catch (err) {
        if (err instanceof WriteAbandoned) throw err
        if (classifyError(err) === 'fatal' || attempt >= opts.retries) throw err
        await unlessStopped(sleep(backoffMs(attempt, defaultBackoff)), 0)
      }
    }
  }
  return {
    async after(write) {
      const prev = previous
      await prev.catch(() => undefined)
      const durable = prev.then(() => retrying(write))
      // The consumer observes `durable`; this copy only orders the next batch behind it.
      durable.catch(() => undefined)
      previous = durable
      return { durable }
    },
    stop() {
      stopping = true
      for (const abandon of onStop) abandon()
    },
  }
}
