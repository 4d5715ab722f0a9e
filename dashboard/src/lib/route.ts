/** The dashboard's pages, by address fragment: the wall screen at `/`, the analysts' pages beside it. */
export const PAGES = [
  { id: 'wall', hash: '', title: 'Wall' },
  { id: 'competitors', hash: '#/competitors', title: 'Competitors' },
  { id: 'care', hash: '#/care', title: 'Care' },
  { id: 'releases', hash: '#/releases', title: 'Releases' },
  { id: 'explorer', hash: '#/explorer', title: 'Explorer' },
] as const

export type PageId = (typeof PAGES)[number]['id']

/** The page a fragment names; anything else (including a token-only fragment) is the wall. */
export function pageOf(hash: string): PageId {
  const path = hash.split('&')[0]
  return PAGES.find((p) => p.hash !== '' && p.hash === path)?.id ?? 'wall'
}

/** Minutes as the care team reads them against the 30- and 60-minute expectations. */
export function slaClass(minutes: number): 'ok' | 'due' | 'late' {
  return minutes > 60 ? 'late' : minutes > 30 ? 'due' : 'ok'
}

export const pct = (x: number): string => `${(x * 100).toFixed(x < 0.1 && x > 0 ? 1 : 0)}%`
