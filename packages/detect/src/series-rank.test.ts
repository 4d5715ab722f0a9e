import { describe, expect, it } from 'vitest'
import { createSeriesDetector } from './series-detector.js'
import { isShortSparseOpening, openingRank, SHORT_OPENING } from './series-rank.js'
import { poisson, rng } from './synthetic.js'

const FIVE_MIN = 300_000
const T0 = Date.UTC(2026, 0, 5)

/** The NAB runner's output on posts per 5 minutes: [row, score] of every opening. */
function openings(values: number[], rank = {}): [number, number][] {
  const det = createSeriesDetector({}, {}, rank)
  const out: [number, number][] = []
  values.forEach((v, i) => {
    const s = det.push(v, T0 + i * FIVE_MIN)
    if (s > 0) out.push([i, s])
  })
  return out
}

function posts(n: number, seed: number, rate: number): number[] {
  const r = rng(seed)
  return Array.from({ length: n }, () => poisson(r, rate))
}

describe('ranking of openings on sparse count streams (issue 12)', () => {
  it('a clump of replies on a quiet stream ranks below a crisis that persists on it', () => {
    // About one post every 50 minutes; a conversation puts 6, 3 and 2 posts in three rows at
    // 2500; a crisis from row 5000 keeps 15 times the posts for five hours.
    const v = posts(7000, 41, 0.1)
    v.splice(2500, 3, 6, 3, 2)
    const r = rng(42)
    for (let i = 5000; i < 5060; i++) v[i] = poisson(r, 1.5)
    const out = openings(v)
    const clump = out.find(([i]) => i >= 2500 && i < 2510)
    const crisis = out.find(([i]) => i >= 5000 && i < 5060)
    expect(clump).toBeDefined()
    expect(crisis).toBeDefined()
    // Without the rule the one-row clump is the stronger opening: it ranks first.
    const off = openings(v, { penalty: 0 })
    const clumpOff = off.find(([i]) => i === clump![0])!
    const crisisOff = off.find(([i]) => i === crisis![0])!
    expect(clumpOff[1]).toBeGreaterThan(crisisOff[1])
    // With it, the crisis outranks the clump, at the same rows (openings are unchanged).
    expect(crisis![1]).toBeGreaterThan(clump![1])
    expect(out.map(([i]) => i)).toEqual(off.map(([i]) => i))
  })

  it('a busy stream ranks as before (its short windows cannot open an incident anyway)', () => {
    const v = posts(4000, 43, 400)
    const r = rng(44)
    for (let i = 3000; i < 3060; i++) v[i] = poisson(r, 2000)
    expect(openings(v)).toEqual(openings(v, { penalty: 0 }))
  })

  it('takes the penalty only off short, sparse count openings', () => {
    const sc = { surprise: 9, window: 1, observed: 6, expected: 0.1 }
    expect(isShortSparseOpening(sc, true, SHORT_OPENING)).toBe(true)
    expect(isShortSparseOpening(sc, false, SHORT_OPENING)).toBe(false)
    expect(isShortSparseOpening({ ...sc, window: 9 }, true, SHORT_OPENING)).toBe(false)
    expect(isShortSparseOpening({ ...sc, expected: 400 }, true, SHORT_OPENING)).toBe(false)
    expect(openingRank(sc, true, [], T0, 0.5, 30)).toBeCloseTo(9 - SHORT_OPENING.penalty)
    expect(openingRank(sc, false, [], T0, 0.5, 30)).toBeCloseTo(9)
  })
})
