import { createPrivateKey, sign } from 'node:crypto'

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url')

/** A signed JWT (RS256 or ES256; ES256 signatures in JOSE's raw r||s form, not DER). */
export function signJwt(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  privateKeyPem: string,
): string {
  const alg = header.alg
  if (alg !== 'RS256' && alg !== 'ES256') throw new Error(`unsupported JWT alg ${String(alg)}`)
  const input = `${b64url(JSON.stringify({ typ: 'JWT', ...header }))}.${b64url(JSON.stringify(claims))}`
  const key = createPrivateKey(privateKeyPem)
  const sig = sign('sha256', Buffer.from(input), alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key)
  return `${input}.${b64url(sig)}`
}

/** Caches a token until `refreshBeforeS` before it expires, then makes a new one. */
export function cached(
  make: (nowS: number) => Promise<{ token: string; expiresAtS: number }>,
  refreshBeforeS = 120,
  nowS: () => number = () => Math.floor(Date.now() / 1000),
): () => Promise<string> {
  let current: { token: string; expiresAtS: number } | undefined
  let pending: Promise<{ token: string; expiresAtS: number }> | undefined
  return async () => {
    if (current && current.expiresAtS - refreshBeforeS > nowS()) return current.token
    pending ??= make(nowS()).finally(() => {
      pending = undefined
    })
    current = await pending
    return current.token
  }
}

/**
 * App Store Connect API token: ES256 JWT from the team key (key id, issuer id, .p8 key), at
 * most 20 minutes long as Apple requires; a new one is signed before the last one runs out.
 */
export function appStoreConnectToken(o: { keyId: string; issuerId: string; privateKeyPem: string }) {
  return cached(async (now) => {
    const exp = now + 19 * 60
    const token = signJwt(
      { alg: 'ES256', kid: o.keyId },
      { iss: o.issuerId, iat: now, exp, aud: 'appstoreconnect-v1' },
      o.privateKeyPem,
    )
    return { token, expiresAtS: exp }
  })
}

export interface ServiceAccount {
  client_email: string
  private_key: string
  token_uri?: string
}

/**
 * Google OAuth 2.0 access token for a service account (the JWT bearer grant): an RS256
 * assertion for the scope, exchanged at the account's token_uri; reused until near expiry.
 */
export function googleServiceAccountToken(
  sa: ServiceAccount,
  scope: string,
  fetchImpl: typeof fetch = fetch,
): () => Promise<string> {
  const aud = sa.token_uri ?? 'https://oauth2.googleapis.com/token'
  return cached(async (now) => {
    const assertion = signJwt(
      { alg: 'RS256' },
      { iss: sa.client_email, scope, aud, iat: now, exp: now + 3600 },
      sa.private_key,
    )
    const res = await fetchImpl(aud, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      signal: AbortSignal.timeout(30_000),
    })
    const body = (await res.json().catch(() => ({}))) as {
      access_token?: string
      expires_in?: number
      error?: string
    }
    if (!res.ok || !body.access_token) {
      throw new Error(`token exchange at ${aud} failed: HTTP ${res.status} ${body.error ?? ''}`.trim())
    }
    return { token: body.access_token, expiresAtS: now + (body.expires_in ?? 3600) }
  })
}

export const ANDROID_PUBLISHER_SCOPE = 'https://www.googleapis.com/auth/androidpublisher'
