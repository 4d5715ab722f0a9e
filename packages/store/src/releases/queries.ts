import { run } from '../queries.js'
import type { Store } from '../store.js'
import {
  type ReviewFilter,
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

export const reviewVersions = (store: Store, f: ReviewFilter) =>
  run<ReviewVersionRow>(store, reviewVersionsSql(store.database, f))

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

export const reviewHours = (store: Store, f: ReviewFilter) =>
  run<ReviewHourRow>(store, reviewHoursSql(store.database, f))

export interface VersionTermRow {
  tag: string
  after: number
  before: number
  after_total: number
  before_total: number
}

export const versionTerms = (store: Store, a: VersionTermsArgs) =>
  run<VersionTermRow>(store, versionTermsSql(store.database, a))
