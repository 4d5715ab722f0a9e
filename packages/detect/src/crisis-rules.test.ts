import type { Alert, EnrichedMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine } from './engine.js'
import type { DetectorParams } from './params.js'
import { synthMention } from './synthetic.js'

const MIN = 60_000
const DAY = 1440 * MIN
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
]
const RATE: Record<string, number> = { northwind: 12, crest: 25, havenbank: 12 }
/** Monday 00:00 UTC; the test's event starts on the third day at 13:00 (the diurnal peak). */
const T0 = Date.UTC(2026, 10, 2)
const ONSET = T0 + 2 * DAY + 13 * 60 * MIN

/**
 * A steady ordinary stream, the same every minute (no sampling noise, so what the test varies is
 * the only thing that moves): per 10 posts 2 negative, of which 1 a complaint, 3 positive, 5
 * neutral; `perMinute` may be fractional (carried over from minute to minute).
 */
function ordinary(
  brand: string,
  ms: number,
  perMinute: number,
  carry: Map<string, number>,
): EnrichedMention[] {
  const due = (carry.get(brand) ?? 0) + perMinute
  const n = Math.floor(due)
  carry.set(brand, due - n)
  const start = Math.round(carry.get(`${brand}#i`) ?? 0)
  carry.set(`${brand}#i`, start + n)
  return Array.from({ length: n }, (_, j) => {
    const i = start + j
    const kind = i % 10
    return synthMention(
      ms + Math.floor(((j + 0.5) * MIN) / Math.max(1, n)),
      {
        brand,
        label: kind < 2 ? 'negative' : kind < 5 ? 'positive' : 'neutral',
        intent: kind === 0 ? 'complaint' : 'other',
        terms: ['app'],
      },
      `x:${brand}-${i}`,
    )
  })
}

/**
 * Two days of ordinary traffic for three banks, then `minutes` more in which
 * `extra(minuteIndex, ms)` is added; northwind's alerts opened after ONSET.
 */
function run(
  minutes: number,
  extra: (k: number, ms: number) => EnrichedMention[],
  params?: Partial<DetectorParams>,
): Alert[] {
  const e = createDetectorEngine({ brands: BRANDS, ...(params ? { params } : {}) })
  const carry = new Map<string, number>()
  const out: Alert[] = []
  for (let t = T0; t < ONSET + minutes * MIN; t += MIN) {
    const after = t >= ONSET
    for (const b of BRANDS) for (const x of ordinary(b.id, t, RATE[b.id]!, carry)) e.observe(x)
    if (after) for (const x of extra((t - ONSET) / MIN, t)) e.observe(x)
    for (const a of e.advance(t + MIN).alerts)
      if (after && a.brand === 'northwind' && a.version === 1) out.push(a)
  }
  return out
}

/** `n` posts of northwind in minute `ms`, spread over it, each from its own author. */
function posts(ms: number, n: number, o: Omit<Parameters<typeof synthMention>[1], 'brand'>, tag: string) {
  return Array.from({ length: n }, (_, i) =>
    synthMention(ms + Math.floor(((i + 0.5) * MIN) / n), { brand: 'northwind', ...o }, `x:${tag}-${ms}-${i}`),
  )
}

describe('a rise seen only over half an hour needs more surprise to open (slowOpenExtra)', () => {
  // 1.2 ordinary complaints a minute; 1.5 more a minute (neutral fee complaints, so only the
  // complaint count moves) are 2.25× over half an hour and short of the excess a minute or
  // five must show: only complaints@30m can open.
  const complaints = (k: number, ms: number) =>
    posts(ms, k % 2 === 0 ? 1 : 2, { label: 'neutral', intent: 'complaint', terms: ['fees'] }, 'fee')
  const firstMinute = (alerts: Alert[]) =>
    alerts.length === 0 ? null : (Date.parse(alerts[0]!.openedAt) - ONSET) / MIN

  it('a complaint wave still raises an alert on the 30-minute complaint count', () => {
    const alerts = run(60, complaints)
    expect(alerts.length).toBeGreaterThan(0)
    expect(alerts[0]!.signals.map((s) => s.name)).toContain('complaints@30m')
  })

  it('later than without the extra bar', () => {
    const withExtra = firstMinute(run(60, complaints))
    const without = firstMinute(run(60, complaints, { slowOpenExtra: 0 }))
    expect(without).not.toBeNull()
    expect(withExtra!).toBeGreaterThan(without!)
  })
})

describe('a new hashtag corroborated by a milder rise of negatives', () => {
  /**
   * 1.5 more negatives a minute from onset (1.625× the 2.4 ordinary ones, never 1.8×), and
   * from minute 25 six posts of #northwinddown in five minutes.
   */
  const outage = (k: number, ms: number) => [
    ...posts(ms, k % 2 === 0 ? 1 : 2, { label: 'negative', intent: 'other', terms: ['app'] }, 'neg'),
    ...(k >= 25 && k < 30
      ? posts(ms + 1000, k % 5 === 0 ? 2 : 1, { hashtags: ['#northwinddown'] }, 'tag')
      : []),
  ]

  it('opens an alert when the negatives are at least 1.5× (corroborationRatio)', () => {
    const alerts = run(40, outage)
    expect(alerts.length).toBeGreaterThan(0)
    expect(alerts[0]!.drivers.hashtags).toContain('#northwinddown')
    expect(Date.parse(alerts[0]!.openedAt)).toBeLessThan(ONSET + 31 * MIN)
  })

  it('needed 1.8× before: with corroborationRatio 1.8 the same stream raises no alert', () => {
    expect(run(40, outage, { corroborationRatio: 1.8 })).toEqual([])
  })
})

describe('a half-hour rise of negatives about one thing opens sooner (topics.ts)', () => {
  // 1.5 more negative complaints a minute (as above, but negative): complaints 2.25× and
  // negatives 1.6× over half an hour, too little excess for a minute or five. Either about one
  // thing the brand's negatives never were about ('fees'), or about what they always are ('app',
  // every ordinary post's term): the same counts, a different mix.
  const wave = (term: string) => (k: number, ms: number) =>
    posts(ms, k % 2 === 0 ? 1 : 2, { label: 'negative', intent: 'complaint', terms: [term] }, `w-${term}`)
  const firstMinute = (alerts: Alert[]) =>
    alerts.length === 0 ? null : (Date.parse(alerts[0]!.openedAt) - ONSET) / MIN

  it('opens before the same rise spread over the usual topics', () => {
    const topical = firstMinute(run(60, wave('fees')))
    const alike = firstMinute(run(60, wave('app')))
    expect(topical).not.toBeNull()
    expect(alike).not.toBeNull()
    expect(topical!).toBeLessThan(alike!)
  })

  it('names the topic in the alert', () => {
    const [first] = run(60, wave('fees'))
    expect(first?.drivers.terms[0]).toBe('fees')
    expect(first?.signals.map((s) => s.name)).toContain('topic:fees')
  })
})
