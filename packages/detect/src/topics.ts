/**
 * What a brand's negative posts are about: each term's share of them over the last half hour
 * (`topicWindowBuckets` closed minutes) against its share over about half a day (decayed,
 * `trendTauBuckets`).
 *
 * Why: a slow complaint wave and an ordinary busy evening look alike by counts. In both, the
 * brand's complaints run about 2× their seasonal expectation over half an hour (crisis-eval's
 * wave at +60-70 minutes; havenbank's Wednesday 18:39, the hour-of-day profile running low),
 * and the other posts 1.3-1.5× (README, "The slow wave, minute by minute"). What differs is
 * the mix: a busy evening raises every topic alike, so each term keeps its usual share of the
 * negative posts; a wave is about one thing (new fees), so the few terms that carry it take a
 * share of the negatives they never had. A share is also free of the seasonal profile's error,
 * which is what made the evening look like a wave.
 *
 * State is bounded and checkpointed (no mention ids): the window's minutes as term counts (at
 * most TERMS_PER_MINUTE terms a minute), and a decayed count for at most
 * MAX_TOPIC_KEYS terms (the least used forgotten); updated once per closed minute.
 */
import { expDecay } from './decay.js'
import type { KeyCounts } from './keys.js'
import { surpriseCount } from './stats.js'

/** One closed minute in the window: its negative posts and their terms. */
interface TopicMinute {
  negatives: number
  terms: Array<[string, number]>
}

export interface TopicState {
  /** The window's minutes, oldest first, and their sums. */
  minutes: TopicMinute[]
  inWindow: Map<string, number>
  windowNegatives: number
  /** Decayed count of each term among the negatives (long memory), as of bucket `at`. */
  long: Map<string, { l: number; at: number }>
  /** Decayed negative posts (long memory; decayed every minute, so no stamp). */
  longNegatives: number
}

export interface TopicHit {
  key: string
  /** The term's count among the window's negative posts, and what its usual share predicts. */
  observed: number
  expected: number
  /** −log10 p, less log10 of the number of terms tested. */
  surprise: number
}

export interface TopicOpts {
  window: number
  longTau: number
  minCount: number
  minRatio: number
}

/**
 * Terms kept per brand in the long memory: the vocabulary of half a day of a brand's negative
 * posts, with room for a wave's new words (eviction ranks by long + window count, so a term
 * rising now stays).
 */
export const MAX_TOPIC_KEYS = 500
/**
 * Negative posts (decayed) the long memory must hold before shares are trusted: below it, a
 * term's usual share rests on a handful of posts and every term looks new.
 */
const MIN_LONG_POSTS = 100
/** Terms of each minute's negative posts kept (its most used; see topTerms). */
const TERMS_PER_MINUTE = 16
/** Minutes whose terms are tested: a topic must be in use now, not only half an hour ago. */
const RECENT_MINUTES = 5
/** A term never seen among the negatives is expected at this share (one post in 200). */
const NOVEL_SHARE = 0.005

export function newTopics(): TopicState {
  return { minutes: [], inWindow: new Map(), windowNegatives: 0, long: new Map(), longNegatives: 0 }
}

const decayTo = (x: number, from: number, to: number, tau: number) =>
  to > from ? x * expDecay(tau)(to - from) : x

function addTo(m: Map<string, number>, key: string, by: number): void {
  const v = (m.get(key) ?? 0) + by
  if (v > 0) m.set(key, v)
  else m.delete(key)
}

/**
 * The `k` most counted terms of a minute's subset (its negative posts), in first-counted order (ties: the earlier). A topic
 * that matters is among a minute's most used negative words; the rest of a large brand's
 * vocabulary would cost string-keyed work every minute for nothing (the engine's throughput
 * halved when every negative term of a 2,000-word stream was kept).
 */
export function topTerms(c: KeyCounts, k: number): Array<[string, number]> {
  const at: number[] = []
  for (let i = 0; i < c.size; i++) {
    const n = c.subAt(i)
    if (n === 0) continue
    if (at.length === k) {
      if (n <= c.subAt(at[k - 1]!)) continue
      at.pop()
    }
    let j = at.length
    while (j > 0 && c.subAt(at[j - 1]!) < n) j--
    at.splice(j, 0, i)
  }
  at.sort((a, b) => a - b)
  return at.map((i) => [c.dict.keyOf(c.idAt(i)), c.subAt(i)])
}

/**
 * A closed minute's negative terms (the subset counts of its `terms`) enter the window (before it is scored), the oldest minute
 * leaves; returns the minute's terms as kept (what the long memory learns too, so both sides of
 * a share count the same words).
 */
export function pushMinute(
  t: TopicState,
  terms: KeyCounts,
  negatives: number,
  o: TopicOpts,
): Array<[string, number]> {
  const kept = topTerms(terms, TERMS_PER_MINUTE)
  t.minutes.push({ negatives, terms: kept })
  t.windowNegatives += negatives
  for (const [k, c] of kept) addTo(t.inWindow, k, c)
  while (t.minutes.length > o.window) {
    const old = t.minutes.shift()!
    t.windowNegatives -= old.negatives
    for (const [k, c] of old.terms) addTo(t.inWindow, k, -c)
  }
  return kept
}

/**
 * Fold a closed minute into the long memory, at `weight` (small while an incident is open: a
 * wave must not teach the brand that its topic is usual within the hour).
 */
export function learnLong(
  t: TopicState,
  terms: Array<[string, number]>,
  negatives: number,
  bucket: number,
  weight: number,
  o: TopicOpts,
): void {
  t.longNegatives = t.longNegatives * expDecay(o.longTau)(1) + weight * negatives
  for (const [key, n] of terms) {
    const k = t.long.get(key)
    const c = weight * n
    if (k === undefined) t.long.set(key, { l: c, at: bucket })
    else {
      k.l = decayTo(k.l, k.at, bucket, o.longTau) + c
      k.at = bucket
    }
  }
  // Amortised: a sort only once as many terms again as kept have piled up (at 1.25× a
  // 2,000-word stream sorted every few minutes, a tenth of the engine's minute work).
  if (t.long.size > MAX_TOPIC_KEYS * 2) evict(t, bucket, o)
}

/**
 * The term whose count over the window stands out most against its usual share of the
 * negative posts, among the terms of the window's last RECENT_MINUTES (a topic rising now).
 */
export function scoreTopics(t: TopicState, bucket: number, o: TopicOpts): TopicHit | null {
  if (t.longNegatives < MIN_LONG_POSTS || t.windowNegatives <= 0) return null
  const candidates = new Set<string>()
  for (let i = Math.max(0, t.minutes.length - RECENT_MINUTES); i < t.minutes.length; i++)
    for (const [key] of t.minutes[i]!.terms) candidates.add(key)
  let best: TopicHit | null = null
  let tested = 0
  for (const key of candidates) {
    const observed = t.inWindow.get(key) ?? 0
    if (observed < o.minCount) continue
    tested++
    const k = t.long.get(key)
    const usual = k === undefined ? 0 : decayTo(k.l, k.at, bucket, o.longTau) / t.longNegatives
    const expected = t.windowNegatives * Math.max(NOVEL_SHARE, usual)
    if ((observed + 1) / (expected + 1) < o.minRatio) continue
    const surprise = surpriseCount(observed, expected)
    if (best === null || surprise > best.surprise) best = { key, observed, expected, surprise }
  }
  if (best !== null) best.surprise = Math.max(0, best.surprise - Math.log10(tested))
  return best
}

/** Keep the MAX_TOPIC_KEYS terms with the largest long + window counts. */
function evict(t: TopicState, bucket: number, o: TopicOpts): void {
  // Weights first: a comparator that decays both sides ran Math.exp n·log n times.
  const ranked: Array<[string, number]> = []
  for (const [key, k] of t.long)
    ranked.push([key, decayTo(k.l, k.at, bucket, o.longTau) + (t.inWindow.get(key) ?? 0)])
  ranked.sort((a, b) => b[1] - a[1])
  for (let i = MAX_TOPIC_KEYS; i < ranked.length; i++) t.long.delete(ranked[i]![0])
}

/** Checkpoint form. */
export interface TopicsJson {
  minutes: TopicMinute[]
  long: Array<[string, number, number]>
  longNegatives: number
}

export function topicsToJson(t: TopicState): TopicsJson {
  return {
    minutes: t.minutes,
    long: [...t.long].map(([key, k]) => [key, k.l, k.at]),
    longNegatives: t.longNegatives,
  }
}

const isEntry = (e: unknown): e is [string, number] =>
  Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number'

/** A checkpointed topic memory, or a fresh one when `j` is not one. */
export function topicsFromJson(j: unknown): TopicState {
  const t = newTopics()
  if (typeof j !== 'object' || j === null) return t
  const o = j as Partial<TopicsJson>
  if (typeof o.longNegatives !== 'number' || !Array.isArray(o.long) || !Array.isArray(o.minutes)) return t
  t.longNegatives = o.longNegatives
  for (const e of o.long) {
    if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number' && typeof e[2] === 'number')
      t.long.set(e[0], { l: e[1], at: e[2] })
  }
  for (const m of o.minutes) {
    if (typeof m?.negatives !== 'number' || !Array.isArray(m.terms)) continue
    const terms = m.terms.filter(isEntry)
    t.minutes.push({ negatives: m.negatives, terms })
    t.windowNegatives += m.negatives
    for (const [k, c] of terms) addTo(t.inWindow, k, c)
  }
  return t
}
