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
import { brandOfAlert, closedByAck } from './unheld-ack.js'

export interface OperatorFeedback {
  /** Feedback read from Kafka; an update it causes goes out with the next send. */
  receive(f: FeedbackItem): void
  /** Re-apply the recent feedback (after a brand was restored from a checkpoint). */
  replay(): void
  /** After a rebalance: acknowledgements no instance owned when they came are tried again. */
  retryUnowned(): void
}

export function createOperatorFeedback(deps: {
  engine: DetectorEngine
  outbox: Outbox
  counts: DetectorCounts
  log: Logger
  alertsTopic: string
  /** Whether this instance owns the brand, resuming it if its partition is held here (ownership.ts). */
  adopt: (brand: string) => boolean
}): OperatorFeedback {
  const { engine, outbox, counts, log } = deps
  const recentFeedback = new RecentFeedback()
  // Acknowledgements whose brand was nobody's here when they came (before this member's first
  // assignment, in a rebalance): the owner may be this member once the partitions settle.
  let unowned: FeedbackItem[] = []

  /** Apply one feedback item; an update it causes goes out with the next flush. */
  function applyFeedback(f: FeedbackItem, fresh: boolean): { matched: boolean } {
    const res = engine.feedback(f.alertId, f.feedback, f.atMs)
    if (!res.applied) return res
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
    return res
  }

  /**
   * An acknowledgement is applied by the brand's owner only (a stale copy of a released brand's
   * incident must not publish a version beside the owner's), resumed first if none of its records
   * came yet; what the owner does not hold is closed from the version the operator saw.
   */
  function receiveAck(f: FeedbackItem): void {
    const brand = brandOfAlert(f.alertId)
    if (brand === undefined || !deps.adopt(brand)) {
      log.debug({ event: 'ack_not_ours', alertId: f.alertId })
      if (brand !== undefined) unowned = [...unowned.slice(-99), f]
      return
    }
    if (applyFeedback(f, true).matched) return
    const closed = closedByAck(f)
    if ('skip' in closed) {
      // Already resolved is the usual case (a restart re-reads old requests); no alert is not.
      const level = f.seen === undefined ? 'warn' : 'info'
      log[level]({ event: 'ack_unheld_kept', alertId: f.alertId, reason: closed.skip })
      return
    }
    log.info({ event: 'ack_unheld_closed', alertId: f.alertId, version: closed.alert.version })
    outbox.push(deps.alertsTopic, { key: closed.alert.brand, value: JSON.stringify(closed.alert) })
    counts.alerts++
    counts.feedbackApplied++
  }

  return {
    receive: (f) => {
      recentFeedback.add(f)
      if (f.feedback.kind === 'ack') receiveAck(f)
      else applyFeedback(f, true)
    },
    retryUnowned: () => {
      const again = unowned
      unowned = []
      for (const f of again) receiveAck(f)
    },
    replay: () => {
      // Feedback given after that checkpoint was written must not be lost.
      for (const f of recentFeedback.all()) {
        const brand = f.feedback.kind === 'ack' ? brandOfAlert(f.alertId) : undefined
        // An acknowledgement only where its brand is ours (see receiveAck).
        if (brand === undefined || engine.isActive(brand)) applyFeedback(f, false)
      }
    },
  }
}
