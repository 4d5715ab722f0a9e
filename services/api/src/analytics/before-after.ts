/**
 * An app release's before and after: the store reviews of one bank's app in a window before
 * the release and in the same length of window after it (cut short by the next release of
 * that app, so a later version's reviews are not blamed on this one). Pure.
 */
import { type Interval, meanRating, netSentiment, proportionDifference, wilson } from './intervals.js'

/** Review counts of one app in one hour (the store's hourly aggregate). */
export interface HourCounts {
  hourMs: number
  reviews: number
  positive: number
  negative: number
  neutral: number
  complaints: number
  /** Reviews with 1, 2, 3, 4, 5 stars. */
  stars: [number, number, number, number, number]
}

export interface SideStats {
  from: string
  to: string
  reviews: number
  rating: Interval
  negativeShare: Interval
  netSentiment: Interval
  complaintShare: Interval
}

export interface BeforeAfter {
  before: SideStats
  after: SideStats
  /** after − before with Newcombe intervals. */
  change: { negativeShare: Interval; complaintShare: Interval; rating: { value: number | null } }
}

function side(hours: readonly HourCounts[], fromMs: number, toMs: number): SideStats {
  const t: HourCounts = {
    hourMs: fromMs,
    reviews: 0,
    positive: 0,
    negative: 0,
    neutral: 0,
    complaints: 0,
    stars: [0, 0, 0, 0, 0],
  }
  for (const h of hours) {
    if (h.hourMs < fromMs || h.hourMs >= toMs) continue
    t.reviews += h.reviews
    t.positive += h.positive
    t.negative += h.negative
    t.neutral += h.neutral
    t.complaints += h.complaints
    for (let i = 0; i < 5; i++) t.stars[i]! += h.stars[i] ?? 0
  }
  const labelled = t.positive + t.negative + t.neutral
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    reviews: t.reviews,
    rating: meanRating(t.stars),
    negativeShare: wilson(t.negative, labelled),
    netSentiment: netSentiment(t.positive, t.negative, t.neutral),
    complaintShare: wilson(t.complaints, t.reviews),
  }
}

/**
 * Before: [at − window, at), after: [at, min(at + window, next, now)). Hours are whole: a
 * release at 10:20 counts its 10:00 hour as after (reviews rarely come in the first minutes).
 */
export function beforeAfter(
  hours: readonly HourCounts[],
  atMs: number,
  windowMs: number,
  nextMs: number | null,
  nowMs: number,
): BeforeAfter {
  const start = Math.floor(atMs / 3_600_000) * 3_600_000
  const end = Math.min(start + windowMs, nextMs ?? Number.POSITIVE_INFINITY, nowMs)
  const before = side(hours, start - windowMs, start)
  const after = side(hours, start, Math.max(start, end))
  const dr =
    after.rating.value !== null && before.rating.value !== null
      ? after.rating.value - before.rating.value
      : null
  return {
    before,
    after,
    change: {
      negativeShare: proportionDifference(after.negativeShare, before.negativeShare),
      complaintShare: proportionDifference(after.complaintShare, before.complaintShare),
      rating: { value: dr },
    },
  }
}
