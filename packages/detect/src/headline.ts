/**
 * What an incident says to a person: one plain-language headline, and the one multiplier the
 * banner, tile, list and outlets all show. Pure: the lifecycle (incident.ts) calls it with the
 * incident's present values.
 */
import { type AlertSignal, type AlertTrend, multiplierOf } from '@vigil/schema'

/** Defined once in the schema (the contract); here because the headline is written with it. */
export { multiplierOf }

/** What a signal counts, in words, and over which window. */
export function describeSignal(name: string): { what: string; window: string } {
  const at = name.indexOf('@')
  const base = at < 0 ? name : name.slice(0, at)
  const minutes = at < 0 ? 1 : Number.parseInt(name.slice(at + 1), 10)
  const window = !(minutes > 1) ? 'in the last minute' : `in the last ${minutes} minutes`
  const colon = base.indexOf(':')
  if (colon > 0) {
    const kind = base.slice(0, colon)
    const key = base.slice(colon + 1)
    if (kind === 'hashtag') return { what: `posts with ${key}`, window }
    if (kind === 'term') return { what: `posts saying "${key}"`, window }
    if (kind === 'platform') return { what: `posts on ${platformName(key)}`, window }
    if (kind === 'lang') return { what: `posts in ${languageName(key)}`, window }
  }
  return { what: SIGNAL_WORDS[base] ?? base.replaceAll('_', ' '), window }
}

const SIGNAL_WORDS: Record<string, string> = {
  volume: 'posts',
  negative: 'negative posts',
  complaints: 'complaints',
  complaint_rise: 'complaints',
  complaint_share: 'complaints (share of the sector)',
  pii: 'posts exposing personal data',
  reach: 'reach of negative posts',
  negative_share: 'negative posts (share of all)',
  peer: 'negative posts (against other banks)',
}

const PLATFORM_NAMES: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  reddit: 'Reddit',
  appstore: 'the App Store',
  playstore: 'Google Play',
  news: 'news sites',
  forum: 'forums',
}

export const platformName = (id: string): string => PLATFORM_NAMES[id] ?? id

let languages: Intl.DisplayNames | null = null
export function languageName(code: string): string {
  try {
    languages ??= new Intl.DisplayNames('en', { type: 'language' })
    return languages.of(code) ?? code
  } catch {
    // A code Intl refuses (not BCP 47) is shown as it came.
    return code
  }
}

/** "A", "A and B", "A, B and C". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/**
 * Whether the incident is growing, steady or calming now, from its headline signal's
 * multiplier a minute ago and now, and the newest minute alone (`fresh`, the 1-minute
 * multiplier of the same signal). A window still filling with a surge whose newest minute has
 * already fallen is past its peak: calming, never "growing".
 */
export function trendOf(prev: number, now: number, fresh: number, calm: boolean): AlertTrend {
  if (calm) return 'calming'
  if (now < prev * 0.95 || fresh < now * 0.75) return 'calming'
  if (now > prev * 1.05 && fresh >= now * 0.9) return 'growing'
  return 'steady'
}

const TREND_WORDS: Record<AlertTrend, string> = {
  growing: 'still growing',
  steady: 'holding steady',
  calming: 'calming down',
}

export interface HeadlineInput {
  brandName: string
  role: 'own' | 'competitor'
  /** The incident's headline signal, present values; null: no signal stands out (a new hashtag). */
  signal: AlertSignal | null
  trend: AlertTrend
  resolved: boolean
  hashtags: string[]
  platforms: string[]
  languages: string[]
  sectorWide: boolean
  spikingPeers: number
  peers: number
}

/**
 * "Northwind Bank: negative posts 3.9× normal in the last 5 minutes (223 vs 56 expected),
 * mostly on X in English and Dutch, #NorthwindDown, still growing".
 */
export function writeHeadline(h: HeadlineInput): string {
  const who = h.role === 'competitor' ? `Competitor ${h.brandName}` : h.brandName
  const parts: string[] = []
  if (h.signal === null)
    parts.push(h.hashtags[0] ? `new hashtag ${h.hashtags[0]} bursting` : 'unusual activity')
  else {
    const { what, window } = describeSignal(h.signal.name)
    const obs = Math.round(h.signal.observed)
    const exp = Math.round(h.signal.expected)
    parts.push(`${what} ${multiplierOf(h.signal)}× normal ${window} (${obs} vs ${exp} expected)`)
  }
  const where: string[] = []
  if (h.platforms.length > 0) where.push(`on ${listOf(h.platforms.slice(0, 2).map(platformName))}`)
  if (h.languages.length > 0) where.push(`in ${listOf(h.languages.slice(0, 2).map(languageName))}`)
  if (where.length > 0) parts.push(`mostly ${where.join(' ')}`)
  if (h.signal !== null && h.hashtags[0]) parts.push(h.hashtags[0])
  parts.push(h.resolved ? 'back to normal' : TREND_WORDS[h.trend])
  const scope = h.sectorWide
    ? ` - sector-wide: ${h.spikingPeers} of ${h.peers} other banks spike too`
    : h.peers > 0
      ? ' - other banks normal'
      : ''
  return `${who}: ${parts.join(', ')}${scope}`
}
