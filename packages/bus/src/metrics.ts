import { Counter, Gauge, Histogram, type Registry } from 'prom-client'

/** Consumer and dead-letter metrics, declared once here; services pass their registry in. */
export interface BusMetrics {
  batchSize: Histogram<'topic' | 'group'>
  batchDurationMs: Histogram<'topic' | 'group'>
  /** Time a batch waited in backoff before its retry: a slow dependency shows here first. */
  retryWaitMs: Histogram<'topic' | 'group'>
  handlerRetries: Counter<'topic' | 'group'>
  handlerFailures: Counter<'topic' | 'group' | 'class'>
  dlqRecords: Counter<'stage' | 'code' | 'source_topic'>
  /** Records a stage chose not to process (not for it, or unreadable to a viewer), by code. */
  droppedRecords: Counter<'stage' | 'code' | 'source_topic'>
  rebalances: Counter<'group'>
  /** Records behind the high watermark after the last processed batch of a partition. */
  consumerLag: Gauge<'topic' | 'partition' | 'group'>
  committedRecords: Counter<'topic' | 'group'>
}

const cache = new WeakMap<Registry, BusMetrics>()

/** Idempotent per registry: two consumers in one process share the same metric objects. */
export function createBusMetrics(registry: Registry): BusMetrics {
  const existing = cache.get(registry)
  if (existing) return existing
  const registers = [registry]
  // Registered in this order, so /metrics lists them as before the split.
  const m: BusMetrics = { ...batchMetrics(registers), ...recordMetrics(registers) }
  cache.set(registry, m)
  return m
}

type Registers = Registry[]

/** How batches go: size, time, retries and failures of the handler. */
function batchMetrics(registers: Registers) {
  return {
    batchSize: new Histogram({
      name: 'vigil_bus_batch_size_records',
      help: 'Records per consumed batch handed to the handler',
      labelNames: ['topic', 'group'],
      buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000],
      registers,
    }),
    batchDurationMs: new Histogram({
      name: 'vigil_bus_batch_duration_ms',
      help: 'Wall time from batch start to offset commit, retries included',
      labelNames: ['topic', 'group'],
      buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000],
      registers,
    }),
    retryWaitMs: new Histogram({
      name: 'vigil_bus_retry_wait_ms',
      help: 'Backoff waited before retrying a failed batch',
      labelNames: ['topic', 'group'],
      buckets: [50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000],
      registers,
    }),
    handlerRetries: new Counter({
      name: 'vigil_bus_handler_retries_total',
      help: 'Batch handler retries after a retriable error',
      labelNames: ['topic', 'group'],
      registers,
    }),
    handlerFailures: new Counter({
      name: 'vigil_bus_handler_failures_total',
      help: 'Batch handler errors, by class (retriable or fatal)',
      labelNames: ['topic', 'group', 'class'],
      registers,
    }),
  }
}

/** What became of records: dead-lettered, dropped, committed, still behind; and rebalances. */
function recordMetrics(registers: Registers) {
  return {
    dlqRecords: new Counter({
      name: 'vigil_bus_dlq_records_total',
      help: 'Records written to a dead-letter topic',
      labelNames: ['stage', 'code', 'source_topic'],
      registers,
    }),
    droppedRecords: new Counter({
      name: 'vigil_bus_dropped_records_total',
      help: 'Records a stage dropped without dead-lettering, by reason code',
      labelNames: ['stage', 'code', 'source_topic'],
      registers,
    }),
    rebalances: new Counter({
      name: 'vigil_bus_rebalances_total',
      help: 'Consumer group joins (each rebalance ends in one)',
      labelNames: ['group'],
      registers,
    }),
    consumerLag: new Gauge({
      name: 'vigil_bus_consumer_lag_records',
      help: 'High watermark minus next offset after the last processed batch',
      labelNames: ['topic', 'partition', 'group'],
      registers,
    }),
    committedRecords: new Counter({
      name: 'vigil_bus_committed_records_total',
      help: 'Records whose offsets were committed after the handler succeeded',
      labelNames: ['topic', 'group'],
      registers,
    }),
  }
}
