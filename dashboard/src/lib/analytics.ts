/**
 * The competitor and release pages' reads and their pure helpers: intervals and sample sizes
 * in words, series for the charts (with 95 % bands), release markers. Types come from the
 * API's public contract.
 */
import type {
  CompetitorDrivers,
  CompetitorOverview,
  IntervalView,
  ReleaseMarker,
  ReleasesView,
} from '@vigil/api/public-types'
import { getJson } from './api.js'

export type { CompetitorDrivers, CompetitorOverview, IntervalView, ReleaseMarker, ReleasesView }

const q = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')

export interface CompetitorQuery {
  days: number
  period: 'day' | 'week'
  market?: string
  platform?: string
  lang?: string
}

export const fetchOverview = (f: CompetitorQuery) =>
  getJson<CompetitorOverview>(`/api/competitors/overview?${q({ ...f })}`)
export const fetchDrivers = (f: CompetitorQuery, field: 'terms' | 'hashtags') =>
  getJson<CompetitorDrivers>(`/api/competitors/drivers?${q({ ...f, period: undefined, field, limit: 6 })}`)
export const fetchReleaseImpact = (f: { days: number; brand?: string; store?: string; windowDays: number }) =>
  getJson<ReleasesView>(`/api/releases/impact?${q({ ...f })}`)

/** Platforms and languages the filters offer (packages/schema PLATFORMS; nlp's served languages). */
export const PLATFORM_CHOICES = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'reddit',
  'news',
  'appstore',
  'playstore',
]
export const LANG_CHOICES = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt', 'tr', 'id', 'hi', 'zh', 'ar', 'ja']
export const STORE_NAMES: Record<string, string> = { appstore: 'App Store', playstore: 'Google Play' }

const pct1 = (x: number) => `${(x * 100).toFixed(1)}%`
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(Math.round(x * 100))}`

export type Kind = 'share' | 'net' | 'rating'

/** "34.3% (31.0–37.7%)", "−27 (−35 to −19)", "4.2★ (3.9–4.5)"; "–" without a sample. */
export function formatEstimate(i: IntervalView, kind: Kind): string {
  if (i.value === null) return '–'
  if (kind === 'share') return `${pct1(i.value)} (${pct1(i.low)}–${pct1(i.high)})`
  if (kind === 'net') return `${signed(i.value)} (${signed(i.low)} to ${signed(i.high)})`
  return `${i.value.toFixed(1)}★ (${i.low.toFixed(1)}–${i.high.toFixed(1)})`
}

/** The sample size as shown beside every percentage. */
export const sampleSize = (i: IntervalView): string => `n = ${i.n.toLocaleString('en-GB')}`

/** A change in points with its interval: "+70 pts (+48 to +83)". */
export function formatChange(i: IntervalView): string {
  if (i.value === null) return '–'
  return `${signed(i.value)} pts (${signed(i.low)} to ${signed(i.high)})`
}

/** Whether an interval of a change leaves out zero (more than noise). */
export const significant = (i: IntervalView): boolean => i.value !== null && (i.low > 0 || i.high < 0)

export const METRICS = {
  shareOfVoice: { label: 'Share of voice', kind: 'share' },
  netSentiment: { label: 'Net sentiment', kind: 'net' },
  negativeShare: { label: 'Negative share', kind: 'share' },
} as const
export type Metric = keyof typeof METRICS

export interface Band {
  brand: string
  /** [time ms, value] points; null value where the bank had no sample. */
  line: Array<[number, number | null]>
  low: Array<[number, number | null]>
  /** high − low, stacked on low to draw the band. */
  width: Array<[number, number | null]>
}

/** Per bank, the chosen metric's line and its 95 % band over the periods. */
export function bands(
  o: Pick<CompetitorOverview, 'series'>,
  brands: readonly string[],
  metric: Metric,
): Band[] {
  return brands.map((brand) => {
    const pts = o.series.filter((s) => s.brand === brand)
    const at = (p: string) => Date.parse(`${p}T00:00:00Z`)
    return {
      brand,
      line: pts.map((p) => [at(p.period), p[metric].value]),
      low: pts.map((p) => [at(p.period), p[metric].value === null ? null : p[metric].low]),
      width: pts.map((p) => [at(p.period), p[metric].value === null ? null : p[metric].high - p[metric].low]),
    }
  })
}

/** "21 Nov 12:00 · Northwind Bank · App Store 7.4.0". */
export function markerLabel(m: ReleaseMarker, name: string): string {
  const d = new Date(m.date)
  const when = `${d.getUTCDate()} ${d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${d.toISOString().slice(11, 16)}`
  return `${when} · ${name} · ${STORE_NAMES[m.store] ?? m.store} ${m.version}`
}

/** ECharts markLine data: one vertical line per release, labelled with bank, store and version. */
export function markerLines(markers: readonly ReleaseMarker[], nameOf: (id: string) => string) {
  return markers.map((m) => ({
    xAxis: Date.parse(m.date),
    name: `${nameOf(m.brand)} ${STORE_NAMES[m.store] ?? m.store} ${m.version}`,
    label: { formatter: `${m.version}`, color: '#8a94a6' },
  }))
}

const DAY_MS = 86_400_000

/**
 * The time axis: from the first period's start to the last period's end, widened to take in
 * every release marker (a weekly point on Monday the 16th must not hide a release on the 21st).
 */
export function timeExtent(
  periods: readonly string[],
  period: 'day' | 'week',
  markers: readonly ReleaseMarker[],
): { min: number; max: number } | null {
  const starts = periods.map((p) => Date.parse(`${p}T00:00:00Z`))
  const marks = markers.map((m) => Date.parse(m.date))
  if (starts.length === 0 && marks.length === 0) return null
  const len = period === 'week' ? 7 * DAY_MS : DAY_MS
  return {
    min: Math.min(...starts, ...marks),
    max: Math.max(...starts.map((s) => s + len - 1), ...marks),
  }
}
