/**
 * A slow complaint wave: a CUSUM of a brand's complaints against its baseline, each minute's
 * baseline scaled by how far the other banks' complaints ran above theirs in that minute's half
 * hour, and the evidence of every run divided by the brand's own measured spread. Pure.
 *
 * Why: a wave that builds over hours adds complaints at a rate that grows from almost nothing;
 * the 30-minute windows test it against an hour-of-day profile that runs 1.3-1.7× low on some
 * evenings, so they need 1.8× (and 1.8× the other banks' median) before they may speak, which on
 * crisis-eval's wave came at 75-110 minutes. For a rise of known size Page's CUSUM is the fastest
 * detector at a given false-alarm rate (Lorden); scaling the baseline by the peers removes the
 * profile's error every bank shares ("other banks normal").
 *
 * What the peers cannot see is a bank's own profile error, and it grows with the bank's size: a
 * level that runs 1.6× for 40 minutes is a few posts at a small bank and a hundred at a large
 * one, where the Poisson likelihood ratio calls it certain (the Poisson CUSUM of branch detcrisis
 * raised 2-3 false alerts per fortnight, all at the large banks). So the count is modelled as
 * overdispersed at the scale of a run: a half-hour sum S with expectation M has variance
 * M + σ²·M², σ² the brand's relative variance of its half-hour complaint sums beyond Poisson,
 * measured on its own ordinary minutes (`learnSpread`). Each run's Poisson log-likelihood ratio
 * is divided by its dispersion 1 + σ²·M (Wedderburn's quasi-likelihood; the negative-binomial
 * CUSUMs of Lucas and of Höhle & Paul put a per-count dispersion in the same place, but the
 * per-minute dispersion misses an error shared by the minutes of a run). A small bank's run
 * (M of a few posts) keeps almost all its evidence; a large bank's 1.6× wander loses most of it.
 *
 * The statistic is the largest such ratio over the runs that end now and start within the last
 * `span` minutes (with σ² = 0, Page's CUSUM restarted `span` minutes ago): no state beyond the
 * checkpointed history and the spread.
 */
import type { Obs } from './score.js'

export interface Rise {
  /** The statistic, in nats: the quasi-log-likelihood ratio of the designed rise against none. */
  nats: number
  /** Minutes in the run it was found on. */
  run: number
  /** Count over the run. */
  observed: number
  /** The run's baseline, scaled by the peers minute by minute. */
  expected: number
}

/**
 * The statistic over the newest `span` entries of `hist` (newest last) for a rise by `ratio`,
 * with relative spread `spread` (σ²): the largest over runs ending now of
 * (S·ln(ratio) − (ratio − 1)·M) / (1 + σ²·M), M the run's baseline × peer factor.
 * `out` is filled and returned (this runs for every brand every minute).
 */
export function riseCusum(
  hist: readonly Obs[],
  ratio: number,
  span: number,
  spread: number,
  out: Rise,
): Rise {
  const up = Math.log(ratio)
  const s2 = Math.max(0, spread)
  const from = Math.max(0, hist.length - span)
  let obs = 0
  let exp = 0
  out.nats = 0
  out.run = 0
  out.observed = 0
  out.expected = 0
  for (let i = hist.length - 1; i >= from; i--) {
    const o = hist[i]!
    obs += o.c
    exp += o.mu * (o.peer ?? 1)
    const q = (obs * up - (ratio - 1) * exp) / (1 + s2 * exp)
    if (q > out.nats) {
      out.nats = q
      out.run = hist.length - i
      out.observed = obs
      out.expected = exp
    }
  }
  return out
}

/** A brand's relative variance of its half-hour complaint sums beyond Poisson, and its age. */
export interface RiseSpread {
  s2: number
  n: number
}

/**
 * Before a brand has shown its own: a half-hour sum's level uncertain by about ±20 % (what a
 * mid bank of crisis-eval's stream measures, σ² 0.03-0.05).
 */
export const PRIOR_SPREAD = 0.04
/** The spread starts as a running mean worth this many minutes, as the day-scale noise does. */
const SPREAD_PRIOR_MINUTES = 100

export function newRiseSpread(): RiseSpread {
  return { s2: PRIOR_SPREAD, n: 0 }
}

/**
 * Learn from one minute's half-hour sum: `observed` complaints against `expected` (already
 * scaled by the peers). The sample ((S − M)² − M) / M² is the squared relative error beyond
 * Poisson; capped at `cap` times the current estimate (a wave must not widen its own yardstick,
 * as the slow windows' day-scale noise), and forgotten over `tau` minutes. `weight` < 1 while an
 * incident is open.
 */
export function learnSpread(
  s: RiseSpread,
  observed: number,
  expected: number,
  weight: number,
  tau: number,
  cap: number,
): void {
  if (!(expected > 0)) return
  const d = observed - expected
  const x = Math.min((d * d - expected) / (expected * expected), cap * Math.max(s.s2, PRIOR_SPREAD / 4))
  const a = weight * Math.max(1 / (s.n + SPREAD_PRIOR_MINUTES), 1 / tau)
  s.s2 = (1 - a) * s.s2 + a * x
  s.n += 1
}

/** The median of `xs` without the entry at `skip`, at least 1 (peers below normal excuse nothing). */
export function peerFactor(xs: readonly number[], skip: number): number {
  const others: number[] = []
  for (let i = 0; i < xs.length; i++) if (i !== skip) others.push(xs[i]!)
  if (others.length === 0) return 1
  others.sort((a, b) => a - b)
  return Math.max(1, others[Math.floor((others.length - 1) / 2)]!)
}

export function isRiseSpread(v: unknown): v is RiseSpread {
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite((v as RiseSpread).s2) &&
    Number.isFinite((v as RiseSpread).n)
  )
}

/**
 * The cross-sectional complaint rule (branch detslow3): a brand's complaints against what the
 * other banks' complaints in the same minutes say. Why: the spread detrise2 measured (σ² 0.05-0.07
 * at every bank, not falling with the window) is the hour-of-day profile's error, and a profile
 * error moves every bank's complaints alike. Conditional on the sector's complaint total m in a
 * minute, a brand's count x is binomial(m, p), p its usual share, whatever that error was: the
 * shared error costs nothing, while one bank's own sustained rise by `ratio` moves its share to
 * p1 = ratio·p / (1 − p + ratio·p). Page's CUSUM on binomial counts whose size varies with
 * each time point (Höhle's categorical CUSUM, R `surveillance::categoricalCUSUM`; Reynolds &
 * Stoumbos's Bernoulli CUSUM for a proportion, read with the search tool) sums
 * x·ln(p1/p) + (m − x)·ln((1 − p1)/(1 − p)). Every bank rising together (a sector outage) moves
 * no share and is left to the sector rule; a small bank's few counts are what the binomial
 * handles exactly.
 */

/** A brand's decayed complaints and the sector's, over the same minutes: its usual share. */
export interface SectorShare {
  own: number
  sector: number
  /** Minutes learned. */
  n: number
}

/** Minutes of the sector's complaints a share is learned from before the rule may speak (a day). */
export const SHARE_MIN_MINUTES = 1440

export function newSectorShare(): SectorShare {
  return { own: 0, sector: 0, n: 0 }
}

/** The brand's usual share of the sector's complaints; 0 while it has seen none. */
export function usualShare(s: SectorShare): number {
  return s.sector > 0 ? s.own / s.sector : 0
}

/**
 * Learn one minute: the brand's complaints `own` of the sector's `sector` (the brand's included).
 * A running mean at first, then forgotten over `tau` minutes; `weight` < 1 while the brand's
 * incident is open.
 */
export function learnSectorShare(
  s: SectorShare,
  own: number,
  sector: number,
  weight: number,
  tau: number,
): void {
  const a = weight * Math.max(1 / (s.n + 1), 1 / tau)
  s.own = (1 - a) * s.own + a * own
  s.sector = (1 - a) * s.sector + a * sector
  s.n += 1
}

/**
 * The binomial CUSUM over the newest `span` entries of `hist` (newest last) that carry the
 * sector's total (`m`) and the share before the minute (`p`): the largest over runs ending now
 * of Σ x·ln(p1/p) + (m − x)·ln((1 − p1)/(1 − p)). `expected` is the run's Σ p·m, what the other
 * banks said the brand would have. An entry without them (an old checkpoint) ends the runs.
 */
export function shareCusum(hist: readonly Obs[], ratio: number, span: number, out: Rise): Rise {
  const from = Math.max(0, hist.length - span)
  let sum = 0
  let obs = 0
  let exp = 0
  out.nats = 0
  out.run = 0
  out.observed = 0
  out.expected = 0
  for (let i = hist.length - 1; i >= from; i--) {
    const o = hist[i]!
    const m = o.m
    const p = o.p
    if (m === undefined || p === undefined || !(p > 0 && p < 1)) break
    const p1 = (ratio * p) / (1 - p + ratio * p)
    sum += o.c * Math.log(p1 / p) + (m - o.c) * Math.log((1 - p1) / (1 - p))
    obs += o.c
    exp += p * m
    if (sum > out.nats) {
      out.nats = sum
      out.run = hist.length - i
      out.observed = obs
      out.expected = exp
    }
  }
  return out
}

export function isSectorShare(v: unknown): v is SectorShare {
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite((v as SectorShare).own) &&
    Number.isFinite((v as SectorShare).sector) &&
    Number.isFinite((v as SectorShare).n)
  )
}
