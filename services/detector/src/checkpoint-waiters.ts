/**
 * When a batch of enriched mentions may commit: only once a checkpoint queued after the batch
 * was observed is acknowledged. Committing earlier (as the detector did) lost whatever a
 * kill -9 caught between the commit and the next checkpoint: neither redelivered nor restored.
 * Until then the records stay uncommitted; a restart re-reads them and the restored watermarks
 * skip those the checkpoint already holds.
 */

/** Waiters older than this get a checkpoint of their own, whether or not a minute closed. */
export const CHECKPOINT_WAIT_MS = 60_000

export interface CheckpointWaiters {
  /** Settles once a checkpoint queued after this call is acknowledged; rejects if output failed for good. */
  wait(): Promise<void>
  /** True when a batch has waited `CHECKPOINT_WAIT_MS` or more for a checkpoint. */
  overdue(nowMs: number): boolean
  /** Every owned brand's checkpoint was just queued in the outbox. */
  queued(): void
  /** The outbox was sent in full: everything queued before is acknowledged. */
  sent(): void
  /** Output failed for good: no waiter's checkpoint will come. */
  fail(err: unknown): void
  /**
   * Stopping after the final checkpoint: waiters not covered by it reject with an AbortError
   * (the consumer then leaves their offsets uncommitted, for the successor to re-read).
   */
  close(): void
}

interface Waiter {
  since: number
  resolve: () => void
  reject: (err: unknown) => void
}

export function createCheckpointWaiters(now: () => number): CheckpointWaiters {
  let pending: Waiter[] = []
  let queuedOnes: Waiter[] = []
  let closed = false
  const abandon = () =>
    Object.assign(new Error('stopped before a checkpoint held this batch'), { name: 'AbortError' })
  const rejectAll = (err: unknown) => {
    for (const w of [...queuedOnes, ...pending]) w.reject(err)
    queuedOnes = []
    pending = []
  }
  return {
    wait: () =>
      new Promise<void>((resolve, reject) => {
        if (closed) reject(abandon())
        else pending.push({ since: now(), resolve, reject })
      }),
    overdue: (nowMs) => pending.length > 0 && nowMs - pending[0]!.since >= CHECKPOINT_WAIT_MS,
    queued: () => {
      queuedOnes.push(...pending)
      pending = []
    },
    sent: () => {
      for (const w of queuedOnes) w.resolve()
      queuedOnes = []
    },
    fail: rejectAll,
    close: () => {
      closed = true
      rejectAll(abandon())
    },
  }
}
