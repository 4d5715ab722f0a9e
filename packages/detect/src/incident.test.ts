import type { AlertSignal } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { toAlert } from './evidence.js'
import { type Evidence, type IncidentState, stepIncident } from './incident.js'
import { DEFAULT_PARAMS } from './params.js'

const p = DEFAULT_PARAMS
const MIN = 60_000
const T0 = Date.UTC(2026, 10, 2, 9, 0)

/** One minute's evidence: negatives in the minute and over 5 minutes, against 10 a minute expected. */
function minute(k: number, perMinute: number, window5: number, score: number): Evidence {
  const neg1: AlertSignal = { name: 'negative', observed: perMinute, expected: 10, score }
  const neg5: AlertSignal = { name: 'negative@5m', observed: window5, expected: 50, score }
  const hot = score >= p.calmThreshold
  return {
    brand: 'northwind',
    brandName: 'Northwind Bank',
    role: 'own',
    startMs: T0 + k * MIN,
    endMs: T0 + (k + 1) * MIN,
    score,
    lead: hot ? neg5 : null,
    signals: hot ? [neg5, neg1] : [],
    present: [neg1, neg5],
    hashtags: hot ? ['#NorthwindDown'] : [],
    terms: [],
    platforms: hot ? ['x'] : [],
    languages: hot ? ['en', 'nl'] : [],
    samples: [],
    sectorWide: false,
    spikingPeers: 0,
    peers: 4,
    maturity: 1,
    severity: score >= 20 ? 'high' : score >= 9 ? 'medium' : 'low',
  }
}

describe('incident lifecycle: growth and severity follow the present', () => {
  it('says "calming" from the minute after the peak, drops its severity when calm and resolves on the hysteresis', () => {
    // 10 a minute normally; a surge of 40, 80, 120 a minute, then back to 10.
    const perMinute = [40, 80, 120, 30, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]
    const scores = [8, 18, 30, 12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    let inc: IncidentState | null = null
    const alerts = []
    for (let k = 0; k < perMinute.length; k++) {
      const window5 = 40 + perMinute.slice(Math.max(0, k - 4), k + 1).reduce((a, b) => a + b, 0)
      const step = stepIncident(inc, minute(k, perMinute[k]!, window5, scores[k]!), 0, k, p)
      inc = step.inc
      if (step.publish && inc !== null) alerts.push(toAlert(inc))
    }
    const [opened, second, peak, after, firstCalm] = alerts
    expect(opened!.headline).toMatch(/^Northwind Bank: negative posts .+× normal in the last 5 minutes/)
    expect(opened!.brandName).toBe('Northwind Bank')
    expect(second!.trend).toBe('growing')
    expect(peak!.severity).toBe('high')
    // The 5-minute window still rises (it holds the peak), but the newest minute fell to 30.
    expect(after!.trend).toBe('calming')
    expect(after!.headline).not.toMatch(/growing/)
    expect(after!.headline).toContain(`${after!.multiplier}× normal`)
    // Calm: said at once, severity follows, and the multiplier is the present one.
    expect(firstCalm!.trend).toBe('calming')
    expect(firstCalm!.severity).toBe('low')
    expect(firstCalm!.status).toBe('open')
    expect(firstCalm!.headline).toMatch(/calming down/)
    for (const a of alerts.slice(3)) expect(a.headline).not.toMatch(/growing/)
    // Resolved after exactly resolveAfterBuckets calm minutes (the documented hysteresis).
    const resolved = alerts.filter((a) => a.status === 'resolved')
    expect(resolved).toHaveLength(1)
    expect(Date.parse(resolved[0]!.resolvedAt!)).toBe(T0 + (4 + p.resolveAfterBuckets) * MIN)
    expect(resolved[0]!.headline).toMatch(/back to normal/)
    // Never escalated on the way down.
    expect(alerts.slice(3).some((a) => a.status === 'escalating')).toBe(false)
  })
})
