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

type C = ConnectorsConfig

function metaConfig(env: Env): Pick<C, 'meta'> {
  const appSecret = secret(env, 'META_APP_SECRET')
  const verifyToken = secret(env, 'META_VERIFY_TOKEN')
  if (!!appSecret !== !!verifyToken) {
    throw new Error('META_APP_SECRET and META_VERIFY_TOKEN go together: set both or neither')
  }
  return appSecret && verifyToken ? { meta: { appSecret, verifyToken } } : {}
}

function xConfig(env: Env): Pick<C, 'x'> {
  const bearerToken = secret(env, 'X_BEARER_TOKEN')
  const stream = envBool(env, 'X_STREAM', false)
  const searchQueries = envList(env, 'X_SEARCH_QUERIES', [])
  const compliance = envBool(env, 'X_COMPLIANCE_STREAM', false)
  if (!stream && !compliance && searchQueries.length === 0) return {}
  if (!bearerToken) throw new Error('X_STREAM / X_COMPLIANCE_STREAM / X_SEARCH_QUERIES need X_BEARER_TOKEN')
  return {
    x: {
      bearerToken,
      stream,
      compliance,
      searchQueries,
      ruleChars: envInt(env, 'X_RULE_MAX_CHARS', 512, 64, 4096),
      ...opt('base', envOptional(env, 'X_API_BASE')),
    },
  }
}

function googlePlayConfig(env: Env): Pick<C, 'googlePlay'> {
  const packages = envList(env, 'GOOGLE_PLAY_PACKAGES', [])
  if (packages.length === 0) return {}
  const accessToken = secret(env, 'GOOGLE_PLAY_ACCESS_TOKEN')
  const account = serviceAccount(secret(env, 'GOOGLE_PLAY_SERVICE_ACCOUNT'))
  if (!accessToken && !account) {
    throw new Error('GOOGLE_PLAY_PACKAGES needs GOOGLE_PLAY_SERVICE_ACCOUNT or GOOGLE_PLAY_ACCESS_TOKEN')
  }
  return {
    googlePlay: {
      packages,
      ...opt('accessToken', accessToken),
      ...(account ? { serviceAccount: account } : {}),
      ...opt('base', envOptional(env, 'GOOGLE_PLAY_API_BASE')),
    },
  }
}

function appStoreConnectConfig(env: Env): Pick<C, 'appStoreConnect'> {
  const apps = envList(env, 'APP_STORE_CONNECT_APPS', [])
  if (apps.length === 0) return {}
  const token = secret(env, 'APP_STORE_CONNECT_TOKEN')
  const privateKeyPem = secret(env, 'APP_STORE_CONNECT_PRIVATE_KEY')
  const keyId = envOptional(env, 'APP_STORE_CONNECT_KEY_ID')
  const issuerId = envOptional(env, 'APP_STORE_CONNECT_ISSUER_ID')
  const key = privateKeyPem && keyId && issuerId ? { keyId, issuerId, privateKeyPem } : undefined
  if (!token && !key) {
    throw new Error(
      'APP_STORE_CONNECT_APPS needs APP_STORE_CONNECT_KEY_ID, _ISSUER_ID and _PRIVATE_KEY, or APP_STORE_CONNECT_TOKEN',
    )
  }
  return {
    appStoreConnect: {
      apps,
      ...opt('token', token),
      ...(key ? { key } : {}),
      ...opt('base', envOptional(env, 'APP_STORE_CONNECT_API_BASE')),
    },
  }
}

function youtubeConfig(env: Env): Pick<C, 'youtube'> {
  const videos = envList(env, 'YOUTUBE_VIDEOS', [])
  const channels = envList(env, 'YOUTUBE_CHANNELS', [])
  if (videos.length + channels.length === 0) return {}
  const apiKey = secret(env, 'YOUTUBE_API_KEY')
  if (!apiKey) throw new Error('YOUTUBE_VIDEOS / YOUTUBE_CHANNELS need YOUTUBE_API_KEY')
  return { youtube: { apiKey, videos, channels, ...opt('base', envOptional(env, 'YOUTUBE_API_BASE')) } }
}

function feedsConfig(env: Env): Pick<C, 'feeds' | 'itunes'> {
  const itunes = envList(env, 'ITUNES_RSS_APPS', []).map((s) => {
    const m = /^(\d+):([A-Za-z]{2})$/.exec(s.trim())
    if (!m) throw new Error(`ITUNES_RSS_APPS: "${s}" must be appId:cc (1500000001:gb)`)
    return { appId: m[1]!, territory: m[2]!.toUpperCase() }
  })
  const feeds = envList(env, 'RSS_FEEDS', [])
  for (const f of feeds) {
    if (!/^https?:\/\//.test(f)) throw new Error(`RSS_FEEDS: "${f}" is not an http(s) URL`)
  }
  return { feeds, itunes }
}

export function connectorsConfig(env: Env): ConnectorsConfig {
  return {
    ...metaConfig(env),
    ...xConfig(env),
    ...feedsConfig(env),
    ...googlePlayConfig(env),
    ...appStoreConnectConfig(env),
    ...youtubeConfig(env),
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
