/** The dashboard's pages, by address fragment: the wall screen at `/`, the analysts' pages beside it. */
export const PAGES = [
  { id: 'wall', hash: '', title: 'Wall' },
  { id: 'competitors', hash: '#/competitors', title: 'Competitors' },
  { id: 'care', hash: '#/care', title: 'Care' },
  { id: 'releases', hash: '#/releases', title: 'Releases' },
  { id: 'explorer', hash: '#/explorer', title: 'Explorer' },
  { id: 'admin', hash: '#/admin', title: 'Admin' },
] as const

/** `incident`: one incident's page, `#/alerts/<id>`, where every outlet message links. */
export type PageId = (typeof PAGES)[number]['id'] | 'incident'

const INCIDENT_PREFIX = '#/alerts/'

/** The page a fragment names; anything else (including a token-only fragment) is the wall. */
export function pageOf(hash: string): PageId {
  const path = hash.split('&')[0] ?? ''
  if (incidentIdOf(hash) !== null) return 'incident'
  return PAGES.find((p) => p.hash !== '' && p.hash === path)?.id ?? 'wall'
}

/** The incident id of `#/alerts/<encoded id>` (outlets link there), or null. */
export function incidentIdOf(hash: string): string | null {
  const path = hash.split('&')[0] ?? ''
  if (!path.startsWith(INCIDENT_PREFIX) || path.length === INCIDENT_PREFIX.length) return null
  try {
    return decodeURIComponent(path.slice(INCIDENT_PREFIX.length))
  } catch {
    return null
  }
}

export const pct = (x: number): string => `${(x * 100).toFixed(x < 0.1 && x > 0 ? 1 : 0)}%`
