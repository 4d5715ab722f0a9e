/**
 * When to try a failed delivery again: exponential backoff with full jitter, capped. The jitter
 * keeps many incidents failing against one outlet from retrying in lockstep.
 */
export interface BackoffPolicy {
  baseMs: number
  maxMs: number
  /** Attempts in all (the first included) before the delivery is given up. */
  maxAttempts: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000, maxAttempts: 12 }

/** Delay before attempt `attempt + 1`, after `attempt` failures (1-based); `random` in [0, 1). */
export function retryDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  // Half fixed, half random: never an immediate retry, never more than the ceiling.
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
