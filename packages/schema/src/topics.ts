/** Kafka topic names, in one place so that every service agrees. A prefix isolates tests. */
export interface Topics {
  raw: string
  dlq: string
  enriched: string
  alerts: string
  metrics: string
  detectorState: string
  feedback: string
  /** Every attempt of the outlet stage to tell people (stored by the sink). */
  deliveries: string
  /** The outlet stage's durable outbox: compacted, one record per idempotency key. */
  outletOutbox: string
}

export function topicNames(prefix = ''): Topics {
  return {
    raw: `${prefix}mentions.raw`,
    dlq: `${prefix}mentions.dlq`,
    enriched: `${prefix}mentions.enriched`,
    alerts: `${prefix}alerts`,
    metrics: `${prefix}metrics.live`,
    detectorState: `${prefix}detector.state`,
    feedback: `${prefix}alerts.feedback`,
    deliveries: `${prefix}alerts.deliveries`,
    outletOutbox: `${prefix}outlet.outbox`,
  }
}
