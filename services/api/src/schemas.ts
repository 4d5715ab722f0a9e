import { ALERT_STATUSES, ALERT_TRENDS, INTENTS, SEVERITIES } from '@vigil/schema'

/**
 * JSON schemas for requests and responses. Fastify validates requests with them, serialises
 * responses with them, and @fastify/swagger publishes them as /openapi.json.
 */
export const str = { type: 'string' } as const
export const num = { type: 'number' } as const
export const strList = { type: 'array', items: str } as const

export const BRAND_ID_PATTERN = '^[a-z0-9_-]{1,64}$'
export const MAX_LIMIT = 500

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['code', 'message'],
  properties: { code: str, message: str },
} as const

export const alertSchema = {
  $id: 'Alert',
  type: 'object',
  properties: {
    id: str,
    version: { type: 'integer' },
    brand: str,
    status: { type: 'string', enum: [...ALERT_STATUSES] },
    severity: { type: 'string', enum: [...SEVERITIES] },
    score: num,
    confidence: num,
    signals: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: str, observed: num, expected: num, score: num },
      },
    },
    drivers: {
      type: 'object',
      properties: { hashtags: strList, terms: strList, platforms: strList, languages: strList },
    },
    sectorWide: { type: 'boolean' },
    headline: str,
    multiplier: num,
    probability: num,
    trend: { type: 'string', enum: [...ALERT_TRENDS] },
    brandName: str,
    openedAt: str,
    updatedAt: str,
    resolvedAt: { type: ['string', 'null'] },
    sampleMentionIds: strList,
    acknowledgedBy: str,
    acknowledgedAt: str,
  },
} as const

export const errors = {
  400: { $ref: 'Error#' },
  404: { $ref: 'Error#' },
  503: { $ref: 'Error#' },
} as const

export const brandQuery = { type: 'string', pattern: BRAND_ID_PATTERN } as const
/** Mention rows as the store gives them (text masked). */
export const mentionList = { type: 'array', items: { type: 'object', additionalProperties: true } } as const

export const brandsRoute = {
  summary: 'Brands Vigil watches: our own bank(s) and competitors',
  response: {
    200: {
      type: 'object',
      properties: {
        brands: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: str,
              name: str,
              role: { type: 'string', enum: ['own', 'competitor'] },
              markets: strList,
            },
          },
        },
      },
    },
  },
} as const

const point = {
  type: 'object',
  properties: {
    minute: str,
    volume: num,
    negative: num,
    positive: num,
    complaints: num,
    meanSentiment: num,
  },
} as const

export const volumeRoute = {
  summary: 'Per-brand mentions per minute over the last N minutes (minutes without mentions are zero)',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minutes: { type: 'integer', minimum: 1, maximum: 1440, default: 60 },
      brand: brandQuery,
    },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        from: str,
        to: str,
        series: {
          type: 'array',
          items: { type: 'object', properties: { brand: str, points: { type: 'array', items: point } } },
        },
      },
    },
    ...errors,
  },
} as const

export const summaryRoute = {
  summary: 'Per-brand volume, negative share, mean sentiment and share of voice over the last N hours',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: { hours: { type: 'integer', minimum: 1, maximum: 24 * 90, default: 24 } },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        from: str,
        to: str,
        brands: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              brand: str,
              name: str,
              role: str,
              volume: num,
              negative: num,
              complaints: num,
              negativeShare: num,
              meanSentiment: num,
              shareOfVoice: num,
            },
          },
        },
      },
    },
    ...errors,
  },
} as const

export const listAlertsRoute = {
  summary: 'Alerts, latest version of each, newest update first',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: [...ALERT_STATUSES] },
      brand: brandQuery,
      limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 },
    },
  },
  response: {
    200: { type: 'object', properties: { alerts: { type: 'array', items: { $ref: 'Alert#' } } } },
    ...errors,
  },
} as const

const alertIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const

const feedbackItem = {
  type: 'object',
  properties: { alertId: str, real: { type: 'boolean' }, note: str, user: str, at: str },
} as const

export const getAlertRoute = {
  summary: 'One alert with the feedback given on it',
  params: alertIdParams,
  response: {
    200: {
      type: 'object',
      properties: { alert: { $ref: 'Alert#' }, feedback: { type: 'array', items: feedbackItem } },
    },
    ...errors,
  },
} as const

const deliveryItem = {
  type: 'object',
  properties: {
    alertId: str,
    alertVersion: { type: 'integer' },
    brand: str,
    outlet: str,
    kind: str,
    event: str,
    idempotencyKey: str,
    attempt: { type: 'integer' },
    outcome: str,
    status: { type: 'integer' },
    error: str,
    durationMs: num,
    at: str,
  },
} as const

export const alertDeliveriesRoute = {
  summary: 'Every attempt to tell people of an alert (webhook, Slack, Teams, e-mail), oldest first',
  params: alertIdParams,
  response: {
    200: { type: 'object', properties: { deliveries: { type: 'array', items: deliveryItem } } },
    ...errors,
  },
} as const

export const alertSamplesRoute = {
  summary: "An alert's sample posts, text masked, the most followed author first",
  params: alertIdParams,
  querystring: {
    type: 'object',
    properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 5 } },
  },
  response: {
    200: { type: 'object', properties: { samples: mentionList } },
    ...errors,
  },
} as const

export const mentionsByIdRoute = {
  summary: 'Mentions by id (at most 20, comma-separated), text masked, the most followed author first',
  querystring: {
    type: 'object',
    required: ['ids'],
    properties: { ids: { type: 'string', minLength: 1, maxLength: 4000 } },
  },
  response: {
    200: { type: 'object', properties: { mentions: mentionList } },
    ...errors,
  },
} as const

export const ackRoute = {
  summary:
    'Acknowledge an alert: asks the detector, which publishes the acknowledged version (202, pending); 200 when already acknowledged',
  params: alertIdParams,
  response: {
    200: { type: 'object', properties: { alert: { $ref: 'Alert#' }, pending: { type: 'boolean' } } },
    202: { type: 'object', properties: { alert: { $ref: 'Alert#' }, pending: { type: 'boolean' } } },
    409: { $ref: 'Error#' },
    ...errors,
  },
} as const

export const feedbackRoute = {
  summary: 'Record whether an alert was a real incident (trains nothing by itself; it is stored)',
  params: alertIdParams,
  body: {
    type: 'object',
    required: ['real'],
    additionalProperties: false,
    properties: {
      real: { type: 'boolean' },
      note: { type: 'string', maxLength: 2000 },
      user: { type: 'string', maxLength: 200 },
    },
  },
  response: {
    201: { type: 'object', properties: { feedback: feedbackItem } },
    ...errors,
  },
} as const

export const recentMentionsRoute = {
  summary: 'Newest mentions (text masked), optionally for one brand or intent',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      brand: brandQuery,
      intent: { type: 'string', enum: [...INTENTS] },
      limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 50 },
    },
  },
  response: {
    200: {
      type: 'object',
      properties: { mentions: mentionList },
    },
    ...errors,
  },
} as const

export const healthRoute = {
  summary: 'Liveness and store reachability',
  response: {
    200: {
      type: 'object',
      properties: {
        // ok | catching-up: serving, while a part named in catchingUp has not joined its input yet.
        status: str,
        store: str,
        wsClients: { type: 'integer' },
        catchingUp: { type: 'array', items: str },
      },
    },
    503: { $ref: 'Error#' },
  },
} as const

export const metricsRoute = { summary: 'Prometheus metrics (text exposition format)' } as const
export const openapiRoute = { summary: 'This API described as OpenAPI 3' } as const
export const wsRoute = {
  summary:
    'WebSocket live feed. Send {"type":"subscribe","channels":["alerts","metrics"]}; receive a snapshot per channel, then alert and metrics messages.',
} as const
