/**
 * What sets one group of posts apart from another: the weighted log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", §3.5.1).
 *
 * For a tag w, y_i its count in the group, y_j in the rest, n_i and n_j their totals, and a
 * prior α_w = α₀ · (share of w in both together):
 *   δ_w = log((y_i + α_w) / (n_i + α₀ − y_i − α_w)) − log((y_j + α_w) / (n_j + α₀ − y_j − α_w))
 *   σ²_w ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w),   z_w = δ_w / σ_w
 * The prior shrinks rare tags toward "no difference", so a tag used twice by one bank and never
 * by the others does not top the list the way a raw ratio would put it; z ranks by evidence,
 * not by size alone. Pure: counts in, ranked tags out.
 */

export interface TagCounts {
  tag: string
  /** Count in the group (e.g. one bank's posts, or reviews after a release). */
  group: number
  /** Count in the rest (the other banks, or reviews before). */
  rest: number
}

export interface DistinctiveTag extends TagCounts {
  /** Log-odds ratio of the group against the rest (> 0: more typical of the group). */
  logOdds: number
  /** logOdds / its standard error: about ±2 is a difference beyond chance. */
  z: number
}

/** Prior strength in pseudo-counts: the weight the pooled frequencies get against the data. */
export const DEFAULT_PRIOR_STRENGTH = 500

export interface LogOddsOptions {
  priorStrength?: number
  /** Totals of the two groups when they count more than the tags listed (e.g. a top-N cut). */
  groupTotal?: number
  restTotal?: number
}

/** Every tag scored; sorted by z, highest first (ties by tag, for stable output). */
export function logOddsDirichlet(counts: readonly TagCounts[], opts: LogOddsOptions = {}): DistinctiveTag[] {
  const a0 = opts.priorStrength ?? DEFAULT_PRIOR_STRENGTH
  if (!(a0 > 0)) throw new RangeError('prior strength must be > 0')
  for (const c of counts) {
    if (!(c.group >= 0 && c.rest >= 0)) throw new RangeError(`bad counts for ${c.tag}`)
  }
  const ni = opts.groupTotal ?? counts.reduce((s, c) => s + c.group, 0)
  const nj = opts.restTotal ?? counts.reduce((s, c) => s + c.rest, 0)
  const pooled = counts.reduce((s, c) => s + c.group + c.rest, 0)
  if (pooled === 0) return []
  return counts
    .map((c) => {
      const aw = (a0 * (c.group + c.rest)) / pooled
      const odds = (y: number, n: number) => Math.log((y + aw) / Math.max(n + a0 - y - aw, 1e-9))
      const logOdds = odds(c.group, ni) - odds(c.rest, nj)
      const z = logOdds / Math.sqrt(1 / (c.group + aw) + 1 / (c.rest + aw))
      return { ...c, logOdds, z }
    })
    .sort((a, b) => b.z - a.z || a.tag.localeCompare(b.tag))
}

/**
 * Per-group counts of many groups (banks) → for each group, its tags scored against all the
 * others together, top `limit` with z above `minZ`.
 */
export function distinctivePerGroup(
  rows: readonly { group: string; tag: string; count: number }[],
  totals: ReadonlyMap<string, number>,
  limit: number,
  minZ = 1.96,
  priorStrength = DEFAULT_PRIOR_STRENGTH,
): Map<string, DistinctiveTag[]> {
  const byTag = new Map<string, Map<string, number>>()
  for (const r of rows) {
    let m = byTag.get(r.tag)
    if (!m) {
      m = new Map()
      byTag.set(r.tag, m)
    }
    m.set(r.group, (m.get(r.group) ?? 0) + r.count)
  }
  const all = [...totals.values()].reduce((s, x) => s + x, 0)
  const out = new Map<string, DistinctiveTag[]>()
  for (const [group, total] of totals) {
    const counts: TagCounts[] = []
    for (const [tag, m] of byTag) {
      const g = m.get(group) ?? 0
      let sum = 0
      for (const v of m.values()) sum += v
      counts.push({ tag, group: g, rest: sum - g })
    }
    const scored = logOddsDirichlet(counts, { priorStrength, groupTotal: total, restTotal: all - total })
    out.set(group, scored.filter((t) => t.z >= minZ && t.group > 0).slice(0, limit))
  }
  return out
}
