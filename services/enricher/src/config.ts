import {
  type CommonConfig,
  commonConfig,
  type Env,
  envInt,
  envString,
  type Keyring,
  keyringFromEnv,
} from '@vigil/config'

export interface EnricherConfig {
  common: CommonConfig
  /** Consumer group on mentions.raw. */
  groupId: string
  /** Port of /metrics and /healthz on 127.0.0.1; 0 turns them off. */
  metricsPort: number
  /** EVIDENCE_KEYS_FILE / EVIDENCE_KEYS: seal each original for the evidence archive; null: keep none. */
  evidenceKeys: Keyring | null
}

export function enricherConfig(env: Env): EnricherConfig {
  return {
    common: commonConfig(env, 'enricher'),
    groupId: envString(env, 'ENRICHER_GROUP_ID', 'vigil-enricher'),
    metricsPort: envInt(env, 'ENRICHER_METRICS_PORT', 9101, 0, 65_535),
    evidenceKeys: keyringFromEnv(env),
  }
}
