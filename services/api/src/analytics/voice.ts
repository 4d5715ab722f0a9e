/**
 * Competitor voice counts (per period × bank, from the store) → the page's estimates: share of
 * voice, net sentiment and negative share, each with its interval and sample size. Pure.
 */
import type { VoicePeriodRow } from '@vigil/store'
import { netSentiment, wilson } from './intervals.js'
import type { AuthorCapView, VoicePeriod, VoiceStats } from './types.js'

/** The store's per period × bank counts, as it returns them. */
export type VoiceCounts = VoicePeriodRow

type Sums = Omit<VoiceCounts, 'period' | 'brand'>
const zero = (): Sums => ({
  voiced: 0,
  positive: 0,
  negative: 0,
  neutral: 0,
  complaints: 0,
  mentions: 0,
  flooded: 0,
})

function add(a: Sums, b: Sums): void {
  for (const k of Object.keys(a) as Array<keyof Sums>) a[k] += b[k]
}

function stats(brand: string, s: Sums, allVoiced: number): VoiceStats {
  return {
    brand,
    voiced: s.voiced,
    mentions: s.mentions,
    flooded: s.flooded,
    complaints: s.complaints,
    shareOfVoice: wilson(s.voiced, allVoiced),
    netSentiment: netSentiment(s.positive, s.negative, s.neutral),
    negativeShare: wilson(s.negative, s.positive + s.negative + s.neutral),
  }
}

/**
 * Every bank in `brands` gets a row per period that has any data (zeros where it had none:
 * a bank nobody talked about that day has a 0 % share, not a gap), and a whole-range row.
 */
export function voiceEstimates(
  rows: readonly VoiceCounts[],
  brands: readonly string[],
): { totals: VoiceStats[]; series: VoicePeriod[] } {
  const byPeriod = new Map<string, Map<string, Sums>>()
  const whole = new Map(brands.map((b) => [b, zero()]))
  for (const r of rows) {
    if (!whole.has(r.brand)) continue
    let m = byPeriod.get(r.period)
    if (!m) {
      m = new Map()
      byPeriod.set(r.period, m)
    }
    const s = m.get(r.brand) ?? zero()
    add(s, r)
    m.set(r.brand, s)
    add(whole.get(r.brand)!, r)
  }
  const series: VoicePeriod[] = []
  for (const period of [...byPeriod.keys()].sort()) {
    const m = byPeriod.get(period)!
    const all = [...m.values()].reduce((n, s) => n + s.voiced, 0)
    for (const b of brands) series.push({ period, ...stats(b, m.get(b) ?? zero(), all) })
  }
  const all = [...whole.values()].reduce((n, s) => n + s.voiced, 0)
  return { totals: brands.map((b) => stats(b, whole.get(b)!, all)), series }
}

/** The detector's cap, said for the page. */
export function authorCapView(
  maxPosts: number,
  tauBuckets: number,
  bucketMs: number,
  trollBuckets: number,
): AuthorCapView {
  const decayMinutes = Math.round((tauBuckets * bucketMs) / 60_000)
  const trollMemoryMinutes = Math.round((trollBuckets * bucketMs) / 60_000)
  return {
    maxPosts,
    decayMinutes,
    trollMemoryMinutes,
    text:
      `Each author counts as the alerting detector counts them: a post counts while the author's earlier posts ` +
      `(fading over ${decayMinutes} minutes) number fewer than ${maxPosts}, so one account flooding a bank adds ` +
      `a couple of posts, not a thousand. Trolls (and their next ${trollMemoryMinutes} minutes), spam and the banks' ` +
      'own accounts are left out.',
  }
}
