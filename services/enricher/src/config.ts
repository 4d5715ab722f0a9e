import {
  type CommonConfig,
  commonConfig,
  type Env,
  envInt,
  envString,
  type Keyring,
  keyringFromEnv,
} from '@vigil/config'
import { defaultIntentModelPath, defaultModelsDir } from '@vigil/nlp'
import { type EnricherFetch, enricherFetch } from './service.js'

export interface EnricherConfig {
  common: CommonConfig
  /** Consumer group on mentions.raw. */
  groupId: string
  /** Port of /metrics and /healthz on 127.0.0.1; 0 turns them off. */
  metricsPort: number
  /** EVIDENCE_KEYS_FILE / EVIDENCE_KEYS: seal each original for the evidence archive; null: keep none. */
  evidenceKeys: Keyring | null
  /** Where vigil-train publishes sentiment and intent models (VIGIL_MODELS_DIR, default <cache>/nlp/models). */
  modelsDir: string
  /** Minimum ms between two looks at the models directory (VIGIL_MODEL_RELOAD_MS, default 5000). */
  modelCheckMs: number
  /**
   * The intent model answering until a version is published: VIGIL_INTENT_MODEL_PATH, else the
   * shipped file; null with VIGIL_INTENT_MODEL=rules (the rules only, nothing watched).
   */
  intentModelPath: string | null
  /** A missing intent model file is an error when the path was set explicitly. */
  intentModelRequired: boolean
  /**
   * ENRICHER_FETCH_MIN_BYTES / _MAX_WAIT_MS / _PARTITION_BYTES: how mentions.raw is fetched
   * (defaults and their latency cost: `enricherFetch` in service.ts).
   */
  fetch: EnricherFetch
}

export function enricherConfig(env: Env): EnricherConfig {
  return {
    common: commonConfig(env, 'enricher'),
    groupId: envString(env, 'ENRICHER_GROUP_ID', 'vigil-enricher'),
    metricsPort: envInt(env, 'ENRICHER_METRICS_PORT', 9101, 0, 65_535),
    evidenceKeys: keyringFromEnv(env),
    modelsDir: defaultModelsDir(env),
    modelCheckMs: envInt(env, 'VIGIL_MODEL_RELOAD_MS', 5000, 0, 3_600_000),
    intentModelPath: defaultIntentModelPath(env),
    intentModelRequired: env.VIGIL_INTENT_MODEL_PATH !== undefined,
    fetch: {
      minBytes: envInt(env, 'ENRICHER_FETCH_MIN_BYTES', enricherFetch.minBytes, 1, 64 << 20),
      maxWaitTimeInMs: envInt(env, 'ENRICHER_FETCH_MAX_WAIT_MS', enricherFetch.maxWaitTimeInMs, 0, 10_000),
      maxBytesPerPartition: envInt(
        env,
        'ENRICHER_FETCH_PARTITION_BYTES',
        enricherFetch.maxBytesPerPartition,
        1024,
        64 << 20,
      ),
    },
  }
}
