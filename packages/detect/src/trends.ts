/**
 * Burst detection for open-ended keys: hashtags, terms, platforms, languages. Each key keeps
 * a decayed count (O(1) per bucket it appears in); a key never seen before gets a small
 * novelty rate, so a brand-new hashtag used by many people at once stands out at once.
 * Memory is bounded: past `maxKeys`, the keys with the smallest decayed counts are forgotten.
 */
import { surpriseCount } from './stats.js'

export interface TrendState {
  /** key → [decayed count, bucket of last update]. */
  keys: Map<string, [number, number]>
  /** Buckets observed (normalises decayed counts while young). */
  age: number
}

export interface TrendOpts {
  /** Buckets a tracker must have learned before it scores: a young one finds every key novel. */
  minAge?: number
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
  return { keys: new Map(), age: 0 }
}

/** Expected count per bucket of `key` at `bucket`, before learning that bucket. */
export function trendRate(s: TrendState, key: string, bucket: number, o: TrendOpts): number {
  const e = s.keys.get(key)
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
  /** Only these keys are scored (the newest bucket's): a key absent now cannot newly burst. */
  only?: Map<string, number>,
): TrendHit[] {
  const hits: TrendHit[] = []
  if (s.age < (o.minAge ?? 0)) return hits
  const d = Math.exp(-1 / o.tau)
  const norm = (1 - d ** Math.max(1, s.age)) / (1 - d)
  for (const key of (only ?? windowCounts).keys()) {
    const observed = windowCounts.get(key) ?? 0
    if (observed < o.minCount) continue
    const e = s.keys.get(key)
    const rate = e === undefined ? o.novelRate : Math.max(o.novelRate, (e[0] * d ** (bucket - e[1])) / norm)
    const expected = rate * w
    // Under 1.5x its usual count a key is no trend, whatever a tail test would say.
    if (observed < 1.5 * expected + 2) continue
    const surprise = surpriseCount(observed, expected, expected * 1.5)
    if (surprise > 0) hits.push({ key, observed, expected, surprise })
  }
  hits.sort((x, y) => y.surprise - x.surprise)
  return hits
}

export function learnTrends(s: TrendState, counts: Map<string, number>, bucket: number, o: TrendOpts): void {
  const d = Math.exp(-1 / o.tau)
  for (const [key, c] of counts) {
    const e = s.keys.get(key)
    if (e === undefined) s.keys.set(key, [c, bucket])
    else {
      e[0] = e[0] * d ** (bucket - e[1]) + c
      e[1] = bucket
    }
  }
  s.age += 1
  // Amortised: a sort only when a quarter more keys than allowed have piled up.
  if (s.keys.size > o.maxKeys * 1.25) evict(s, bucket, d, o.maxKeys)
}

function evict(s: TrendState, bucket: number, d: number, keep: number): void {
  const scored = [...s.keys].map(([k, e]) => [k, e[0] * d ** (bucket - e[1])] as const)
  scored.sort((x, y) => y[1] - x[1])
  for (let i = keep; i < scored.length; i++) s.keys.delete(scored[i]![0])
}

/** JSON form of a tracker (entries list), for checkpoints. */
export function trendsToJson(s: TrendState): { keys: Array<[string, number, number]>; age: number } {
  return { keys: [...s.keys].map(([k, e]) => [k, e[0], e[1]]), age: s.age }
}

export function trendsFromJson(j: unknown): TrendState | null {
  if (typeof j !== 'object' || j === null) return null
  const o = j as { keys?: unknown; age?: unknown }
  if (!Array.isArray(o.keys) || typeof o.age !== 'number') return null
  const keys = new Map<string, [number, number]>()
  for (const e of o.keys) {
    if (
      Array.isArray(e) &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'number' &&
      typeof e[2] === 'number'
    ) {
      keys.set(e[0], [e[1], e[2]])
    }
  }
  return { keys, age: o.age }
}
