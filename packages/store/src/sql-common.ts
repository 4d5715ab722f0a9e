import { StoreError } from './errors.js'
import { assertIdentifier } from './store.js'
import { toChTime } from './time.js'

/**
 * Pure SQL builders. Values travel only as typed `{name:Type}` placeholders in
 * `query_params`; the only text spliced into SQL is the validated database identifier and
 * fragments chosen from the fixed tables below.
 */
export interface BuiltQuery {
  query: string
  query_params: Record<string, unknown>
}

/** Bucket sizes a caller may ask for, mapped to fixed SQL text (never caller text). */
export const BUCKETS = {
  minute: 'INTERVAL 1 MINUTE',
  five_minutes: 'INTERVAL 5 MINUTE',
  hour: 'INTERVAL 1 HOUR',
  day: 'INTERVAL 1 DAY',
} as const
export type Bucket = keyof typeof BUCKETS

export const MAX_LIMIT = 1000

/** Drop unset optional values: a placeholder is only sent when the SQL text uses it. */
export function params(p: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))
}

export const t = (db: string, table: string) => `\`${assertIdentifier(db)}\`.${table}`
export const T64 = "DateTime64(3, 'UTC')"
/** A DateTime64(3, 'UTC') expression as ISO-8601 text (`2026-11-23T10:00:00.000Z`). */
export const iso = (expr: string) => `concat(replaceOne(toString(${expr}), ' ', 'T'), 'Z')`

export function limitOf(limit: number | undefined, dflt = 50): number {
  const n = limit ?? dflt
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `limit must be an integer in 1..${MAX_LIMIT}`)
  }
  return n
}

export function window(from: string | Date, to: string | Date) {
  try {
    return { from: toChTime(from), to: toChTime(to) }
  } catch (err) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', (err as Error).message)
  }
}

/**
 * The current state of the mentions created in a window, read without FINAL: the newest
 * version of each id among the window's rows. `mentions` is keyed by id, so FINAL over a window
 * reads every granule holding one of its ids; the projection p_recent (007: the same rows ordered
 * by created_at) serves this read from the window's granules alone. It gives FINAL's answer
 * because a later version of a mention (an edit, a deletion) is never created before the one it
 * replaces: whenever an older version is in a window that ends now, so is the newest. (For a
 * window ending in the past, a mention edited after it shows as it was inside the window.)
 */
export function currentInWindow(db: string, from: string, to?: string): string {
  const upper = to ? ` AND created_at < {${to}:${T64}}` : ''
  return `(SELECT * FROM ${t(db, 'mentions')} WHERE created_at >= {${from}:${T64}}${upper}
  ORDER BY version DESC LIMIT 1 BY id)`
}

/** The additive measures of mention_minute / mention_hour (and of the corrections' deltas). */
export const MINUTE_COUNTS = [
  'volume',
  'negative',
  'neutral',
  'positive',
  'complaints',
  'questions',
  'pii_incidents',
  'reach',
] as const

/**
 * Each named brand's stance, aligned with `brands`: the post's per-brand sentiment where it has
 * one, else its overall sentiment. The same array as
 * `arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands))`
 * (pads with `sentiment`, or cuts, to the length of `brands`), without a lambda per row: at 10^6
 * rows the lambda cost ~1 s of a 1.5 s read (migration 014's notes in README.md).
 */
export const BRAND_STANCES = 'arrayResize(brand_sentiment, length(brands), sentiment)'
