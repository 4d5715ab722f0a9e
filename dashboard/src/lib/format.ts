import type { Alert, Severity } from './types.js'

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 }

/**
 * How many times the baseline the alert's main signal is: the volume signal if present, else
 * the strongest count signal. Trend keys ("hashtag:#…", "term:…") are left out: a new
 * hashtag's "baseline" is a novelty rate, so 51 uses against 0.1 would read as ×510.
 */
export function growth(alert: Alert): number | null {
  const counts = alert.signals.filter((s) => !s.name.includes(':'))
  const volume = counts.find((s) => s.name === 'volume' || s.name.startsWith('volume@'))
  const strongest = [...counts].sort((a, b) => b.score - a.score)[0]
  const s = volume ?? strongest
  if (!s || !(s.expected > 0)) return null
  return s.observed / s.expected
}

export function formatGrowth(g: number | null): string {
  if (g === null || !Number.isFinite(g)) return '—'
  return g >= 10 ? `×${Math.round(g)}` : `×${g.toFixed(1)}`
}

export function formatShare(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`
}

/** Alerts that still need a human: open or escalating; acknowledged ones leave the banner. */
export function needsAttention(a: Alert): boolean {
  return a.status === 'open' || a.status === 'escalating'
}

/** The banner shows the most severe unacknowledged alert, the newest among equals. */
export function bannerAlert(alerts: readonly Alert[]): Alert | undefined {
  return alerts
    .filter(needsAttention)
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.updatedAt.localeCompare(a.updatedAt),
    )[0]
}

/** Keeps the newest version of each alert; returns a new array sorted newest update first. */
export function mergeAlerts(current: readonly Alert[], incoming: readonly Alert[], max = 50): Alert[] {
  const byId = new Map(current.map((a) => [a.id, a]))
  for (const a of incoming) {
    const have = byId.get(a.id)
    if (!have || a.version > have.version) byId.set(a.id, a)
  }
  return [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, max)
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
