/**
 * Operator feedback applied to the engine: acknowledgements (from the alerts topic) and verdicts
 * (from alerts.feedback). Recent feedback is kept so that a brand restored from an older
 * checkpoint gets it again; the detector's own acknowledged versions are recognised and skipped.
 */

import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import type { Alert } from '@vigil/schema'
import type { DetectorCounts } from './counts.js'
import { type FeedbackItem, RecentFeedback } from './feedback.js'
import type { Outbox } from './outbox.js'

export interface OperatorFeedback {
  /** An alert update this detector publishes (an acknowledged one comes back: not feedback). */
  remember(a: Alert): void
  /** Feedback read from Kafka; an update it causes goes out with the next send. */
  receive(f: FeedbackItem): void
  /** Re-apply the recent feedback (after a brand was restored from a checkpoint). */
  replay(): void
}

export function createOperatorFeedback(deps: {
  engine: DetectorEngine
  outbox: Outbox
  counts: DetectorCounts
  log: Logger
  alertsTopic: string
}): OperatorFeedback {
  const { engine, outbox, counts, log } = deps
  const recentFeedback = new RecentFeedback()
  /**
   * Acknowledged versions this detector published itself: they come back on the alerts topic
   * and are not acknowledgements (re-applying one would undo a later escalation).
   */
  const ownAcks = new Set<string>()
  const remember = (a: Alert) => {
    if (a.status !== 'acknowledged') return
    ownAcks.add(`${a.id}@${a.version}`)
    if (ownAcks.size > 10_000) ownAcks.delete(ownAcks.values().next().value as string)
  }

  /** Apply one feedback item; an update it causes goes out with the next flush. */
  function applyFeedback(f: FeedbackItem, fresh: boolean): void {
    const res = engine.feedback(f.alertId, f.feedback, f.atMs)
    if (!res.applied) return
    if (fresh) {
      counts.feedbackApplied++
      log.info({
        event: 'feedback_applied',
        alertId: f.alertId,
        kind: f.feedback.kind,
        real: f.feedback.real,
      })
    }
    if (res.alert !== null) {
      remember(res.alert)
      outbox.push(deps.alertsTopic, { key: res.alert.brand, value: JSON.stringify(res.alert) })
      counts.alerts++
    }
  }

  return {
    remember,
    receive: (f) => {
      if (f.feedback.kind === 'ack' && ownAcks.has(`${f.alertId}@${f.feedback.version}`)) return
      recentFeedback.add(f)
      applyFeedback(f, true)
    },
    replay: () => {
      // Feedback given after that checkpoint was written must not be lost.
      for (const f of recentFeedback.all()) applyFeedback(f, false)
    },
  }
}
