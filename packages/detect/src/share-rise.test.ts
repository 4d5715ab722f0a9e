import type { Alert, EnrichedMention, SentimentLabel } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine } from './engine.js'
import type { DetectorParams } from './params.js'
import { learnSectorShare, newSectorShare, type Rise, shareCusum, usualShare } from './rise.js'
import type { Obs } from './score.js'
import { diurnal, gauss, poisson, rng, type SynthOptions, synthMention } from './synthetic.js'

const MIN = 60_000
const out = (): Rise => ({ nats: 0, run: 0, observed: 0, expected: 0 })
/** Minutes of a brand whose usual share of the sector's complaints is `p`. */
const minutes = (own: number[], sector: number[], p: number): Obs[] =>
  own.map((c, i) => ({ c, mu: 0, v: 0, m: sector[i]!, p }))

describe('the cross-sectional complaint CUSUM (shareCusum)', () => {
  it('stays at zero while the brand keeps its share and climbs, from the rise on, when its share grows', () => {
    expect(shareCusum(minutes(Array(60).fill(5), Array(60).fill(25), 0.2), 1.5, 90, out()).nats).toBe(0)
    // 40 minutes at the usual fifth, then 20 in which the brand's complaints run 1.75× while
    // the other banks' stay at 20.
    const own = [...Array(40).fill(5), ...Array(20).fill(8.75)]
    const sector = [...Array(40).fill(25), ...Array(20).fill(28.75)]
    const r = shareCusum(minutes(own, sector, 0.2), 1.5, 90, out())
    const p1 = (1.5 * 0.2) / (0.8 + 1.5 * 0.2)
    expect(r.run).toBe(20)
    expect(r.observed).toBeCloseTo(175, 9)
    expect(r.expected).toBeCloseTo(20 * 0.2 * 28.75, 9)
    expect(r.nats).toBeCloseTo(20 * (8.75 * Math.log(p1 / 0.2) + 20 * Math.log((1 - p1) / 0.8)), 9)
  })

  it('reads a rise every bank shares (the hour-of-day profile running low for all) as none', () => {
    // Every bank 1.6× for an hour: the brand's count and the sector's move together.
    const r = shareCusum(minutes(Array(60).fill(8), Array(60).fill(40), 0.2), 1.5, 90, out())
    expect(r.nats).toBe(0)
  })

  it('stops at a minute without the sector’s count (a checkpoint written before the rule)', () => {
    const h = minutes(Array(30).fill(10), Array(30).fill(25), 0.2)
    for (let i = 0; i < 20; i++) delete h[i]!.m
    expect(shareCusum(h, 1.5, 90, out()).run).toBe(10)
  })

  it('learns the brand’s usual share of the sector’s complaints', () => {
    const r = rng(3)
    const s = newSectorShare()
    for (let i = 0; i < 3000; i++) {
      const own = poisson(r, 2)
      learnSectorShare(s, own, own + poisson(r, 8), 1, 1440)
    }
    expect(usualShare(s)).toBeGreaterThan(0.18)
    expect(usualShare(s)).toBeLessThan(0.22)
  })
})

const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
  { id: 'alnoor', role: 'competitor' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
]
const RATES: Record<string, number> = { northwind: 6, havenbank: 6, alnoor: 6, crest: 16 }
/** Monday 2 November 2026, 00:00 UTC: two days of history before a Wednesday evening wave. */
const T0 = Date.UTC(2026, 10, 2)
const ONSET = T0 + 2 * 1440 * MIN + 17.75 * 60 * MIN

/**
 * A bank's minute as crisis-eval's stream reads to the engine (about 30 % of posts complaints,
 * 45 % negative), at `level` times the hour-of-day profile. `wave`: crisis-eval's slow complaint
 * wave, complaints at 1 + 2 × shape times their rate, the shape growing from 0.05 to 1 over three
 * hours, the extra posts complaints read as neutral (only the intent model shows them).
 */
function minute(r: () => number, brand: string, t: number, wave: boolean, level: number): EnrichedMention[] {
  const rate = RATES[brand]! * level * diurnal(t)
  const shape = wave && t >= ONSET ? Math.min(1, (t - ONSET) / (180 * MIN) + 0.05) : 0
  const n = poisson(r, rate)
  const extra = poisson(r, 0.3 * rate * 2 * shape)
  const ms: EnrichedMention[] = []
  for (let i = 0; i < n + extra; i++) {
    const u = r()
    const complaint = i >= n || u < 0.3
    const label: SentimentLabel =
      i >= n ? 'neutral' : u < 0.45 ? 'negative' : u < 0.75 ? 'positive' : 'neutral'
    const at = t + Math.floor(r() * MIN)
    const o: SynthOptions = { brand, label, intent: complaint ? 'complaint' : 'other', terms: ['account'] }
    ms.push(synthMention(at, o, `x:${brand}-${at}-${i}`))
  }
  return ms
}

/**
 * Every bank's level strays from the hour-of-day profile together (each half hour 0.75-1.45×:
 * the profile's error, which crisis-eval's banks share), and on the Wednesday evening
 * northwind has the slow wave (`everyone`: every bank has it). Returns the minutes from onset
 * to northwind's first alert (null: none within `horizon`) and every other alert after day 1.
 */
function run(horizon: number, everyone: boolean, params?: Partial<DetectorParams>) {
  const e = createDetectorEngine({ brands: BRANDS, ...(params ? { params } : {}) })
  const r = rng(21)
  const wander = rng(22)
  let level = 1
  const opened: Alert[] = []
  for (let t = T0; t < ONSET + (horizon + 2) * MIN; t += MIN) {
    if (t % (30 * MIN) === 0) level = Math.min(1.45, Math.max(0.75, Math.exp(0.2 * gauss(wander))))
    for (const b of BRANDS)
      for (const x of minute(r, b.id, t, everyone || b.id === 'northwind', level)) e.observe(x)
    opened.push(...e.advance(t + MIN).alerts.filter((a) => a.version === 1))
  }
  const after = opened.filter((a) => Date.parse(a.openedAt) >= T0 + 1440 * MIN)
  const wave = after.find(
    (a) =>
      a.brand === 'northwind' &&
      Date.parse(a.openedAt) >= ONSET &&
      Date.parse(a.openedAt) <= ONSET + horizon * MIN,
  )
  return {
    wave: wave === undefined ? null : (Date.parse(wave.openedAt) - ONSET) / MIN,
    others: after.filter((a) => a !== wave).map((a) => `${a.brand} ${a.openedAt} ${a.headline}`),
  }
}

describe('a slow complaint wave under a profile error every bank shares (the cross-sectional rule)', () => {
  const ON = { shareRiseNats: 9.2 }

  it('finds the wave within 75 minutes with the rule, and raises nothing on the ordinary days', () => {
    const r = run(75, false, ON)
    expect(r.others).toEqual([])
    expect(r.wave).not.toBeNull()
  }, 300_000)

  it('without the rule (shareRiseNats 0) the wave is not found within those 75 minutes', () => {
    expect(run(75, false, { shareRiseNats: 0 }).wave).toBeNull()
  }, 300_000)

  it('raises nothing when every bank has the wave (no share moves: a sector shift is no one bank’s crisis)', () => {
    const r = run(75, true, ON)
    expect(r.wave).toBeNull()
    expect(r.others).toEqual([])
  }, 300_000)
})
