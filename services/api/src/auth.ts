/**
 * Who may read the wall screen and who may act on an alert. Tokens come from configuration
 * (API_TOKENS); each names a person or screen and a role:
 *   - viewer: every GET and the live feed (a wall screen in the care room);
 *   - operator: also acknowledges alerts and gives feedback, recorded under the token's name.
 * With no tokens configured the api is open (the local demo) and `main` says so in the log.
 *
 * Tokens are compared as SHA-256 digests with timingSafeEqual against every configured token,
 * so neither the answer time nor an early exit tells a caller how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto'

export type Role = 'viewer' | 'operator'

export interface Principal {
  name: string
  role: Role
}

export interface ApiToken extends Principal {
  token: string
}

/** Shorter secrets are guessable online; the check is at configuration time, not per request. */
export const MIN_TOKEN_LENGTH = 16

const ROLES: readonly Role[] = ['viewer', 'operator']

/**
 * Parses `name:role:token[,name:role:token…]`. Throws with a message naming the bad entry (by
 * position and name, never the secret) so a misconfigured api does not start.
 */
export function parseApiTokens(spec: string): ApiToken[] {
  const out: ApiToken[] = []
  const entries = spec
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')
  entries.forEach((entry, i) => {
    const first = entry.indexOf(':')
    const second = entry.indexOf(':', first + 1)
    const where = `API_TOKENS entry ${i + 1}`
    if (first <= 0 || second < 0) throw new Error(`${where}: expected name:role:token`)
    const name = entry.slice(0, first).trim()
    const role = entry.slice(first + 1, second).trim() as Role
    const token = entry.slice(second + 1).trim()
    if (!ROLES.includes(role)) throw new Error(`${where} (${name}): role must be viewer or operator`)
    if (token.length < MIN_TOKEN_LENGTH)
      throw new Error(`${where} (${name}): token shorter than ${MIN_TOKEN_LENGTH} characters`)
    if (out.some((t) => t.name === name)) throw new Error(`${where}: name "${name}" given twice`)
    if (out.some((t) => t.token === token)) throw new Error(`${where} (${name}): token used twice`)
    out.push({ name, role, token })
  })
  return out
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest()

export interface Authenticator {
  /** Whether tokens are required at all. */
  readonly required: boolean
  /** The principal a presented token belongs to; null when it matches none (or is absent). */
  identify(token: string | undefined): Principal | null
}

/** The principal of every request when no tokens are configured. */
export const OPEN_PRINCIPAL: Principal = Object.freeze({ name: 'anonymous', role: 'operator' })

export function createAuthenticator(tokens: readonly ApiToken[]): Authenticator {
  const known = tokens.map((t) => ({ principal: { name: t.name, role: t.role }, digest: digest(t.token) }))
  return {
    required: known.length > 0,
    identify(token) {
      if (known.length === 0) return OPEN_PRINCIPAL
      if (token === undefined || token === '') return null
      const d = digest(token)
      let found: Principal | null = null
      // Every entry is compared, match or not, so the time does not depend on which matched.
      for (const k of known) if (timingSafeEqual(d, k.digest) && found === null) found = k.principal
      return found
    },
  }
}

/** `Authorization: Bearer <token>`; anything else is no token. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
  return m?.[1]
}

export const mayAct = (p: Principal): boolean => p.role === 'operator'
