import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type AccessToken,
  type CommonConfig,
  commonConfig,
  type Env,
  envBool,
  envInt,
  envOptional,
  envString,
  parseApiTokens,
  type RateLimitConfig,
  rateLimitConfig,
} from '@vigil/config'
import { type Keyring, keyringFromEnv } from '@vigil/store'
import { type CareConfig, careConfig } from './care/config.js'

/** Both `src/` and `dist/` sit one level below services/api, so this resolves from either. */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

export interface ApiConfig extends CommonConfig {
  host: string
  port: number
  /** The built dashboard; served at `/` when the directory exists. */
  dashboardDir: string
  clickhouseUser: string | undefined
  clickhousePassword: string | undefined
  /** Unsent bytes per WebSocket client above which metric ticks are dropped / the client is closed. */
  wsSoftCapBytes: number
  wsHardCapBytes: number
  /** API_TOKENS parsed; empty = anyone may read, nobody may act (unless `openDemo`). */
  tokens: AccessToken[]
  /** VIGIL_OPEN_DEMO=1: with no tokens, everyone may also act (an open local demo, asked for). */
  openDemo: boolean
  /** CARE_BUSINESS_HOURS, CARE_PEOPLE, CARE_WINDOW_HOURS (care/config.ts). */
  care: CareConfig
  /** EVIDENCE_KEYS_FILE or EVIDENCE_KEYS (packages/store evidence/keyring.ts); null: none configured. */
  evidenceKeys: Keyring | null
  /** VIGIL_RELEASES_FILE: announced app releases (packages/config releases.ts); unset: none. */
  releasesPath: string | undefined
  /** API_RATE_LIMIT_MAX requests per client per API_RATE_LIMIT_WINDOW_MS (1200 a minute). */
  rateLimit: RateLimitConfig
  /** API_TRUST_PROXY=1: believe X-Forwarded-For/-Proto (the api sits behind a TLS-terminating proxy). */
  trustProxy: boolean
}

export function apiConfig(env: Env): ApiConfig {
  return {
    ...commonConfig(env, 'api'),
    host: envString(env, 'API_HOST', '127.0.0.1'),
    port: envInt(env, 'API_PORT', 8080, 0, 65_535),
    dashboardDir: resolve(envString(env, 'DASHBOARD_DIR', join(REPO_ROOT, 'dashboard', 'dist'))),
    clickhouseUser: envOptional(env, 'CLICKHOUSE_USER'),
    clickhousePassword: envOptional(env, 'CLICKHOUSE_PASSWORD'),
    wsSoftCapBytes: envInt(env, 'API_WS_SOFT_CAP_BYTES', 256 * 1024, 1024),
    wsHardCapBytes: envInt(env, 'API_WS_HARD_CAP_BYTES', 4 * 1024 * 1024, 4096),
    tokens: parseApiTokens(envOptional(env, 'API_TOKENS') ?? ''),
    openDemo: envBool(env, 'VIGIL_OPEN_DEMO', false),
    care: careConfig(env),
    evidenceKeys: keyringFromEnv(env),
    releasesPath: envOptional(env, 'VIGIL_RELEASES_FILE'),
    rateLimit: rateLimitConfig(env, 'API', { max: 1200, windowMs: 60_000 }),
    trustProxy: envBool(env, 'API_TRUST_PROXY', false),
  }
}
