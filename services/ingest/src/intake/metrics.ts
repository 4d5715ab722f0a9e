import { Counter, Gauge, type Registry } from 'prom-client'

/** Ingest's per-connector metrics, declared once here; main passes the registry in. */
export interface IngestMetrics {
  received: Counter<'connector'>
  normalised: Counter<'connector'>
  rejected: Counter<'connector' | 'reason'>
  skipped: Counter<'connector'>
  /** Seconds between the newest event time in the last batch and when it was received. */
  lagSeconds: Gauge<'connector'>
  /** Seconds since the connector's cursor was last saved (pollers). */
  cursorAgeSeconds: Gauge<'connector'>
  buffered: Gauge
  publishFailures: Counter<'connector'>
  /** Requests refused before reading (signature, size, type, back-pressure), by reason. */
  refused: Counter<'connector' | 'reason'>
}

export function createIngestMetrics(registry: Registry): IngestMetrics {
  const registers = [registry]
  return {
    received: new Counter({
      name: 'vigil_ingest_received_items_total',
      help: 'Items read from platform payloads, before normalising',
      labelNames: ['connector'],
      registers,
    }),
    normalised: new Counter({
      name: 'vigil_ingest_normalised_total',
      help: 'Mention events normalised and sent to mentions.raw',
      labelNames: ['connector'],
      registers,
    }),
    rejected: new Counter({
      name: 'vigil_ingest_rejected_total',
      help: 'Payload items that could not become mentions, by error code',
      labelNames: ['connector', 'reason'],
      registers,
    }),
    skipped: new Counter({
      name: 'vigil_ingest_skipped_total',
      help: 'Payload items that are not mentions by design (likes, keep-alives, user events)',
      labelNames: ['connector'],
      registers,
    }),
    lagSeconds: new Gauge({
      name: 'vigil_ingest_lag_seconds',
      help: 'Receive time minus the newest event time of the last batch, per connector',
      labelNames: ['connector'],
      registers,
    }),
    cursorAgeSeconds: new Gauge({
      name: 'vigil_ingest_cursor_age_seconds',
      help: 'Seconds since the poller last saved its cursor',
      labelNames: ['connector'],
      registers,
    }),
    buffered: new Gauge({
      name: 'vigil_ingest_buffered_records',
      help: 'Mention events accepted and waiting for Kafka to acknowledge them',
      registers,
    }),
    publishFailures: new Counter({
      name: 'vigil_ingest_publish_failures_total',
      help: 'Batches Kafka did not take (the sender was told to retry)',
      labelNames: ['connector'],
      registers,
    }),
    refused: new Counter({
      name: 'vigil_ingest_refused_requests_total',
      help: 'Webhook requests refused, by reason',
      labelNames: ['connector', 'reason'],
      registers,
    }),
  }
}
