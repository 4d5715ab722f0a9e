/**
 * Wire shapes of the competitor and release views (types only: the dashboard imports them
 * through public-types.ts, so a browser build pulls in nothing).
 */

/** An estimate with its 95 % interval and the sample size behind it; value null when n = 0. */
export interface IntervalView {
  value: number | null
  low: number
  high: number
  n: number
}

export interface CoverageView {
  first: string | null
  last: string | null
  daysWithData: number
  spanHours: number
  mentions: number
  /** "based on 3 days of data". */
  text: string
}

/** How share of voice and sentiment count an author: the detector's own cap. */
export interface AuthorCapView {
  maxPosts: number
  /** The post count decays with this time constant. */
  decayMinutes: number
  trollMemoryMinutes: number
  /** The rule in words, for the page. */
  text: string
}

export interface VoiceStats {
  brand: string
  /** Mentions that count (author cap, trolls, spam and the bank's own accounts left out). */
  voiced: number
  /** Every first sighting naming the bank. */
  mentions: number
  /** Left out by the per-author cap. */
  flooded: number
  complaints: number
  /** Of all banks' voiced mentions in the same period (n = that total). */
  shareOfVoice: IntervalView
  /** (positive − negative) / voiced. */
  netSentiment: IntervalView
  negativeShare: IntervalView
}

export interface VoicePeriod extends VoiceStats {
  /** `YYYY-MM-DD`: the UTC day, or the Monday of the week. */
  period: string
}

/** A release marker: announced in configuration or first named by a review. */
export interface ReleaseMarker {
  brand: string
  store: 'appstore' | 'playstore'
  version: string
  date: string
  source: 'config' | 'reviews'
  notes?: string
}

export interface CompetitorOverview {
  from: string
  to: string
  period: 'day' | 'week'
  filters: { market?: string; platform?: string; lang?: string }
  coverage: CoverageView
  authorCap: AuthorCapView
  /** The whole range per bank (configured order). */
  brands: Array<VoiceStats & { name: string; role: 'own' | 'competitor' }>
  series: VoicePeriod[]
  releases: ReleaseMarker[]
}

export interface DriverTag {
  tag: string
  /** Voiced mentions of this bank using it. */
  count: number
  /** Voiced mentions of the other banks using it. */
  others: number
  logOdds: number
  z: number
}

export interface CompetitorDrivers {
  from: string
  to: string
  field: 'terms' | 'hashtags'
  brands: Array<{ brand: string; name: string; uses: number; tags: DriverTag[] }>
}

export interface ReleaseSide {
  from: string
  to: string
  reviews: number
  rating: IntervalView
  negativeShare: IntervalView
  netSentiment: IntervalView
  complaintShare: IntervalView
}

export interface ReleaseImpact extends ReleaseMarker {
  name: string
  /** The app on that store, from the bank's configured accounts ('' when none is configured). */
  app: string
  /** Reviews in the range that name this version. */
  reviewsNamingVersion: number
  before: ReleaseSide
  after: ReleaseSide
  change: { negativeShare: IntervalView; complaintShare: IntervalView; rating: { value: number | null } }
  /** Terms of this version's reviews that the reviews before it did not use (or far less). */
  newTerms: Array<{ tag: string; after: number; before: number; z: number }>
}

export interface ReviewDay {
  brand: string
  store: 'appstore' | 'playstore'
  day: string
  reviews: number
  rating: IntervalView
  negativeShare: IntervalView
}

export interface ReleasesView {
  from: string
  to: string
  windowDays: number
  coverage: CoverageView
  releases: ReleaseImpact[]
  series: ReviewDay[]
}
