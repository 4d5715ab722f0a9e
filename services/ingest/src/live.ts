import type { Logger } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import type { MentionGenerator } from './generator/index.js'

export interface LiveLoopDeps {
  generator: MentionGenerator
  publish: (mentions: Mention[]) => Promise<void>
  logger: Logger
  tickMs?: number
  clock?: () => number
}

/**
 * Runs the generator in real time: each tick emits what "happened" since the last one. A
 * tick waits for the previous publish, so a slow broker slows the demo instead of piling up.
 */
export function startLiveLoop(deps: LiveLoopDeps): { stop(): Promise<void> } {
  const clock = deps.clock ?? Date.now
  const tickMs = deps.tickMs ?? 1000
  let stopped = false
  let current: Promise<void> = Promise.resolve()
  let produced = 0
  const tick = async (): Promise<void> => {
    const batch = deps.generator.generateUntil(clock())
    if (batch.length > 0) await deps.publish(batch)
    produced += batch.length
  }
  const timer = setInterval(() => {
    if (stopped) return
    current = current
      .then(tick)
      .catch((err: unknown) =>
        deps.logger.error({ event: 'generator_publish_failed', err }, 'publish failed'),
      )
  }, tickMs)
  const stats = setInterval(() => deps.logger.info({ event: 'generator_stats', produced }), 30_000)
  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      clearInterval(stats)
      await current
    },
  }
}
