import { readFileSync } from 'node:fs'
import { type Env, envBool, envInt, envList, envOptional } from '@vigil/config'
import type { ServiceAccount } from './auth/jwt.js'

/**
 * A credential from `NAME` or from the file named by `NAME_FILE` (a mounted secret). Read at
 * start; never logged: the config only says whether it is set.
 */
export function secret(env: Env, name: string): string | undefined {
  const direct = envOptional(env, name)
  if (direct) return direct
  const file = envOptional(env, `${name}_FILE`)
  if (!file) return undefined
  try {
    const s = readFileSync(file, 'utf8').trim()
    return s === '' ? undefined : s
  } catch (err) {
    throw new Error(`${name}_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** Each connector is off unless configured; a poller list that is empty polls nothing. */
export interface ConnectorsConfig {
  meta?: { appSecret: string; verifyToken: string }
  x?: {
    bearerToken: string
    stream: boolean
    /** Reads the four partitions of the post compliance stream (deletes purge downstream). */
    compliance: boolean
    searchQueries: string[]
    base?: string
    ruleChars: number
  }
  feeds: string[]
  itunes: Array<{ appId: string; territory: string }>
  /** A ready access token, or a service account whose tokens are minted and renewed. */
  googlePlay?: { packages: string[]; accessToken?: string; serviceAccount?: ServiceAccount; base?: string }
  /** A ready JWT, or the team key that signs a new one every 19 minutes. */
  appStoreConnect?: {
    apps: string[]
    token?: string
    key?: { keyId: string; issuerId: string; privateKeyPem: string }
    base?: string
  }
  youtube?: { apiKey: string; videos: string[]; channels: string[]; base?: string }
  reddit: { paths: string[]; userAgent?: string; base?: string }
  /** Minutes between polls, per kind (the platforms' quotas set the floor). */
  intervalMinutes: { feeds: number; stores: number; youtube: number; reddit: number; x: number }
}

const opt = <K extends string>(k: K, v: string | undefined) =>
  (v ? { [k]: v } : {}) as Partial<Record<K, string>>

export function connectorsConfig(env: Env): ConnectorsConfig {
  const metaSecret = secret(env, 'META_APP_SECRET')
  const metaVerify = secret(env, 'META_VERIFY_TOKEN')
  if (!!metaSecret !== !!metaVerify) {
    throw new Error('META_APP_SECRET and META_VERIFY_TOKEN go together: set both or neither')
  }
  const xToken = secret(env, 'X_BEARER_TOKEN')
  const xStream = envBool(env, 'X_STREAM', false)
  const xQueries = envList(env, 'X_SEARCH_QUERIES', [])
  const xCompliance = envBool(env, 'X_COMPLIANCE_STREAM', false)
  if ((xStream || xCompliance || xQueries.length > 0) && !xToken) {
    throw new Error('X_STREAM / X_COMPLIANCE_STREAM / X_SEARCH_QUERIES need X_BEARER_TOKEN')
  }
  const playPackages = envList(env, 'GOOGLE_PLAY_PACKAGES', [])
  const playToken = secret(env, 'GOOGLE_PLAY_ACCESS_TOKEN')
  const playAccount = serviceAccount(secret(env, 'GOOGLE_PLAY_SERVICE_ACCOUNT'))
  if (playPackages.length > 0 && !playToken && !playAccount) {
    throw new Error('GOOGLE_PLAY_PACKAGES needs GOOGLE_PLAY_SERVICE_ACCOUNT or GOOGLE_PLAY_ACCESS_TOKEN')
  }
  const ascApps = envList(env, 'APP_STORE_CONNECT_APPS', [])
  const ascToken = secret(env, 'APP_STORE_CONNECT_TOKEN')
  const ascKeyPem = secret(env, 'APP_STORE_CONNECT_PRIVATE_KEY')
  const ascKeyId = envOptional(env, 'APP_STORE_CONNECT_KEY_ID')
  const ascIssuer = envOptional(env, 'APP_STORE_CONNECT_ISSUER_ID')
  const ascKey =
    ascKeyPem && ascKeyId && ascIssuer
      ? { keyId: ascKeyId, issuerId: ascIssuer, privateKeyPem: ascKeyPem }
      : undefined
  if (ascApps.length > 0 && !ascToken && !ascKey) {
    throw new Error(
      'APP_STORE_CONNECT_APPS needs APP_STORE_CONNECT_KEY_ID, _ISSUER_ID and _PRIVATE_KEY, or APP_STORE_CONNECT_TOKEN',
    )
  }
  const ytKey = secret(env, 'YOUTUBE_API_KEY')
  const ytVideos = envList(env, 'YOUTUBE_VIDEOS', [])
  const ytChannels = envList(env, 'YOUTUBE_CHANNELS', [])
  if (ytVideos.length + ytChannels.length > 0 && !ytKey)
    throw new Error('YOUTUBE_VIDEOS / YOUTUBE_CHANNELS need YOUTUBE_API_KEY')
  const itunes = envList(env, 'ITUNES_RSS_APPS', []).map((s) => {
    const m = /^(\d+):([A-Za-z]{2})$/.exec(s.trim())
    if (!m) throw new Error(`ITUNES_RSS_APPS: "${s}" must be appId:cc (1500000001:gb)`)
    return { appId: m[1]!, territory: m[2]!.toUpperCase() }
  })
  const feeds = envList(env, 'RSS_FEEDS', [])
  for (const f of feeds) {
    if (!/^https?:\/\//.test(f)) throw new Error(`RSS_FEEDS: "${f}" is not an http(s) URL`)
  }
  return {
    ...(metaSecret && metaVerify ? { meta: { appSecret: metaSecret, verifyToken: metaVerify } } : {}),
    ...(xToken && (xStream || xCompliance || xQueries.length > 0)
      ? {
          x: {
            bearerToken: xToken,
            stream: xStream,
            compliance: xCompliance,
            searchQueries: xQueries,
            ruleChars: envInt(env, 'X_RULE_MAX_CHARS', 512, 64, 4096),
            ...opt('base', envOptional(env, 'X_API_BASE')),
          },
        }
      : {}),
    feeds,
    itunes,
    ...(playPackages.length > 0
      ? {
          googlePlay: {
            packages: playPackages,
            ...opt('accessToken', playToken),
            ...(playAccount ? { serviceAccount: playAccount } : {}),
            ...opt('base', envOptional(env, 'GOOGLE_PLAY_API_BASE')),
          },
        }
      : {}),
    ...(ascApps.length > 0
      ? {
          appStoreConnect: {
            apps: ascApps,
            ...opt('token', ascToken),
            ...(ascKey ? { key: ascKey } : {}),
            ...opt('base', envOptional(env, 'APP_STORE_CONNECT_API_BASE')),
          },
        }
      : {}),
    ...(ytKey && ytVideos.length + ytChannels.length > 0
      ? {
          youtube: {
            apiKey: ytKey,
            videos: ytVideos,
            channels: ytChannels,
            ...opt('base', envOptional(env, 'YOUTUBE_API_BASE')),
          },
        }
      : {}),
    reddit: {
      paths: envList(env, 'REDDIT_PATHS', []),
      ...opt('userAgent', envOptional(env, 'REDDIT_USER_AGENT')),
      ...opt('base', envOptional(env, 'REDDIT_API_BASE')),
    },
    intervalMinutes: {
      feeds: envInt(env, 'POLL_FEEDS_MINUTES', 5, 1),
      stores: envInt(env, 'POLL_STORES_MINUTES', 30, 1),
      youtube: envInt(env, 'POLL_YOUTUBE_MINUTES', 10, 1),
      reddit: envInt(env, 'POLL_REDDIT_MINUTES', 2, 1),
      x: envInt(env, 'POLL_X_MINUTES', 5, 1),
    },
  }
}

/** A Google service-account key file's JSON (client_email, private_key, token_uri). */
function serviceAccount(json: string | undefined): ServiceAccount | undefined {
  if (!json) return undefined
  let v: Partial<ServiceAccount>
  try {
    v = JSON.parse(json) as Partial<ServiceAccount>
  } catch {
    throw new Error('GOOGLE_PLAY_SERVICE_ACCOUNT is not JSON (a service-account key file)')
  }
  if (typeof v.client_email !== 'string' || typeof v.private_key !== 'string') {
    throw new Error('GOOGLE_PLAY_SERVICE_ACCOUNT needs client_email and private_key')
  }
  return {
    client_email: v.client_email,
    private_key: v.private_key,
    ...(typeof v.token_uri === 'string' ? { token_uri: v.token_uri } : {}),
  }
}

/** What is switched on, for the start-up log: names and counts, never a credential. */
export function describeConnectors(c: ConnectorsConfig): Record<string, unknown> {
  return {
    metaWebhook: !!c.meta,
    xStream: c.x?.stream ?? false,
    xCompliance: c.x?.compliance ?? false,
    xSearch: c.x?.searchQueries.length ?? 0,
    feeds: c.feeds.length,
    itunesRss: c.itunes.length,
    googlePlay: c.googlePlay?.packages.length ?? 0,
    appStoreConnect: c.appStoreConnect?.apps.length ?? 0,
    youtube: (c.youtube?.videos.length ?? 0) + (c.youtube?.channels.length ?? 0),
    reddit: c.reddit.paths.length,
  }
}
