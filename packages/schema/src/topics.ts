/** Kafka topic names, in one place so that every service agrees. A prefix isolates tests. */
export interface Topics {
  raw: string
  dlq: string
  enriched: string
  alerts: string
  metrics: string
  detectorState: string
  feedback: string
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
  }
}
