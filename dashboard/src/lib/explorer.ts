/**
 * The explorer's view state and its api calls: one `ExplorerView` is the whole table (query,
 * filters, sort), turned into the same query string for the search, the CSV export and a saved
 * search. Pure helpers first (unit tested), the fetches after.
 */
import type { MentionEvent, MentionView } from '@vigil/api/public-types'
import { getJson } from './api.js'
import { accessToken, authHeaders } from './token.js'

export type { MentionEvent, MentionView }

export const SORTABLE = ['created_at', 'author_followers', 'likes', 'shares', 'sentiment_score'] as const
export type SortKey = (typeof SORTABLE)[number]

export interface ExplorerView {
  q: string
  brand: string[]
  platform: string[]
  lang: string[]
  sentiment: string[]
  intent: string[]
  hours: number
  /** A fixed range instead of the last `hours` (ISO-8601); both or neither. */
  from?: string
  to?: string
  withPii: boolean
  sort: SortKey
  dir: 'asc' | 'desc'
}

export const emptyView = (): ExplorerView => ({
  q: '',
  brand: [],
  platform: [],
  lang: [],
  sentiment: [],
  intent: [],
  hours: 24,
  withPii: false,
  sort: 'created_at',
  dir: 'desc',
})

/** The view as query parameters (repeated keys for lists), as the api and saved searches take them. */
export function viewParams(v: ExplorerView): URLSearchParams {
  const p = new URLSearchParams()
  if (v.q.trim() !== '') p.set('q', v.q.trim())
  for (const key of ['brand', 'platform', 'lang', 'sentiment', 'intent'] as const) {
    for (const x of v[key]) p.append(key, x)
  }
  if (v.from && v.to) {
    p.set('from', v.from)
    p.set('to', v.to)
  } else p.set('hours', String(v.hours))
  if (v.withPii) p.set('withPii', 'true')
  p.set('sort', v.sort)
  p.set('dir', v.dir)
  return p
}

/** A `datetime-local` input's value (the browser's zone) as ISO-8601 UTC; empty → undefined. */
export function localToIso(value: string): string | undefined {
  if (value === '') return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString()
}

/** Clicking a column header: the same column flips direction, another starts descending. */
export function toggleSort(v: ExplorerView, key: SortKey): ExplorerView {
  return { ...v, sort: key, dir: v.sort === key && v.dir === 'desc' ? 'asc' : 'desc' }
}

/** A saved search's params back into a view (unknown or malformed values fall back to defaults). */
export function viewFromSaved(params: Record<string, unknown>): ExplorerView {
  const v = emptyView()
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [])
  if (typeof params.q === 'string') v.q = params.q
  for (const key of ['brand', 'platform', 'lang', 'sentiment', 'intent'] as const) v[key] = list(params[key])
  if (typeof params.hours === 'number') v.hours = params.hours
  if (typeof params.from === 'string' && typeof params.to === 'string') {
    v.from = params.from
    v.to = params.to
  }
  if (params.withPii === true) v.withPii = true
  if (SORTABLE.includes(params.sort as SortKey)) v.sort = params.sort as SortKey
  if (params.dir === 'asc') v.dir = 'asc'
  return v
}

/** What a saved search stores: the view's parameters, lists as arrays. */
export function savedParams(v: ExplorerView): Record<string, unknown> {
  const out: Record<string, unknown> = { hours: v.hours, sort: v.sort, dir: v.dir }
  if (v.from && v.to) {
    out.from = v.from
    out.to = v.to
  }
  if (v.q.trim() !== '') out.q = v.q.trim()
  for (const key of ['brand', 'platform', 'lang', 'sentiment', 'intent'] as const)
    if (v[key].length) out[key] = v[key]
  if (v.withPii) out.withPii = true
  return out
}

/**
 * The export link. A download cannot carry an Authorization header, so the token rides in the
 * query, as for the live feed (RFC 6750 §2.3); the api accepts it only on this path and /ws.
 */
export function exportHref(v: ExplorerView, token: string | null = accessToken()): string {
  const p = viewParams(v)
  if (token) p.set('access_token', token)
  return `/api/explorer/export.csv?${p}`
}

export interface SearchPage {
  from: string
  to: string
  total: number
  next: string | null
  mentions: MentionView[]
}

export function searchExplorer(v: ExplorerView, cursor?: string, limit = 50): Promise<SearchPage> {
  const p = viewParams(v)
  p.set('limit', String(limit))
  if (cursor) p.set('cursor', cursor)
  return getJson<SearchPage>(`/api/explorer/search?${p}`)
}

export const fetchHistory = (id: string) =>
  getJson<{ events: MentionEvent[] }>(`/api/mentions/${encodeURIComponent(id)}/history`).then((r) => r.events)

export interface SavedSearch {
  id: string
  name: string
  params: Record<string, unknown>
  createdAt: string
}

export const listSaved = () =>
  getJson<{ searches: SavedSearch[] }>('/api/explorer/saved').then((r) => r.searches)

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(path, {
    method,
    headers: authHeaders(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!res.ok) {
    const b = (await res.json().catch(() => ({}))) as { message?: string }
    throw new Error(b.message ?? `${method} ${path}: HTTP ${res.status}`)
  }
  return res
}

export const saveSearch = async (name: string, v: ExplorerView): Promise<SavedSearch> =>
  (await send('POST', '/api/explorer/saved', { name, params: savedParams(v) })).json() as Promise<SavedSearch>

export const deleteSaved = async (id: string): Promise<void> => {
  await send('DELETE', `/api/explorer/saved/${encodeURIComponent(id)}`)
}
