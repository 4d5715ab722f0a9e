/**
 * Access tokens for the doors into Vigil, from configuration:
 *   - the api (API_TOKENS, `name:role:token`): a viewer reads and watches (a wall screen in
 *     the care room); an operator also acknowledges alerts and gives feedback, recorded under
 *     the token's name;
 *   - the ingest webhook (INGEST_TOKENS, `name:token`): a platform relay that may post mentions.
 * With no tokens configured the ingest door is open (the local demo). The api is safe by default:
 * without tokens anyone on its address may read, nobody may act (acknowledge, feedback, any
 * write), unless the operator explicitly starts an open local demo (VIGIL_OPEN_DEMO=1).
 *
 * Tokens are compared as SHA-256 digests with timingSafeEqual against every configured token,
 * so neither the answer time nor an early exit tells a caller how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto'

/** viewer and operator: the api's; relay: a platform connector posting to the ingest webhook. */
export type Role = 'viewer' | 'operator' | 'admin' | 'relay'

export interface Principal {
  name: string
  role: Role
}

export interface AccessToken extends Principal {
  token: string
}

/** Shorter secrets are guessable online; the check is at configuration time, not per request. */
export const MIN_TOKEN_LENGTH = 16

// admin: an operator who may also read the unmasked evidence archive (every read audited).
const API_ROLES: readonly Role[] = ['viewer', 'operator', 'admin']

/**
 * Parses `name:role:token[,…]` (or `name:token[,…]` when `roles` is null: every entry then
 * has the one role `fixedRole`). Throws with a message naming the bad entry (by position and
 * name, never the secret) so a misconfigured service does not start.
 */
export function parseTokenList(
  spec: string,
  variable: string,
  roles: readonly Role[] | null,
  fixedRole?: Role,
): AccessToken[] {
  const out: AccessToken[] = []
  const entries = spec
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')
  entries.forEach((entry, i) => {
    const where = `${variable} entry ${i + 1}`
    const first = entry.indexOf(':')
    const second = roles === null ? first : entry.indexOf(':', first + 1)
    if (first <= 0 || second < 0)
      throw new Error(`${where}: expected ${roles === null ? 'name:token' : 'name:role:token'}`)
    const name = entry.slice(0, first).trim()
    const role = (roles === null ? fixedRole : entry.slice(first + 1, second).trim()) as Role
    const token = entry.slice(second + 1).trim()
    if (roles !== null && !roles.includes(role))
      throw new Error(`${where} (${name}): role must be ${roles.join(' or ')}`)
    if (token.length < MIN_TOKEN_LENGTH)
      throw new Error(`${where} (${name}): token shorter than ${MIN_TOKEN_LENGTH} characters`)
    if (out.some((t) => t.name === name)) throw new Error(`${where}: name "${name}" given twice`)
    if (out.some((t) => t.token === token)) throw new Error(`${where} (${name}): token used twice`)
    out.push({ name, role, token })
  })
  return out
}

/** API_TOKENS: `name:viewer|operator|admin:token,…`. */
export const parseApiTokens = (spec: string): AccessToken[] => parseTokenList(spec, 'API_TOKENS', API_ROLES)

/** INGEST_TOKENS: `name:token,…`; every holder may post mentions. */
export const parseIngestTokens = (spec: string): AccessToken[] =>
  parseTokenList(spec, 'INGEST_TOKENS', null, 'relay')

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest()

export interface Authenticator {
  /** Whether tokens are required at all. */
  readonly required: boolean
  /** The principal a presented token belongs to; null when it matches none (or is absent). */
  identify(token: string | undefined): Principal | null
}

/** The principal of every request in an explicitly opened local demo (no tokens, VIGIL_OPEN_DEMO=1). */
export const OPEN_PRINCIPAL: Principal = Object.freeze({ name: 'anonymous', role: 'operator' })

/** The principal of every request when no tokens are configured and no open demo was asked for. */
export const READ_ONLY_PRINCIPAL: Principal = Object.freeze({ name: 'anonymous', role: 'viewer' })

export interface AuthenticatorOptions {
  /**
   * Only with no tokens: everyone may act, as an anonymous operator (the open local demo). Off by
   * default, so a forgotten API_TOKENS leaves a read-only screen, never an open door.
   */
  openDemo?: boolean
}

export function createAuthenticator(
  tokens: readonly AccessToken[],
  options: AuthenticatorOptions = {},
): Authenticator {
  const known = tokens.map((t) => ({ principal: { name: t.name, role: t.role }, digest: digest(t.token) }))
  const anonymous = options.openDemo === true ? OPEN_PRINCIPAL : READ_ONLY_PRINCIPAL
  return {
    required: known.length > 0,
    identify(token) {
      if (known.length === 0) return anonymous
      if (token === undefined || token === '') return null
      const d = digest(token)
      let found: Principal | null = null
      // Every entry is compared, match or not, so the time does not depend on which matched.
      for (const k of known) if (timingSafeEqual(d, k.digest) && found === null) found = k.principal
      return found
    },
  }
}

/**
 * No tokens configured and no open demo asked for: every guarded request is refused. Tokens are
 * required by default, so a forgotten variable closes the door instead of opening it.
 */
export const CLOSED_AUTHENTICATOR: Authenticator = Object.freeze({ required: true, identify: () => null })

/** The authenticator a service main uses: its tokens; none: open only when asked for, else closed. */
export const serviceAuthenticator = (tokens: readonly AccessToken[], openDemo: boolean): Authenticator =>
  tokens.length === 0 && !openDemo ? CLOSED_AUTHENTICATOR : createAuthenticator(tokens, { openDemo })

/** `Authorization: Bearer <token>`; anything else is no token. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
  return m?.[1]
}

export const mayAct = (p: Principal): boolean => p.role === 'operator' || p.role === 'admin'

export const isAdmin = (p: Principal): boolean => p.role === 'admin'

/** A listener only this machine can reach: an open door there is the local demo, not a hole. */
export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host.startsWith('127.')
