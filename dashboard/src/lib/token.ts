/**
 * The api's access token, when it asks for one. A wall screen is set up once by opening
 * `/#token=<token>`: the token moves to localStorage and leaves the address bar, so it is not
 * shown on the wall or kept in the history. Without one the dashboard works against an open api.
 */
const KEY = 'vigil.token'

export function adoptTokenFromUrl(loc: Location = window.location, storage: Storage = localStorage): void {
  const m = /(?:^#|&)token=([^&]*)/.exec(loc.hash)
  if (!m) return
  storage.setItem(KEY, decodeURIComponent(m[1]!))
  // Keep the page the address asked for ("#/care&token=…" → "#/care").
  const rest = loc.hash.replace(m[0], m[0].startsWith('&') ? '' : '#').replace(/^#&/, '#')
  history.replaceState(null, '', `${loc.pathname}${loc.search}${rest === '#' ? '' : rest}`)
}

export function accessToken(storage: Storage = localStorage): string | null {
  return storage.getItem(KEY)
}

/** Headers for a fetch: the bearer token when there is one. */
export function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const token = accessToken()
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra
}

/** Browsers cannot put headers on a WebSocket, so the token rides in the query (RFC 6750 §2.3). */
export function withAccessToken(url: string): string {
  const token = accessToken()
  return token ? `${url}${url.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}` : url
}

/** Thrown by the api helpers on 401/403, so the page can say what the screen needs. */
export class AccessError extends Error {}
