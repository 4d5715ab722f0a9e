/**
 * Scoring of one closed bucket of one brand: every signal against its baseline over each
 * window, as a calibrated surprise (-log10 of the tail probability). Pure functions.
 */
import type { Expectation, SeasonalState } from './baseline.js'
import type { DetectorParams } from './params.js'
import {
  DEFAULT_SERIES_PARAMS,
  isSeriesState,
  learnSeries,
  newSeriesState,
  type SeriesParams,
  type SeriesScore,
  scoreSeries,
} from './series.js'
import { surpriseBinomial, surpriseCount } from './stats.js'

export const CORE_SIGNALS = ['volume', 'negative', 'complaints', 'pii', 'reach'] as const
export type CoreSignal = (typeof CORE_SIGNALS)[number]

/** One bucket's observation of a signal and what the baseline expected of it then. */
export interface Obs {
  c: number
  mu: number
  v: number
  /** Variance with the day-scale noise (slow windows); absent in old checkpoints. */
  vDay?: number
  /**
   * How far the other banks ran above their baselines in this minute's half hour (median
   * ratio, at least 1); set on complaints for the complaint CUSUM (rise.ts), else absent.
   */
  peer?: number
  /**
   * The sector's complaints in this minute (every owned brand's, this one's included) and this
   * brand's usual share of them before it; set on complaints for the cross-sectional rule
   * (rise.ts, `shareCusum`), else absent.
   */
  m?: number
  p?: number
}

export interface Scored {
  name: string
  signal: CoreSignal | 'negative_share' | 'peer' | 'trend' | 'rise'
  window: number
  observed: number
  expected: number
  surprise: number
  /** Surprise that also passes practical significance (ratio and excess); else 0. */
  gated: number
}

/**
 * Score windows ending at the newest observation. `hist` is newest-last. Parameter
 * uncertainty is shared across the window (the level is one unknown), so it adds
 * (Σμ)²/shape rather than Σ μ²/shape: we approximate with the sum of variances, which is
 * conservative for the overdispersion part and slightly optimistic for the level part.
 */
export function scoreCounts(
  signal: CoreSignal,
  hist: Obs[],
  p: DetectorParams,
  scale = 1,
  /** Buckets since the baseline found its level: older expectations in a window are stale. */
  settled = Infinity,
): Scored[] {
  const out: Scored[] = []
  for (const w of p.windows) {
    if (hist.length < w || (w > 1 && settled < w)) continue
    // A slow window is tested against the day's noise, not the last hour's: a wave that
    // builds over hours must not widen its own yardstick.
    const slow = p.slowWindows.includes(w)
    let c = 0
    let mu = 0
    let v = 0
    for (let i = hist.length - w; i < hist.length; i++) {
      const o = hist[i]!
      c += o.c
      mu += o.mu
      v += slow ? (o.vDay ?? o.v) : o.v
    }
    // Reach is a sum of per-mention weights (~2-6 each): score it in mention units.
    const s = surpriseCount(c / scale, mu / scale, v / (scale * scale))
    out.push(
      gate(
        {
          name: windowName(signal, w),
          signal,
          window: w,
          observed: c,
          expected: mu,
          surprise: s,
        },
        p,
        scale,
      ),
    )
  }
  return out
}

export function gate(
  s: Omit<Scored, 'gated'>,
  p: Pick<DetectorParams, 'minRatio' | 'minExcess'>,
  scale = 1,
): Scored {
  const ok =
    s.observed >= s.expected * p.minRatio &&
    (s.observed - s.expected) / scale >= p.minExcess * Math.sqrt(s.window)
  // Spelled out rather than spread (this runs for every window of every signal each minute).
  return {
    name: s.name,
    signal: s.signal,
    window: s.window,
    observed: s.observed,
    expected: s.expected,
    surprise: s.surprise,
    gated: ok ? s.surprise : 0,
  }
}

const windowNames = new Map<string, string[]>()

/** "negative" for the 1-bucket window, else "negative@5m"; built once per signal and window. */
export function windowName(signal: string, w: number): string {
  let names = windowNames.get(signal)
  if (names === undefined) {
    names = []
    windowNames.set(signal, names)
  }
  let name = names[w]
  if (name === undefined) {
    name = w === 1 ? signal : `${signal}@${w}m`
    names[w] = name
  }
  return name
}

/** Negative share over a window: binomial tail of negatives given the volume. */
export function scoreShare(
  neg: number,
  vol: number,
  share: number,
  disp: number,
  window: number,
  p: DetectorParams,
): Scored {
  const expected = vol * share
  const s = surpriseBinomial(neg, vol, share, disp)
  // Conditioning on volume makes a share test sharp at small counts (12 of 14 negative is
  // "impossible" at 20%); ask for twice the usual excess before it may open anything.
  if (neg - expected < 2 * p.minExcess * Math.sqrt(window)) {
    return {
      name: windowName('negative_share', window),
      signal: 'negative_share',
      window,
      observed: neg,
      expected,
      surprise: s,
      gated: 0,
    }
  }
  return gate(
    {
      name: windowName('negative_share', window),
      signal: 'negative_share',
      window,
      observed: neg,
      expected,
      surprise: s,
    },
    p,
  )
}

export interface PeerView {
  /** (observed + 1) / (expected + 1) of the negative signal, per other brand. */
  ratios: number[]
  /** How many other brands spike now. */
  spiking: number
}

/**
 * Peer-relative score: our negative count against our baseline scaled by how much the other
 * banks are up right now (median ratio). High only when we spike more than the sector.
 */
export function scorePeer(neg: Obs, view: PeerView, p: DetectorParams): Scored {
  const sorted = [...view.ratios].sort((a, b) => a - b)
  const med = sorted.length === 0 ? 1 : sorted[Math.floor((sorted.length - 1) / 2)]!
  const m = Math.max(1, med)
  const s = surpriseCount(neg.c, neg.mu * m, neg.v * m * m)
  return gate(
    { name: 'peer', signal: 'peer', window: 1, observed: neg.c, expected: neg.mu * m, surprise: s },
    p,
  )
}

export function expectationOf(e: Expectation, c: number): Obs {
  return { c, mu: e.mu, v: e.v }
}

/**
 * The series scorer's parameters for a brand's per-bucket volume: the set NAB is scored
 * with, a row being one bucket, except three things. Volumes are counts (surges only,
 * Poisson / negative-binomial tail); the windows are the engine's (minutes, so an incident
 * resolves within minutes of calm rather than hours); and counts given their rate are
 * independent, so a window's mean shrinks as 1/sqrt(w).
 */
export function volumeSeriesParams(p: DetectorParams): SeriesParams {
  // countSplit as on NAB (one algorithm, issue 12): with w^-0.5 shrinkage the Poisson split
  // changes nothing, and what it adds is the level's own error, shared by a window's rows.
  // The spike rule (spikeSigmas) too: a brand's first spike of its size supports an incident as
  // it opens a NAB window; volume never opens an incident alone, so a viral post or a troll raid
  // still raises nothing without the engine's other signals (crisis-eval, 2026-12-07).
  return { ...DEFAULT_SERIES_PARAMS, count: true, windows: p.windows, windowShrink: 0.5 }
}

const seriesOut: SeriesScore = { surprise: 0, window: 1, observed: 0, expected: 0 }
const seriesParamsCache = new WeakMap<DetectorParams, SeriesParams>()

function seriesParamsOf(p: DetectorParams): SeriesParams {
  let sp = seriesParamsCache.get(p)
  if (sp === undefined) {
    sp = volumeSeriesParams(p)
    seriesParamsCache.set(p, sp)
  }
  return sp
}

/**
 * Score a closed bucket's volume with the single-series scorer (the algorithm NAB measures).
 * Its state rides in the volume baseline so checkpoints carry it; an old checkpoint without
 * it starts a fresh one. Until the series knows its own noise (minRows buckets), the
 * seasonal count tests with their size prior speak for volume, so a fresh brand is watched
 * from its first minutes. Practical significance gates it like every count signal.
 */
export function scoreVolume(
  core: SeasonalState,
  hist: Obs[],
  startMs: number,
  p: DetectorParams,
  settled = Infinity,
): Scored[] {
  const sp = seriesParamsOf(p)
  if (!isSeriesState(core.series, sp)) core.series = newSeriesState(sp)
  const count = hist[hist.length - 1]?.c ?? 0
  const r = scoreSeries(core.series, count, startMs, sp, seriesOut)
  if (core.series.n <= sp.minRows) return scoreCounts('volume', hist, p, 1, settled)
  return [
    gate(
      {
        name: windowName('volume', r.window),
        signal: 'volume',
        window: r.window,
        observed: r.observed,
        expected: r.expected,
        surprise: r.surprise,
      },
      p,
    ),
  ]
}

/** Learn the bucket scoreVolume scored last (weight < 1 while an incident is open). */
export function learnVolumeSeries(core: SeasonalState, weight: number, p: DetectorParams): void {
  if (core.series !== undefined) learnSeries(core.series, weight, seriesParamsOf(p))
}
