/**
 * Burst detection for open-ended keys: hashtags, terms, platforms, languages. Each key keeps
 * a decayed count (O(1) per bucket it appears in); a key never seen before gets a small
 * novelty rate, so a brand-new hashtag used by many people at once stands out at once.
 * Memory is bounded: past `maxKeys`, the keys with the smallest decayed counts are forgotten.
 *
 * Keys are interned (`KeyDict`): the tracker's state and the count of each key over the
 * scoring window are typed arrays indexed by key id, so the per-minute loops over a bucket's
 * keys do no string hashing and allocate nothing per key.
 */
import { powDecay } from './decay.js'
import { KeyCounts, KeyDict } from './keys.js'
import { surpriseCount } from './stats.js'

export interface TrendState {
  /** This kind's keys for one brand; the brand's buckets count by these ids too. */
  dict: KeyDict
  /** Decayed count of a tracked key as of bucket `at[id]`. */
  n: Float64Array
  at: Float64Array
  /**
   * When the key was (last) added to the tracker, 0 for an untracked id. Eviction breaks ties
   * between equal decayed counts by it (oldest kept), as insertion order in a map did.
   */
  seq: Float64Array
  /** Count of each key over the scoring window (the brand's recent buckets). */
  window: Float64Array
  /** Keys tracked (seq > 0). */
  tracked: number
  nextSeq: number
  /** Buckets observed (normalises decayed counts while young). */
  age: number
  /** Dictionary size above which ids nothing refers to are recycled (see `recycleIds`). */
  recycleAt: number
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

const INITIAL_IDS = 64
/** Ids are not recycled below this dictionary size (a sweep would free too few to pay). */
const MIN_RECYCLE_AT = 4096

export function newTrends(): TrendState {
  const s: TrendState = {
    dict: new KeyDict(INITIAL_IDS, (capacity) => grow(s, capacity)),
    n: new Float64Array(INITIAL_IDS),
    at: new Float64Array(INITIAL_IDS),
    seq: new Float64Array(INITIAL_IDS),
    window: new Float64Array(INITIAL_IDS),
    tracked: 0,
    nextSeq: 1,
    age: 0,
    recycleAt: MIN_RECYCLE_AT,
  }
  return s
}

function grow(s: TrendState, capacity: number): void {
  const larger = (a: Float64Array) => {
    const b = new Float64Array(capacity)
    b.set(a)
    return b
  }
  s.n = larger(s.n)
  s.at = larger(s.at)
  s.seq = larger(s.seq)
  s.window = larger(s.window)
}

/** Σ d^i for i < age: the weight a key seen every bucket of the tracker's life would have. */
function normOf(s: TrendState, d: number): number {
  return (1 - d ** Math.max(1, s.age)) / (1 - d)
}

/** Expected count per bucket of `key` at `bucket`, before learning that bucket. */
export function trendRate(s: TrendState, key: string, bucket: number, o: TrendOpts): number {
  const id = s.dict.find(key)
  if (id < 0 || s.seq[id] === 0) return o.novelRate
  const d = Math.exp(-1 / o.tau)
  const decayed = s.n[id]! * powDecay(d)(bucket - s.at[id]!)
  return Math.max(o.novelRate, decayed / normOf(s, d))
}

/** Keys tracked now (bounded by `maxKeys` × 1.25). */
export function trackedKeys(s: TrendState): number {
  return s.tracked
}

/** Add (or remove, with −1) a bucket's counts to the window counts. */
export function addToWindow(s: TrendState, counts: KeyCounts, sign: 1 | -1): void {
  const w = s.window
  for (let i = 0; i < counts.size; i++) w[counts.idAt(i)]! += sign * counts.countAt(i)
}

/** Forget the window counts (before rebuilding them from restored buckets). */
export function clearWindow(s: TrendState): void {
  s.window.fill(0)
}

/**
 * Score the keys of the newest bucket (`latest`: a key absent now cannot newly burst), each
 * by its count over the window of `w` buckets (`s.window`, which must already include
 * `latest`). Hits are sorted by surprise, strongest first; equal surprises keep the order the
 * keys were first counted in.
 */
export function scoreTrendKeys(
  s: TrendState,
  latest: KeyCounts,
  w: number,
  bucket: number,
  o: TrendOpts,
): TrendHit[] {
  const hits: TrendHit[] = []
  if (s.age < (o.minAge ?? 0)) return hits
  const d = Math.exp(-1 / o.tau)
  const pow = powDecay(d)
  const norm = normOf(s, d)
  for (let i = 0; i < latest.size; i++) {
    const id = latest.idAt(i)
    const observed = s.window[id]!
    if (observed < o.minCount) continue
    const rate =
      s.seq[id] === 0 ? o.novelRate : Math.max(o.novelRate, (s.n[id]! * pow(bucket - s.at[id]!)) / norm)
    const expected = rate * w
    // Under 1.5x its usual count a key is no trend, whatever a tail test would say.
    if (observed < 1.5 * expected + 2) continue
    const surprise = surpriseCount(observed, expected, expected * 1.5)
    if (surprise > 0) hits.push({ key: s.dict.keyOf(id), observed, expected, surprise })
  }
  if (hits.length > 1) hits.sort((x, y) => y.surprise - x.surprise)
  return hits
}

/**
 * scoreTrendKeys for counts given as maps (tests, tools): `windowCounts` holds each key's
 * count over the last `w` buckets; only the keys of `only` (default: all) are scored.
 */
export function scoreTrends(
  s: TrendState,
  windowCounts: Map<string, number>,
  w: number,
  bucket: number,
  o: TrendOpts,
  only?: Map<string, number>,
): TrendHit[] {
  const latest = countsOf(s, only ?? windowCounts)
  const window = countsOf(s, windowCounts)
  addToWindow(s, window, 1)
  try {
    return scoreTrendKeys(s, latest, w, bucket, o)
  } finally {
    addToWindow(s, window, -1)
  }
}

function countsOf(s: TrendState, m: Map<string, number>): KeyCounts {
  const c = new KeyCounts(s.dict)
  for (const [k, n] of m) c.inc(k, n)
  return c
}

/** Fold a bucket's key counts into the decayed counts. */
export function learnTrendKeys(s: TrendState, counts: KeyCounts, bucket: number, o: TrendOpts): void {
  const d = Math.exp(-1 / o.tau)
  const pow = powDecay(d)
  for (let i = 0; i < counts.size; i++) {
    const id = counts.idAt(i)
    const c = counts.countAt(i)
    if (s.seq[id] === 0) {
      s.seq[id] = s.nextSeq++
      s.tracked++
      s.n[id] = c
    } else s.n[id] = s.n[id]! * pow(bucket - s.at[id]!) + c
    s.at[id] = bucket
  }
  s.age += 1
  // Amortised: a sort only when a quarter more keys than allowed have piled up.
  if (s.tracked > o.maxKeys * 1.25) evict(s, bucket, d, o.maxKeys)
}

/** learnTrendKeys for counts given as a map (tests, tools). */
export function learnTrends(s: TrendState, counts: Map<string, number>, bucket: number, o: TrendOpts): void {
  learnTrendKeys(s, countsOf(s, counts), bucket, o)
}

/** Tracked ids, oldest first. */
function trackedIds(s: TrendState): number[] {
  const ids: number[] = []
  for (let id = 0; id < s.dict.capacity; id++) if (s.seq[id] !== 0) ids.push(id)
  return ids.sort((a, b) => s.seq[a]! - s.seq[b]!)
}

/** Keep the `keep` keys with the largest decayed counts (ties: the oldest). */
function evict(s: TrendState, bucket: number, d: number, keep: number): void {
  const pow = powDecay(d)
  const ids = trackedIds(s)
  const decayed = new Float64Array(s.dict.capacity)
  for (const id of ids) decayed[id] = s.n[id]! * pow(bucket - s.at[id]!)
  // A stable sort of the oldest-first list: equal counts stay oldest first.
  ids.sort((x, y) => decayed[y]! - decayed[x]!)
  for (let i = keep; i < ids.length; i++) untrack(s, ids[i]!)
}

function untrack(s: TrendState, id: number): void {
  s.seq[id] = 0
  s.n[id] = 0
  s.at[id] = 0
  s.tracked--
}

/**
 * Recycle the ids of keys neither tracked nor counted in a bucket still held (`markLive`
 * marks the ids the brand's open and recent buckets use), once the dictionary has grown past
 * twice what was live at the last sweep.
 */
export function recycleIds(s: TrendState, markLive: (live: Uint8Array) => void): void {
  if (s.dict.size <= s.recycleAt) return
  const live = new Uint8Array(s.dict.capacity)
  for (let id = 0; id < live.length; id++) if (s.seq[id] !== 0) live[id] = 1
  markLive(live)
  s.dict.retainOnly(live)
  s.recycleAt = Math.max(MIN_RECYCLE_AT, 2 * s.dict.size)
}

/** Mark the ids a bucket's counts use (for recycleIds). */
export function markIds(live: Uint8Array, counts: KeyCounts): void {
  for (let i = 0; i < counts.size; i++) live[counts.idAt(i)] = 1
}

/** JSON form of a tracker (entries list, oldest first), for checkpoints. */
export function trendsToJson(s: TrendState): { keys: Array<[string, number, number]>; age: number } {
  return { keys: trackedIds(s).map((id) => [s.dict.keyOf(id), s.n[id]!, s.at[id]!]), age: s.age }
}

/**
 * Replace the tracker's state by a checkpointed one (the dictionary, shared with the brand's
 * buckets, is kept); false and the state untouched when `j` is not a tracker.
 */
export function restoreTrends(s: TrendState, j: unknown): boolean {
  if (typeof j !== 'object' || j === null) return false
  const o = j as { keys?: unknown; age?: unknown }
  if (!Array.isArray(o.keys) || typeof o.age !== 'number') return false
  for (const id of trackedIds(s)) untrack(s, id)
  for (const e of o.keys) {
    if (
      Array.isArray(e) &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'number' &&
      typeof e[2] === 'number'
    ) {
      const id = s.dict.idOf(e[0])
      // A key listed twice: the later entry wins, in the first one's place (as a map did).
      if (s.seq[id] === 0) {
        s.seq[id] = s.nextSeq++
        s.tracked++
      }
      s.n[id] = e[1]
      s.at[id] = e[2]
    }
  }
  s.age = o.age
  return true
}
