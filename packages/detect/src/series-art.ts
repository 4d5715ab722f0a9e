/**
 * An ART-based single-series anomaly detector after ARTime (M. Hampton, ARTimeNAB.jl, the
 * best published NAB detector and the best on the bank's hidden mention volumes, issue 12),
 * written here from its public description and code as a pure streaming scorer.
 *
 * A series is downsampled to one value every `step` rows and each step's window of levels is
 * a pattern (series-art-features.ts); a dual-vigilance fuzzy ART (series-art-fuzzy.ts) learns
 * the patterns. A pattern unlike every category learnt (below the lower vigilance) is an
 * anomaly candidate; it is reported unless a new pattern was seen lately (a burst of novelty
 * is one event), in which case only one clearly less familiar than the last anomaly is. The
 * vigilances follow the series: set from the probation's patterns, then every half trend
 * window (and shortly after an anomaly) the upper one becomes the mean match seen and the
 * lower one rises towards the worst recent match or sinks by how far matches fell short.
 *
 * What differs from ARTime, because a live stream has no file: the probation is a fixed
 * number of rows (ARTime: 15 % of the file, at most 750 rows), its range is the probation's
 * minimum and maximum, growing with the series (ARTime: the whole file's, known in advance),
 * and the category memory is bounded (least recently matched goes first). Everything is
 * O(categories × window) per step and nothing else grows with time.
 */
import {
  createDownsampler,
  createLevelScale,
  type LevelScale,
  windowFeatures,
} from './series-art-features.js'
import { createFuzzyArt } from './series-art-fuzzy.js'

export interface ArtParams {
  /** Rows learnt before anything is scored (the range, the first vigilance); fixed, not a share of a file. */
  probationRows: number
  /** Levels per feature window (a power of two). */
  window: number
  /** Feature windows per probation: sets the downsampling step (probationRows / (window × this)). */
  windowsPerProbation: number
  /** Discrete levels of the value range. */
  levels: number
  /** A level within this share of the range from the median level is the median. */
  chomp: number
  /** Within-step extremes closer than this share of the step's mean to it are the mean. */
  spikeFraction: number
  /** The vigilance the probation's patterns are first clustered with. */
  initialRho: number
  /** Cap on the upper vigilance. */
  maxUpperRho: number
  /** Bound on the ART's categories (memory). */
  maxCategories: number
  /** Headroom above the probation's maximum, as a share of its range, before the range grows. */
  headroom: number
  /**
   * The value range, if known in advance (diagnosis only: ARTime on NAB reads each file's
   * minimum and maximum before it starts; a stream cannot).
   */
  knownRange?: [number, number]
}

export const DEFAULT_ART_PARAMS: ArtParams = {
  probationRows: 750,
  window: 8,
  windowsPerProbation: 13,
  levels: 80,
  chomp: 0.075,
  spikeFraction: 0.1,
  initialRho: 0.8,
  maxUpperRho: 0.97,
  maxCategories: 300,
  headroom: 0,
}

/** What the last step saw (diagnosis). */
export interface ArtStep {
  match: number
  energy: number
  novel: boolean
  lower: number
  upper: number
  categories: number
}

export interface ArtDetector {
  /** One row; returns its anomaly score in [0, 1] (0 on rows between steps and during probation). */
  push(value: number): number
  /** The last step's match and vigilances, if a step has been scored. */
  readonly last: ArtStep | undefined
}

/** A fixed-length ring of numbers, oldest first. */
class Ring {
  private readonly a: Float64Array
  private head = 0
  constructor(n: number, fill: number) {
    this.a = new Float64Array(n).fill(fill)
  }
  push(v: number): void {
    this.a[this.head] = v
    this.head = (this.head + 1) % this.a.length
  }
  at(i: number): number {
    return this.a[(this.head + i) % this.a.length]!
  }
  get length(): number {
    return this.a.length
  }
  min(): number {
    let m = Number.POSITIVE_INFINITY
    for (const v of this.a) m = Math.min(m, v)
    return m
  }
  /** Mean of min(v, cap) over the values above `over`, or 0 if none. */
  cappedMeanAbove(over: number, cap: number): number {
    let s = 0
    let n = 0
    for (const v of this.a)
      if (v > over) {
        s += Math.min(cap, v)
        n++
      }
    return n > 0 ? s / n : 0
  }
  map(f: (v: number) => number): void {
    for (let i = 0; i < this.a.length; i++) this.a[i] = f(this.a[i]!)
  }
}

/** Downsampling step and trend window (in steps) for these parameters. */
export function artTiming(p: ArtParams): { step: number; trend: number; mask: number } {
  const step = Math.max(1, Math.floor(p.probationRows / (p.window * p.windowsPerProbation)))
  return { step, trend: Math.floor(p.probationRows / step), mask: Math.round(p.window * 1.5) }
}

/** Cosine similarity; a zero vector is as similar to v as v is short (ARTime's convention). */
function cosine(a: Float64Array, b: Float64Array): number {
  let ab = 0
  let aa = 0
  let bb = 0
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!
    aa += a[i]! * a[i]!
    bb += b[i]! * b[i]!
  }
  if (aa === 0) return 1 - Math.sqrt(bb)
  if (bb === 0) return 1 - Math.sqrt(aa)
  return ab / Math.sqrt(aa * bb)
}

/**
 * The first vigilance: the probation's patterns, least typical first (by their summed cosine
 * similarity to the others), clustered at `initialRho`; the mean match of the typical half is
 * how closely this series' ordinary patterns resemble each other.
 */
export function initialVigilance(patterns: Float64Array[], p: ArtParams): number {
  const n = patterns.length
  if (n < 2) return p.initialRho
  const typical = new Float64Array(n)
  patterns.forEach((a, i) => {
    for (let j = 0; j < i; j++) {
      const s = cosine(a, patterns[j] as Float64Array)
      typical[i] = typical[i]! + s
      typical[j] = typical[j]! + s
    }
  })
  const order = [...patterns.entries()].sort(([i], [j]) => typical[i]! - typical[j]!)
  const art = createFuzzyArt(order[0]?.[1].length ?? 0, Math.max(p.maxCategories, n))
  let sum = 0
  let count = 0
  order.forEach(([, x], rank) => {
    const m = art.learn(x, p.initialRho, p.initialRho).match
    if (rank >= n >> 1) {
      sum += m
      count++
    }
  })
  return count > 0 ? sum / count : p.initialRho
}

export function createArtDetector(params: Partial<ArtParams> = {}): ArtDetector {
  const p = { ...DEFAULT_ART_PARAMS, ...params }
  const { step, trend, mask } = artTiming(p)
  const dim = 2 * p.window
  const art = createFuzzyArt(dim, p.maxCategories)
  const probation: number[] = []
  const probationLength = trend * step
  const down = createDownsampler(step, p.spikeFraction)
  let scale: LevelScale | undefined
  const recent = new Ring(p.window, 0)
  const features = new Float64Array(dim)
  const work = new Float64Array(p.window)
  const ordered = new Float64Array(p.window)
  let filled = 0

  // Vigilance control, in steps (i counts steps from 1, probation's included).
  let i = 0
  let lower = 0
  let upper = 0
  let lastAnomalyAt = 0
  let lastAnomalyMatch = 0
  let lastRhoUpdateAt = 0
  let maskAfterNovel = false
  let sinceNovel = 0
  let matchSum = 0
  let matchCount = 0
  // Each anomaly's lowest match while it was masked: their mean floors the lower vigilance.
  let anomalySum = 0
  let anomalyCount = 0
  let anomalyLast = Number.NaN
  const recentMatch = new Ring((trend >> 1) + 1, 1)
  const shortfall = new Ring(trend + 1, 0)
  let last: ArtStep | undefined
  let previous = 0

  /** The pattern of the step just placed, or undefined while the window fills. */
  const pattern = (level: number): Float64Array | undefined => {
    recent.push(level)
    if (++filled < p.window) return undefined
    for (let k = 0; k < p.window; k++) ordered[k] = recent.at(k)
    windowFeatures(ordered, features, work)
    return features
  }

  const place = (v: number): number => {
    const s = scale as LevelScale
    const level = s.place(v)
    if (s.grew) {
      const { a, b } = s.grew
      recent.map((x) => a * x + b)
      art.remap(p.window, dim, a, b)
    }
    return level
  }

  const confidence = (match: number, energy: number): number => {
    const m = Math.min(0.999, match)
    const up = 1 - (1 - upper) / (1 - m)
    const lo = 1 - (1 - lower) / (1 - m)
    return Math.max(0, Math.min(1, 0.35 * up + 0.65 * lo + 1.5 * (1 - energy)))
  }

  const retune = (): void => {
    const worst = recentMatch.min()
    const nextUpper = Math.min(p.maxUpperRho, matchSum / matchCount)
    let nextLower: number
    if (lower <= worst) nextLower = lower + 0.19 * (worst - lower)
    else {
      const fall = i > 2 * trend ? shortfall.cappedMeanAbove(0.05, 0.37) : 0
      nextLower = lower - Math.max(0.01, fall) / 2
      if (anomalyCount > 0) nextLower = Math.max(nextLower, (anomalySum + anomalyLast) / (anomalyCount + 1))
    }
    upper = nextUpper
    lower = Math.min(nextUpper, nextLower)
    lastRhoUpdateAt = i
    maskAfterNovel = true
  }

  /** One step's pattern through the ART and the vigilance control; its anomaly score. */
  const detect = (x: Float64Array, scored: boolean): number => {
    i++
    const afterAnomaly = i - lastAnomalyAt
    const retuneAfterAnomaly = afterAnomaly === mask
    const retuneForTrend = i - lastRhoUpdateAt >= trend >> 1
    const maskedByAnomaly = afterAnomaly <= mask
    if (i > trend + mask && maskAfterNovel && sinceNovel >= mask) maskAfterNovel = false
    const r = art.learn(x, lower, upper)
    sinceNovel = r.novel ? 0 : sinceNovel + 1
    matchSum += r.match
    matchCount++
    recentMatch.push(r.match)
    shortfall.push(upper - r.match)
    if (afterAnomaly < mask && !Number.isNaN(anomalyLast)) anomalyLast = Math.min(anomalyLast, r.match)
    const masked = maskAfterNovel || maskedByAnomaly
    const clearlyLess = r.match < lastAnomalyMatch * (maskedByAnomaly ? 0.9 : 0.7)
    let score = 0
    if (scored && r.novel && (!masked || clearlyLess)) {
      score = confidence(r.match, r.energy)
      if (!Number.isNaN(anomalyLast)) {
        anomalySum += anomalyLast
        anomalyCount++
      }
      anomalyLast = r.match
      lastAnomalyMatch = r.match
      lastAnomalyAt = i
    }
    maskAfterNovel = maskAfterNovel || r.novel
    if (scored && (retuneAfterAnomaly || retuneForTrend)) retune()
    last = { match: r.match, energy: r.energy, novel: r.novel, lower, upper, categories: art.size() }
    return score
  }

  /** End of probation: the range from its rows, the first vigilance from its patterns, then its steps learnt. */
  const settle = (): void => {
    let lo = Number.POSITIVE_INFINITY
    let hi = Number.NEGATIVE_INFINITY
    for (const v of probation) {
      lo = Math.min(lo, v)
      hi = Math.max(hi, v)
    }
    if (p.knownRange) [lo, hi] = p.knownRange
    scale = createLevelScale(lo, hi + p.headroom * (hi - lo), p.levels, p.chomp)
    const steps: (Float64Array | undefined)[] = []
    for (const v of probation) {
      const s = down.push(v)
      if (s === undefined) continue
      const f = pattern(place(s))
      steps.push(f?.slice())
    }
    const full = steps.filter((f): f is Float64Array => f !== undefined)
    lower = upper = initialVigilance(full, p)
    for (const f of steps) {
      // Steps before the first full window hold no pattern; they still count as steps.
      if (f === undefined) i++
      else detect(f, false)
    }
    probation.length = 0
  }

  return {
    push(value) {
      const v = Number.isFinite(value) ? value : previous
      previous = v
      if (scale === undefined) {
        probation.push(v)
        if (probation.length === probationLength) settle()
        return 0
      }
      const s = down.push(v)
      if (s === undefined) return 0
      const f = pattern(place(s))
      if (f === undefined) return 0
      return detect(f, true)
    },
    get last() {
      return last
    },
  }
}
