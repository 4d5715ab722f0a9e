/**
 * One flush of the engine, after every batch and on the processing-time tick: close what the
 * watermark allows, queue the alert updates, live metrics and (when minutes closed) every owned
 * brand's checkpoint, report late mentions and alerts in the log, send, release idle brands.
 */

import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import type { Alert, LiveMetric, Topics } from '@vigil/schema'
import type { CheckpointWaiters } from './checkpoint-waiters.js'
import type { DetectorCounts } from './counts.js'
import type { Outbox } from './outbox.js'
import type { Ownership } from './ownership.js'
import { checkpointValue, type Watermarks } from './watermarks.js'

export interface FlushDeps {
  engine: DetectorEngine
  outbox: Outbox
  ownership: Ownership
  counts: DetectorCounts
  log: Logger
  topics: Topics
  now: () => number
  watermarks?: Watermarks
  /** At most how often a brand's running figures go out (default 250 ms; 0: never). */
  liveEveryMs?: number
  /**
   * Processing time (the `now` clock) up to which every input record has been observed: the
   * engine judges idle partitions at it (default: `now`, for a caller without a consumer).
   */
  heard?: () => number
  /** Batches whose commit waits for a checkpoint (checkpoint-waiters.ts). */
  waiters?: CheckpointWaiters
}

/** Default of `liveEveryMs`: 4 ticks a second per brand at most. */
export const LIVE_EVERY_MS = 250

export function createFlush(deps: FlushDeps): () => Promise<void> {
  const { engine, outbox, counts, log, topics } = deps
  let lastLate = 0
  const live = createRunningFigures(deps.liveEveryMs ?? LIVE_EVERY_MS)
  return async function flush(): Promise<void> {
    const now = deps.now()
    const out = engine.advance(now, deps.heard?.() ?? now)
    for (const a of out.alerts) outbox.push(topics.alerts, { key: a.brand, value: JSON.stringify(a) })
    for (const m of out.metrics) outbox.push(topics.metrics, { key: m.brand, value: JSON.stringify(m) })
    for (const m of live.due(engine, out.metrics, now)) {
      outbox.push(topics.metrics, { key: m.brand, value: JSON.stringify(m) })
    }
    // A closed minute checkpoints; so does a batch kept uncommitted too long (a backfill's last
    // open minute never closes on processing time).
    if (out.metrics.length > 0 || deps.waiters?.overdue(now)) {
      counts.checkpoints += queueCheckpoints(engine, outbox, topics.detectorState, deps.watermarks)
      deps.waiters?.queued()
    }
    counts.alerts += out.alerts.length
    counts.metrics += out.metrics.length
    const late = engine.stats().lateEvents
    if (late > lastLate) {
      // Never silent: mentions whose minute had already closed are counted and reported.
      log.warn({ event: 'late_events', added: late - lastLate, total: late })
      lastLate = late
    }
    logAlerts(log, out.alerts)
    outbox.cap()
    await outbox.send()
    deps.waiters?.sent()
    deps.ownership.releaseIdle()
  }
}

/**
 * The wall used to move only when a minute closed, 10-11 s after it ended (its allowed
 * lateness), so it was always a minute behind. Now the open minute's counts go out between
 * closes too, on the same topic and key (the wall keeps the latest tick per brand and minute;
 * the closed minute's scored tick, produced after, replaces them). Expected volume is the
 * brand's last scored minute's, pro rata of the minute elapsed, and its score is carried over,
 * so a running minute reads like the minutes before it.
 *
 * Per brand and running minute (the current one, and the one before until it closes: a mention
 * that arrives just after its minute ended shows at once), coalesced on the leading edge: a
 * brand whose counts changed goes out at the first flush `everyMs` or more after its last tick
 * (at once when it was quiet), so a mention reaches the wall within one flush instead of
 * waiting for a fixed 500 ms beat, and a busy brand still sends at most one tick per `everyMs`
 * whatever the rate. A brand whose counts did not change is refreshed every `refreshMs` (its
 * expected volume grows with the minute).
 */
export function createRunningFigures(everyMs: number, refreshMs = 1_000) {
  const lastScored = new Map<string, LiveMetric>()
  // By brand and minute: the minute before the current one runs too until it closes.
  const sent = new Map<string, { at: number; counts: string }>()
  return {
    due(engine: Pick<DetectorEngine, 'running'>, closed: LiveMetric[], now: number): LiveMetric[] {
      for (const m of closed) lastScored.set(m.brand, m)
      if (everyMs <= 0) return []
      const out: LiveMetric[] = []
      const running = new Set<string>()
      for (const m of engine.running(now)) {
        const key = `${m.brand}\u0000${m.minute}`
        running.add(key)
        const counts = JSON.stringify(m)
        const last = sent.get(key)
        if (last !== undefined) {
          const since = now - last.at
          if (since < everyMs || (last.counts === counts && since < refreshMs)) continue
        }
        sent.set(key, { at: now, counts })
        const prev = lastScored.get(m.brand)
        const elapsed = Math.min(1, Math.max(0, (now - Date.parse(m.minute)) / 60_000))
        out.push(
          prev === undefined
            ? m
            : {
                ...m,
                expectedVolume: Math.round(prev.expectedVolume * elapsed * 10) / 10,
                score: prev.score,
              },
        )
      }
      for (const key of sent.keys()) if (!running.has(key)) sent.delete(key)
      return out
    },
  }
}

/** Queue a checkpoint of every brand this instance owns; returns how many. */
export function queueCheckpoints(
  engine: DetectorEngine,
  outbox: Outbox,
  topic: string,
  watermarks?: Watermarks,
): number {
  let n = 0
  for (const b of engine.brands()) {
    if (!engine.isActive(b)) continue
    outbox.push(topic, { key: b, value: checkpointValue(engine.snapshot(b), watermarks?.of(b)) })
    n++
  }
  return n
}

/** Openings and changes of status in the log (the repeated `open` updates of a growing incident are not). */
function logAlerts(log: Logger, alerts: Alert[]): void {
  for (const a of alerts) {
    if (a.version === 1 || a.status !== 'open') {
      log.info({
        event: 'alert',
        id: a.id,
        brand: a.brand,
        status: a.status,
        severity: a.severity,
        score: a.score,
      })
    }
  }
}
