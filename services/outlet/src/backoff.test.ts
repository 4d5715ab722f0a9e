import { describe, expect, it } from 'vitest'
import { retryDelayMs } from './backoff.js'

describe('retry backoff', () => {
  const policy = { baseMs: 1_000, maxMs: 60_000, maxAttempts: 10 }
  it('doubles per failure, jittered within the upper half, capped', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000])
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0.999_999))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ])
    expect(retryDelayMs(20, policy, () => 0.999_999)).toBe(60_000)
  })
  it('spreads retries of many deliveries that failed at once', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647
      return seed / 2_147_483_647
    }
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(5, policy, random)))
    expect(delays.size).toBeGreaterThan(40)
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(8_000)
  })
})
