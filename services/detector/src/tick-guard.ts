/**
 * The processing-time tick produces too (metrics, alert updates, checkpoints), outside any
 * consumer batch, so its failures need their own policy. A transient failure is retried on
 * later ticks with exponential backoff (the outbox keeps what was not confirmed); a failure
 * that cannot heal (a record the broker refuses) or one that outlasts the retries is logged as
 * fatal and the process exits non-zero for its supervisor to restart it from the committed
 * offsets and the last checkpoint. Never a warning repeated forever while nothing goes out.
 */
import { backoffMs, classifyError } from '@vigil/bus'
import type { Logger } from '@vigil/config'

export interface TickGuard {
  /** False while backing off after a failure. */
  due(nowMs: number): boolean
  ok(): void
  failed(err: unknown, nowMs: number): void
}

export function createTickGuard(deps: {
  log: Logger
  /** Failed ticks in a row before giving up (with the default backoff, about a minute). */
  maxFailures?: number
  onFatal: (err: unknown) => void
}): TickGuard {
  const max = deps.maxFailures ?? 8
  let failures = 0
  let nextAt = 0
  let gaveUp = false
  return {
    due: (nowMs) => !gaveUp && nowMs >= nextAt,
    ok: () => {
      failures = 0
      nextAt = 0
    },
    failed(err, nowMs) {
      failures++
      const cls = classifyError(err)
      if (cls === 'fatal' || failures > max) {
        gaveUp = true
        deps.log.fatal({ event: 'detector_output_failed', class: cls, failures, err })
        deps.onFatal(err)
        return
      }
      const waitMs = backoffMs(failures - 1)
      nextAt = nowMs + waitMs
      deps.log.warn({ event: 'tick_flush_failed', failures, waitMs, err })
    },
  }
}

/** Default: exit code 1 through the service's orderly shutdown (SIGTERM to itself). */
export function exitNonZero(): void {
  process.exitCode = 1
  process.kill(process.pid, 'SIGTERM')
}
