import { Counter, Histogram, type Registry } from 'prom-client'

/** Sink metrics, declared once here; the hosting process passes its registry in. */
export interface SinkMetrics {
  rowsInserted: Counter<'table'>
  /** Mention events already stored or repeated in a batch: redeliveries the sink absorbed. */
  duplicatesSkipped: Counter<'topic'>
  invalidRecords: Counter<'topic' | 'code'>
  insertDurationMs: Histogram<'table'>
}

const cache = new WeakMap<Registry, SinkMetrics>()

/** Idempotent per registry, so a restarted in-process sink reuses the same metric objects. */
export function createSinkMetrics(registry: Registry): SinkMetrics {
  const existing = cache.get(registry)
  if (existing) return existing
  const registers = [registry]
  const m: SinkMetrics = {
    rowsInserted: new Counter({
      name: 'vigil_sink_rows_inserted_total',
      help: 'Rows inserted into ClickHouse, by table',
      labelNames: ['table'],
      registers,
    }),
    duplicatesSkipped: new Counter({
      name: 'vigil_sink_duplicates_skipped_total',
      help: 'Mention events not inserted because they were already stored or repeated in the batch',
      labelNames: ['topic'],
      registers,
    }),
    invalidRecords: new Counter({
      name: 'vigil_sink_invalid_records_total',
      help: 'Records the sink refused (sent to the dead-letter topic), by code',
      labelNames: ['topic', 'code'],
      registers,
    }),
    insertDurationMs: new Histogram({
      name: 'vigil_sink_insert_duration_ms',
      help: 'Time to a confirmed ClickHouse insert, by table',
      labelNames: ['table'],
      buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
      registers,
    }),
  }
  cache.set(registry, m)
  return m
}
