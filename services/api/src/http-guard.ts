import { createRateLimiter, type RateLimitConfig, securityHeaders } from '@vigil/config'
import type { FastifyInstance } from 'fastify'
import { Counter, type Registry } from 'prom-client'
import { errorBody } from './errors.js'

/** Probes are polled by the platform, not by people: never limited. */
const unlimited = (path: string): boolean => path === '/healthz' || path === '/readyz' || path === '/metrics'

/**
 * Runs before authentication, so a flood of guessed tokens is limited like any other: per client
 * address (the proxy's forwarded one only with API_TRUST_PROXY), 429 with Retry-After beyond the
 * budget. Every response carries the security headers (CSP for the dashboard, HSTS over TLS).
 */
export function registerHttpGuard(app: FastifyInstance, limit: RateLimitConfig, registry: Registry): void {
  const limiter = createRateLimiter(limit)
  const limited = new Counter({
    name: 'vigil_api_rate_limited_total',
    help: 'Requests refused with 429 because their client exceeded API_RATE_LIMIT_MAX per window',
    registers: [registry],
  })
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(securityHeaders(req.protocol === 'https'))
    if (unlimited(req.url.split('?')[0]!)) return
    const retryAfterS = limiter.take(req.ip, Date.now())
    if (retryAfterS === null) return
    limited.inc()
    return reply
      .code(429)
      .header('retry-after', String(retryAfterS))
      .send(errorBody('VIGIL_ERR_RATE_LIMITED', retryAfterS))
  })
}
