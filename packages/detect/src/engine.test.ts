import type { Alert, EnrichedMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine, type DetectorEngine } from './engine.js'
import { ordinaryMinute, rng, synthMention } from './synthetic.js'

const MIN = 60_000
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
  { id: 'lotus', role: 'competitor' as const, size: 'large' },
  { id: 'alnoor', role: 'competitor' as const, size: 'mid' },
]
const RATE: Record<string, number> = { northwind: 8, crest: 25, havenbank: 8, lotus: 25, alnoor: 8 }
const T0 = Date.UTC(2026, 10, 2, 9, 0)

/** A surge: `perMinute` negative complaints with a new hashtag for `brand` in the minute at `ms`. */
function surge(ms: number, brand: string, perMinute: number, tag = '#appdown'): EnrichedMention[] {
  return Array.from({ length: perMinute }, (_, i) =>
    synthMention(
      ms + Math.floor((i * 60_000) / perMinute),
      {
        brand,
        label: 'negative',
        intent: 'complaint',
        hashtags: [tag],
        terms: ['app', 'down', 'login'],
        platform: 'x',
      },
      `x:surge-${brand}-${ms}-${i}`,
    ),
  )
}

interface Run {
  alerts: Alert[]
  opened: Alert[]
}

/** Feed `minutes` of ordinary traffic from `from`, plus `extra(minuteMs)`; advance after each minute. */
function run(
  e: DetectorEngine,
  from: number,
  minutes: number,
  seed: number,
  extra?: (ms: number) => EnrichedMention[],
): Run {
  const r = rng(seed)
  const out: Run = { alerts: [], opened: [] }
  for (let m = 0; m < minutes; m++) {
    const t = from + m * MIN
    for (const b of BRANDS) for (const x of ordinaryMinute(r, b.id, t, RATE[b.id]!)) e.observe(x)
    for (const x of extra?.(t) ?? []) e.observe(x)
    const res = e.advance(t + MIN)
    out.alerts.push(...res.alerts)
    out.opened.push(...res.alerts.filter((a) => a.version === 1))
  }
  return out
}

describe('detector engine', () => {
  it('a fresh detector with minutes of history alerts on a negative surge within two minutes', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 8 * MIN
    const res = run(e, T0, 14, 3, (t) => (t >= onset ? surge(t, 'northwind', 40) : []))
    const first = res.opened.find((a) => a.brand === 'northwind')
    expect(first).toBeDefined()
    // The alert carries the minute it saw first: the onset minute or the one after.
    expect(Date.parse(first!.openedAt) - onset).toBeLessThanOrEqual(MIN)
    expect(first!.drivers.hashtags).toContain('#appdown')
    expect(first!.sectorWide).toBe(false)
    expect(first!.sampleMentionIds.length).toBeGreaterThan(0)
    expect(res.opened.filter((a) => a.brand !== 'northwind')).toEqual([])
  })

  it('ordinary traffic with a daily rhythm raises no alert over three days', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const res = run(e, T0, 3 * 1440, 11)
    expect(res.opened.map((a) => a.headline)).toEqual([])
  }, 60_000)

  it('an incident escalates as it grows and resolves once calm', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 120 * MIN
    const res = run(e, T0, 160, 5, (t) => {
      const k = (t - onset) / MIN
      return k >= 0 && k < 12 ? surge(t, 'northwind', 10 + 15 * k) : []
    })
    const mine = res.alerts.filter((a) => a.brand === 'northwind')
    const ids = new Set(mine.map((a) => a.id))
    expect(ids.size).toBe(1) // one incident, not an alert storm
    const severities = mine.map((a) => a.severity)
    expect(severities).toContain('critical')
    expect(severities.indexOf('critical')).toBeGreaterThan(severities.indexOf(severities[0]!))
    expect(mine.some((a) => a.status === 'escalating')).toBe(true)
    const last = mine[mine.length - 1]!
    expect(last.status).toBe('resolved')
    expect(last.resolvedAt).not.toBeNull()
    expect(last.version).toBe(mine.length)
  })

  it('tells a sector-wide spike from a spike of ours alone', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 60 * MIN
    const res = run(e, T0, 64, 9, (t) =>
      t >= onset ? BRANDS.flatMap((b) => surge(t, b.id, RATE[b.id]! * 4, '#cardsdown')) : [],
    )
    const mine = res.opened.find((a) => a.brand === 'northwind')
    expect(mine?.sectorWide).toBe(true)
    expect(mine?.headline).toMatch(/sector-wide/)
  })

  it('shows a competitor incident as the competitor', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 60 * MIN
    const res = run(e, T0, 64, 13, (t) => (t >= onset ? surge(t, 'havenbank', 40, '#havendown') : []))
    expect(res.opened.map((a) => a.brand)).toEqual(['havenbank'])
    expect(res.opened[0]!.headline).toMatch(/^Competitor havenbank/)
  })

  it('counts a late mention instead of dropping it silently, and a redelivery once', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const m = synthMention(T0, { brand: 'northwind' }, 'x:dup')
    e.observe(m)
    e.observe(m)
    expect(e.stats().duplicates).toBe(1)
    e.observe(synthMention(T0 + 10 * MIN, { brand: 'northwind' }))
    e.advance(T0 + 10 * MIN)
    e.observe(synthMention(T0 + 30_000, { brand: 'northwind' }))
    expect(e.stats().lateEvents).toBe(1)
  })

  it('a backfill of old events, then live events, closes buckets by event time', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const now = T0 + 6 * 60 * MIN
    const r = rng(21)
    let metrics = 0
    for (let m = 0; m < 6 * 60; m++) {
      for (const b of BRANDS) for (const x of ordinaryMinute(r, b.id, T0 + m * MIN, RATE[b.id]!)) e.observe(x)
      // The service ticks with processing time (now) while the backfill streams in.
      if (m % 50 === 0) metrics += e.advance(now).metrics.length
    }
    expect(e.stats().lateEvents).toBe(0)
    metrics += e.advance(now + MIN).metrics.length
    expect(metrics).toBeGreaterThan(5 * 6 * 60 - 10)
  })

  it('replaying a recorded stream gives the same alerts', () => {
    const go = () => {
      const e = createDetectorEngine({ brands: BRANDS })
      const onset = T0 + 90 * MIN
      return run(e, T0, 120, 17, (t) => (t >= onset && t < onset + 10 * MIN ? surge(t, 'crest', 80) : []))
        .alerts
    }
    const a = go()
    expect(a.length).toBeGreaterThan(0)
    expect(JSON.stringify(go())).toBe(JSON.stringify(a))
  })

  it('a restored detector resumes its baselines and incident', () => {
    const onset = T0 + 120 * MIN
    const extra = (t: number) => (t >= onset && t < onset + 5 * MIN ? surge(t, 'northwind', 60) : [])
    const whole = createDetectorEngine({ brands: BRANDS })
    run(whole, T0, 122, 23, extra)
    const snaps = BRANDS.map((b) => JSON.parse(JSON.stringify(whole.snapshot(b.id))))
    const resumed = createDetectorEngine({ brands: BRANDS })
    expect(BRANDS.map((b, i) => resumed.restore(b.id, snaps[i]))).toEqual(BRANDS.map(() => true))
    const a = run(whole, T0 + 122 * MIN, 20, 29, extra).alerts
    const b = run(resumed, T0 + 122 * MIN, 20, 29, extra).alerts
    expect(a.length).toBeGreaterThan(0)
    // Same incident id continues (not a new one) and the same updates follow.
    expect(b.map((x) => [x.id, x.status, x.severity])).toEqual(a.map((x) => [x.id, x.status, x.severity]))
    expect(resumed.restore('northwind', { v: 99 })).toBe(false)
  })

  it('an inactive brand (owned by another instance) is neither scored nor alerted', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    e.setActive('northwind', false)
    const res = run(e, T0, 20, 31, (t) => (t >= T0 + 10 * MIN ? surge(t, 'northwind', 60) : []))
    expect(res.opened).toEqual([])
  })
})
