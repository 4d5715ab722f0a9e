import { type MetricsRegistry, registerStats, type StatSpec } from '@vigil/bus'
import type { OutletStats } from './service.js'

const OUTLET_STATS: Record<keyof OutletStats, StatSpec> = {
  alertsRead: { kind: 'counter', help: 'Alert versions read from the alerts topic' },
  invalid: {
    kind: 'counter',
    help: 'Alert records the outlet stage could not read (skipped; the sink dead-letters them)',
  },
  stale: { kind: 'counter', help: 'Alert versions older than OUTLET_MAX_AGE_MS when read (not delivered)' },
  queued: { kind: 'counter', help: 'Deliveries queued in the durable outbox' },
  duplicates: {
    kind: 'counter',
    help: 'Deliveries not queued again: their idempotency key was in the outbox',
  },
  delivered: { kind: 'counter', help: 'Deliveries an outlet accepted' },
  failed: { kind: 'counter', help: 'Failed attempts that will be retried' },
  gaveUp: { kind: 'counter', help: 'Deliveries given up (attempts exhausted or refused for good)' },
  cancelled: { kind: 'counter', help: 'Escalations not sent: acknowledged or resolved in time' },
  pending: {
    kind: 'gauge',
    help: 'Deliveries waiting in the outbox (retry, quiet hours, digest, escalation delay)',
  },
}

export function registerOutletMetrics(registry: MetricsRegistry, stats: () => OutletStats): void {
  registerStats(registry, 'vigil_outlet', stats, OUTLET_STATS)
}
