import type { Logger } from '@vigil/config'

/**
 * On SIGTERM/SIGINT run `steps` in order — typically: stop consumers (drain + commit), close
 * producers, close stores, close the HTTP server — each awaited, a failure logged and the next
 * step still run; then exit with `process.exitCode` (0 unless something set it, e.g. a consumer
 * crash). A second signal exits 1 at once for an operator who will not wait.
 *
 * Returns the shutdown function so a crash path can trigger the same orderly sequence.
 */
export function onShutdown(
  logger: Logger,
  steps: Array<() => Promise<void>>,
): (reason: string) => Promise<void> {
  let started = false
  const shutdown = async (reason: string): Promise<void> => {
    if (started) return
    started = true
    logger.info({ event: 'shutdown_started', reason, steps: steps.length })
    for (const [i, step] of steps.entries()) {
      try {
        await step()
      } catch (err) {
        logger.error({ event: 'shutdown_step_failed', step: i, err })
      }
    }
    logger.info({ event: 'shutdown_finished', reason })
    process.exit(process.exitCode ?? 0)
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) {
      logger.warn({ event: 'shutdown_forced', signal })
      process.exit(1)
    }
    void shutdown(signal)
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
  return shutdown
}
