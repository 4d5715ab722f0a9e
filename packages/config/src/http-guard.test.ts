import { describe, expect, it } from 'vitest'
import { CLOSED_AUTHENTICATOR, parseApiTokens, serviceAuthenticator } from './access.js'
import { createRateLimiter, rateLimitConfig, securityHeaders } from './http-guard.js'

describe('rate limiter', () => {
  it('lets each client make max requests a window, then names the wait until it ends', () => {
    const l = createRateLimiter({ max: 3, windowMs: 10_000 })
    expect([1, 2, 3].map(() => l.take('a', 1_000))).toEqual([null, null, null])
    expect(l.take('a', 4_000)).toBe(7)
    // Another client has its own budget.
    expect(l.take('b', 4_000)).toBeNull()
    // A new window starts at the first request after the last one ended.
    expect(l.take('a', 11_000)).toBeNull()
  })

  it('is off at max 0 and reads its settings from the environment', () => {
    const off = createRateLimiter({ max: 0, windowMs: 1000 })
    expect(Array.from({ length: 100 }, () => off.take('a', 0)).every((x) => x === null)).toBe(true)
    expect(rateLimitConfig({ API_RATE_LIMIT_MAX: '5' }, 'API', { max: 1, windowMs: 60_000 })).toEqual({
      max: 5,
      windowMs: 60_000,
    })
  })
})

describe('security headers', () => {
  it('always a CSP and nosniff; HSTS only over TLS', () => {
    expect(securityHeaders(false)['content-security-policy']).toMatch(/default-src 'self'/)
    expect(securityHeaders(false)['strict-transport-security']).toBeUndefined()
    expect(securityHeaders(true)['strict-transport-security']).toMatch(/max-age=31536000/)
  })
})

describe('service authenticator', () => {
  it('is closed without tokens unless an open demo is asked for', () => {
    expect(serviceAuthenticator([], false)).toBe(CLOSED_AUTHENTICATOR)
    expect(CLOSED_AUTHENTICATOR.identify('anything-long-enough')).toBeNull()
    expect(serviceAuthenticator([], true).identify(undefined)?.role).toBe('operator')
    const t = parseApiTokens('wall:viewer:0123456789abcdef')
    expect(serviceAuthenticator(t, false).identify('0123456789abcdef')?.name).toBe('wall')
  })
})
