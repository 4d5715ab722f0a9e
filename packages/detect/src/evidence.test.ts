import { describe, expect, it } from 'vitest'
import type { BucketResult } from './brand.js'
import { newBucket } from './bucket.js'
import { crisisScore, fisher2, gateSlowWindowsByPeers } from './evidence.js'
import { DEFAULT_PARAMS } from './params.js'
import type { Scored } from './score.js'

const score = (
  name: string,
  signal: Scored['signal'],
  window: number,
  observed: number,
  expected: number,
  surprise: number,
): Scored => ({
  name,
  signal,
  window,
  observed,
  expected,
  surprise,
  gated: surprise,
})

const result = (brand: string, scores: Scored[]): BucketResult => ({
  brand,
  bucket: newBucket(0),
  startMs: 0,
  scores,
  trends: { hashtags: [], terms: [], platforms: [], langs: [] },
  topic: null,
  topicTerms: { negatives: 0, ids: [], counts: [] },
  combined: 0,
  expectedVolume: 0,
  negObs: { c: 0, mu: 0, v: 0 },
  age: 2880,
  evicted: [],
})

describe('evidence', () => {
  it("Fisher's combination of two surprises is stronger than either and weaker than their sum", () => {
    expect(fisher2(0, 0)).toBeCloseTo(0, 6)
    const both = fisher2(4, 3)
    expect(both).toBeGreaterThan(4)
    expect(both).toBeLessThan(7)
  })

  it('a slow rise every bank shares is no one bank’s crisis; the same rise at one bank is', () => {
    const slow = (brand: string, observed: number) =>
      result(brand, [
        score('negative@30m', 'negative', 30, observed, 30, 8),
        score('negative', 'negative', 1, 2, 1, 0),
      ])
    const shared = ['a', 'b', 'c', 'd'].map((b) => slow(b, 75))
    gateSlowWindowsByPeers(shared, DEFAULT_PARAMS)
    expect(shared.map((r) => crisisScore(r, DEFAULT_PARAMS))).toEqual([0, 0, 0, 0])
    const alone = [slow('a', 75), slow('b', 31), slow('c', 29), slow('d', 33)]
    gateSlowWindowsByPeers(alone, DEFAULT_PARAMS)
    expect(crisisScore(alone[0]!, DEFAULT_PARAMS)).toBeGreaterThan(DEFAULT_PARAMS.openThreshold)
  })

  it('volume alone never opens an incident', () => {
    const r = result('a', [
      score('volume@5m', 'volume', 5, 60, 20, 12),
      score('negative', 'negative', 1, 3, 2, 0.3),
    ])
    expect(crisisScore(r, DEFAULT_PARAMS)).toBe(0)
  })
})
