/**
 * Schemas of the analysts' routes (marketing, product, care, evidence). Rows are the public
 * types of public-types.ts (camelCase); numbers are numbers on the wire.
 */
import { INTENTS, PLATFORMS, SENTIMENT_LABELS } from '@vigil/schema'
import { brandQuery as brand, errors, MAX_LIMIT, mentionList, num, str, strList } from './schemas.js'

/** Analysts look back days and weeks: up to 90 days. */
const hours = (dflt: number) => ({ type: 'integer', minimum: 1, maximum: 24 * 90, default: dflt }) as const
const limit = (dflt: number) => ({ type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: dflt }) as const

const query = (properties: Record<string, object>) =>
  ({ type: 'object', additionalProperties: false, properties }) as const
const rows = (key: string, properties: Record<string, object>) =>
  ({
    200: {
      type: 'object',
      properties: {
        from: str,
        to: str,
        [key]: { type: 'array', items: { type: 'object', properties } },
      },
    },
    ...errors,
  }) as const

export const breakdownRoute = {
  summary: 'Marketing: volume, negatives, complaints and mean sentiment per brand by platform or language',
  querystring: query({
    by: { type: 'string', enum: ['platform', 'lang'], default: 'platform' },
    hours: hours(168),
    brand,
  }),
  response: rows('rows', {
    brand: str,
    key: str,
    volume: num,
    negative: num,
    complaints: num,
    meanSentiment: num,
  }),
} as const

export const tagsRoute = {
  summary: 'Top hashtags or terms in first sightings, with negatives and distinct authors',
  querystring: query({
    field: { type: 'string', enum: ['hashtags', 'terms'], default: 'hashtags' },
    hours: hours(24),
    brand,
    appVersion: { type: 'string', maxLength: 64 },
    limit: limit(20),
  }),
  response: rows('tags', { tag: str, mentions: num, negative: num, authors: num }),
} as const

export const authorsRoute = {
  summary: 'Most active or most influential authors (brand accounts left out), trolls counted',
  querystring: query({
    order: { type: 'string', enum: ['active', 'influential'], default: 'active' },
    hours: hours(168),
    brand,
    limit: limit(20),
  }),
  response: rows('authors', {
    authorId: str,
    handle: str,
    followers: num,
    mentions: num,
    negative: num,
    complaints: num,
    trolls: num,
    engagement: num,
  }),
} as const

export const releasesRoute = {
  summary: 'Product: feedback per app version (mentions, rating, sentiment, complaint share, first seen)',
  querystring: query({ brand, hours: hours(24 * 30) }),
  response: rows('releases', {
    appVersion: str,
    mentions: num,
    meanRating: { type: ['number', 'null'] },
    meanSentiment: num,
    complaintShare: num,
    firstSeen: str,
  }),
} as const

export const searchRoute = {
  summary: 'Explorer: mentions matching every filter given (text masked), newest first',
  querystring: query({
    hours: hours(24),
    brand,
    platform: { type: 'string', enum: [...PLATFORMS] },
    lang: { type: 'string', maxLength: 16 },
    sentiment: { type: 'string', enum: [...SENTIMENT_LABELS] },
    intent: { type: 'string', enum: [...INTENTS] },
    hashtag: { type: 'string', maxLength: 200 },
    text: { type: 'string', minLength: 1, maxLength: 200 },
    withPii: { type: 'boolean' },
    limit: limit(50),
  }),
  response: {
    200: {
      type: 'object',
      properties: {
        from: str,
        to: str,
        mentions: mentionList,
      },
    },
    ...errors,
  },
} as const

export const historyRoute = {
  summary: 'Evidence: every event of one mention as first seen (create, edits, deletion)',
  params: {
    type: 'object',
    properties: { id: { type: 'string', minLength: 3, maxLength: 300 } },
    required: ['id'],
  },
  response: {
    200: {
      type: 'object',
      properties: {
        id: str,
        events: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              event: str,
              eventKey: str,
              text: str,
              brands: strList,
              sentiment: str,
              intent: str,
              createdAt: str,
              receivedAt: str,
              seenAt: str,
            },
          },
        },
      },
    },
    ...errors,
  },
} as const
