/**
 * Per-brand detector state: open buckets, baselines, trend trackers, recent history and the
 * incident. `closeBucket` scores a bucket; `learnBucket` folds it into the baselines after the
 * engine has decided whether an incident is open (so a crisis is learned from only faintly).
 */
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
import { type Bucket, sumCounts } from './bucket.js'
import type { IncidentState } from './incident.js'
import {
  type BrandSize,
  type DetectorParams,
  PRIOR_COMPLAINT_SHARE,
  PRIOR_NEGATIVE_SHARE,
  PRIOR_PII_SHARE,
  SIZE_PRIOR_VOLUME,
} from './params.js'
import { CORE_SIGNALS, type CoreSignal, type Obs, type Scored, scoreCounts, scoreShare } from './score.js'
import {
  learnTrends as learnTrendsInto,
  newTrends,
  scoreTrends,
  type TrendHit,
  type TrendOpts,
  type TrendState,
} from './trends.js'

export const TREND_KINDS = ['hashtags', 'terms', 'platforms', 'langs'] as const
export type TrendKind = (typeof TREND_KINDS)[number]

/** Reach units per mention are about this many: reach is scored in mention units. */
export const REACH_SCALE = 3

export interface BrandInfo {
  id: string
  role: 'own' | 'competitor'
  size?: string | undefined
}

export interface BrandState {
  info: BrandInfo
  core: Record<CoreSignal, SeasonalState>
  share: ShareState
  trends: Record<TrendKind, TrendState>
  /** Last few closed observations per core signal, newest last (window scoring). */
  hist: Record<CoreSignal, Obs[]>
  /** Last few closed buckets (trend windows, samples). */
  recent: Bucket[]
  /** Key counts summed over `recent`, kept incrementally (add the new bucket, drop the oldest). */
  window: Record<TrendKind, Map<string, number>>
  open: Map<number, Bucket>
  incident: IncidentState | null
  /** Bucket index before which a new incident needs extra surprise. */
  cooldownUntil: number
  lateEvents: number
  duplicates: number
  /** Last bucket index closed for this brand (survives restore; guards against re-closing). */
  closedThrough: number
}

export interface BucketResult {
  brand: string
  bucket: Bucket
  startMs: number
  scores: Scored[]
  trends: Record<TrendKind, TrendHit[]>
  /** Strongest gated core surprise, corrected for the number of tests. */
  combined: number
  expectedVolume: number
  negObs: Obs
  maturity: number
}

export function seasonalOpts(p: DetectorParams): SeasonalOpts {
  return {
    tau: p.levelTauBuckets,
    shortTau: p.shortTauBuckets,
    warmup: p.warmupBuckets,
    clipSigmas: p.clipSigmas,
    freeBuckets: p.minHistoryBuckets,
  }
}

export function trendOpts(p: DetectorParams, kind: TrendKind): TrendOpts {
  // Platforms and languages are few and common: no novelty bonus, no minimum beyond excess.
  const novel = kind === 'hashtags' || kind === 'terms' ? p.trendNovelRate : 0.5
  return { tau: p.trendTauBuckets, novelRate: novel, minCount: p.trendMinCount, maxKeys: p.trendMaxKeys }
}

export function newBrandState(info: BrandInfo, p: DetectorParams): BrandState {
  const size = (info.size === 'small' || info.size === 'large' ? info.size : 'mid') as BrandSize
  const vol = SIZE_PRIOR_VOLUME[size]
  const w = p.priorShape
  return {
    info,
    core: {
      volume: newSeasonal(vol, w),
      negative: newSeasonal(vol * PRIOR_NEGATIVE_SHARE, w),
      complaints: newSeasonal(vol * PRIOR_COMPLAINT_SHARE, w),
      pii: newSeasonal(Math.max(0.01, vol * PRIOR_PII_SHARE), w),
      reach: newSeasonal(vol * REACH_SCALE, w),
    },
    share: newShare(PRIOR_NEGATIVE_SHARE, 50),
    trends: { hashtags: newTrends(), terms: newTrends(), platforms: newTrends(), langs: newTrends() },
    hist: { volume: [], negative: [], complaints: [], pii: [], reach: [] },
    recent: [],
    window: { hashtags: new Map(), terms: new Map(), platforms: new Map(), langs: new Map() },
    open: new Map(),
    incident: null,
    cooldownUntil: -Infinity,
    lateEvents: 0,
    duplicates: 0,
    closedThrough: -Infinity,
  }
}

function countOf(b: Bucket, s: CoreSignal): number {
  return s === 'reach' ? b.reach : b[s]
}

const TREND_PICK: Record<TrendKind, (b: Bucket) => Map<string, number>> = {
  hashtags: (b) => b.hashtags,
  terms: (b) => b.terms,
  platforms: (b) => b.platforms,
  langs: (b) => b.langs,
}

/** Score a closed bucket (does not learn from it). */
export function closeBucket(st: BrandState, bucket: Bucket, p: DetectorParams): BucketResult {
  const startMs = bucket.index * p.bucketMs
  st.closedThrough = bucket.index
  const so = seasonalOpts(p)
  const maxW = Math.max(...p.windows)
  const scores: Scored[] = []
  let negObs: Obs = { c: 0, mu: 0, v: 0 }
  let expectedVolume = 0
  for (const s of CORE_SIGNALS) {
    const e: Expectation = expect(st.core[s], startMs, so)
    const h = st.hist[s]
    h.push({ c: countOf(bucket, s), mu: e.mu, v: e.v })
    if (h.length > maxW) h.shift()
    scores.push(...scoreCounts(s, h, p, s === 'reach' ? REACH_SCALE : 1, st.core[s].n - p.minHistoryBuckets))
    if (s === 'negative') negObs = h[h.length - 1]!
    if (s === 'volume') expectedVolume = e.mu
  }
  const share = shareOf(st.share)
  for (const w of p.windows) {
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
  pushRecent(st, bucket, maxW)
  const trends = {} as Record<TrendKind, TrendHit[]>
  for (const kind of TREND_KINDS) {
    const opts = trendOpts(p, kind)
    trends[kind] = scoreTrends(
      st.trends[kind],
      st.window[kind],
      st.recent.length,
      bucket.index,
      opts,
      TREND_PICK[kind](bucket),
    )
  }
  let best = 0
  for (const s of scores) best = Math.max(best, s.gated)
  const combined = Math.max(0, best - Math.log10(scores.length))
  const maturity = Math.min(1, st.core.volume.n / p.warmupBuckets)
  return { brand: st.info.id, bucket, startMs, scores, trends, combined, expectedVolume, negObs, maturity }
}

/** Learn from a scored bucket; `weight` is small while an incident is open. */
export function learnBucket(st: BrandState, r: BucketResult, weight: number, p: DetectorParams): void {
  const so = seasonalOpts(p)
  for (const s of CORE_SIGNALS) {
    const h = st.hist[s]
    const last = h[h.length - 1]!
    learn(st.core[s], last.c, r.startMs, { mu: last.mu, v: last.v }, weight, so)
  }
  learnShare(st.share, r.bucket.negative, r.bucket.volume, weight, so)
  for (const kind of TREND_KINDS) {
    learnTrends(st, kind, r.bucket, p)
  }
}

function learnTrends(st: BrandState, kind: TrendKind, b: Bucket, p: DetectorParams): void {
  learnTrendsInto(st.trends[kind], TREND_PICK[kind](b), b.index, trendOpts(p, kind))
}

function pushRecent(st: BrandState, bucket: Bucket, maxW: number): void {
  st.recent.push(bucket)
  for (const kind of TREND_KINDS) {
    const w = st.window[kind]
    for (const [k, c] of TREND_PICK[kind](bucket)) w.set(k, (w.get(k) ?? 0) + c)
  }
  while (st.recent.length > maxW) {
    const old = st.recent.shift()!
    for (const kind of TREND_KINDS) {
      const w = st.window[kind]
      for (const [k, c] of TREND_PICK[kind](old)) {
        const left = (w.get(k) ?? 0) - c
        if (left > 0) w.set(k, left)
        else w.delete(k)
      }
    }
  }
}

/** Rebuild the window sums from `recent` (after a restore). */
export function rebuildWindow(st: BrandState): void {
  for (const kind of TREND_KINDS) st.window[kind] = sumCounts(st.recent, TREND_PICK[kind])
}
