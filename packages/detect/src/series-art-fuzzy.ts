/**
 * Dual-vigilance fuzzy ART over complement-coded feature vectors (Carpenter, Grossberg & Rosen
 * 1991, fuzzy ART; da Silva, Elnabarawy & Wunsch 2019, dual-vigilance fuzzy ART), the
 * pattern memory of the ART series detector (series-art.ts). Each category is a hyperbox in
 * feature space; a sample resonates with a category when the box, shrunk to include it,
 * keeps most of its volume. Two vigilances: at or above the upper one the sample is
 * learnt into every such category (fast commit); between the two it becomes a new category
 * of a known kind; below the lower one it is a new kind of pattern, the detector's anomaly
 * candidate. Besides the whole-vector match, the newest level's own match ("energy", as
 * ARTime scores it) is multiplied in, so a familiar shape at an unfamiliar height is not a
 * full match.
 *
 * Memory is bounded: at `maxCategories` the least recently matched category makes room
 * (a production series runs for months; ARTime never forgets, and on a benchmark file it
 * need not).
 */

export interface FuzzyArtMatch {
  /** The best category's match (0-1): whole-vector similarity³ × newest-level similarity². */
  match: number
  /** The best category's newest-level similarity (0-1). */
  energy: number
  /** No category reached the lower vigilance: a new kind of pattern. */
  novel: boolean
}

export interface FuzzyArt {
  /** Feature dimensions before complement coding. */
  readonly dim: number
  /** Categories held now. */
  size(): number
  /** Match a sample (features in [0, 1]) and learn it; `lower` ≤ `upper` are the vigilances. */
  learn(x: ArrayLike<number>, lower: number, upper: number): FuzzyArtMatch
  /**
   * Re-map feature dims [from, to) of every category by v → a·v + b (a > 0): the level
   * features after the value range grew. A box [lo, hi] maps to [a·lo + b, a·hi + b].
   */
  remap(from: number, to: number, a: number, b: number): void
}

export function createFuzzyArt(dim: number, maxCategories: number): FuzzyArt {
  const width = 2 * dim
  // Category j's weights: w[j·width + d]; d < dim the box's low corner, d ≥ dim one minus its high corner.
  const w = new Float64Array(maxCategories * width)
  const wSum = new Float64Array(maxCategories)
  const lastUsed = new Float64Array(maxCategories)
  const scratch = new Float64Array(maxCategories)
  const x2 = new Float64Array(width)
  const newest = dim - 1
  let count = 0
  let step = 0

  const place = (): number => {
    if (count < maxCategories) return count++
    let victim = 0
    for (let j = 1; j < count; j++) if (lastUsed[j]! < lastUsed[victim]!) victim = j
    return victim
  }

  return {
    dim,
    size: () => count,
    learn(x, lower, upper) {
      step++
      for (let d = 0; d < dim; d++) {
        x2[d] = x[d]!
        x2[d + dim] = 1 - x[d]!
      }
      let best = -1
      let bestMatch = 0
      let bestEnergy = 0
      let resonant = 0
      for (let j = 0; j < count; j++) {
        const o = j * width
        let inter = 0
        for (let d = 0; d < width; d++) inter += Math.min(x2[d]!, w[o + d]!)
        const fs = inter / (wSum[j]! === 0 ? 0.001 : wSum[j]!)
        const we = w[o + newest]! + w[o + newest + dim]!
        // A box spanning every level (lo 0, hi 1) matches any newest level.
        const es =
          we === 0
            ? 1
            : (Math.min(x2[newest]!, w[o + newest]!) + Math.min(x2[newest + dim]!, w[o + newest + dim]!)) / we
        const m = fs * fs * fs * es * es
        scratch[j] = m
        if (m >= upper) resonant++
        if (m > bestMatch) {
          bestMatch = m
          bestEnergy = es
          best = j
        }
      }
      if (best >= 0) lastUsed[best] = step
      if (resonant > 0) {
        // Fast commit into every resonant category: each box grows just enough to hold x.
        for (let j = 0; j < count; j++) {
          if (scratch[j]! < upper) continue
          const o = j * width
          let s = 0
          for (let d = 0; d < width; d++) {
            const v = Math.min(x2[d]!, w[o + d]!)
            w[o + d] = v
            s += v
          }
          wSum[j] = s
          lastUsed[j] = step
        }
        return { match: bestMatch, energy: bestEnergy, novel: false }
      }
      // A new category (a point box at x), of a known kind or of a new one.
      const j = place()
      w.set(x2, j * width)
      wSum[j] = dim
      lastUsed[j] = step
      return { match: bestMatch, energy: bestEnergy, novel: bestMatch < lower }
    },
    remap(from, to, a, b) {
      for (let j = 0; j < count; j++) {
        const o = j * width
        for (let d = from; d < to; d++) {
          const lo = a * w[o + d]! + b
          const hi = a * (1 - w[o + d + dim]!) + b
          wSum[j] = wSum[j]! + lo - w[o + d]! + 1 - hi - w[o + d + dim]!
          w[o + d] = lo
          w[o + d + dim] = 1 - hi
        }
      }
    },
  }
}
