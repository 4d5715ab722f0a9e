import { type CommonConfig, commonConfig, type Env, envInt } from '@vigil/config'

export interface DetectorConfig {
  common: CommonConfig
  groupId: string
  tickMs: number
  liveEveryMs: number
  allowedLatenessMs: number
  ownershipTtlMs: number
  /** Port of /metrics and /healthz on 127.0.0.1; 0 turns them off. */
  metricsPort: number
}

export function detectorConfig(env: Env): DetectorConfig {
  return {
    common: commonConfig(env, 'detector'),
    groupId: env.DETECTOR_GROUP_ID || 'vigil-detector',
    tickMs: envInt(env, 'DETECTOR_TICK_MS', 1_000, 100, 60_000),
    liveEveryMs: envInt(env, 'DETECTOR_LIVE_MS', 250, 0, 60_000),
    allowedLatenessMs: envInt(env, 'DETECTOR_ALLOWED_LATENESS_MS', 10_000, 0, 3_600_000),
    ownershipTtlMs: envInt(env, 'DETECTOR_OWNERSHIP_TTL_MS', 15 * 60_000, 60_000, 24 * 3_600_000),
    metricsPort: envInt(env, 'DETECTOR_METRICS_PORT', 9102, 0, 65_535),
  }
}
