/**
 * The detector's part of an acknowledgement, for tests whose subject is the api or the wall
 * screen and whose alerts the test publishes itself (no detector holds those incidents, so the
 * real one would ignore the request). It answers an ack request the way services/detector does
 * (packages/detect `applyFeedback`): the alert's next version, status acknowledged, naming who
 * and when. The real detector's side is tested in tests/e2e/ack-race.test.ts.
 */
import { runConsumer } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { type AckRequest, type Alert, decodeOperatorFeedback, type Topics } from '@vigil/schema'
import type { Kafka } from 'kafkajs'
import { uniqueName } from './kafka.js'

/** The acknowledged version the detector would publish for `request` on `alert`. */
export function acknowledgedVersion(alert: Alert, request: AckRequest): Alert {
  return {
    ...alert,
    version: alert.version + 1,
    status: 'acknowledged',
    acknowledgedAt: request.at,
    ...(request.user !== '' ? { acknowledgedBy: request.user } : {}),
  }
}

/**
 * Reads ack requests on alerts.feedback and publishes the acknowledged version of the alert
 * `latest` returns (the test's newest version of it) on alerts, keyed by brand.
 */
export async function startAckResponder(opts: {
  kafka: Kafka
  topics: Topics
  logger: Logger
  publish: (alert: Alert) => Promise<void>
  latest: (alertId: string) => Alert | undefined | null | Promise<Alert | undefined | null>
}): Promise<{ stop(): Promise<void>; requests: AckRequest[] }> {
  const requests: AckRequest[] = []
  const h = await runConsumer({
    kafka: opts.kafka,
    groupId: uniqueName('ack-responder'),
    topics: [opts.topics.feedback],
    fromBeginning: true,
    logger: opts.logger,
    handleBatch: async (records) => {
      for (const r of records) {
        const f = decodeOperatorFeedback(r.value)
        if (f.kind !== 'ok' || f.value.kind !== 'ack') continue
        requests.push(f.value.ack)
        const alert = await opts.latest(f.value.ack.alertId)
        if (alert && alert.status !== 'acknowledged' && alert.status !== 'resolved')
          await opts.publish(acknowledgedVersion(alert, f.value.ack))
      }
    },
  })
  return { requests, stop: () => h.stop() }
}
