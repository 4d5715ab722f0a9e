/**
 * The author cap's verdicts of settled days (store: competitors/stored.ts, migration 011): the
 * sink decides them at start and then every `intervalMs`, with the detector's own cap, so the
 * analysts' share of voice over weeks reads stored days. A run that fails is logged and tried
 * again at the next tick; reads stay live for any day not stored.
 */

import type { Logger } from '@vigil/config'
import { DEFAULT_PARAMS, TROLL_MEMORY_BUCKETS } from '@vigil/detect'
import { type AuthorCap, decideVoiceDays, type Store } from '@vigil/store'

/** The cap the api passes (services/api routes/analytics.ts DETECTOR_AUTHOR_CAP). */
export const DETECTOR_CAP: AuthorCap = {
  maxPosts: DEFAULT_PARAMS.authorMaxPosts,
  tauBuckets: DEFAULT_PARAMS.authorTauBuckets,
  bucketMs: DEFAULT_PARAMS.bucketMs,
  trollMemoryBuckets: TROLL_MEMORY_BUCKETS,
}

export function startVoiceDays(deps: {
  store: Store
  logger: Logger
  intervalMs?: number
  now?: () => Date
}): { stop: () => Promise<void> } {
  const now = deps.now ?? (() => new Date())
  let running: Promise<void> = Promise.resolve()
  const tick = () => {
    running = running.then(async () => {
      try {
        const r = await decideVoiceDays(deps.store, DETECTOR_CAP, { now: now() })
        if (r.days > 0) deps.logger.info({ event: 'voice_days_decided', ...r })
      } catch (err) {
        deps.logger.warn({ event: 'voice_days_failed', err }, 'voice days not decided; reads stay live')
      }
    })
  }
  tick()
  const timer = setInterval(tick, deps.intervalMs ?? 3_600_000)
  timer.unref()
  return {
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}
