/**
 * One flush of the engine, after every batch and on the processing-time tick: close what the
 * watermark allows, queue the alert updates, live metrics and (when minutes closed) every owned
 * brand's checkpoint, report late mentions and alerts in the log, send, release idle brands.
 */

import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import type { Alert, Topics } from '@vigil/schema'
import type { DetectorCounts } from './counts.js'
import type { OperatorFeedback } from './operator-feedback.js'
import type { Outbox } from './outbox.js'
import type { Ownership } from './ownership.js'
import { checkpointValue, type Watermarks } from './watermarks.js'

export interface FlushDeps {
  engine: DetectorEngine
  outbox: Outbox
  feedback: OperatorFeedback
  ownership: Ownership
  counts: DetectorCounts
  log: Logger
  topics: Topics
  now: () => number
  watermarks?: Watermarks
}

export function createFlush(deps: FlushDeps): () => Promise<void> {
  const { engine, outbox, counts, log, topics } = deps
  let lastLate = 0
  return async function flush(): Promise<void> {
    const out = engine.advance(deps.now())
    for (const a of out.alerts) deps.feedback.remember(a)
    for (const a of out.alerts) outbox.push(topics.alerts, { key: a.brand, value: JSON.stringify(a) })
    for (const m of out.metrics) outbox.push(topics.metrics, { key: m.brand, value: JSON.stringify(m) })
    if (out.metrics.length > 0)
      counts.checkpoints += queueCheckpoints(engine, outbox, topics.detectorState, deps.watermarks)
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
    deps.ownership.releaseIdle()
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
