/**
 * The analysts' reads (see services/api/README.md), typed by the API's public contract.
 * Each page loads once and then every minute; nothing here is live-pushed.
 */
import type {
  AuthorStats,
  BrandStanding as BrandSummary,
  BreakdownEntry as BreakdownRow,
  MentionEvent,
  MentionView,
  ReleaseFeedback as ReleaseRow,
  TagCount as TagRow,
} from '@vigil/api/public-types'
import { getJson } from './api.js'

export type { AuthorStats, BrandSummary, BreakdownRow, MentionEvent, ReleaseRow, TagRow }

const q = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')

/** The most active authors of a brand over the last `hours` (brand accounts left out). */
export const fetchAuthors = (brand: string, hours: number, limit = 5) =>
  getJson<{ authors: AuthorStats[] }>(
    `/api/insights/authors?${q({ brand, hours, limit, order: 'active' })}`,
  ).then((r) => r.authors)
export const fetchSummary = (hours: number) =>
  getJson<{ brands: BrandSummary[] }>(`/api/summary?${q({ hours })}`).then((r) => r.brands)
export const fetchBreakdown = (by: 'platform' | 'lang', hours: number) =>
  getJson<{ rows: BreakdownRow[] }>(`/api/insights/breakdown?${q({ by, hours })}`).then((r) => r.rows)
export const fetchReleases = (brand: string | undefined, hours = 24 * 30) =>
  getJson<{ releases: ReleaseRow[] }>(`/api/releases?${q({ brand, hours })}`).then((r) => r.releases)
export const fetchTerms = (appVersion: string, brand: string | undefined, hours = 24 * 30) =>
  getJson<{ tags: TagRow[] }>(
    `/api/insights/tags?${q({ field: 'terms', appVersion, brand, hours, limit: 12 })}`,
  ).then((r) => r.tags)

/** Load now and every `ms` until the page goes; errors land in `onError`, the last data stays. */
export function poll(load: () => Promise<void>, onError: (msg: string) => void, ms = 60_000): () => void {
  const run = () => load().catch((err: Error) => onError(err.message))
  void run()
  const t = setInterval(run, ms)
  return () => clearInterval(t)
}

export interface SearchFilters {
  hours: number
  text: string
  brand: string
  sentiment: string
  intent: string
  withPii: boolean
}

/** A mention as the explorer lists it: the store's current state, text masked. */
export type FoundMention = MentionView

export const searchMentions = (f: SearchFilters) =>
  getJson<{ mentions: FoundMention[] }>(
    `/api/mentions/search?${q({
      hours: f.hours,
      text: f.text.trim(),
      brand: f.brand.trim(),
      sentiment: f.sentiment,
      intent: f.intent,
      withPii: f.withPii ? 'true' : undefined,
      limit: 200,
    })}`,
  ).then((r) => r.mentions)
export const fetchHistory = (id: string) =>
  getJson<{ events: MentionEvent[] }>(`/api/mentions/${encodeURIComponent(id)}/history`).then((r) => r.events)
