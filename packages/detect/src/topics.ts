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
 *
 * Terms are the brand's term ids (its `KeyDict`, shared with the buckets and the term tracker;
 * the brand marks the ids held here live when it recycles), and the sums are arrays by id:
 * string-keyed maps of [term, count] pairs and {l, at} objects cost the engine about a tenth of
 * its quiet-stream throughput, most of it garbage. The checkpoint still lists terms by name.
 */
import { expDecay } from './decay.js'
import { type KeyCounts, KeyDict } from './keys.js'
import { surpriseCount } from './stats.js'

/** One closed minute in the window: its negative posts and their kept terms (ids, counts). */
export interface TopicMinute {
  negatives: number
  ids: number[]
  counts: number[]
}

export interface TopicState {
  /** The brand's term dictionary: ids below `dict.capacity`; the arrays below are by id. */
  dict: KeyDict
  /** The window's minutes, oldest first, and their sums. */
  minutes: TopicMinute[]
  inWindow: Float64Array
  windowNegatives: number
  /** The terms in the long memory, in the order they entered it (eviction ties, checkpoints). */
  longIds: number[]
  /** 1 for an id in `longIds`. */
  inLong: Uint8Array
  /** Decayed count of each term among the negatives (long memory), as of bucket `longAt`. */
  longL: Float64Array
  longAt: Float64Array
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

/** An empty topic memory over `dict` (the brand's term dictionary; a fresh one for tools). */
export function newTopics(dict: KeyDict = new KeyDict(64)): TopicState {
  const n = dict.capacity
  return {
    dict,
    minutes: [],
    inWindow: new Float64Array(n),
    windowNegatives: 0,
    longIds: [],
    inLong: new Uint8Array(n),
    longL: new Float64Array(n),
    longAt: new Float64Array(n),
    longNegatives: 0,
  }
}

/** Widen the by-id arrays to the dictionary's capacity (it grows as the brand meets terms). */
function fit(t: TopicState): void {
  const n = t.dict.capacity
  if (t.inWindow.length >= n) return
  const wider = <A extends Float64Array | Uint8Array>(a: A, make: (n: number) => A): A => {
    const w = make(n)
    w.set(a)
    return w
  }
  t.inWindow = wider(t.inWindow, (k) => new Float64Array(k))
  t.inLong = wider(t.inLong, (k) => new Uint8Array(k))
  t.longL = wider(t.longL, (k) => new Float64Array(k))
  t.longAt = wider(t.longAt, (k) => new Float64Array(k))
}

const decayTo = (x: number, from: number, to: number, tau: number) =>
  to > from ? x * expDecay(tau)(to - from) : x

/**
 * The `k` most counted terms of a minute's subset (its negative posts), in first-counted order (ties: the earlier). A topic
 * that matters is among a minute's most used negative words; the rest of a large brand's
 * vocabulary would cost work every minute for nothing (the engine's throughput
 * halved when every negative term of a 2,000-word stream was kept).
 */
export function topTerms(c: KeyCounts, k: number, negatives = 0): TopicMinute {
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
  // Back into first-counted order: at most k distinct positions, an insertion sort (the
  // library sort allocated its work arrays on every closed minute of every brand).
  for (let j = 1; j < at.length; j++) {
    const v = at[j]!
    let q = j
    while (q > 0 && at[q - 1]! > v) {
      at[q] = at[q - 1]!
      q--
    }
    at[q] = v
  }
  const ids = new Array<number>(at.length)
  const counts = new Array<number>(at.length)
  for (let j = 0; j < at.length; j++) {
    ids[j] = c.idAt(at[j]!)
    counts[j] = c.subAt(at[j]!)
  }
  return { negatives, ids, counts }
}

/**
 * A closed minute's negative terms (the subset counts of its `terms`, counted by the brand's
 * dictionary) enter the window (before it is scored), the oldest minute leaves; returns the
 * minute as kept (what the long memory learns too, so both sides of a share count the same words).
 */
export function pushMinute(t: TopicState, terms: KeyCounts, negatives: number, o: TopicOpts): TopicMinute {
  fit(t)
  const kept = topTerms(terms, TERMS_PER_MINUTE, negatives)
  t.minutes.push(kept)
  addMinute(t, kept, 1)
  while (t.minutes.length > o.window) addMinute(t, t.minutes.shift()!, -1)
  return kept
}

function addMinute(t: TopicState, m: TopicMinute, sign: 1 | -1): void {
  t.windowNegatives += sign * m.negatives
  for (let j = 0; j < m.ids.length; j++) t.inWindow[m.ids[j]!]! += sign * m.counts[j]!
}

/**
 * Fold a closed minute into the long memory, at `weight` (small while an incident is open: a
 * wave must not teach the brand that its topic is usual within the hour).
 */
export function learnLong(
  t: TopicState,
  m: TopicMinute,
  negatives: number,
  bucket: number,
  weight: number,
  o: TopicOpts,
): void {
  fit(t)
  t.longNegatives = t.longNegatives * expDecay(o.longTau)(1) + weight * negatives
  for (let j = 0; j < m.ids.length; j++) {
    const id = m.ids[j]!
    const c = weight * m.counts[j]!
    if (t.inLong[id] === 0) {
      t.inLong[id] = 1
      t.longIds.push(id)
      t.longL[id] = c
    } else t.longL[id] = decayTo(t.longL[id]!, t.longAt[id]!, bucket, o.longTau) + c
    t.longAt[id] = bucket
  }
  // Amortised: a sort only once as many terms again as kept have piled up (at 1.25× a
  // 2,000-word stream sorted every few minutes, a tenth of the engine's minute work).
  if (t.longIds.length > MAX_TOPIC_KEYS * 2) evict(t, bucket, o)
}

/**
 * The term whose count over the window stands out most against its usual share of the
 * negative posts, among the terms of the window's last RECENT_MINUTES (a topic rising now).
 */
export function scoreTopics(t: TopicState, bucket: number, o: TopicOpts): TopicHit | null {
  if (t.longNegatives < MIN_LONG_POSTS || t.windowNegatives <= 0) return null
  const candidates: number[] = []
  for (let i = Math.max(0, t.minutes.length - RECENT_MINUTES); i < t.minutes.length; i++)
    for (const id of t.minutes[i]!.ids) if (!candidates.includes(id)) candidates.push(id)
  let best: TopicHit | null = null
  let tested = 0
  for (const id of candidates) {
    const observed = t.inWindow[id]!
    if (observed < o.minCount) continue
    tested++
    const usual =
      t.inLong[id] === 0 ? 0 : decayTo(t.longL[id]!, t.longAt[id]!, bucket, o.longTau) / t.longNegatives
    const expected = t.windowNegatives * Math.max(NOVEL_SHARE, usual)
    if ((observed + 1) / (expected + 1) < o.minRatio) continue
    const surprise = surpriseCount(observed, expected)
    if (best === null || surprise > best.surprise)
      best = { key: t.dict.keyOf(id), observed, expected, surprise }
  }
  if (best !== null) best.surprise = Math.max(0, best.surprise - Math.log10(tested))
  return best
}

/** Keep the MAX_TOPIC_KEYS terms with the largest long + window counts. */
function evict(t: TopicState, bucket: number, o: TopicOpts): void {
  // Weights first: a comparator that decays both sides ran Math.exp n·log n times.
  const ids = t.longIds
  const weight = new Float64Array(ids.length)
  const order: number[] = new Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    weight[i] = decayTo(t.longL[id]!, t.longAt[id]!, bucket, o.longTau) + t.inWindow[id]!
    order[i] = i
  }
  // Stable: ties keep the order the terms entered in (as the map this replaced did).
  order.sort((a, b) => weight[b]! - weight[a]! || a - b)
  for (let r = MAX_TOPIC_KEYS; r < order.length; r++) {
    const id = ids[order[r]!]!
    t.inLong[id] = 0
    t.longL[id] = 0
    t.longAt[id] = 0
  }
  t.longIds = ids.filter((id) => t.inLong[id] === 1)
}

/** Mark the term ids the topic memory holds (the brand's id recycling must keep them). */
export function markTopicIds(t: TopicState, live: Uint8Array): void {
  for (const id of t.longIds) live[id] = 1
  for (const m of t.minutes) for (const id of m.ids) live[id] = 1
}

/** Checkpoint form: terms by name. */
export interface TopicsJson {
  minutes: Array<{ negatives: number; terms: Array<[string, number]> }>
  long: Array<[string, number, number]>
  longNegatives: number
}

export function topicsToJson(t: TopicState): TopicsJson {
  const key = (id: number) => t.dict.keyOf(id)
  return {
    minutes: t.minutes.map((m) => ({
      negatives: m.negatives,
      terms: m.ids.map((id, j): [string, number] => [key(id), m.counts[j]!]),
    })),
    long: t.longIds.map((id): [string, number, number] => [key(id), t.longL[id]!, t.longAt[id]!]),
    longNegatives: t.longNegatives,
  }
}

const isEntry = (e: unknown): e is [string, number] =>
  Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number'

/** A checkpointed topic memory over `dict`, or a fresh one when `j` is not one. */
export function topicsFromJson(j: unknown, dict: KeyDict = new KeyDict(64)): TopicState {
  const t = newTopics(dict)
  if (typeof j !== 'object' || j === null) return t
  const o = j as Partial<TopicsJson>
  if (typeof o.longNegatives !== 'number' || !Array.isArray(o.long) || !Array.isArray(o.minutes)) return t
  t.longNegatives = o.longNegatives
  for (const e of o.long) {
    if (
      Array.isArray(e) &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'number' &&
      typeof e[2] === 'number'
    ) {
      const id = dict.idOf(e[0])
      fit(t)
      // A term listed twice: the later entry wins, in the first one's place (as a map did).
      if (t.inLong[id] === 0) {
        t.inLong[id] = 1
        t.longIds.push(id)
      }
      t.longL[id] = e[1]
      t.longAt[id] = e[2]
    }
  }
  for (const m of o.minutes) {
    if (typeof m?.negatives !== 'number' || !Array.isArray(m.terms)) continue
    const terms = m.terms.filter(isEntry)
    const ids = terms.map(([k]) => dict.idOf(k))
    fit(t)
    const kept: TopicMinute = { negatives: m.negatives, ids, counts: terms.map(([, c]) => c) }
    t.minutes.push(kept)
    addMinute(t, kept, 1)
  }
  return t
}
