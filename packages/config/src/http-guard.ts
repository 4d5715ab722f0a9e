/**
 * Guards every HTTP service puts in front of its routes, framework-free so the api and ingest
 * share one definition: a per-client request budget (a flood gets 429 with Retry-After, not the
 * store's or Kafka's attention) and the response headers a browser needs to stay safe.
 */
import { type Env, envInt } from './env.js'

export interface RateLimitConfig {
  /** Requests one client may make per window; 0 turns the limit off. */
  max: number
  windowMs: number
}

/** `<PREFIX>_RATE_LIMIT_MAX` and `<PREFIX>_RATE_LIMIT_WINDOW_MS`. */
export function rateLimitConfig(env: Env, prefix: string, defaults: RateLimitConfig): RateLimitConfig {
  return {
    max: envInt(env, `${prefix}_RATE_LIMIT_MAX`, defaults.max, 0),
    windowMs: envInt(env, `${prefix}_RATE_LIMIT_WINDOW_MS`, defaults.windowMs, 100, 3_600_000),
  }
}

export interface RateLimiter {
  /** Counts one request of `client`; null when allowed, else seconds until the window resets. */
  take(client: string, nowMs: number): number | null
}

/**
 * Fixed windows per client, each starting at the first request after the last one ended. The whole table is dropped when a window ends, so memory is bounded
 * by the clients of one window (a flood from many addresses costs one small entry each).
 */
export function createRateLimiter(cfg: RateLimitConfig): RateLimiter {
  let windowStart = Number.NEGATIVE_INFINITY
  let counts = new Map<string, number>()
  return {
    take(client, nowMs) {
      if (cfg.max <= 0) return null
      if (nowMs - windowStart >= cfg.windowMs) {
        windowStart = nowMs
        counts = new Map()
      }
      const n = (counts.get(client) ?? 0) + 1
      counts.set(client, n)
      if (n <= cfg.max) return null
      return Math.max(1, Math.ceil((windowStart + cfg.windowMs - nowMs) / 1000))
    },
  }
}

/**
 * The dashboard is one origin: its own scripts, styles (Svelte sets style attributes, ECharts
 * draws on canvas), fonts and images, and its WebSocket back to the same host. Nothing may frame it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Headers for every response. HSTS only over TLS (RFC 6797 §7.2: a host must not send it over
 * plain HTTP), i.e. when the request came in encrypted or through a proxy the service trusts.
 */
export function securityHeaders(overTls: boolean): Record<string, string> {
  const h: Record<string, string> = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  }
  if (overTls) h['strict-transport-security'] = 'max-age=31536000; includeSubDomains'
  return h
}
