import type { Alert, EnrichedMention, SentimentLabel } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine } from './engine.js'
import type { DetectorParams } from './params.js'
import { peerFactor, type Rise, riseCusum } from './rise.js'
import type { Obs } from './score.js'
import { diurnal, poisson, rng, type SynthOptions, synthMention } from './synthetic.js'

const MIN = 60_000
const out = (): Rise => ({ nats: 0, run: 0, observed: 0, expected: 0 })
/** Minutes at a baseline of 4 complaints, the counts given. */
const obs = (counts: number[], peer?: number): Obs[] =>
  counts.map((c) => ({ c, mu: 4, v: 4, ...(peer === undefined ? {} : { peer }) }))

describe('complaint CUSUM (riseCusum)', () => {
  it('stays at zero on counts at their baseline and climbs, from the rise on, when they run above it', () => {
    const flat = riseCusum(obs(Array(60).fill(4)), 1.5, 90, out())
    expect(flat.nats).toBe(0)
    expect(flat.run).toBe(0)
    // 40 ordinary minutes, then 20 at 1.75× the baseline.
    const r = riseCusum(obs([...Array(40).fill(4), ...Array(20).fill(7)]), 1.5, 90, out())
    expect(r.run).toBe(20)
    expect(r.observed).toBe(140)
    expect(r.expected).toBe(80)
    expect(r.nats).toBeCloseTo(20 * (7 * Math.log(1.5) - 0.5 * 4), 9)
  })

  it('reads a rise every bank shares (the peer factor) as no rise', () => {
    const own = riseCusum(obs(Array(60).fill(7), 1.75), 1.5, 90, out())
    expect(own.nats).toBe(0)
  })

  it('forgets what lies beyond its span', () => {
    const early = [...Array(20).fill(9), ...Array(70).fill(4)]
    expect(riseCusum(obs(early), 1.5, 90, out()).nats).toBeGreaterThan(0)
    expect(riseCusum(obs(early), 1.5, 70, out()).nats).toBe(0)
  })

  it('takes the median of the other banks, never below 1', () => {
    expect(peerFactor([9, 1.2, 1.4, 2], 0)).toBe(1.4)
    expect(peerFactor([9, 0.5, 0.7], 0)).toBe(1)
    expect(peerFactor([9], 0)).toBe(1)
  })
})

const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
  { id: 'alnoor', role: 'competitor' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'mid' },
]
const RATE = 8
/** Monday 2 November 2026, 00:00 UTC: two days of history before a Wednesday morning wave. */
const T0 = Date.UTC(2026, 10, 2)
const ONSET = T0 + 2 * 1440 * MIN + 9.5 * 60 * MIN

/**
 * A bank's minute as crisis-eval's stream reads to the engine: about 30 % of posts
 * complaints, 45 % negative (the local sentiment model's share there), no hashtags.
 * `wave` is crisis-eval's slow complaint wave (services/ingest's generator): complaints at
 * 1 + 2 × shape times their baseline, the shape growing from 0.05 to 1 over three hours, the
 * extra posts complaints read as neutral (fee questions the sentiment model does not call
 * negative), so only the intent model shows them.
 */
function minute(r: () => number, brand: string, t: number, wave: boolean): EnrichedMention[] {
  const rate = RATE * diurnal(t)
  const shape = wave && t >= ONSET ? Math.min(1, (t - ONSET) / (180 * MIN) + 0.05) : 0
  const n = poisson(r, rate)
  const extra = poisson(r, 0.3 * rate * 2 * shape)
  const out: EnrichedMention[] = []
  for (let i = 0; i < n + extra; i++) {
    const u = r()
    const complaint = i >= n || u < 0.3
    const label: SentimentLabel =
      i >= n ? 'neutral' : u < 0.45 ? 'negative' : u < 0.75 ? 'positive' : 'neutral'
    const at = t + Math.floor(r() * MIN)
    const o: SynthOptions = { brand, label, intent: complaint ? 'complaint' : 'other', terms: ['account'] }
    out.push(synthMention(at, o, `x:${brand}-${at}-${i}`))
  }
  return out
}

/**
 * Minutes from the wave's onset to northwind's first alert, or null: none within `minutes`.
 * `everyone`: the same wave on every bank (a sector-wide shift: a model reading more posts as
 * complaints, a sector news day). No alert may open on the ordinary day before the onset.
 */
function firstAlert(minutes: number, everyone: boolean, params?: Partial<DetectorParams>): number | null {
  const e = createDetectorEngine({ brands: BRANDS, ...(params ? { params } : {}) })
  const r = rng(5)
  const opened: Alert[] = []
  for (let t = T0; t < ONSET + minutes * MIN; t += MIN) {
    for (const b of BRANDS) for (const x of minute(r, b.id, t, everyone || b.id === 'northwind')) e.observe(x)
    opened.push(...e.advance(t + MIN).alerts.filter((a) => a.version === 1))
  }
  const before = opened.filter(
    (a) => Date.parse(a.openedAt) >= T0 + 1440 * MIN && Date.parse(a.openedAt) < ONSET,
  )
  expect(before.map((a) => a.headline)).toEqual([])
  const first = opened.find((a) => a.brand === 'northwind' && Date.parse(a.openedAt) >= ONSET)
  return first === undefined ? null : (Date.parse(first.openedAt) - ONSET) / MIN
}

describe('a slow complaint wave in the engine', () => {
  // The CUSUM is off by default (params.ts, riseNats): these run it at the value measured.
  const RISE = { riseNats: 10.3 }

  it('is found within an hour of its onset by the complaint CUSUM; without it (the default), not within the hour', () => {
    expect(firstAlert(60, false, RISE)).not.toBeNull()
    expect(firstAlert(60, false)).toBeNull()
  }, 120_000)

  it('raises nothing when every bank has the same wave (a sector-wide shift is no one bank’s crisis)', () => {
    expect(firstAlert(60, true, RISE)).toBeNull()
  }, 120_000)
})
