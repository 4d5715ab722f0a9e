/**
 * Release views, pure: the list of releases (announced ∪ first named by reviews), each one's
 * before/after and new terms, and the daily review series the charts draw. Pure.
 */
import type { HourCounts } from './before-after.js'
import { meanRating, wilson } from './intervals.js'
import { logOddsDirichlet } from './log-odds.js'
import type { ReleaseMarker, ReviewDay } from './types.js'

type Store = 'appstore' | 'playstore'

export interface VersionSeen {
  brand: string
  store: string
  app_version: string
  reviews: number
  first_seen: string
}

/**
 * Reviews a version needs before it counts as a release. The stores fill the version in from
 * the reviewer's installed app (no typos), so one is enough; raise it if beta testers' reviews
 * show up as releases.
 */
export const MIN_REVIEWS_FOR_RELEASE = 1

const isStore = (s: string): s is Store => s === 'appstore' || s === 'playstore'
const key = (m: { brand: string; store: string; version: string }) =>
  `${m.brand}\u0000${m.store}\u0000${m.version}`

/**
 * Announced releases keep their date; a version only the reviews name is dated by its first
 * review. Sorted by time (then bank, store, version).
 */
export function mergeReleases(
  announced: readonly ReleaseMarker[],
  seen: readonly VersionSeen[],
): ReleaseMarker[] {
  const out = new Map<string, ReleaseMarker>()
  for (const r of announced) out.set(key(r), r)
  for (const v of seen) {
    if (!isStore(v.store) || v.reviews < MIN_REVIEWS_FOR_RELEASE) continue
    const m: ReleaseMarker = {
      brand: v.brand,
      store: v.store,
      version: v.app_version,
      date: v.first_seen,
      source: 'reviews',
    }
    if (!out.has(key(m))) out.set(key(m), m)
  }
  return [...out.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.brand.localeCompare(b.brand) ||
      a.store.localeCompare(b.store) ||
      a.version.localeCompare(b.version),
  )
}

/** The next release of the same app after `r` (cuts r's after-window), or null. */
export function nextOf(all: readonly ReleaseMarker[], r: ReleaseMarker): ReleaseMarker | null {
  return all.find((o) => o.brand === r.brand && o.store === r.store && o.date > r.date) ?? null
}

/** Terms of a version's reviews well above their use before it (z ≥ 1.96), newest-only first. */
export function newTerms(
  rows: ReadonlyArray<{
    tag: string
    after: number
    before: number
    after_total: number
    before_total: number
  }>,
  limit: number,
): Array<{ tag: string; after: number; before: number; z: number }> {
  if (rows.length === 0) return []
  const scored = logOddsDirichlet(
    rows.map((r) => ({ tag: r.tag, group: r.after, rest: r.before })),
    { groupTotal: rows[0]!.after_total, restTotal: rows[0]!.before_total, priorStrength: 100 },
  )
  return scored
    .filter((t) => t.group >= 2 && t.z >= 1.96)
    .slice(0, limit)
    .map((t) => ({ tag: t.tag, after: t.group, before: t.rest, z: Math.round(t.z * 100) / 100 }))
}

/** Hourly counts of one app → per UTC day, rating and negative share with intervals. */
export function reviewDays(brand: string, store: Store, hours: readonly HourCounts[]): ReviewDay[] {
  const days = new Map<string, HourCounts>()
  for (const h of hours) {
    const day = new Date(h.hourMs).toISOString().slice(0, 10)
    const d = days.get(day) ?? {
      hourMs: h.hourMs,
      reviews: 0,
      positive: 0,
      negative: 0,
      neutral: 0,
      complaints: 0,
      stars: [0, 0, 0, 0, 0],
    }
    d.reviews += h.reviews
    d.positive += h.positive
    d.negative += h.negative
    d.neutral += h.neutral
    d.complaints += h.complaints
    for (let i = 0; i < 5; i++) d.stars[i]! += h.stars[i] ?? 0
    days.set(day, d)
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]) => ({
      brand,
      store,
      day,
      reviews: d.reviews,
      rating: meanRating(d.stars),
      negativeShare: wilson(d.negative, d.positive + d.negative + d.neutral),
    }))
}
