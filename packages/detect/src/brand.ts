/**
 * Per-brand detector state: open buckets, baselines, trend trackers, recent history and the
 * incident. `closeBucket` scores a bucket; `learnBucket` folds it into the baselines after the
 * engine has decided whether an incident is open (so a crisis is learned from only faintly).
 */

import { type AuthorBook, newAuthorBook } from './authors.js'
import {
  type Expectation,
  expect,
  learn,
  learnShare,
  newSeasonal,
  newShare,
  type SeasonalOpts,
  type SeasonalState,
  type ShareState,
  shareOf,
} from './baseline.js'
import { type Bucket, type BucketKeys, newBucket, sealBucket } from './bucket.js'
import { newVerdictBook, type VerdictBook } from './calibration.js'
import type { IncidentState } from './incident.js'
import type { KeyCounts } from './keys.js'
import {
  type BrandSize,
  type DetectorParams,
  PRIOR_COMPLAINT_SHARE,
  PRIOR_NEGATIVE_SHARE,
  PRIOR_PII_SHARE,
  SIZE_PRIOR_VOLUME,
} from './params.js'
import { newRiseSpread, newSectorShare, type RiseSpread, type SectorShare } from './rise.js'
import {
  CORE_SIGNALS,
  type CoreSignal,
  learnVolumeSeries,
  type Obs,
  type Scored,
  scoreCounts,
  scoreShare,
  scoreVolume,
} from './score.js'
import {
  learnLong,
  markTopicIds,
  newTopics,
  pushMinute,
  scoreTopics,
  type TopicHit,
  type TopicMinute,
  type TopicOpts,
  type TopicState,
} from './topics.js'
import {
  addToWindow,
  clearWindow,
  learnTrendKeys,
  markIds,
  newTrends,
  recycleIds,
  scoreTrendKeys,
  type TrendHit,
  type TrendOpts,
  type TrendState,
} from './trends.js'

export const TREND_KINDS = ['hashtags', 'terms', 'platforms', 'langs'] as const
export type TrendKind = (typeof TREND_KINDS)[number]

/**
 * Reach is scored in units of this many reach points, about a typical mention's weight (2-4),
 * so its practical-significance gate (a minimum excess) is roughly in mentions.
 */
export const REACH_SCALE = 3

export interface BrandInfo {
  id: string
  role: 'own' | 'competitor'
  size?: string | undefined
  /** Display name for headlines ("Northwind Bank"); the id when absent. */
  name?: string | undefined
}

export interface BrandState {
  info: BrandInfo
  core: Record<CoreSignal, SeasonalState>
  share: ShareState
  /** Trend trackers; their key dictionaries are what this brand's buckets count by. */
  trends: Record<TrendKind, TrendState>
  /** What the brand's negative posts are about, short against long memory (topics.ts). */
  topics: TopicState
  /** The trackers' dictionaries, for new buckets (fixed: restoring a tracker keeps its dictionary). */
  keys: BucketKeys
  /** Last few closed observations per core signal, newest last (window scoring). */
  hist: Record<CoreSignal, Obs[]>
  /** Last few closed buckets (trend windows, samples). */
  recent: Bucket[]
  open: Map<number, Bucket>
  /**
   * The open bucket the brand's last mention went to, or null: consecutive mentions mostly
   * land in the same minute, so observe skips the map lookup. Cleared whenever a bucket
   * leaves `open` or `open` is replaced.
   */
  lastOpen: Bucket | null
  incident: IncidentState | null
  /** Bucket index before which a new incident needs extra surprise. */
  cooldownUntil: number
  lateEvents: number
  duplicates: number
  /** Recent posting of each author (flood and troll guards; not checkpointed). */
  authors: AuthorBook
  /**
   * Feedback "not a real crisis": until bucket `falseAlarmUntil` a new incident needs
   * `falseAlarmNeed` more surprise (enough to beat the false alarm's own peak).
   */
  falseAlarmUntil: number
  falseAlarmNeed: number
  /** Operator verdicts on this brand's alerts: its calibrated sensitivity (calibration.ts). */
  verdicts: VerdictBook
  /** The brand's earlier incidents, as precedents for ranking new ones (precedents.ts). */
  precedents: number[]
  /** Last bucket index closed for this brand (survives restore; guards against re-closing). */
  closedThrough: number
  /** How far its half-hour complaint sums stray beyond Poisson (the complaint CUSUM's yardstick). */
  riseSpread: RiseSpread
  /** Its usual share of the sector's complaints (the cross-sectional rule's null). */
  sectorShare: SectorShare
}

export interface BucketResult {
  brand: string
  bucket: Bucket
  startMs: number
  scores: Scored[]
  trends: Record<TrendKind, TrendHit[]>
  /**
   * The term the negatives of the last half hour concentrate on most, if any (topics.ts); set
   * by `testTopic` only for a bucket some slow window of which passed its gates.
   */
  topic: TopicHit | null
  /** The minute's negative terms as the topic memory keeps them (learnBucket learns these). */
  topicTerms: TopicMinute
  /** Strongest gated core surprise, corrected for the number of tests. */
  combined: number
  expectedVolume: number
  negObs: Obs
  /** Buckets the brand had learned before this one (its age). */
  age: number
  /**
   * The bucket that just left the trend window: trackers learn it now, not the newest, so a
   * burst is scored against the rates from before it began (the first minutes of a new
   * hashtag must not teach the tracker that the hashtag is normal).
   */
  evicted: Bucket[]
}

export function seasonalOpts(p: DetectorParams): SeasonalOpts {
  return {
    tau: p.levelTauBuckets,
    shortTau: p.shortTauBuckets,
    warmup: p.warmupBuckets,
    clipSigmas: p.clipSigmas,
    freeBuckets: p.minHistoryBuckets,
    dayNoiseTau: p.dayNoiseTauBuckets,
  }
}

/** Buckets a trend tracker learns before it scores (with a 5-minute learning lag: 7 minutes). */
const TREND_MIN_AGE = 2

export function trendOpts(p: DetectorParams, kind: TrendKind): TrendOpts {
  // Platforms and languages are few and common: no novelty bonus, no minimum beyond excess.
  const novel = kind === 'hashtags' || kind === 'terms' ? p.trendNovelRate : 0.5
  return {
    tau: p.trendTauBuckets,
    novelRate: novel,
    minCount: p.trendMinCount,
    maxKeys: p.trendMaxKeys,
    minAge: TREND_MIN_AGE,
  }
}

export function topicOpts(p: DetectorParams): TopicOpts {
  return {
    // Over the slow window: the topic test reads the half hour the slow counts are summed over.
    window: p.slowWindows[0] ?? 30,
    longTau: p.trendTauBuckets,
    minCount: p.trendMinCount,
    minRatio: p.minRatio,
  }
}

export function newBrandState(info: BrandInfo, p: DetectorParams): BrandState {
  const size = (info.size === 'small' || info.size === 'large' ? info.size : 'mid') as BrandSize
  const vol = SIZE_PRIOR_VOLUME[size]
  const w = p.priorShape
  const trends = { hashtags: newTrends(), terms: newTrends(), platforms: newTrends(), langs: newTrends() }
  return {
    info,
    core: {
      volume: newSeasonal(vol, w),
      negative: newSeasonal(vol * PRIOR_NEGATIVE_SHARE, w),
      complaints: newSeasonal(vol * PRIOR_COMPLAINT_SHARE, w),
      pii: newSeasonal(Math.max(0.01, vol * PRIOR_PII_SHARE), w),
      reach: newSeasonal(vol * PRIOR_NEGATIVE_SHARE * REACH_SCALE, w),
    },
    share: newShare(PRIOR_NEGATIVE_SHARE, 50),
    trends,
    topics: newTopics(trends.terms.dict),
    keys: {
      hashtags: trends.hashtags.dict,
      terms: trends.terms.dict,
      platforms: trends.platforms.dict,
      langs: trends.langs.dict,
    },
    hist: { volume: [], negative: [], complaints: [], pii: [], reach: [] },
    recent: [],
    open: new Map(),
    lastOpen: null,
    incident: null,
    cooldownUntil: -Infinity,
    lateEvents: 0,
    duplicates: 0,
    authors: newAuthorBook(),
    falseAlarmUntil: -Infinity,
    falseAlarmNeed: 0,
    verdicts: newVerdictBook(),
    precedents: [],
    closedThrough: -Infinity,
    riseSpread: newRiseSpread(),
    sectorShare: newSectorShare(),
  }
}

function countOf(b: Bucket, s: CoreSignal): number {
  return s === 'reach' ? b.reach : b[s]
}

/** A new open bucket of this brand. */
export function newBrandBucket(st: BrandState, index: number): Bucket {
  return newBucket(index, st.keys)
}

const TREND_PICK: Record<TrendKind, (b: Bucket) => KeyCounts> = {
  hashtags: (b) => b.hashtags,
  terms: (b) => b.terms,
  platforms: (b) => b.platforms,
  langs: (b) => b.langs,
}

/**
 * What closing and learning a minute derive from the params, built once per params object: a
 * minute used to build its option objects (and spread the windows for their maximum) each
 * time, garbage on every closed minute of every brand. The values are the same.
 */
interface Derived {
  so: SeasonalOpts
  /** The params the count and share signals are scored with: fast windows plus slow ones. */
  cp: DetectorParams
  maxW: number
  trend: Record<TrendKind, TrendOpts>
  topic: TopicOpts
}

const derivedCache = new WeakMap<DetectorParams, Derived>()

function derived(p: DetectorParams): Derived {
  let d = derivedCache.get(p)
  if (d === undefined) {
    const cp = { ...p, windows: [...p.windows, ...p.slowWindows.filter((w) => !p.windows.includes(w))] }
    const trend = {} as Record<TrendKind, TrendOpts>
    for (const kind of TREND_KINDS) trend[kind] = trendOpts(p, kind)
    // The history also spans the complaint CUSUMs' minutes when one runs (rise.ts).
    const maxW = Math.max(...cp.windows, p.riseNats > 0 || p.shareRiseNats > 0 ? p.riseBuckets : 0)
    d = { so: seasonalOpts(p), cp, maxW, trend, topic: topicOpts(p) }
    derivedCache.set(p, d)
  }
  return d
}

/** The negative share over each window (negatives given volume), added to `scores`. */
function scoreShareWindows(st: BrandState, windows: number[], p: DetectorParams, scores: Scored[]): void {
  const share = shareOf(st.share)
  for (const w of windows) {
    const vh = st.hist.volume
    const nh = st.hist.negative
    if (vh.length < w) continue
    let vol = 0
    let neg = 0
    for (let i = vh.length - w; i < vh.length; i++) {
      vol += vh[i]!.c
      neg += nh[i]!.c
    }
    scores.push(scoreShare(neg, vol, share, st.share.disp, w, p))
  }
}

/** Score a closed bucket (does not learn from it). */
export function closeBucket(st: BrandState, bucket: Bucket, p: DetectorParams): BucketResult {
  const startMs = bucket.index * p.bucketMs
  st.closedThrough = bucket.index
  const { so, cp, maxW, trend, topic } = derived(p)
  const scores: Scored[] = []
  let negObs: Obs = { c: 0, mu: 0, v: 0 }
  let expectedVolume = 0
  for (const s of CORE_SIGNALS) {
    const e: Expectation = expect(st.core[s], startMs, so)
    const h = st.hist[s]
    // Reach is a sum of follower weights whose noise comes in bursts (one large account): its
    // slow window keeps the short memory, which is what keeps a big post ordinary.
    h.push({ c: countOf(bucket, s), mu: e.mu, v: e.v, vDay: s === 'reach' ? e.v : e.vDay })
    if (h.length > maxW) h.shift()
    // Volume goes through the single-series scorer, the algorithm NAB measures.
    if (s === 'volume')
      scores.push(...scoreVolume(st.core.volume, h, startMs, p, st.core[s].n - p.minHistoryBuckets))
    else
      scores.push(
        ...scoreCounts(s, h, cp, s === 'reach' ? REACH_SCALE : 1, st.core[s].n - p.minHistoryBuckets),
      )
    if (s === 'negative') negObs = h[h.length - 1]!
    if (s === 'volume') expectedVolume = e.mu
  }
  scoreShareWindows(st, cp.windows, p, scores)
  const evicted = pushRecent(st, bucket, p.trendWindowBuckets)
  const trends = {} as Record<TrendKind, TrendHit[]>
  for (const kind of TREND_KINDS) {
    const pick = TREND_PICK[kind]
    trends[kind] = scoreTrendKeys(st.trends[kind], pick(bucket), st.recent.length, bucket.index, trend[kind])
  }
  const topicTerms = pushMinute(st.topics, bucket.terms, bucket.negative, topic)
  let best = 0
  for (const s of scores) best = Math.max(best, s.gated)
  const combined = Math.max(0, best - Math.log10(scores.length))
  return {
    brand: st.info.id,
    bucket,
    startMs,
    scores,
    trends,
    topic: null,
    topicTerms,
    combined,
    expectedVolume,
    negObs,
    age: st.core.volume.n,
    evicted,
  }
}

/**
 * Test the topic of a scored bucket (after the peer gate) when some slow window passed its
 * gates: the only case in which it changes anything (crisisScore). Testing every minute cost
 * the engine about a quarter of its throughput on a quiet stream.
 */
export function testTopic(st: BrandState, r: BucketResult, p: DetectorParams): void {
  for (const s of r.scores) {
    if (s.gated > 0 && s.signal !== 'rise' && p.slowWindows.includes(s.window)) {
      r.topic = scoreTopics(st.topics, r.bucket.index, derived(p).topic)
      return
    }
  }
}

/** Learn from a scored bucket; `weight` is small while an incident is open. */
export function learnBucket(st: BrandState, r: BucketResult, weight: number, p: DetectorParams): void {
  const { so, topic } = derived(p)
  for (const s of CORE_SIGNALS) {
    const h = st.hist[s]
    const last = h[h.length - 1]!
    learn(st.core[s], last.c, r.startMs, last, weight, so)
  }
  learnVolumeSeries(st.core.volume, weight, p)
  learnShare(st.share, r.bucket.negative, r.bucket.volume, weight, so)
  learnLong(st.topics, r.topicTerms, r.bucket.negative, r.bucket.index, weight, topic)
  for (const kind of TREND_KINDS) {
    for (const old of r.evicted) learnTrends(st, kind, old, p)
  }
}

function learnTrends(st: BrandState, kind: TrendKind, b: Bucket, p: DetectorParams): void {
  learnTrendKeys(st.trends[kind], TREND_PICK[kind](b), b.index, derived(p).trend[kind])
}

/**
 * Append to the trend window (and each key's window count); returns the buckets that fell
 * out of it.
 */
function pushRecent(st: BrandState, bucket: Bucket, maxW: number): Bucket[] {
  const evicted: Bucket[] = []
  st.recent.push(bucket)
  sealBucket(bucket)
  for (const kind of TREND_KINDS) {
    const counts = TREND_PICK[kind](bucket)
    addToWindow(st.trends[kind], counts, 1)
    st.keys[kind].bucketKeys = counts.size
  }
  while (st.recent.length > maxW) {
    const old = st.recent.shift()!
    for (const kind of TREND_KINDS) addToWindow(st.trends[kind], TREND_PICK[kind](old), -1)
    evicted.push(old)
  }
  return evicted
}

/** Recompute the window counts from `st.recent` (after restoring a checkpoint). */
export function rebuildWindows(st: BrandState): void {
  for (const kind of TREND_KINDS) {
    clearWindow(st.trends[kind])
    for (const b of st.recent) addToWindow(st.trends[kind], TREND_PICK[kind](b), 1)
  }
}

/**
 * Recycle key ids nothing uses any more: not tracked and in no open or recent bucket. Call
 * between minutes (no bucket of this brand in flight outside `open` and `recent`).
 */
export function recycleKeys(st: BrandState): void {
  for (const kind of TREND_KINDS) {
    const pick = TREND_PICK[kind]
    recycleIds(st.trends[kind], (live) => {
      for (const b of st.open.values()) markIds(live, pick(b))
      for (const b of st.recent) markIds(live, pick(b))
      if (kind === 'terms') markTopicIds(st.topics, live)
    })
  }
}
