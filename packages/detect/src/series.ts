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
 * least the mean); the best window is corrected for the number of windows tested. Learning
 * is a separate step so the caller can damp it while an incident is open (a crisis must not
 * become the new normal within minutes). Per row cost is O(number of windows) and
 * allocation-free: window sums are kept incrementally. The state is plain JSON (numbers and
 * arrays) so checkpoints carry it.
 */
import { lnNormalTail, surpriseCount } from './stats.js'

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
   * Counts only: a zero where the count model gives it a probability below this is a gap in
   * collection (an outage of the collector, a rate limit), not traffic: it is neither scored
   * nor learned, so the level does not sink through an outage and the return of ordinary
   * traffic after it reads as ordinary (0 = off).
   */
  gapP: number
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
  gapP: 1e-3,
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

const DAY_MS = 86_400_000

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

/** Slot of the daily profile for time t; sets the profile up once the row interval is known. */
function slotOf(st: SeriesState, tMs: number | undefined, p: SeriesParams): number {
  if (tMs === undefined || !Number.isFinite(tMs)) return -1
  if (st.firstT === null) st.firstT = tMs
  else if (st.season === null && tMs > st.firstT) {
    // The interval between the first two rows sets the slot width.
    st.slotMs = Math.max(tMs - st.firstT, DAY_MS / p.maxSlots)
    st.rowsPerSlot = Math.max(1, st.slotMs / (tMs - st.firstT))
    const slots = Math.ceil(DAY_MS / st.slotMs)
    st.season = new Array<number>(slots).fill(0)
    st.seen = new Array<number>(slots).fill(0)
    if (p.weekRate > 0) st.week = new Array<number>(7 * slots).fill(0)
  }
  if (st.season === null) return -1
  return Math.floor((((tMs % DAY_MS) + DAY_MS) % DAY_MS) / st.slotMs) % st.season.length
}

/** Push a residual and its expectation into the ring and every window's running sums. */
function pushResidual(st: SeriesState, r: number, e: number, p: SeriesParams): void {
  const len = st.resid.length
  const filled = Math.min(st.n - 1, len)
  for (let k = 0; k < p.windows.length; k++) {
    const w = p.windows[k]!
    let dr = r
    let de = e
    if (filled >= w) {
      const j = (st.head - w + len) % len
      dr -= st.resid[j]!
      de -= st.expct[j]!
    }
    st.sumR[k] = st.sumR[k]! + dr
    st.sumE[k] = st.sumE[k]! + de
  }
  st.resid[st.head] = r
  st.expct[st.head] = e
  st.head = (st.head + 1) % len
  // Running sums drift by rounding: recompute them exactly once per lap of the ring.
  if (st.head === 0) resum(st, p)
}

function resum(st: SeriesState, p: SeriesParams): void {
  const len = st.resid.length
  const filled = Math.min(st.n, len)
  for (let k = 0; k < p.windows.length; k++) {
    const w = Math.min(p.windows[k]!, filled)
    let sr = 0
    let se = 0
    for (let i = 1; i <= w; i++) {
      const j = (st.head - i + len) % len
      sr += st.resid[j]!
      se += st.expct[j]!
    }
    st.sumR[k] = sr
    st.sumE[k] = se
  }
}

const LN10 = Math.LN10

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
  const seasonal =
    slot < 0
      ? 0
      : st.seen![slot]! > 0
        ? st.season![slot]!
        : st.seasonSlots > 0
          ? st.seasonSum / st.seasonSlots
          : 0
  if (st.n === 0) {
    st.level = x
    st.scale = Math.abs(x)
  }
  st.lastWeekSlot =
    slot >= 0 && st.week !== null && tMs !== undefined
      ? (((Math.floor(tMs / DAY_MS) % 7) + 7) % 7) * st.season!.length + slot
      : -1
  const weekly = st.lastWeekSlot >= 0 ? st.week![st.lastWeekSlot]! : 0
  const e = st.level + seasonal + weekly
  if (st.ints !== false && !(x >= 0 && Number.isInteger(x))) st.ints = false
  const counts = p.count || (p.autoCount && st.ints !== false)
  if (x === 0 && counts && p.gapP > 0 && st.n > p.minRows && zeroChance(e, st.variance) < p.gapP) {
    out.expected = e
    return out
  }
  st.n++
  st.scale += (Math.abs(x) - st.scale) / Math.min(st.n, p.varTau)
  // A flat series has no noise: any change is large, but not infinitely so.
  const floor = 1e-3 * (st.scale + 1e-9)
  const sd = Math.max(Math.sqrt(st.variance), floor)
  const r = x - e
  const record = isRecord(st, x)
  let rr = p.recallDays > 0 && tMs !== undefined && sd > 0 ? recall(st, r / sd, tMs, p) * sd : r
  if (record && p.recallSparesRecords) rr = r
  // What recall explains is expected; what a burst overshoots is not counted at all (it would
  // otherwise inflate the window's expectation, and with it the count tail's variance).
  const expect = e + r - rr
  if (counts && p.burstSigmas > 0) {
    const cap = burstCap(e, sd, p.burstSigmas)
    if (rr > cap) rr = cap
  }
  pushResidual(st, rr, expect, p)
  st.lastR = r
  st.lastE = e
  // Learning is winsorised at clipSigmas noise sd; for counts that noise is at least Poisson
  // (of at least one post): a sparse series that starts with zeros would otherwise learn a
  // noise of ~0, clip every later post to ~0 and never learn its own level.
  st.lastSd = counts ? Math.max(sd, Math.sqrt(Math.max(e, 1))) : sd
  st.lastSlot = slot
  st.pending = true
  out.expected = e
  if (st.n <= p.minRows) return out
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

/**
 * How far above its expectation e one count row may count: burstSigmas noise sd, or at small
 * counts as far as a Poisson count gets at that many sd on its variance-stabilised scale
 * (Anscombe: 2·sqrt(x + 3/8) has unit variance), whichever is more. At 2 posts expected a
 * row may count up to about 9, at 400 up to about 460.
 */
function burstCap(e: number, sd: number, sigmas: number): number {
  const m = Math.max(e, 0)
  const root = Math.sqrt(m + 0.375) + sigmas / 2
  return Math.max(sigmas * sd, root * root - 0.375 - m)
}

/**
 * The chance of a zero count given expectation e and residual variance v (negative binomial
 * with that variance, Poisson when v ≤ e).
 */
function zeroChance(e: number, v: number): number {
  if (!(e > 0)) return 1
  if (v <= e) return Math.exp(-e)
  const r = (e * e) / (v - e)
  return Math.exp(r * Math.log(r / (r + e)))
}

/** Whether x leaves the range of every value before it; widens the range to x. */
function isRecord(st: SeriesState, x: number): boolean {
  if (st.lo == null || st.hi == null) {
    st.lo = x
    st.hi = x
    return false
  }
  const record = x < st.lo || x > st.hi
  if (x < st.lo) st.lo = x
  if (x > st.hi) st.hi = x
  return record
}

/** Past excursions kept at most (a series spiking on every row gains nothing from more). */
const RECALL_MAX = 256

/**
 * The residual z (in noise sd) less the largest same-signed excursion remembered at about
 * this time of day on the last days; remembers z when it is an excursion itself.
 */
function recall(st: SeriesState, z: number, tMs: number, p: SeriesParams): number {
  const list = st.recall
  const horizon = p.recallDays * DAY_MS + p.recallJitterMs
  let drop = 0
  while (drop < list.length && list[drop]! < tMs - horizon) drop += 2
  if (drop > 0) list.splice(0, drop)
  let out = z
  if (Math.abs(z) >= 3 && list.length > 0) {
    let m = 0
    for (let i = 0; i < list.length; i += 2) {
      const v = list[i + 1]! * Math.sign(z)
      if (v <= m) continue
      const days = (tMs - list[i]!) / DAY_MS
      const off = Math.abs(days - Math.round(days)) * DAY_MS
      if (days >= 0.5 && off <= p.recallJitterMs) m = v
    }
    out = Math.sign(z) * Math.max(0, Math.abs(z) - m)
  }
  if (Math.abs(z) >= p.recallSigmas) {
    list.push(tMs, z)
    if (list.length > RECALL_MAX * 2) list.splice(0, 2)
  }
  return out
}

/**
 * A surprise read on a normal-like tail, re-read on a Student-t tail with `df` degrees of
 * freedom: the equivalent z (z² ≈ 2·ln10·s) mapped through t's log-density decay
 * (ν·ln(1 + z²/ν)). Monotone, the identity as df grows, logarithmic in z for few df.
 */
function heavyTail(s: number, df: number): number {
  if (s <= 0) return 0
  return (df / (2 * LN10)) * Math.log1p((2 * LN10 * s) / df)
}

/** Two-sided normal tail of a window's mean residual. */
function valueTail(sumR: number, sd: number, w: number, p: SeriesParams): number {
  // Residuals of real series are autocorrelated: the mean of w of them shrinks slower than
  // 1/sqrt(w) (windowShrink < 0.5 is the conservative middle).
  const z = Math.abs(sumR / w) / (sd * w ** -p.windowShrink)
  return -(Math.LN2 + lnNormalTail(z)) / LN10
}

/**
 * A window of a series taken for counts (autoCount). A surge gets the negative-binomial tail
 * on the learned noise (at least Poisson), with the mean floored at the noise sd: a count
 * whose expectation is learned near zero (a sparse series' daily profile, the robust level of
 * rare large spikes) is no more dispersed than a geometric count (NB shape ≥ 1), so one post
 * where the profile says 0.01 is not a one-in-a-million event, and a spike that recurs is
 * not either. A fall keeps the normal tail, on noise floored at Poisson.
 */
function autoCountTail(sumR: number, sumE: number, sd: number, w: number, p: SeriesParams): number {
  const v = sd * sd * w ** (2 - 2 * p.windowShrink)
  const mu = Math.max(sumE, 0)
  if (sumR > 0) {
    const m = Math.max(mu, Math.sqrt(v), 1e-3)
    return mu + sumR > m ? surpriseCount(mu + sumR, m, Math.max(v, m)) : 0
  }
  return valueTail(sumR, Math.max(sd, Math.sqrt(mu / w) * w ** (p.windowShrink - 0.5)), w, p)
}

/** Upper tail of a window's count: negative binomial with variance ≥ mean (Poisson floor). */
function countTail(sumR: number, sumE: number, sd: number, w: number, p: SeriesParams): number {
  if (sumR <= 0) return 0
  const mu = Math.max(sumE, 1e-3)
  const v = sd * sd * w ** (2 - 2 * p.windowShrink)
  return surpriseCount(mu + sumR, mu, Math.max(v, mu))
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
