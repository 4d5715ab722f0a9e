import type { Alert } from './types.js'

export function formatShare(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`
}

/**
 * Keeps the newest version of each alert; returns a new array sorted newest update first.
 * Every unresolved alert is kept, however many resolved ones arrive; those fill up to `max`.
 */
export function mergeAlerts(current: readonly Alert[], incoming: readonly Alert[], max = 50): Alert[] {
  const byId = new Map(current.map((a) => [a.id, a]))
  for (const a of incoming) {
    const have = byId.get(a.id)
    if (!have || a.version > have.version) byId.set(a.id, a)
  }
  const all = [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  let room = Math.max(0, max - all.filter((a) => a.status !== 'resolved').length)
  return all.filter((a) => a.status !== 'resolved' || room-- > 0)
}

/** Exponential backoff with jitter for reconnects: 0.5 s, 1 s, 2 s … capped, each scaled by 50–100 %. */
export function backoffMs(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 500,
  maxMs = 15_000,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt))
  return Math.round(ceiling * (0.5 + random() / 2))
}
