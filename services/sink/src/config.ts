import {
  type CommonConfig,
  commonConfig,
  type Env,
  envInt,
  envOptional,
  envString,
  type Keyring,
  keyringFromEnv,
} from '@vigil/config'
import { DEFAULT_BLOCK_ROWS, DEFAULT_LINGER_MS } from './block-defaults.js'
import { parseDeletionPolicy } from './compliance.js'
import type { SinkDeps } from './sink.js'

export interface SinkConfig extends CommonConfig {
  groupId: string
  /** Rows per ClickHouse insert (the shared mention writer's block size), at most 100 000. */
  batchMaxRecords: number
  /** A fetch waits for this many bytes, or at most `fetchWaitMs` (larger batches, fewer requests). */
  fetchMinBytes: number
  fetchWaitMs: number
  /** A mention block under this many rows waits up to `lingerMs` for more (larger inserts). */
  minBlockRows: number
  lingerMs: number
  concurrency: number
  /** Serve /metrics on this port when set (standalone sink only; the api serves its own). */
  metricsPort: number | undefined
  clickhouseUser: string | undefined
  clickhousePassword: string | undefined
  /** DELETION_POLICY ("x:purge,reddit:keep"); unset: X purges deleted posts, others keep them. */
  deletionPolicy: Record<string, 'purge' | 'keep'>
  /** RETENTION_DAYS ("mentions:400,evidence:2555"): TTL per table, applied at start. */
  retentionDays: string | undefined
  /** EVIDENCE_KEYS_FILE / EVIDENCE_KEYS: dead letters' raw values are stored sealed with them. */
  evidenceKeys: Keyring | null
}

export function sinkConfig(env: Env): SinkConfig {
  const port = envOptional(env, 'SINK_METRICS_PORT')
  return {
    ...commonConfig(env, 'sink'),
    groupId: envString(env, 'SINK_GROUP_ID', 'vigil-sink'),
    batchMaxRecords: envInt(env, 'SINK_BATCH_MAX_RECORDS', DEFAULT_BLOCK_ROWS, 1, 100_000),
    fetchMinBytes: envInt(env, 'SINK_FETCH_MIN_BYTES', 512 * 1024, 1, 64 * 1_048_576),
    fetchWaitMs: envInt(env, 'SINK_FETCH_WAIT_MS', 250, 0, 5_000),
    minBlockRows: envInt(env, 'SINK_MIN_BLOCK_ROWS', DEFAULT_BLOCK_ROWS, 0, 100_000),
    lingerMs: envInt(env, 'SINK_LINGER_MS', DEFAULT_LINGER_MS, 0, 10_000),
    concurrency: envInt(env, 'SINK_CONCURRENCY', 16, 1, 64),
    metricsPort: port === undefined ? undefined : envInt(env, 'SINK_METRICS_PORT', 0, 1, 65_535),
    clickhouseUser: envOptional(env, 'CLICKHOUSE_USER'),
    clickhousePassword: envOptional(env, 'CLICKHOUSE_PASSWORD'),
    deletionPolicy: parseDeletionPolicy(envOptional(env, 'DELETION_POLICY')),
    retentionDays: envOptional(env, 'RETENTION_DAYS'),
    evidenceKeys: keyringFromEnv(env),
  }
}

/** The parts of `startSink`'s options that come from configuration (standalone and embedded alike). */
export function sinkOptionsFrom(
  cfg: SinkConfig,
): Pick<SinkDeps, 'groupId' | 'batch' | 'concurrency' | 'deletionPolicy' | 'evidenceKeys'> {
  return {
    groupId: cfg.groupId,
    batch: {
      maxRecords: cfg.batchMaxRecords,
      fetchMinBytes: cfg.fetchMinBytes,
      fetchWaitMs: cfg.fetchWaitMs,
      minRows: cfg.minBlockRows,
      lingerMs: cfg.lingerMs,
    },
    concurrency: cfg.concurrency,
    deletionPolicy: cfg.deletionPolicy,
    evidenceKeys: cfg.evidenceKeys,
  }
}
