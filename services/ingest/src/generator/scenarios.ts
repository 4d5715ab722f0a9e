import type { BrandConfig } from '@vigil/config'

/**
 * Kinds of story the generator can tell. Each scenario is also its own ground truth, so a
 * detector can be scored on delay (onset → alert) and on false alerts during ordinary days.
 */
export const SCENARIO_KINDS = [
  'outage',
  'complaint-wave',
  'competitor-incident',
  'sector-outage',
  'troll-raid',
  'payday',
] as const
export type ScenarioKind = (typeof SCENARIO_KINDS)[number]

export interface Scenario {
  id: string
  kind: ScenarioKind
  /** The brand it happens to; null for sector-wide events (sector-outage, payday). */
  brand: string | null
  onsetMs: number
  endMs: number
  /**
   * Extra negative posts as a multiple of the brand's ordinary negative rate at that hour:
   * 1 doubles negative volume. For payday it multiplies all ordinary volume.
   */
  intensity: number
  hashtag: string | null
  /** Whether a crisis alert is the right answer (false for payday and troll raids). */
  expectAlert: boolean
}

export interface ScenarioRequest {
  kind: ScenarioKind
  brand?: string | null
  onsetMs: number
  durationMs: number
  intensity?: number
  hashtag?: string | null
}

export class ScenarioError extends Error {
  readonly code = 'VIGIL_ERR_SCENARIO'
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

const DEFAULT_INTENSITY: Record<ScenarioKind, number> = {
  outage: 4,
  'complaint-wave': 2,
  'competitor-incident': 4,
  'sector-outage': 3,
  'troll-raid': 6,
  payday: 1.8,
}

/** Turn a request into a scenario with its defaults and checks. */
export function makeScenario(req: ScenarioRequest, brands: BrandConfig[], seq: number): Scenario {
  const sectorWide = req.kind === 'sector-outage' || req.kind === 'payday'
  let brand: string | null = null
  if (!sectorWide) {
    const found = req.brand
      ? brands.find((b) => b.id === req.brand)
      : req.kind === 'competitor-incident'
        ? brands.find((b) => b.role === 'competitor')
        : brands.find((b) => b.role === 'own')
    if (!found) throw new ScenarioError(`unknown brand for ${req.kind}: ${req.brand ?? '(default)'}`)
    if (req.kind === 'competitor-incident' && found.role !== 'competitor') {
      throw new ScenarioError(`${found.id} is not a competitor`)
    }
    brand = found.id
  }
  if (!(req.durationMs > 0)) throw new ScenarioError('duration must be positive')
  const intensity = req.intensity ?? DEFAULT_INTENSITY[req.kind]
  if (!(intensity > 0 && intensity <= 100)) throw new ScenarioError('intensity must be in (0, 100]')
  const defaultTag =
    req.kind === 'outage' || req.kind === 'competitor-incident'
      ? `#${capital(brand ?? '')}Down`
      : req.kind === 'sector-outage'
        ? '#CardOutage'
        : req.kind === 'troll-raid'
          ? `#Boycott${capital(brand ?? '')}`
          : null
  return {
    id: `scn-${seq}-${req.kind}`,
    kind: req.kind,
    brand,
    onsetMs: req.onsetMs,
    endMs: req.onsetMs + req.durationMs,
    intensity,
    hashtag: req.hashtag === undefined ? defaultTag : req.hashtag,
    expectAlert: req.kind !== 'payday' && req.kind !== 'troll-raid',
  }
}

/**
 * How strongly a scenario acts at `t`, 0..1. Outages build over ~3 minutes and fade in their
 * last fifth; a complaint wave builds slowly over its whole life.
 */
export function scenarioShape(s: Scenario, t: number): number {
  if (t < s.onsetMs || t >= s.endMs) return 0
  const age = t - s.onsetMs
  const life = s.endMs - s.onsetMs
  if (s.kind === 'complaint-wave') return Math.min(1, age / life + 0.05)
  if (s.kind === 'payday') return 1
  const rise = Math.min(1, age / 180_000)
  const fadeStart = life * 0.8
  const fade = age > fadeStart ? Math.max(0, 1 - (age - fadeStart) / (life - fadeStart)) : 1
  return Math.min(rise, fade)
}
