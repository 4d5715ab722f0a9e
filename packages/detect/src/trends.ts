/**
 * Burst detection for open-ended keys: hashtags, terms, platforms, languages. Each key keeps
 * a decayed count (O(1) per bucket it appears in); a key never seen before gets a small
 * novelty rate, so a brand-new hashtag used by many people at once stands out at once.
 * Memory is bounded: past `maxKeys`, the keys with the smallest decayed counts are forgotten.
 */
import { powDecay } from './decay.js'
import { surpriseCount } from './stats.js'

export interface TrendState {
  /** key → decayed count and bucket of last update. */
  keys: Map<string, TrendEntry>
  /** Buckets observed (normalises decayed counts while young). */
  age: number
}

/**
 * One key's decayed count `n` as of bucket `at`. An object, not a pair: the count turns
 * fractional after its first decay, and a pair's element kind would then differ between
 * keys, making every access in the per-minute loops polymorphic.
 */
export interface TrendEntry {
  n: number
  at: number
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
  const decayed = e.n * powDecay(d)(bucket - e.at)
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
  return scoreTrendKeys(s, only ?? windowCounts, (k) => windowCounts.get(k) ?? 0, w, bucket, o)
}

/**
 * scoreTrends over the keys of `latest` (key → its count in the newest bucket), with each
 * key's window count from `observedOf(key, latestCount)` (the engine sums the few buckets of
 * its window on demand instead of keeping a running map of every key).
 */
export function scoreTrendKeys(
  s: TrendState,
  latest: ReadonlyMap<string, number>,
  observedOf: (key: string, latestCount: number) => number,
  w: number,
  bucket: number,
  o: TrendOpts,
): TrendHit[] {
  const hits: TrendHit[] = []
  if (s.age < (o.minAge ?? 0)) return hits
  const d = Math.exp(-1 / o.tau)
  const pow = powDecay(d)
  const norm = (1 - d ** Math.max(1, s.age)) / (1 - d)
  // forEach, not for-of: no [key, value] pair per key (this runs for every key every minute).
  latest.forEach((latestCount, key) => {
    const observed = observedOf(key, latestCount)
    if (observed < o.minCount) return
    const e = s.keys.get(key)
    const rate = e === undefined ? o.novelRate : Math.max(o.novelRate, (e.n * pow(bucket - e.at)) / norm)
    const expected = rate * w
    // Under 1.5x its usual count a key is no trend, whatever a tail test would say.
    if (observed < 1.5 * expected + 2) return
    const surprise = surpriseCount(observed, expected, expected * 1.5)
    if (surprise > 0) hits.push({ key, observed, expected, surprise })
  })
  hits.sort((x, y) => y.surprise - x.surprise)
  return hits
}

export function learnTrends(s: TrendState, counts: Map<string, number>, bucket: number, o: TrendOpts): void {
  const d = Math.exp(-1 / o.tau)
  const pow = powDecay(d)
  counts.forEach((c, key) => {
    const e = s.keys.get(key)
    if (e === undefined) s.keys.set(key, { n: c, at: bucket })
    else {
      e.n = e.n * pow(bucket - e.at) + c
      e.at = bucket
    }
  })
  s.age += 1
  // Amortised: a sort only when a quarter more keys than allowed have piled up.
  if (s.keys.size > o.maxKeys * 1.25) evict(s, bucket, d, o.maxKeys)
}

function evict(s: TrendState, bucket: number, d: number, keep: number): void {
  const pow = powDecay(d)
  const scored = [...s.keys].map(([k, e]) => [k, e.n * pow(bucket - e.at)] as const)
  scored.sort((x, y) => y[1] - x[1])
  for (let i = keep; i < scored.length; i++) s.keys.delete(scored[i]![0])
}

/** JSON form of a tracker (entries list), for checkpoints. */
export function trendsToJson(s: TrendState): { keys: Array<[string, number, number]>; age: number } {
  return { keys: [...s.keys].map(([k, e]) => [k, e.n, e.at]), age: s.age }
}

export function trendsFromJson(j: unknown): TrendState | null {
  if (typeof j !== 'object' || j === null) return null
  const o = j as { keys?: unknown; age?: unknown }
  if (!Array.isArray(o.keys) || typeof o.age !== 'number') return null
  const keys = new Map<string, TrendEntry>()
  for (const e of o.keys) {
    if (
      Array.isArray(e) &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'number' &&
      typeof e[2] === 'number'
    ) {
      keys.set(e[0], { n: e[1], at: e[2] })
    }
  }
  return { keys, age: o.age }
}
