import { FORMATS } from '../connectors/index.js'

const error = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string', example: 'VIGIL_ERR_BAD_SIGNATURE' }, message: { type: 'string' } },
}
const issue = {
  type: 'object',
  properties: { item: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
}
const json = (schema: object) => ({ content: { 'application/json': { schema } } })
const busy = {
  description: 'Kafka is slow or down: nothing was taken, send again after Retry-After seconds',
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
  ...json(error),
}

/** OpenAPI 3.1 description of ingest's HTTP endpoints, served on /openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Vigil ingest',
    version: '0.1.0',
    description:
      'Gets platform payloads into Vigil. Every accepted item is on mentions.raw before the answer; ' +
      'a 503 means nothing of the request was taken.',
  },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'INGEST_TOKENS (when configured)' },
    },
    schemas: { Error: error, Issue: issue },
  },
  paths: {
    '/healthz': {
      get: {
        summary: "Service and each connector's state",
        responses: { '200': json({ type: 'object', properties: { status: { enum: ['ok', 'degraded'] } } }) },
      },
    },
    '/metrics': {
      get: { summary: 'Prometheus metrics per connector', responses: { '200': { description: 'text' } } },
    },
    '/v1/mentions': {
      post: {
        summary: 'Generic webhook: one Mention or a list (at most 1000)',
        security: [{ bearer: [] }],
        requestBody: json({ oneOf: [{ type: 'object' }, { type: 'array', maxItems: 1000 }] }),
        responses: {
          '202': json({
            type: 'object',
            properties: { accepted: { type: 'integer' }, rejected: { type: 'array' } },
          }),
          '400': json(error),
          '401': json(error),
          '413': json(error),
          '503': busy,
        },
      },
    },
    '/v1/payloads/{format}': {
      post: {
        summary: 'A platform payload as captured, normalised by its connector',
        security: [{ bearer: [] }],
        parameters: [{ name: 'format', in: 'path', required: true, schema: { enum: [...FORMATS, 'auto'] } }],
        requestBody: {
          content: { 'application/json': {}, 'application/xml': {}, 'application/x-ndjson': {} },
        },
        responses: {
          '202': json({
            type: 'object',
            properties: {
              format: { type: 'string' },
              accepted: { type: 'integer' },
              rejected: { type: 'array', items: issue },
            },
          }),
          '400': json(error),
          '404': json(error),
          '503': busy,
        },
      },
    },
    '/webhooks/meta': {
      get: {
        summary: 'Meta subscription handshake: echoes hub.challenge when hub.verify_token matches',
        parameters: ['hub.mode', 'hub.verify_token', 'hub.challenge'].map((name) => ({
          name,
          in: 'query',
          required: true,
          schema: { type: 'string' },
        })),
        responses: { '200': { description: 'the challenge, as text/plain' }, '403': json(error) },
      },
      post: {
        summary: 'Meta webhook notification (Page feed, Instagram comments), signed with X-Hub-Signature-256',
        parameters: [
          { name: 'X-Hub-Signature-256', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: json({ type: 'object' }),
        responses: {
          '200': json({ type: 'object', properties: { accepted: { type: 'integer' } } }),
          '400': json(error),
          '401': json(error),
          '413': json(error),
          '415': json(error),
          '503': busy,
        },
      },
    },
    '/v1/scenarios': {
      get: { summary: 'Demo scenarios running', responses: { '200': { description: 'list' } } },
      post: {
        summary: 'Start a demo scenario',
        security: [{ bearer: [] }],
        responses: { '201': { description: 'started' } },
      },
    },
  },
} as const
