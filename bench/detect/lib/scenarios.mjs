/**
 * The scenarios crisis-eval.mjs measures (and check-identity.mjs replays): the demo
 * generator's kinds, plus the "negative volume doubles" case.
 */
import { brandConfigs, HOUR } from './sim.mjs'

const own = brandConfigs.find((b) => b.role === 'own').id

export const CRISIS_SCENARIOS = [
  { name: 'outage (own, new hashtag)', kind: 'outage', brand: own, durationMs: HOUR },
  {
    name: 'outage doubling negatives (mid bank)',
    kind: 'outage',
    brand: own,
    durationMs: HOUR,
    intensity: 1,
  },
  { name: 'slow complaint wave (own)', kind: 'complaint-wave', brand: own, durationMs: 3 * HOUR },
  {
    name: 'competitor incident (havenbank)',
    kind: 'competitor-incident',
    brand: 'havenbank',
    durationMs: HOUR,
  },
  {
    name: 'competitor incident (crest, large)',
    kind: 'competitor-incident',
    brand: 'crest',
    durationMs: HOUR,
  },
  { name: 'sector-wide card-network outage', kind: 'sector-outage', durationMs: HOUR },
  { name: 'troll raid (own)', kind: 'troll-raid', brand: own, durationMs: HOUR },
  { name: 'payday / busy day', kind: 'payday', durationMs: 8 * HOUR },
]

/** Onset hours (UTC) rotate with the seed: a quiet morning, midday, the evening peak. */
export const ONSET_HOURS = [9.5, 13.25, 17.75, 7.1, 20.4]

/** The generator's addScenario argument for scenario `sc` starting at `onsetMs`. */
export function scenarioOf(sc, onsetMs) {
  return {
    kind: sc.kind,
    brand: sc.brand ?? null,
    onsetMs,
    durationMs: sc.durationMs,
    ...(sc.intensity ? { intensity: sc.intensity } : {}),
  }
}
