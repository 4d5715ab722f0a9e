import { run } from '../queries.js'
import type { Store } from '../store.js'
import {
  type ReviewFilter,
  type ReviewSource,
  reviewHoursSql,
  reviewVersionsSql,
  type VersionTermsArgs,
  versionTermsSql,
} from './sql.js'

export interface ReviewVersionRow {
  brand: string
  store: string
  app_version: string
  reviews: number
  first_seen: string
  last_seen: string
}

/** `source` is for tests: 'archive' reads the whole archive as before 014 (same rows). */
export const reviewVersions = (store: Store, f: ReviewFilter, source?: ReviewSource) =>
  run<ReviewVersionRow>(store, reviewVersionsSql(store.database, f, source))

export interface ReviewHourRow {
  brand: string
  store: string
  hour_ms: number
  reviews: number
  positive: number
  negative: number
  neutral: number
  complaints: number
  r1: number
  r2: number
  r3: number
  r4: number
  r5: number
}

export const reviewHours = (store: Store, f: ReviewFilter, source?: ReviewSource) =>
  run<ReviewHourRow>(store, reviewHoursSql(store.database, f, source))

export interface VersionTermRow {
  tag: string
  after: number
  before: number
  after_total: number
  before_total: number
}

export const versionTerms = (store: Store, a: VersionTermsArgs, source?: ReviewSource) =>
  run<VersionTermRow>(store, versionTermsSql(store.database, a, source))
