/**
 * What the ART series detector (series-art.ts) sees of a series: one value every `step`
 * rows, chosen to keep spikes; placed on a coarse level scale whose range grows with the
 * series; values near the usual level snapped to it; and, per step, a feature vector of the
 * last `window` levels: their shape (Haar wavelet coefficients of the window scaled to
 * [0, 1]) and the levels themselves. The ideas are ARTime's (M. Hampton, ARTimeNAB.jl); the
 * streaming range is ours (ARTime reads the whole file's minimum and maximum up front, which
 * a live stream cannot).
 */

/** One representative value per `step` rows: the extreme furthest from a fast mean, if the extreme is a real move. */
export interface Downsampler {
  push(value: number): number | undefined
}

export function createDownsampler(step: number, spikeFraction: number): Downsampler {
  let n = 0
  let sum = 0
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  let fastMean = Number.NaN
  return {
    push(value) {
      n++
      sum += value
      if (value < lo) lo = value
      if (value > hi) hi = value
      if (n < step) return undefined
      const mean = sum / n
      fastMean = Number.isNaN(fastMean) ? mean : (fastMean + mean) / 2
      // A dip is kept when it strays further from the recent mean than the peak does.
      let v = Math.abs(hi - fastMean) < Math.abs(lo - fastMean) ? lo : hi
      // Within-step wobble smaller than a fraction of the mean is noise: the mean stands for the step.
      if (Math.abs(v - mean) < spikeFraction * mean) v = mean
      n = 0
      sum = 0
      lo = Number.POSITIVE_INFINITY
      hi = Number.NEGATIVE_INFINITY
      return v
    },
  }
}

/** v → a·v + b on the [0, 1] level scale: how old levels move when the range grows. */
export interface Remap {
  a: number
  b: number
}

/**
 * Values onto `levels` + 1 discrete levels in [0, 1] between a running minimum and maximum,
 * and the running median level: a level within `chomp` of the median is the median (the
 * usual level's noise is no pattern). The median is over every level seen (a histogram, so
 * memory is `levels` + 1 counts).
 */
export interface LevelScale {
  /** The level of v in [0, 1]; if v lies outside the range, the range grows first and `grew` holds the re-map. */
  place(v: number): number
  /** The re-map of the last `place` call that grew the range, else undefined. */
  grew: Remap | undefined
}

export function createLevelScale(min: number, max: number, levels: number, chomp: number): LevelScale {
  let lo = min
  let hi = max
  const hist = new Float64Array(levels + 1)
  let total = 0
  const median = (): number => {
    let cum = 0
    for (let l = 0; l <= levels; l++) {
      cum += hist[l]!
      if (cum * 2 >= total) return l
    }
    return levels
  }
  const scale: LevelScale = {
    grew: undefined,
    place(v) {
      scale.grew = undefined
      if (v < lo || v > hi) {
        const nlo = Math.min(lo, v)
        const nhi = Math.max(hi, v)
        const a = (hi - lo) / (nhi - nlo)
        const b = (lo - nlo) / (nhi - nlo)
        scale.grew = { a, b }
        const moved = hist.slice()
        hist.fill(0)
        for (let l = 0; l <= levels; l++)
          if (moved[l]! > 0) {
            const to = Math.round((a * (l / levels) + b) * levels)
            hist[to] = hist[to]! + moved[l]!
          }
        lo = nlo
        hi = nhi
      }
      const level = hi > lo ? Math.round(((v - lo) / (hi - lo)) * levels) : 0
      hist[level] = hist[level]! + 1
      total++
      const med = median()
      return Math.abs(level - med) / levels < chomp ? med / levels : level / levels
    },
  }
  return scale
}

/**
 * The feature vector of a window of levels (oldest first) into `out` (2 × window long):
 * first its shape (the window scaled to [0, 1], its Haar wavelet coefficients, scaled to
 * [0, 1]), then the levels as they are. `window` is a power of two.
 */
export function windowFeatures(levels: ArrayLike<number>, out: Float64Array, work: Float64Array): void {
  const n = levels.length
  for (let i = 0; i < n; i++) work[i] = levels[i]!
  scaleUnit(work, n)
  haar(work, out, n)
  scaleUnit(out, n)
  for (let i = 0; i < n; i++) out[n + i] = levels[i]!
}

/** Full orthonormal Haar transform of work[0..n) into out[0..n): [approximation, coarsest detail, …, finest details]. */
function haar(work: Float64Array, out: Float64Array, n: number): void {
  for (let len = n; len > 1; len >>= 1) {
    const half = len >> 1
    for (let i = 0; i < half; i++) {
      const s = work[2 * i]!
      const d = work[2 * i + 1]!
      out[half + i] = (s - d) * Math.SQRT1_2
      work[i] = (s + d) * Math.SQRT1_2
    }
  }
  out[0] = work[0]!
}

function scaleUnit(a: Float64Array, n: number): void {
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, a[i]!)
    hi = Math.max(hi, a[i]!)
  }
  const span = hi - lo
  for (let i = 0; i < n; i++) a[i] = span > 0 ? (a[i]! - lo) / span : 0
}
