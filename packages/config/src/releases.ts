import { readFileSync } from 'node:fs'

/**
 * App releases the product team announces, per bank and store: the release markers on every
 * time chart and the moment a release's before/after is cut at. The reviews name versions too
 * (the app stores put the reviewer's app version on each review); a version listed here takes
 * its date from here, one only the reviews name is dated by its first review.
 */
export interface ReleaseConfig {
  brand: string
  store: 'appstore' | 'playstore'
  version: string
  /** When it reached the store, ISO-8601. */
  date: string
  notes?: string
}

export class ReleasesConfigError extends Error {
  readonly code = 'VIGIL_ERR_RELEASES_CONFIG'
}

const STORES = new Set(['appstore', 'playstore'])

export function parseReleases(json: unknown, brandIds?: readonly string[]): ReleaseConfig[] {
  const list = (json as { releases?: unknown } | null)?.releases
  if (!Array.isArray(list)) throw new ReleasesConfigError('releases file must be {"releases": [...]}')
  return list.map((raw, i) => {
    const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
    const where = `release #${i}`
    if (typeof o.brand !== 'string' || (brandIds !== undefined && !brandIds.includes(o.brand))) {
      throw new ReleasesConfigError(`${where}: brand must be one of the configured brands`)
    }
    if (typeof o.store !== 'string' || !STORES.has(o.store)) {
      throw new ReleasesConfigError(`${where}: store must be appstore or playstore`)
    }
    if (typeof o.version !== 'string' || !/^[\w.+-]{1,64}$/.test(o.version)) {
      throw new ReleasesConfigError(`${where}: version must be 1-64 characters of letters, digits, . + - _`)
    }
    if (typeof o.date !== 'string' || Number.isNaN(Date.parse(o.date))) {
      throw new ReleasesConfigError(`${where}: date must be an ISO-8601 time`)
    }
    if (o.notes !== undefined && (typeof o.notes !== 'string' || o.notes.length > 500)) {
      throw new ReleasesConfigError(`${where}: notes must be text of at most 500 characters`)
    }
    return {
      brand: o.brand,
      store: o.store as ReleaseConfig['store'],
      version: o.version,
      date: new Date(o.date).toISOString(),
      ...(o.notes !== undefined ? { notes: o.notes as string } : {}),
    }
  })
}

/** The releases file (VIGIL_RELEASES_FILE); none configured → no announced releases. */
export function loadReleases(path: string | undefined, brandIds?: readonly string[]): ReleaseConfig[] {
  if (path === undefined || path === '') return []
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new ReleasesConfigError(`cannot read releases file ${path}: ${(err as Error).message}`)
  }
  try {
    return parseReleases(JSON.parse(text), brandIds)
  } catch (err) {
    if (err instanceof ReleasesConfigError) throw err
    throw new ReleasesConfigError(`releases file ${path} is not JSON: ${(err as Error).message}`)
  }
}
