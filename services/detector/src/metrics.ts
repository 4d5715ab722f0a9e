import { type MetricsRegistry, registerStats, type StatSpec } from '@vigil/bus'
import type { DetectorStats } from './service.js'

/** What each of the detector's own counts means to an operator reading /metrics. */
const DETECTOR_STATS: Record<keyof DetectorStats, StatSpec> = {
  observed: { kind: 'counter', help: 'Enriched mention copies fed to the detector' },
  deadLettered: { kind: 'counter', help: 'Records the detector refused (sent to mentions.dlq)' },
  alerts: { kind: 'counter', help: 'Alert updates published (opened, escalated, resolved, acknowledged)' },
  metrics: { kind: 'counter', help: 'Per-brand per-minute live metrics published' },
  checkpoints: { kind: 'counter', help: 'Per-brand state checkpoints written to detector.state' },
  restored: { kind: 'counter', help: 'Brands resumed from a checkpoint when assigned to this instance' },
  released: {
    kind: 'counter',
    help: 'Brands handed over: their partition went to another instance, or nothing came for the TTL',
  },
  feedbackApplied: { kind: 'counter', help: 'Operator acknowledgements and verdicts applied' },
  redeliveriesSkipped: {
    kind: 'counter',
    help: 'Records at or below a restored brand offset watermark (counted before its checkpoint)',
  },
  lateEvents: {
    kind: 'counter',
    help: 'Mentions whose minute had already closed (counted here, not in their minute)',
  },
  duplicates: { kind: 'counter', help: 'Redelivered mentions recognised and not counted twice' },
  outboxPending: { kind: 'gauge', help: 'Outputs produced but not yet confirmed by Kafka' },
}

export function registerDetectorMetrics(registry: MetricsRegistry, stats: () => DetectorStats): void {
  registerStats(registry, 'vigil_detector', stats, DETECTOR_STATS)
}
