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
}

export interface PipelineOptions {
  /** Transient failures (a broker restarting) are retried this many times, with backoff. */
  retries: number
  sleep?: (ms: number) => Promise<void>
}

export function createWritePipeline(opts: PipelineOptions): WritePipeline {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  let previous: Promise<void> = Promise.resolve()
  const retrying = async (write: () => Promise<void>): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write()
      } catch (err) {
        if (classifyError(err) === 'fatal' || attempt >= opts.retries) throw err
        await sleep(backoffMs(attempt, defaultBackoff))
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
  }
}
