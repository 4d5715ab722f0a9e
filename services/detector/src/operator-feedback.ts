/**
 * Operator feedback applied to the engine: acknowledgements and verdicts, both from
 * alerts.feedback. An acknowledgement is published here as the incident's next version: the
 * detector is the one writer of alert versions, so an acknowledgement can never race one of its
 * own updates for a version number. Recent feedback is kept so that a brand restored from an
 * older checkpoint gets it again.
 */

import type { Logger } from '@vigil/config'
import type { DetectorEngine } from '@vigil/detect'
import type { DetectorCounts } from './counts.js'
import { type FeedbackItem, RecentFeedback } from './feedback.js'
import type { Outbox } from './outbox.js'

export interface OperatorFeedback {
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
        version: res.alert?.version,
      })
    }
    if (res.alert !== null) {
      outbox.push(deps.alertsTopic, { key: res.alert.brand, value: JSON.stringify(res.alert) })
      counts.alerts++
    }
  }

  return {
    receive: (f) => {
      recentFeedback.add(f)
      applyFeedback(f, true)
    },
    replay: () => {
      // Feedback given after that checkpoint was written must not be lost.
      for (const f of recentFeedback.all()) applyFeedback(f, false)
    },
  }
}
