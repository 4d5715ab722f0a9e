/**
 * Burst detection for open-ended keys: hashtags, terms, platforms, languages. Each key keeps
 * a decayed count (O(1) per bucket it appears in); a key never seen before gets a small
 * novelty rate, so a brand-new hashtag used by many people at once stands out at once.
 * Memory is bounded: past `maxKeys`, the keys with the smallest decayed counts are forgotten.
 */
import { surpriseCount } from './stats.js'

export interface TrendState {
  /** key → [decayed count, bucket of last update]. */
  keys: Record<string, [number, number]>
  /** Buckets observed (normalises decayed counts while young). */
  age: number
}

export interface TrendOpts {
  tau: number
  novelRate: number
  minCount: number
  maxKeys: number
}

export interface TrendHit {
  key: string
  observed: number
  expected: number
  surprise: number
}

export function newTrends(): TrendState {
  return { keys: Object.create(null) as TrendState['keys'], age: 0 }
}

/** Expected count per bucket of `key` at `bucket`, before learning that bucket. */
export function trendRate(s: TrendState, key: string, bucket: number, o: TrendOpts): number {
  const e = s.keys[key]
  if (e === undefined) return o.novelRate
  const d = Math.exp(-1 / o.tau)
  const decayed = e[0] * d ** (bucket - e[1])
  // Sum of weights over the tracker's life: Σ d^i for i < age.
  const norm = (1 - d ** Math.max(1, s.age)) / (1 - d)
  return Math.max(o.novelRate, decayed / norm)
}

/**
 * Score the keys present in the latest window: `windowCounts` holds each key's count over the
 * last `w` buckets. Hits are sorted by surprise, strongest first.
 */
export function scoreTrends(
  s: TrendState,
  windowCounts: Map<string, number>,
  w: number,
  bucket: number,
  o: TrendOpts,
): TrendHit[] {
  const hits: TrendHit[] = []
  for (const [key, observed] of windowCounts) {
    if (observed < o.minCount) continue
    const expected = trendRate(s, key, bucket, o) * w
    const surprise = surpriseCount(observed, expected, expected * 1.5)
    if (surprise > 0) hits.push({ key, observed, expected, surprise })
  }
  hits.sort((x, y) => y.surprise - x.surprise)
  return hits
}

export function learnTrends(s: TrendState, counts: Map<string, number>, bucket: number, o: TrendOpts): void {
  const d = Math.exp(-1 / o.tau)
  for (const [key, c] of counts) {
    const e = s.keys[key]
    if (e === undefined) s.keys[key] = [c, bucket]
    else {
      e[0] = e[0] * d ** (bucket - e[1]) + c
      e[1] = bucket
    }
  }
  s.age += 1
  const all = Object.keys(s.keys)
  if (all.length > o.maxKeys * 1.25) evict(s, all, bucket, d, o.maxKeys)
}

function evict(s: TrendState, all: string[], bucket: number, d: number, keep: number): void {
  const scored = all.map((k) => {
    const e = s.keys[k]!
    return [k, e[0] * d ** (bucket - e[1])] as const
  })
  scored.sort((x, y) => y[1] - x[1])
  for (let i = keep; i < scored.length; i++) delete s.keys[scored[i]![0]]
}
