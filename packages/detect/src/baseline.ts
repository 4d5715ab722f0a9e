/**
 * Seasonal, robust rate baselines for per-bucket counts.
 *
 * Model: count ~ NegBin with mean μ = level × hourFactor × weekdayFactor. The level is a
 * discounted gamma-Poisson posterior (sum of deseasonalised counts over sum of weights, both
 * decayed), started from a prior rate worth a few buckets so that a fresh brand speaks from
 * its first minutes. Updates are winsorised at μ + k·sd and nearly frozen during an incident,
 * so a crisis does not become the new normal within minutes. Variance adds learned
 * overdispersion and the level's own uncertainty (μ²/shape), which is large while young.
 */
import type { SeriesState } from './series.js'

export interface SeasonalState {
  /** Decayed sums for the long level: deseasonalised counts and weights. */
  a: number
  b: number
  /** Short level (warm-up guard against unlearned daily rhythm). */
  sa: number
  sb: number
  /** Hour-of-day and day-of-week factor sums: observed and expected-without-this-factor. */
  hn: number[]
  hd: number[]
  dn: number[]
  dd: number[]
  /** Learned overdispersion (variance / mean), ≥ 1, over the last hour or two. */
  disp: number
  /**
   * The same over about a day: the noise a slow window (a half-hour sum) is tested against.
   * An hour-long complaint wave, each minute within the winsorising limit, widens `disp` as
   * it builds (one wave in three went unseen); it barely moves this. Absent in checkpoints
   * written before it existed: `disp` stands in.
   */
  dispDay?: number
  /** Buckets seen. */
  n: number
  /** The single-series scorer's state, for the signal it scores (volume); JSON like the rest. */
  series?: SeriesState
}

export interface Expectation {
  mu: number
  v: number
  /** Variance with the day-scale overdispersion, for slow windows. */
  vDay: number
}

export interface SeasonalOpts {
  tau: number
  shortTau: number
  warmup: number
  clipSigmas: number
  /** Buckets learned without winsorising: a fresh baseline must reach its own level fast. */
  freeBuckets: number
  /** Time constant of the day-scale overdispersion, in buckets. */
  dayNoiseTau: number
}

const HOURS = 24
const DAYS = 7
/**
 * Seasonal factors start at 1 and need about this much evidence (in buckets) to move far:
 * three days of visits for an hour slot, two full days for a weekday. Weaker priors let one
 * bad hour on a fresh slot double its factor.
 */
const HOUR_PRIOR_BUCKETS = 180
const DAY_PRIOR_BUCKETS = 2880
/** Seasonal sums forget over about four weeks of visits. */
const HOUR_DECAY = Math.exp(-1 / (60 * 28))
const DAY_DECAY = Math.exp(-1 / (1440 * 4))

/** The day-scale overdispersion starts as a running mean worth this many buckets. */
const DAY_NOISE_PRIOR_BUCKETS = 100

/** A fresh baseline: gamma prior with mean `priorRate` and shape `priorShape`. */
export function newSeasonal(priorRate: number, priorShape: number): SeasonalState {
  const rate = Math.max(priorRate, 1e-3)
  return {
    a: priorShape,
    b: priorShape / rate,
    sa: priorShape,
    sb: priorShape / rate,
    hn: new Array<number>(HOURS).fill(0),
    hd: new Array<number>(HOURS).fill(0),
    dn: new Array<number>(DAYS).fill(0),
    dd: new Array<number>(DAYS).fill(0),
    disp: 1.5,
    dispDay: 1.5,
    n: 0,
  }
}

function slots(bucketStartMs: number): { h: number; d: number } {
  const hourIdx = Math.floor(bucketStartMs / 3_600_000)
  // 1970-01-01 was a Thursday; (days + 3) % 7 makes Monday 0.
  return { h: hourIdx % HOURS, d: (Math.floor(hourIdx / 24) + 3) % DAYS }
}

function factor(num: number, den: number, level: number, prior: number): number {
  const k = prior * Math.max(level, 0.05)
  return (num + k) / (den + k)
}

function level(s: SeasonalState, o: SeasonalOpts): number {
  const long = s.a / s.b
  // Until the seasonal factors have seen a couple of days, the short level guards against
  // reading the morning rise as a crisis.
  return s.n < o.warmup ? Math.max(long, s.sa / s.sb) : long
}

export function expect(s: SeasonalState, bucketStartMs: number, o: SeasonalOpts): Expectation {
  const { h, d } = slots(bucketStartMs)
  const lvl = level(s, o)
  const mu = Math.max(
    1e-3,
    lvl *
      factor(s.hn[h]!, s.hd[h]!, lvl, HOUR_PRIOR_BUCKETS) *
      factor(s.dn[d]!, s.dd[d]!, lvl, DAY_PRIOR_BUCKETS),
  )
  const shape = Math.max(s.a, 0.5)
  const level2 = (mu * mu) / shape
  return {
    mu,
    v: mu * Math.max(1, s.disp) + level2,
    vDay: mu * Math.max(1, s.dispDay ?? s.disp) + level2,
  }
}

/** Learn from one closed bucket. `weight` < 1 while an incident is open. */
export function learn(
  s: SeasonalState,
  count: number,
  bucketStartMs: number,
  e: Pick<Expectation, 'mu' | 'v'>,
  weight: number,
  o: SeasonalOpts,
): void {
  const { h, d } = slots(bucketStartMs)
  const c = s.n < o.freeBuckets ? count : Math.min(count, e.mu + o.clipSigmas * Math.sqrt(e.v) + 1)
  const lvl = s.a / s.b
  const fh = factor(s.hn[h]!, s.hd[h]!, lvl, HOUR_PRIOR_BUCKETS)
  const fd = factor(s.dn[d]!, s.dd[d]!, lvl, DAY_PRIOR_BUCKETS)
  const des = c / (fh * fd)
  const dl = Math.exp(-1 / o.tau)
  s.a = dl * s.a + weight * des
  s.b = dl * s.b + weight
  const ds = Math.exp(-1 / o.shortTau)
  s.sa = ds * s.sa + weight * des
  s.sb = ds * s.sb + weight
  s.hn[h] = HOUR_DECAY * s.hn[h]! + weight * c
  s.hd[h] = HOUR_DECAY * s.hd[h]! + weight * lvl * fd
  s.dn[d] = DAY_DECAY * s.dn[d]! + weight * c
  s.dd[d] = DAY_DECAY * s.dd[d]! + weight * lvl * fh
  // Overdispersion from the Pearson residual of the winsorised count, against the
  // expectation without parameter uncertainty.
  // Residuals beyond 4 sd are anomalies, not evidence of noise: skipping them keeps a crisis
  // from inflating the variance (which would ratchet the winsorising limit up with it).
  const pearson = ((count - e.mu) * (count - e.mu)) / Math.max(e.mu, 0.5)
  if (pearson < 16 * s.disp) {
    const a = Math.min(0.01 * weight, 0.01)
    s.disp = Math.min(20, Math.max(1, (1 - a) * s.disp + a * pearson))
    // A running mean while young, then forgetting over dayNoiseTau.
    const ad = weight * Math.max(1 / (s.n + DAY_NOISE_PRIOR_BUCKETS), 1 / o.dayNoiseTau)
    s.dispDay = Math.min(20, Math.max(1, (1 - ad) * (s.dispDay ?? s.disp) + ad * pearson))
  }
  s.n += 1
}

/**
 * A share (e.g. negative / volume) as a discounted beta posterior: scored with a binomial
 * tail, so a surge of negative posts shows even when we do not yet know the brand's volume.
 */
export interface ShareState {
  k: number
  n: number
  disp: number
}

export function newShare(prior: number, priorWeight: number): ShareState {
  return { k: prior * priorWeight, n: priorWeight, disp: 1.2 }
}

export function shareOf(s: ShareState): number {
  return s.k / s.n
}

export function learnShare(s: ShareState, k: number, n: number, weight: number, o: SeasonalOpts): void {
  if (n <= 0) return
  const p = shareOf(s)
  const sd = Math.sqrt(n * p * (1 - p) * s.disp)
  const kc = Math.min(k, n * p + o.clipSigmas * sd + 1)
  const dl = Math.exp(-1 / o.tau)
  s.k = dl * s.k + weight * kc
  s.n = dl * s.n + weight * n
  const resid = ((k - n * p) * (k - n * p)) / Math.max(n * p * (1 - p), 0.25)
  if (resid < 16 * s.disp) {
    const a = 0.01 * Math.min(weight, 1)
    s.disp = Math.min(10, Math.max(1, (1 - a) * s.disp + a * resid))
  }
}
