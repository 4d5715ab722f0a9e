import {
  type AccessToken,
  type CommonConfig,
  commonConfig,
  type Env,
  envBool,
  envInt,
  envNumber,
  envOptional,
  envString,
  parseIngestTokens,
  type RateLimitConfig,
  rateLimitConfig,
} from '@vigil/config'
import { type ConnectorsConfig, connectorsConfig } from './connectors-config.js'

export interface IngestConfig extends CommonConfig {
  host: string
  port: number
  generator: boolean
  seed: number
  rateScale: number
  /** Minutes of history generated at start, so baselines and charts are not empty. */
  backfillMinutes: number
  /** Seconds after start at which the demo crisis begins; unset: no scheduled crisis. */
  demoCrisisAfterS: number | undefined
  demoCrisisBrand: string
  demoCrisisIntensity: number
  demoCrisisMinutes: number
  /** INGEST_TOKENS parsed; empty = /v1 is refused, unless `openDemo`. */
  tokens: AccessToken[]
  /** VIGIL_OPEN_DEMO=1: with no tokens, anyone may post (an open local demo, asked for). */
  openDemo: boolean
  /** INGEST_RATE_LIMIT_MAX requests per client per INGEST_RATE_LIMIT_WINDOW_MS (6000 a minute). */
  rateLimit: RateLimitConfig
  /** Platform connectors, each off unless configured (see the README). */
  connectors: ConnectorsConfig
  /** Mention events waiting for Kafka at most; beyond, webhooks answer 503 and pollers pause. */
  maxBuffered: number
  /** The compacted topic holding the pollers' cursors. */
  cursorTopic: string
}

export function ingestConfig(env: Env): IngestConfig {
  const crisis = envOptional(env, 'DEMO_CRISIS_AFTER_S')
  return {
    ...commonConfig(env, 'ingest'),
    host: envString(env, 'INGEST_HOST', '127.0.0.1'),
    port: envInt(env, 'INGEST_PORT', 8081, 0, 65535),
    generator: envBool(env, 'GENERATOR', true),
    seed: envInt(env, 'GENERATOR_SEED', Date.now() % 1_000_000, 0),
    rateScale: envNumber(env, 'GENERATOR_RATE_SCALE', 3),
    backfillMinutes: envInt(env, 'GENERATOR_BACKFILL_MINUTES', 60, 0, 60 * 24 * 14),
    demoCrisisAfterS: crisis === undefined ? undefined : envInt(env, 'DEMO_CRISIS_AFTER_S', 60, -24 * 3600),
    demoCrisisBrand: envString(env, 'DEMO_CRISIS_BRAND', 'northwind'),
    demoCrisisIntensity: envNumber(env, 'DEMO_CRISIS_INTENSITY', 6),
    demoCrisisMinutes: envInt(env, 'DEMO_CRISIS_MINUTES', 20, 1),
    tokens: parseIngestTokens(envOptional(env, 'INGEST_TOKENS') ?? ''),
    openDemo: envBool(env, 'VIGIL_OPEN_DEMO', false),
    rateLimit: rateLimitConfig(env, 'INGEST', { max: 6000, windowMs: 60_000 }),
    connectors: connectorsConfig(env),
    maxBuffered: envInt(env, 'INGEST_MAX_BUFFERED', 10_000, 1),
    cursorTopic: `${envString(env, 'VIGIL_TOPIC_PREFIX', '')}ingest.cursors`,
  }
}
