import { type ApiConfig, apiConfig } from '@vigil/api'
import type { Env } from '@vigil/config'
import { type SinkConfig, sinkConfig } from '@vigil/sink'

/**
 * The sink's and the api's own configurations, read from the same environment: each keeps its
 * variables and defaults (see their READMEs), and the store settings (`CLICKHOUSE_*`,
 * `CHDB_PATH`) are the api's, for the one store both use.
 */
export interface EmbeddedConfig {
  api: ApiConfig
  sink: SinkConfig
}

export function embeddedConfig(env: Env): EmbeddedConfig {
  return { api: apiConfig(env), sink: sinkConfig(env) }
}
