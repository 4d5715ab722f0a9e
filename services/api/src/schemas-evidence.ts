/** Schemas of the admin-only evidence routes. */
import { str } from './schemas.js'

const err = { $ref: 'Error#' } as const
const errors = { 400: err, 401: err, 403: err, 404: err, 503: err } as const

export const evidenceRoute = {
  summary: 'Compliance (admin only): the unmasked original of one mention, every event; each read audited',
  params: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string', minLength: 3, maxLength: 300 } },
  },
  querystring: {
    type: 'object',
    additionalProperties: false,
    required: ['reason'],
    properties: {
      reason: {
        type: 'string',
        minLength: 5,
        maxLength: 500,
        description: 'Why it is read (kept in the audit)',
      },
    },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        id: str,
        audited: { type: 'object', properties: { user: str, reason: str } },
        events: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              eventKey: str,
              platform: str,
              authorIsBrand: { type: 'boolean' },
              keyId: str,
              createdAt: str,
              storedAt: str,
              text: str,
              authorId: str,
              authorHandle: str,
              url: str,
            },
          },
        },
      },
    },
    ...errors,
  },
} as const

export const evidenceAuditRoute = {
  summary: 'Compliance (admin only): who read which evidence, when and why',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { mention: { type: 'string', maxLength: 300 } },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        entries: {
          type: 'array',
          items: {
            type: 'object',
            properties: { at: str, user: str, role: str, mentionId: str, reason: str, outcome: str },
          },
        },
      },
    },
    ...errors,
  },
} as const

export const reencryptRoute = {
  summary: 'Compliance (admin only): re-seal every evidence row under the current key (after a rotation)',
  response: {
    200: {
      type: 'object',
      properties: {
        rows: { type: 'integer' },
        current: str,
        usage: {
          type: 'array',
          items: { type: 'object', properties: { key_id: str, rows: { type: 'integer' } } },
        },
      },
    },
    ...errors,
  },
} as const
