/**
 * /api/releases/impact: every release of the banks' apps in the range, with the reviews of the
 * window before and after it (cut at the app's next release), the terms new with it and the
 * daily review series its chart draws. Counts from the store, statistics from analytics/.
 */
import { type AppStore, type ReviewHourRow, reviewHours, versionTerms } from '@vigil/store'
import { beforeAfter, type HourCounts } from '../analytics/before-after.js'
import { describeCoverage } from '../analytics/coverage.js'
import { newTerms, nextOf, reviewDays } from '../analytics/releases.js'
import type { ReleaseImpact, ReleasesView, ReviewDay } from '../analytics/types.js'
import { type AnalyticsContext, releaseMarkers } from './analytics.js'

const DAY = 86_400_000
const NEW_TERMS = 8

const hourCounts = (h: ReviewHourRow): HourCounts => ({
  hourMs: Number(h.hour_ms),
  reviews: h.reviews,
  positive: h.positive,
  negative: h.negative,
  neutral: h.neutral,
  complaints: h.complaints,
  stars: [h.r1, h.r2, h.r3, h.r4, h.r5],
})

function reviewCoverage(hours: readonly HourCounts[]) {
  if (hours.length === 0) return describeCoverage(null, null, 0, 0)
  const ms = hours.map((h) => h.hourMs)
  const first = Math.min(...ms)
  const last = Math.max(...ms) + 3_600_000
  const days = new Set(hours.map((h) => Math.floor(h.hourMs / DAY))).size
  const reviews = hours.reduce((s, h) => s + h.reviews, 0)
  return describeCoverage(new Date(first).toISOString(), new Date(last).toISOString(), days, reviews)
}

export async function releaseImpact(
  ctx: AnalyticsContext,
  r: { from: string; to: string },
  q: { brand?: string; store?: AppStore; windowDays: number },
): Promise<ReleasesView> {
  const windowMs = q.windowDays * DAY
  const brands = q.brand !== undefined ? [q.brand] : ctx.brands.map((b) => b.id)
  // Reviews from a window before the range: a release on its first day has a "before" too.
  const wide = { from: new Date(Date.parse(r.from) - windowMs).toISOString(), to: r.to }
  const [{ markers, seen }, hourRows] = await Promise.all([
    releaseMarkers(ctx, r, q.brand),
    reviewHours(ctx.store, { ...wide, brands, ...(q.store ? { store: q.store } : {}) }),
  ])
  const chosen = markers.filter((m) => q.store === undefined || m.store === q.store)
  const byApp = new Map<string, HourCounts[]>()
  for (const h of hourRows) {
    const k = `${h.brand}\u0000${h.store}`
    const list = byApp.get(k) ?? []
    list.push(hourCounts(h))
    byApp.set(k, list)
  }
  const nowMs = Math.min(ctx.now().getTime(), Date.parse(r.to))
  const releases: ReleaseImpact[] = []
  // One at a time: each is a small query, and the embedded engine runs one at a time anyway.
  for (const m of chosen) {
    const hours = byApp.get(`${m.brand}\u0000${m.store}`) ?? []
    const next = nextOf(markers, m)
    const ba = beforeAfter(hours, Date.parse(m.date), windowMs, next ? Date.parse(next.date) : null, nowMs)
    const terms = await versionTerms(ctx.store, {
      brand: m.brand,
      store: m.store,
      version: m.version,
      at: ba.after.from,
      windowMs,
      afterTo:
        ba.after.to > ba.after.from ? ba.after.to : new Date(Date.parse(ba.after.from) + 1).toISOString(),
      limit: 5000,
    })
    const cfg = ctx.brands.find((b) => b.id === m.brand)
    releases.push({
      ...m,
      name: cfg?.name ?? m.brand,
      app: cfg?.accounts?.[m.store]?.[0] ?? '',
      reviewsNamingVersion: seen
        .filter((v) => v.brand === m.brand && v.store === m.store && v.app_version === m.version)
        .reduce((s, v) => s + v.reviews, 0),
      ...ba,
      newTerms: newTerms(terms, NEW_TERMS),
    })
  }
  const fromMs = Date.parse(r.from)
  const series: ReviewDay[] = []
  const inRange: HourCounts[] = []
  for (const [k, hours] of [...byApp.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [brand, store] = k.split('\u0000') as [string, AppStore]
    const own = hours.filter((h) => h.hourMs >= fromMs)
    inRange.push(...own)
    series.push(...reviewDays(brand, store, own))
  }
  return { ...r, windowDays: q.windowDays, coverage: reviewCoverage(inRange), releases, series }
}
