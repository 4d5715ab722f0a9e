/**
 * The single-series scorer: one numeric series (a brand's minute volume, or any NAB file)
 * against its own robust baseline. The brand engine scores its volume signal with it, and
 * bin/nab-detector runs it row by row with the engine's incident lifecycle (stepIncident, in
 * series-detector.ts), so the Numenta Anomaly Benchmark measures the production algorithm,
 * not a look-alike.
 *
 * Per row: expectation = robust level + time-of-day profile + day-of-week correction; a
 * residual no larger than an excursion seen at about this time yesterday is discounted
 * (recall), unless the value leaves the range the series has ever shown (a record); the
 * residual joins a ring buffer; each window's mean residual is scored as a tail probability
 * (normal for general values, Poisson / negative binomial for counts, whose variance is at
 * least the mean); the best window is corrected for the number of windows tested; for counts
 * the level is also read against a slow level (a lasting rise too weak per row). Learning
 * is a separate step so the caller can damp it while an incident is open (a crisis must not
 * become the new normal within minutes). Per row cost is O(number of windows) and
 * allocation-free: window sums are kept incrementally. The state is plain JSON (numbers and
 * arrays) so checkpoints carry it.
 */

import { type ContextState, DEFAULT_CONTEXT_PARAMS, newContextState, stepContext } from './series-context.js'
import { burstCap, zeroChance } from './series-counts.js'
import { isRecord, pushResidual, recall, seasonalAt, slotOf, weekSlotOf } from './series-memory.js'
import { autoCountTail, countTail, heavyTail, valueTail } from './series-tails.js'
import { lnNormalTail } from './stats.js'

export interface SeriesParams {
  /** Level time constant, in rows. */
  levelTau: number
  /** Noise-scale time constant, in rows. */
  varTau: number
  /** Learning is winsorised at this many noise sd. */
  clipSigmas: number
  /** Windows (rows) whose mean residual is scored. */
  windows: number[]
  /** Exponent of the window size in the mean's standard error (0.5 = independent rows). */
  windowShrink: number
  /** Rows before the first score (the noise scale must exist). */
  minRows: number
  /** Learning rate of the time-of-day profile (additive, one slot per row interval). */
  seasonRate: number
  /**
   * Learning rate of the day-of-week correction on top of the daily profile, per visit of a
   * slot of the week (weekly); 0 = none. Weekends and Mondays differ (the engine's seasonal
   * baselines are hour-of-week too).
   */
  weekRate: number
  /** Time-of-day slots per day at most (coarser slots pool more evidence). */
  maxSlots: number
  /**
   * Recall: an excursion of the same sign beyond recallSigmas noise sd at about this time of
   * day (±recallJitterMs) on one of the last recallDays days makes one now less news: only
   * the excess over it is scored (a nightly batch job, a daily newsletter). 0 days = off.
   */
  recallDays: number
  recallJitterMs: number
  recallSigmas: number
  /**
   * A value beyond the whole range the series has shown so far (a record high or low) is not
   * discounted by recall: yesterday's excursion at this time explains a repeat, not a new
   * extreme. It is still remembered for tomorrow.
   */
  recallSparesRecords: boolean
  /**
   * Counts (mentions per bucket): only surges count, the variance is at least the mean
   * (Poisson) and small counts get the exact negative-binomial tail. Otherwise both
   * directions count and the tail is normal on a scale-free noise estimate.
   */
  count: boolean
  /**
   * A series whose every value so far is a whole number ≥ 0 is taken for counts (posts per
   * bucket, requests per interval) until a value says otherwise: its noise is at least
   * Poisson (a few posts an hour can jump from 0 to 3 without news) and a surge gets the
   * negative-binomial tail; a fall keeps the normal tail on that floored noise. Ignored when
   * `count` is set.
   */
  autoCount: boolean
  /**
   * Heavy tails: one row of a social stream can burst (a viral post) far beyond a normal or
   * negative-binomial tail, while a window's mean of many rows is nearer normal. Each
   * window's surprise is read on a Student-t-like tail with tailDf·w degrees of freedom
   * (0 = off): a single wild row needs far more to count, a sustained shift little more.
   */
  tailDf: number
  /**
   * Counts only: one row adds at most this many noise sd (at least Poisson) to any window,
   * the rest is taken as expected (0 = off). A single bucket far above normal in a count
   * stream is mostly one post shared widely, which is over within minutes; a crisis or a new
   * level keeps rows above normal, and a window of several such rows still passes. So a
   * surge must persist to count, and how far one row overshoots no longer ranks it.
   */
  burstSigmas: number
  /**
   * Counts only: a row at least this many noise sd (at least Poisson) above its expectation
   * and further above it than any row since the series' first minRows is not held back by the
   * burst cap (0 = off). NAB's labellers mark a change from every pattern seen so far, and a
   * spike of a size never seen is one; a spike like earlier ones is not news (NAB's labelling
   * instructions, packages/detect/README.md "Spikes", 2026-12-07).
   */
  spikeSigmas: number
  /**
   * Counts only: a zero where the count model gives it a probability below this is a gap in
   * collection (an outage of the collector, a rate limit), not traffic: it is neither scored
   * nor learned, so the level does not sink through an outage and the return of ordinary
   * traffic after it reads as ordinary (0 = off).
   */
  gapP: number
  /**
   * Counts only: a CUSUM of the row's capped residual in noise sd, less this reference each
   * row (0 = off), scored beside the windows: a weak shift that persists beyond the longest
   * window, or a slow wave, accumulates where no fixed window reaches. Surges only for
   * `count`, both directions for whole-number series.
   */
  cusumK: number
  /**
   * The CUSUM's surprise per unit of its exp(−2kh) reading: below 1 because residuals are
   * autocorrelated (a profile misfit lasts hours), as the windows' standard error shrinks
   * slower than 1/sqrt(w).
   */
  cusumGain: number
  /**
   * Counts only: the Poisson part of the row noise sums over a window as independent rows do,
   * only the rest with the slower shrinkage (series-tails.ts, windowVariance). False restores
   * the shrinkage for all of it (the algorithm before 2026-12-06 08:20).
   */
  countSplit: boolean
  /**
   * Counts: the level (an EWMA over levelTau rows) is also read against a slow level (an EWMA
   * of it over shiftTau rows), on the larger of the Poisson error of both and the variance
   * their difference has shown (HTM's anomaly likelihood: a short average against the long
   * run of the same quantity), so a lasting rise too weak per row for the windows or the
   * CUSUM (a sparse stream doubling) is still found before the level absorbs it. Rises only:
   * read both ways on whole-number series, NAB's TravelTime files (seconds, not counts) lost
   * 7 points on realTraffic and no synthetic corpus gained (0 = off).
   */
  shiftTau: number
  /**
   * Agreement with the context detector (series-context.ts, after CAD OSE) for short
   * openings, 0 = off: a run of surprise found on a window of at most this many rows starts
   * only if some row of that window was news to the context model (its raw score at CAD's
   * threshold, 0.75); otherwise the row's surprise is 0. Longer windows, the CUSUM and the
   * slow level are exempt: a change that persists is evidence of its own. The windows ask
   * how far a row is from its expectation in noise sd; the context model asks whether the
   * series has been at this level, coming from these levels, before. A burst shaped like
   * bursts before is far in sd but familiar in shape. Whole-number series (counts) only.
   * Off (0): the development corpora chose 9 (of 0, 3, 9, all windows) and the held-out
   * synthetic corpora gain a little, but NAB's leave-one-corpus-out chooses 0 in every fold
   * (68.26 → 65.82 pooled at 9: nyc_taxi, a count of people, loses a window), so the held-out
   * evidence is against it (packages/detect/README.md, 2026-12-07).
   */
  contextVetoRows: number
}

/**
 * The parameters for general series (NAB), one set for every file: chosen by global sweeps
 * over all 48 NAB files (bench/nab-sweep.mjs, bench/nab-search.mjs), never per file.
 */
export const DEFAULT_SERIES_PARAMS: SeriesParams = {
  levelTau: 90,
  varTau: 300,
  clipSigmas: 6,
  windows: [1, 3, 9, 27, 81],
  windowShrink: 0.25,
  minRows: 30,
  seasonRate: 0.1,
  weekRate: 0.1,
  maxSlots: 96,
  recallDays: 1,
  recallJitterMs: 5_400_000,
  recallSigmas: 3.5,
  recallSparesRecords: true,
  count: false,
  autoCount: true,
  tailDf: 0,
  burstSigmas: 3,
  spikeSigmas: 10,
  gapP: 1e-3,
  cusumK: 1.25,
  cusumGain: 0.25,
  countSplit: true,
  shiftTau: 900,
  contextVetoRows: 0,
}

export interface SeriesState {
  n: number
  level: number
  variance: number
  /** Mean |value|: the scale a flat series' noise floor is relative to. */
  scale: number
  /** Last residuals and expectations, ring buffers of the largest window's length. */
  resid: number[]
  expct: number[]
  head: number
  /** Per window: running sums of residuals and expectations over its last rows. */
  sumR: number[]
  sumE: number[]
  /** Daily profile: one slot per row interval (at most maxSlots a day); null until known. */
  season: number[] | null
  seen: number[] | null
  /** Day-of-week correction: one slot per daily slot and weekday (0 until learned); null when off. */
  week: number[] | null
  slotMs: number
  /** Rows per slot visit (slot width over the row interval), ≥ 1. */
  rowsPerSlot: number
  /** Sum of the profile over slots seen, and how many: an unseen slot expects their mean. */
  seasonSum: number
  seasonSlots: number
  /** Recall: past excursions as flat [time ms, residual in sd, ...] pairs, oldest first. */
  recall: number[]
  firstT: number | null
  /** Lowest and highest value seen; null until the first (a checkpoint without them starts anew). */
  lo: number | null
  hi: number | null
  /** The row scored last, kept for the learning step. */
  lastR: number
  lastSd: number
  /** The expectation of the row scored last (absent in old checkpoints). */
  lastE?: number
  lastSlot: number
  lastWeekSlot: number
  /** Whether the row scored last is still to be learned. */
  pending: boolean
  /** Every value so far a whole number ≥ 0 (absent in old checkpoints: decided anew). */
  ints?: boolean
  /**
   * CUSUMs of capped residuals in noise sd, up then down: [h, rows since it stood at 0, their
   * expected sum, their residual sum] each (absent in old checkpoints: starts at 0).
   */
  cusum?: number[]
  /** Slow level: [its value, the variance of level − slow level] (absent: starts anew). */
  slow?: number[]
  /** The context detector's state while `contextVetoRows` is on (absent: starts anew). */
  ctx?: ContextState
  /** Rows (n) at the last row that was news to the context model. */
  ctxNewAt?: number
  /** The previous row's surprise after the veto (a run goes on above RUN_SURPRISE). */
  ctxRun?: number
  /** The largest count overshoot so far, in noise sd, while `spikeSigmas` is on (absent: 0). */
  spikeZ?: number
}

/** What one row's score found: the corrected surprise and the best window's figures. */
export interface SeriesScore {
  /** -log10 tail probability of the best window, minus log10(number of windows). */
  surprise: number
  window: number
  observed: number
  expected: number
}

export function newSeriesState(p: SeriesParams): SeriesState {
  const maxW = Math.max(...p.windows)
  return {
    n: 0,
    level: 0,
    variance: 0,
    scale: 0,
    resid: new Array<number>(maxW).fill(0),
    expct: new Array<number>(maxW).fill(0),
    head: 0,
    sumR: new Array<number>(p.windows.length).fill(0),
    sumE: new Array<number>(p.windows.length).fill(0),
    season: null,
    seen: null,
    week: null,
    slotMs: 0,
    rowsPerSlot: 1,
    seasonSum: 0,
    seasonSlots: 0,
    recall: [],
    firstT: null,
    lo: null,
    hi: null,
    lastR: 0,
    lastSd: 0,
    lastSlot: -1,
    lastWeekSlot: -1,
    pending: false,
    ints: true,
  }
}

/**
 * Whether `st` is a state these parameters can continue (a checkpoint written with other
 * windows, or by an older version, is not: the caller starts afresh).
 */
export function isSeriesState(st: unknown, p: SeriesParams): st is SeriesState {
  if (typeof st !== 'object' || st === null) return false
  const s = st as Partial<SeriesState>
  return (
    typeof s.n === 'number' &&
    Array.isArray(s.resid) &&
    s.resid.length === Math.max(...p.windows) &&
    Array.isArray(s.sumR) &&
    s.sumR.length === p.windows.length &&
    Array.isArray(s.recall) &&
    typeof s.rowsPerSlot === 'number' &&
    // A profile set up without the weekday correction cannot grow one later.
    (s.season === null || p.weekRate > 0 === Array.isArray(s.week))
  )
}

/**
 * Score the next value (time `tMs` feeds the daily profile). Does not learn from it: call
 * learnSeries next, with the weight the lifecycle allows. `out` is filled and returned.
 */
export function scoreSeries(
  st: SeriesState,
  x: number,
  tMs: number | undefined,
  p: SeriesParams,
  out: SeriesScore,
): SeriesScore {
  out.surprise = 0
  out.window = 1
  out.observed = x
  out.expected = x
  st.lastSlot = -1
  st.pending = false
  if (!Number.isFinite(x)) return out
  const slot = slotOf(st, tMs, p)
  const seasonal = seasonalAt(st, slot)
  if (st.n === 0) {
    st.level = x
    st.scale = Math.abs(x)
  }
  st.lastWeekSlot = weekSlotOf(st, slot, tMs)
  const weekly = st.lastWeekSlot >= 0 ? st.week![st.lastWeekSlot]! : 0
  const e = st.level + seasonal + weekly
  if (st.ints !== false && !(x >= 0 && Number.isInteger(x))) st.ints = false
  const counts = p.count || (p.autoCount && st.ints !== false)
  if (x === 0 && counts && p.gapP > 0 && st.n > p.minRows && zeroChance(e, st.variance) < p.gapP) {
    out.expected = e
    return out
  }
  st.n++
  if (p.contextVetoRows > 0 && counts) stepAgreement(st, x)
  st.scale += (Math.abs(x) - st.scale) / Math.min(st.n, p.varTau)
  // A flat series has no noise: any change is large, but not infinitely so.
  const sd = Math.max(Math.sqrt(st.variance), 1e-3 * (st.scale + 1e-9))
  const r = x - e
  const record = isRecord(st, x)
  let rr = p.recallDays > 0 && tMs !== undefined && sd > 0 ? recall(st, r / sd, tMs, p) * sd : r
  if (record && p.recallSparesRecords) rr = r
  // What recall explains is expected; what a burst overshoots is not counted at all (it would
  // otherwise inflate the window's expectation, and with it the count tail's variance).
  const expect = e + r - rr
  // For counts the noise is at least Poisson (of at least one post): the spike rule reads a
  // row's overshoot in it, and learning is winsorised in it (lastSd below).
  const noiseSd = counts ? Math.max(sd, Math.sqrt(Math.max(e, 1))) : sd
  if (counts && p.burstSigmas > 0 && !(p.spikeSigmas > 0 && firstOfItsSize(st, rr / noiseSd, p)))
    rr = Math.min(rr, burstCap(e, sd, p.burstSigmas))
  pushResidual(st, rr, expect, p)
  cusumOut.surprise = 0
  // Not in the first day: until the daily profile has seen each hour once, its misfit
  // persists for hours and a CUSUM would add it up.
  if (counts && p.cusumK > 0 && (tMs === undefined || st.firstT === null || tMs - st.firstT >= DAY_MS))
    stepCusum(st, rr, e, sd, p, cusumOut)
  st.lastR = r
  st.lastE = e
  // Learning is winsorised at clipSigmas noise sd; for counts that noise is at least Poisson
  // (of at least one post): a sparse series that starts with zeros would otherwise learn a
  // noise of ~0, clip every later post to ~0 and never learn its own level.
  st.lastSd = noiseSd
  st.lastSlot = slot
  st.pending = true
  out.expected = e
  if (st.n <= p.minRows) return out
  scoreWindows(st, sd, counts, p, out)
  if (counts && p.shiftTau > 0) shiftScore(st, p, out)
  if (cusumOut.surprise > out.surprise) {
    out.surprise = cusumOut.surprise
    out.window = cusumOut.window
    out.expected = cusumOut.expected
    out.observed = cusumOut.observed
  }
  if (p.contextVetoRows > 0 && counts) agree(st, out, p)
  return out
}

/**
 * A row whose surprise (after the veto) reaches this continues a run (the NAB lifecycle's
 * calm threshold): a run needs the context model's agreement to start, not to go on, or an
 * incident would calm as soon as its new level grew familiar.
 */
const RUN_SURPRISE = 2

/** The context veto: a run of surprise on a short window starts only where a row of it was news. */
function agree(st: SeriesState, out: SeriesScore, p: SeriesParams): void {
  const running = (st.ctxRun ?? 0) >= RUN_SURPRISE
  const news = st.n - (st.ctxNewAt ?? Number.NEGATIVE_INFINITY) < out.window
  if (!running && out.window <= p.contextVetoRows && !news) out.surprise = 0
  st.ctxRun = out.surprise
}

/** The context model sees the row; a row new to it (raw score at its threshold) is remembered. */
function stepAgreement(st: SeriesState, x: number): void {
  if (st.ctx === undefined) st.ctx = newContextState(DEFAULT_CONTEXT_PARAMS)
  stepContext(st.ctx, x, DEFAULT_CONTEXT_PARAMS)
  if (st.ctx.raw >= DEFAULT_CONTEXT_PARAMS.threshold) st.ctxNewAt = st.n
}

const DAY_MS = 86_400_000

/**
 * Whether a count row's overshoot `z` (in Poisson-floored noise sd) is a spike larger than the
 * series has shown and at least spikeSigmas: such a row counts in full. Every row after
 * minRows raises the record, so only the first spike of a size is news.
 */
function firstOfItsSize(st: SeriesState, z: number, p: SeriesParams): boolean {
  if (st.n <= p.minRows) return false
  const record = st.spikeZ ?? 0
  if (z <= record) return false
  st.spikeZ = z
  return z >= p.spikeSigmas
}

/**
 * The level above the slow level (shiftTau): a normal tail of their difference on the larger
 * of its learned variance and the Poisson error of the two EWMAs, less the windows'
 * Bonferroni share; into `out` when stronger. Not before shiftTau rows (the slow level and
 * the variance must have seen the series).
 */
function shiftScore(st: SeriesState, p: SeriesParams, out: SeriesScore): void {
  const sl = st.slow
  if (sl === undefined || st.n < p.shiftTau) return
  const d = st.level - sl[0]!
  if (d <= 0) return
  const mean = Math.max(st.level, sl[0]!, 1e-3)
  const pois = mean * (1 / (2 * p.levelTau) + 1 / (2 * p.shiftTau))
  const z = d / Math.sqrt(Math.max(sl[1]!, pois))
  const s = -(Math.LN2 + lnNormalTail(z)) / Math.LN10 - Math.log10(p.windows.length + 1)
  if (s <= out.surprise) return
  out.surprise = s
  out.window = p.levelTau
  out.expected = sl[0]! * p.levelTau
  out.observed = st.level * p.levelTau
}

/** CUSUM ceiling, in noise sd: a long shift must not keep the alarm up for ever once learned. */
const CUSUM_MAX = 40

/**
 * Step the count CUSUMs with a row's capped residual and fill `out` with the stronger one's
 * surprise and run (rows since it last stood at 0, their expected and observed sums): a random
 * walk with drift −k per row exceeds h with probability about exp(−2kh), so h reads as
 * 2kh·log10 e, scaled by cusumGain (residuals are autocorrelated), less the windows'
 * Bonferroni share. Noise at least Poisson, as for the windows.
 */
function stepCusum(
  st: SeriesState,
  rr: number,
  e: number,
  sd: number,
  p: SeriesParams,
  out: SeriesScore,
): void {
  const z = rr / Math.max(sd, Math.sqrt(Math.max(e, 0.25)))
  if (st.cusum === undefined) st.cusum = [0, 0, 0, 0, 0, 0, 0, 0]
  const c = st.cusum
  let best = 0
  // [h, rows, sum of expectations, sum of residuals] up, then down (whole-number series only).
  for (let d = 0; d < (p.count ? 1 : 2); d++) {
    const o = 4 * d
    const h = c[o]! + (d === 0 ? z : -z) - p.cusumK
    if (h <= 0) {
      c[o] = c[o + 1] = c[o + 2] = c[o + 3] = 0
      continue
    }
    c[o] = Math.min(CUSUM_MAX, h)
    c[o + 1]! += 1
    c[o + 2]! += e
    c[o + 3]! += rr
    if (c[o]! > best) {
      best = c[o]!
      out.window = c[o + 1]!
      out.expected = c[o + 2]!
      out.observed = c[o + 2]! + c[o + 3]!
    }
  }
  out.surprise = Math.max(
    0,
    p.cusumGain * 2 * p.cusumK * best * Math.LOG10E - Math.log10(p.windows.length + 1),
  )
}

const cusumOut: SeriesScore = { surprise: 0, window: 1, observed: 0, expected: 0 }

/** The most surprising window of the ring into `out`, corrected for the windows tested. */
function scoreWindows(
  st: SeriesState,
  sd: number,
  counts: boolean,
  p: SeriesParams,
  out: SeriesScore,
): SeriesScore {
  const filled = Math.min(st.n, st.resid.length)
  let best = 0
  for (let k = 0; k < p.windows.length; k++) {
    const w = p.windows[k]!
    if (filled < w) continue
    const sumR = st.sumR[k]!
    let s = p.count
      ? countTail(sumR, st.sumE[k]!, sd, w, p)
      : counts
        ? autoCountTail(sumR, st.sumE[k]!, sd, w, p)
        : valueTail(sumR, sd, w, p)
    if (p.tailDf > 0) s = heavyTail(s, p.tailDf * w)
    if (s > best) {
      best = s
      out.window = w
      out.expected = st.sumE[k]!
      out.observed = st.sumE[k]! + sumR
    }
  }
  // Several windows were tested: correct so the threshold keeps its meaning (Bonferroni).
  out.surprise = Math.max(0, best - Math.log10(p.windows.length))
  return out
}

/** The learning weight of a count row beyond the burst cap (a structural constant). */
const BURST_LEARN = 0.25

/**
 * Learn the row scored last: winsorised, and with `weight` < 1 while an incident is open.
 */
export function learnSeries(st: SeriesState, weight: number, p: SeriesParams): void {
  if (!st.pending) return
  st.pending = false
  const sd = st.lastSd
  // A count burst is learned no further than it is scored (burstSigmas): a sustained surge
  // must not widen the noise faster than its persistence builds evidence.
  // Outside an incident only (weight 1): once one is open, the lifecycle's damping governs how
  // fast a new level is learned, as for every series, so a level shift that alerted becomes
  // the new normal at the usual pace.
  const burst = (p.count || (p.autoCount && st.ints !== false)) && p.burstSigmas > 0 && weight >= 1
  const hi = burst
    ? Math.min(p.clipSigmas * sd, burstCap(st.lastE ?? 0, Math.sqrt(st.variance), p.burstSigmas))
    : p.clipSigmas * sd
  const rc = Math.max(-p.clipSigmas * sd, Math.min(hi, st.lastR))
  // A count row beyond the burst cap is a burst or the start of a change, not yet noise: it
  // is learned at a fraction of the weight until the lifecycle says otherwise (a surge that
  // widened the noise and lifted the level as fast as it grew would never build evidence;
  // skipping such rows outright leaves a skewed series' noise stuck too low).
  const w = burst && st.lastR > hi ? weight * BURST_LEARN : weight
  const a = Math.min(1, w / Math.min(st.n, p.levelTau))
  st.level += a * rc
  if (p.shiftTau > 0) {
    if (st.slow === undefined) st.slow = [st.level, 0]
    const sl = st.slow
    const f = Math.min(1, w / Math.min(st.n, p.shiftTau))
    const d = st.level - sl[0]!
    sl[1] = sl[1]! + f * (d * d - sl[1]!)
    sl[0] = sl[0]! + f * d
  }
  const b = Math.min(1, w / Math.min(st.n, p.varTau))
  st.variance += b * (rc * rc - st.variance)
  const slot = st.lastSlot
  if (slot >= 0 && st.season !== null && st.seen !== null) {
    // The profile learns the part of the residual the level does not absorb.
    const seen = st.seen[slot]!
    // seasonRate is per visit of the slot (a day), spread over the rows of the visit; the
    // first visits learn faster (running mean).
    const g = (w * Math.max(p.seasonRate, 1 / (seen / st.rowsPerSlot + 1))) / st.rowsPerSlot
    const before = seen > 0 ? st.season[slot]! : st.seasonSlots > 0 ? st.seasonSum / st.seasonSlots : 0
    const after = before + g * (1 - a) * rc
    st.season[slot] = after
    st.seasonSum += after - (seen > 0 ? before : 0)
    if (seen === 0) st.seasonSlots++
    if (seen < 65535) st.seen[slot] = seen + 1
    const ws = st.lastWeekSlot
    if (ws >= 0 && st.week !== null) {
      // The weekday correction learns what neither the level nor the daily profile took, at
      // a steady rate from the first visit: a weekday comes round once a week, so a fast
      // first-visit start lets one noisy day stand for it all week (NAB's two-week files
      // lost a window and gained false alarms that way).
      st.week[ws] = st.week[ws]! + ((w * p.weekRate) / st.rowsPerSlot) * (1 - g) * (1 - a) * rc
    }
  }
}
