/**
 * The wall's per-bank cards, from the brands, the incidents and the live stream: one pure
 * function, so the order and the "which incident does a card show" rule are unit tested.
 */
import { type IncidentKind, isActive, kindOf, orderIncidents } from './incident.js'
import { type BrandWindowStats, type MetricStream, windowStats } from './stream.js'
import type { Alert, Brand } from './types.js'

export interface BankCard {
  brand: Brand
  stats: BrandWindowStats
  /** The bank's first unresolved incident in the wall's order, if any. */
  incident: Alert | undefined
  kind: IncidentKind | undefined
  /** Further unresolved incidents of the same bank. */
  more: number
}

export function roleLookup(brands: readonly Brand[]): (id: string) => Brand['role'] | undefined {
  const byId = new Map(brands.map((b) => [b.id, b.role]))
  return (id) => byId.get(id)
}

/** Our bank first, then competitors as configured; each with its top unresolved incident. */
export function bankCards(
  brands: readonly Brand[],
  alerts: readonly Alert[],
  stream: MetricStream,
  nowMs: number,
): BankCard[] {
  const roleOf = roleLookup(brands)
  const active = orderIncidents(alerts.filter(isActive), roleOf)
  const ordered = [...brands].sort((a, b) => Number(b.role === 'own') - Number(a.role === 'own'))
  return ordered.map((brand) => {
    const mine = active.filter((a) => a.brand === brand.id)
    const incident = mine[0]
    return {
      brand,
      stats: windowStats(stream.series(brand.id), 5, nowMs),
      incident,
      kind: incident ? kindOf(incident, roleOf) : undefined,
      more: Math.max(0, mine.length - 1),
    }
  })
}

/** No live data for this long (or no live connection) and the screen says its figures are old. */
export const STALE_AFTER_MS = 150_000

export function isStale(nowMs: number, lastUpdateMs: number | null, live: boolean): boolean {
  return !live || lastUpdateMs === null || nowMs - lastUpdateMs > STALE_AFTER_MS
}

/** "1 of ours · 2 competitors" next to the state word. */
export function stateSummary(alerts: readonly Alert[], brands: readonly Brand[]): string {
  const roleOf = roleLookup(brands)
  const active = alerts.filter(isActive)
  if (active.length === 0) return 'no open incidents'
  const ours = active.filter((a) => roleOf(a.brand) === 'own').length
  const theirs = active.length - ours
  const parts = []
  if (ours > 0) parts.push(`${ours} ours`)
  if (theirs > 0) parts.push(`${theirs} competitor${theirs === 1 ? '' : 's'}`)
  return parts.join(' · ')
}
