/** Schemas of the explorer's routes (search, export, saved searches). */
import { INTENTS, PLATFORMS, SENTIMENT_LABELS } from '@vigil/schema'
import { EXPLORER_SORTS } from '@vigil/store'
import { brandQuery, mentionList, str } from './schemas.js'

const list = (items: object, maxItems = 50) => ({ type: 'array', items, maxItems }) as const

/** The filters every explorer view shares: the table, its export and a saved search. */
export const explorerFilterProps = {
  q: {
    type: 'string',
    maxLength: 1000,
    description: 'Boolean query: AND, OR, NOT (or -), "phrases", (groups), #hashtag, @handle',
  },
  brand: list(brandQuery),
  platform: list({ type: 'string', enum: [...PLATFORMS] }),
  lang: list({ type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$|^und$' }),
  sentiment: list({ type: 'string', enum: [...SENTIMENT_LABELS] }),
  intent: list({ type: 'string', enum: [...INTENTS] }),
  hours: { type: 'integer', minimum: 1, maximum: 24 * 400, default: 24 },
  from: { type: 'string', format: 'date-time', description: 'Overrides hours' },
  to: { type: 'string', format: 'date-time' },
  withPii: { type: 'boolean' },
  sort: { type: 'string', enum: Object.keys(EXPLORER_SORTS), default: 'created_at' },
  dir: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
} as const

/** A malformed query says where: `position` is the 0-based character offset in `q`. */
const searchError = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: str, message: str, position: { type: 'integer' } },
} as const
const errors = { 400: searchError, 403: { $ref: 'Error#' }, 503: { $ref: 'Error#' } } as const

export const explorerSearchRoute = {
  summary: 'Explorer: mentions (masked) matching a Boolean query and filters, sorted, cursor-paged',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...explorerFilterProps,
      cursor: { type: 'string', maxLength: 2000, description: 'The `next` of the previous page' },
      limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        from: str,
        to: str,
        total: { type: 'integer' },
        next: { type: ['string', 'null'] },
        mentions: mentionList,
        revised: {
          type: 'object',
          description: 'Mentions in the window purged after the fact (platform deletion policy)',
          properties: {
            purged: { type: 'integer' },
            lastPurgedAt: { type: ['string', 'null'] },
            note: { type: ['string', 'null'] },
          },
        },
      },
    },
    ...errors,
  },
} as const

export const explorerExportRoute = {
  summary: 'Explorer: the same view as CSV, streamed row by row (all pages)',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...explorerFilterProps,
      access_token: { type: 'string', description: 'For a download link, which cannot send a header' },
    },
  },
  produces: ['text/csv'],
  response: { 200: { type: 'string', description: 'text/csv' }, ...errors },
} as const

const savedSearch = {
  type: 'object',
  properties: { id: str, name: str, params: { type: 'object', additionalProperties: true }, createdAt: str },
} as const

export const listSavedRoute = {
  summary: "Explorer: the caller's saved searches, newest first",
  response: {
    200: { type: 'object', properties: { searches: { type: 'array', items: savedSearch } } },
    ...errors,
  },
} as const

export const createSavedRoute = {
  summary: 'Explorer: save the current search under a name (per user)',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'params'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 120 },
      params: { type: 'object', additionalProperties: false, properties: explorerFilterProps },
    },
  },
  response: { 201: savedSearch, ...errors },
} as const

export const deleteSavedRoute = {
  summary: 'Explorer: remove one of the caller’s saved searches',
  params: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
  },
  response: { 204: { type: 'null' }, 404: { $ref: 'Error#' }, ...errors },
} as const
