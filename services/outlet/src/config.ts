import { type CommonConfig, commonConfig, type Env, envInt, envOptional, envString } from '@vigil/config'
import { type BackoffPolicy, DEFAULT_BACKOFF } from './backoff.js'
import { loadOutlets, type OutletSpec } from './outlets-file.js'

export interface OutletConfig {
  common: CommonConfig
  groupId: string
  outlets: OutletSpec[]
  /** Where sample posts and incident status are read (the api). */
  apiUrl: string
  /** A viewer token when the api requires one. */
  apiToken: string | undefined
  /** Base of the incident links in every message. */
  dashboardUrl: string
  /** Alert versions older than this when read are not delivered (a replay of last month). */
  maxAgeMs: number
  backoff: BackoffPolicy
  metricsPort: number
}

export function outletConfig(env: Env): OutletConfig {
  const apiUrl = envString(env, 'OUTLET_API_URL', `http://127.0.0.1:${env.API_PORT || '8080'}`)
  return {
    common: commonConfig(env, 'outlet'),
    groupId: env.OUTLET_GROUP_ID || 'vigil-outlet',
    outlets: loadOutlets(env),
    apiUrl,
    apiToken: envOptional(env, 'OUTLET_API_TOKEN'),
    dashboardUrl: envString(env, 'VIGIL_DASHBOARD_URL', `${apiUrl}/`),
    maxAgeMs: envInt(env, 'OUTLET_MAX_AGE_MS', 30 * 60_000, 60_000, 30 * 24 * 3_600_000),
    backoff: {
      baseMs: envInt(env, 'OUTLET_RETRY_BASE_MS', DEFAULT_BACKOFF.baseMs, 10, 3_600_000),
      maxMs: envInt(env, 'OUTLET_RETRY_MAX_MS', DEFAULT_BACKOFF.maxMs, 10, 24 * 3_600_000),
      maxAttempts: envInt(env, 'OUTLET_MAX_ATTEMPTS', DEFAULT_BACKOFF.maxAttempts, 1, 1000),
    },
    metricsPort: envInt(env, 'OUTLET_METRICS_PORT', 9103, 0, 65_535),
  }
}
