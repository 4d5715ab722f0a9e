import { describe, expect, it } from 'vitest'
import { expect as expectRate, learn, newSeasonal, type SeasonalOpts } from './baseline.js'
import { poisson, rng } from './synthetic.js'

const o: SeasonalOpts = {
  tau: 1440,
  shortTau: 30,
  warmup: 2880,
  clipSigmas: 3,
  freeBuckets: 3,
  dayNoiseTau: 1440,
}
const MIN = 60_000
const start = Date.UTC(2026, 0, 5) // a Monday

function feed(s: ReturnType<typeof newSeasonal>, minutes: number, rate: (ms: number) => number, seed = 1) {
  const r = rng(seed)
  for (let m = 0; m < minutes; m++) {
    const t = start + m * MIN
    const e = expectRate(s, t, o)
    learn(s, poisson(r, rate(t)), t, e, 1, o)
  }
}

describe('seasonal baseline', () => {
  it('learns a flat rate away from a wrong prior', () => {
    const s = newSeasonal(2, 10)
    feed(s, 3 * 1440, () => 20)
    const e = expectRate(s, start + 3 * 1440 * MIN, o)
    expect(e.mu).toBeGreaterThan(17)
    expect(e.mu).toBeLessThan(23)
  })

  it('learns that nights are quiet and afternoons busy', () => {
    const s = newSeasonal(10, 10)
    const day = (ms: number) => (new Date(ms).getUTCHours() >= 8 && new Date(ms).getUTCHours() < 20 ? 30 : 5)
    feed(s, 14 * 1440, day)
    const t = start + 14 * 1440 * MIN
    const night = expectRate(s, t + 3 * 3_600_000, o).mu
    const noon = expectRate(s, t + 13 * 3_600_000, o).mu
    expect(noon / night).toBeGreaterThan(3)
    expect(noon).toBeGreaterThan(20)
    expect(night).toBeLessThan(9)
  })

  it('does not learn an hour-long crisis as the new normal', () => {
    const s = newSeasonal(10, 10)
    feed(s, 3 * 1440, () => 10)
    const before = expectRate(s, start + 3 * 1440 * MIN, o).mu
    const r = rng(7)
    for (let m = 0; m < 60; m++) {
      const t = start + (3 * 1440 + m) * MIN
      learn(s, poisson(r, 100), t, expectRate(s, t, o), 1, o)
    }
    const after = expectRate(s, start + (3 * 1440 + 60) * MIN, o).mu
    // Winsorised updates: the level moves a little, nowhere near the crisis level.
    expect(after).toBeLessThan(before * 1.6)
  })

  it('keeps the noise a slow window is tested against from widening during a slow complaint wave', () => {
    // Two quiet days at one complaint a minute, then two hours in which complaints build to
    // three a minute: no single minute stands out, but the half hour does.
    const s = newSeasonal(1, 2)
    const r = rng(3)
    for (let m = 0; m < 2 * 1440 + 120; m++) {
      const t = start + m * MIN
      const wave = m < 2 * 1440 ? 0 : (2 * (m - 2 * 1440)) / 120
      learn(s, poisson(r, 1 + wave), t, expectRate(s, t, o), 1, o)
    }
    const e = expectRate(s, start + (2 * 1440 + 120) * MIN, o)
    // The short-memory noise nearly doubles; the day's stays that of a Poisson count.
    expect(e.v / e.mu).toBeGreaterThan(1.6)
    expect(e.vDay / e.mu).toBeLessThan(1.35)
  })
})
