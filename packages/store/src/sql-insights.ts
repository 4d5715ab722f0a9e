import {
  INTENTS,
  type Intent,
  PLATFORMS,
  type Platform,
  SENTIMENT_LABELS,
  type SentimentLabel,
} from '@vigil/schema'
import { correctedMentions } from './corrections/sql.js'
import { StoreError } from './errors.js'
import { type BuiltQuery, currentInWindow, iso, limitOf, params, T64, t, window } from './sql-common.js'
import { rollupSource } from './sql-rollup.js'

/**
 * Builders behind the marketing, product, care and evidence views. Same rules as sql.ts:
 * values through typed placeholders, identifiers and fragments only from the tables here.
 */

interface Window {
  from: string | Date
  to: string | Date
}

/** Dimensions of the per-minute aggregate a caller may break volume down by. */
export const BREAKDOWNS = { platform: 'platform', lang: 'lang' } as const
export type Breakdown = keyof typeof BREAKDOWNS

/** Tag-like arrays of a mention a caller may rank. */
export const TAG_FIELDS = { hashtags: 'hashtags', terms: 'terms' } as const
export type TagField = keyof typeof TAG_FIELDS

export const AUTHOR_ORDERS = { active: 'mentions DESC', influential: 'followers DESC' } as const
export type AuthorOrder = keyof typeof AUTHOR_ORDERS

function pick<T extends Record<string, string>>(table: T, key: unknown, what: string): string {
  const v = typeof key === 'string' && Object.hasOwn(table, key) ? table[key as keyof T] : undefined
  if (v === undefined) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown ${what} ${String(key)}`)
  return v
}

const inWindow = (col: string) => `${col} >= {from:${T64}} AND ${col} < {to:${T64}}`

/** Volume, negatives and mean sentiment per brand × platform (or language), [from, to). */
export function breakdownSql(db: string, args: Window & { by: Breakdown; brands?: string[] }): BuiltQuery {
  const dim = pick(BREAKDOWNS, args.by, 'breakdown')
  const brands = args.brands && args.brands.length > 0 ? args.brands : undefined
  return {
    query: `SELECT brand, key, volume, negative, complaints, round(if(volume = 0, 0, sentiment_sum / volume), 4) AS mean_sentiment
FROM (
  SELECT brand, ${dim} AS key, sum(volume) AS volume, sum(negative) AS negative, sum(complaints) AS complaints,
         sum(sentiment_sum) AS sentiment_sum
  FROM ${rollupSource(db, brands ? 'has({brands:Array(String)}, brand)' : '')}
  GROUP BY brand, key
)
ORDER BY brand, volume DESC, key`,
    query_params: params({ ...window(args.from, args.to), brands }),
  }
}

export interface TopTagsArgs extends Window {
  field: TagField
  brand?: string
  appVersion?: string
  limit?: number
}

/** Most used hashtags (or terms) in first sightings, each counted once per mention. */
export function topTagsSql(db: string, args: TopTagsArgs): BuiltQuery {
  const field = pick(TAG_FIELDS, args.field, 'tag field')
  const where = ["event = 'create'", inWindow('created_at')]
  if (args.brand !== undefined) where.push('has(brands, {brand:String})')
  if (args.appVersion !== undefined) where.push('app_version = {appVersion:String}')
  return {
    query: `SELECT tag, count() AS mentions, countIf(sentiment = 'negative') AS negative, uniqExact(author_id) AS authors
FROM (
  SELECT arrayDistinct(${field}) AS tags, sentiment, author_id
  FROM ${t(db, 'mention_events')}
  WHERE ${where.join(' AND ')}
)
ARRAY JOIN tags AS tag
GROUP BY tag
ORDER BY mentions DESC, tag
LIMIT {limit:UInt32}`,
    query_params: params({
      ...window(args.from, args.to),
      brand: args.brand,
      appVersion: args.appVersion,
      limit: limitOf(args.limit, 20),
    }),
  }
}

export interface TopAuthorsArgs extends Window {
  brand?: string
  order?: AuthorOrder
  limit?: number
}

/** Most active or most followed authors (brand accounts left out), with what they said. */
export function topAuthorsSql(db: string, args: TopAuthorsArgs): BuiltQuery {
  const order = pick(AUTHOR_ORDERS, args.order ?? 'active', 'author order')
  const brand = args.brand !== undefined ? 'AND has(brands, {brand:String})' : ''
  return {
    query: `SELECT author_id, any(author_handle) AS handle, max(author_followers) AS followers, count() AS mentions,
       countIf(sentiment = 'negative') AS negative, countIf(intent = 'complaint') AS complaints,
       countIf(intent = 'troll') AS trolls, sum(likes + shares) AS engagement
FROM ${t(db, 'mention_events')}
WHERE event = 'create' AND author_is_brand = 0 AND ${inWindow('created_at')} ${brand}
GROUP BY author_id
ORDER BY ${order}, author_id
LIMIT {limit:UInt32}`,
    query_params: params({
      ...window(args.from, args.to),
      brand: args.brand,
      limit: limitOf(args.limit, 20),
    }),
  }
}

/** Per app version: reviews and posts naming it, rating, sentiment, complaint share. */
export function releaseFeedbackSql(db: string, args: Window & { brand?: string }): BuiltQuery {
  const brand = args.brand !== undefined ? 'AND has(brands, {brand:String})' : ''
  return {
    query: `SELECT app_version, count() AS mentions, avg(rating) AS mean_rating, round(avg(toFloat64(sentiment_score)), 4) AS mean_sentiment,
       countIf(intent = 'complaint') / count() AS complaint_share, ${iso('min(created_at)')} AS first_seen
FROM ${t(db, 'mention_events')}
WHERE event = 'create' AND app_version != '' AND ${inWindow('created_at')} ${brand}
GROUP BY app_version
ORDER BY first_seen, app_version`,
    query_params: params({ ...window(args.from, args.to), brand: args.brand }),
  }
}

/** The evidence trail of one mention: every event as first seen, in order. */
export function mentionHistorySql(db: string, id: string): BuiltQuery {
  return {
    query: `SELECT event, event_key, text, brands, sentiment, intent, ${iso('created_at')} AS created_at,
       ${iso('received_at')} AS received_at, ${iso('seen_at')} AS seen_at
FROM ${t(db, 'mention_events')}
WHERE id = {id:String}
ORDER BY received_at, seen_at, event_key`,
    query_params: { id },
  }
}

export interface SearchMentionsArgs {
  from?: string | Date
  to?: string | Date
  brand?: string
  platform?: Platform
  lang?: string
  sentiment?: SentimentLabel
  intent?: Intent
  hashtag?: string
  /** Case-insensitive substring of the (masked) text. */
  text?: string
  /** Only mentions where personal data was found (care follow-up). */
  withPii?: boolean
  limit?: number
}

function oneOf<T extends string>(allowed: readonly T[], v: T | undefined, what: string): void {
  if (v !== undefined && !allowed.includes(v)) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown ${what} ${String(v)}`)
  }
}

/** The explorer: current state of mentions matching every given filter, newest first. */
export function searchMentionsSql(db: string, args: SearchMentionsArgs): BuiltQuery {
  oneOf(PLATFORMS, args.platform, 'platform')
  oneOf(SENTIMENT_LABELS, args.sentiment, 'sentiment')
  oneOf(INTENTS, args.intent, 'intent')
  // Qualified `m.` columns: the output alias `created_at` (ISO text) would shadow the column.
  const where = ['m.deleted = 0']
  const p: Record<string, unknown> = {}
  if (args.from !== undefined) {
    where.push(`m.created_at >= {from:${T64}}`)
    p.from = window(args.from, args.from).from
  }
  if (args.to !== undefined) {
    where.push(`m.created_at < {to:${T64}}`)
    p.to = window(args.to, args.to).to
  }
  const eq: Array<[keyof SearchMentionsArgs, string]> = [
    ['platform', 'm.platform = {platform:String}'],
    ['lang', 'm.lang = {lang:String}'],
    ['sentiment', 'm.sentiment = {sentiment:String}'],
    ['intent', 'm.intent = {intent:String}'],
    ['brand', 'has(m.brands, {brand:String})'],
    ['hashtag', 'has(m.hashtags, {hashtag:String})'],
    ['text', 'positionCaseInsensitiveUTF8(m.text, {text:String}) > 0'],
  ]
  for (const [key, cond] of eq) {
    if (args[key] === undefined) continue
    where.push(cond)
    p[key] = args[key]
  }
  if (args.withPii) where.push('notEmpty(m.pii)')
  return {
    query: `SELECT id, platform, kind, url, author_handle, author_followers, author_verified, text, lang, brands,
       sentiment, round(sentiment_score, 4) AS sentiment_score, intent, pii, hashtags, terms, likes, shares, replies, views, rating,
       app_version, ${iso('m.created_at')} AS created_at, last_event
FROM ${correctedMentions(
      db,
      args.from !== undefined
        ? `${currentInWindow(db, 'from', args.to !== undefined ? 'to' : undefined)} AS m`
        : undefined,
    )} AS m
WHERE ${where.join(' AND ')}
ORDER BY m.created_at DESC, id
LIMIT {limit:UInt32}`,
    query_params: { ...p, limit: limitOf(args.limit) },
  }
}
