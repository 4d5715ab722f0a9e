/**
 * The API's error registry. Every error a client can see has a stable code, an HTTP status
 * and a message template; the body is always `{ code, message }`. Codes never change meaning,
 * so dashboards and scripts may branch on them. (Idea from Fastify's lib/errors.js.)
 */
export const API_ERRORS = {
  VIGIL_ERR_BAD_REQUEST: { status: 400, message: 'invalid request: %s' },
  VIGIL_ERR_UNKNOWN_BRAND: { status: 400, message: 'unknown brand "%s"' },
  VIGIL_ERR_UNAUTHENTICATED: { status: 401, message: 'a valid access token is required' },
  VIGIL_ERR_FORBIDDEN: { status: 403, message: '"%s" may view but not act: an operator token is required' },
  VIGIL_ERR_OPERATOR_TOKEN_REQUIRED: {
    status: 403,
    message:
      'acting needs an operator token and none is configured: set API_TOKENS (name:operator:token), or start an open local demo with VIGIL_OPEN_DEMO=1',
  },
  VIGIL_ERR_PAYLOAD_TOO_LARGE: { status: 413, message: 'request body too large' },
  VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'unsupported content type: %s' },
  VIGIL_ERR_ROUTE_NOT_FOUND: { status: 404, message: 'no route %s' },
  VIGIL_ERR_ALERT_NOT_FOUND: { status: 404, message: 'alert "%s" not found' },
  VIGIL_ERR_MENTION_NOT_FOUND: { status: 404, message: 'mention "%s" not found' },
  VIGIL_ERR_ALERT_RESOLVED: { status: 409, message: 'alert "%s" is resolved and cannot be acknowledged' },
  VIGIL_ERR_STORE_UNAVAILABLE: { status: 503, message: 'store unavailable: %s' },
  VIGIL_ERR_PUBLISH_FAILED: { status: 503, message: 'could not publish the alert update: %s' },
  VIGIL_ERR_INTERNAL: { status: 500, message: 'internal error' },
  // WebSocket protocol errors: sent as {"type":"error","code",...}; the status is informative only.
  VIGIL_ERR_WS_BAD_MESSAGE: { status: 400, message: 'bad message: %s' },
  VIGIL_ERR_WS_UNKNOWN_CHANNEL: { status: 400, message: 'unknown channel "%s"' },
} as const satisfies Record<string, { status: number; message: string }>

export type ApiErrorCode = keyof typeof API_ERRORS

export interface ErrorBody {
  code: ApiErrorCode
  message: string
}

/** Fills `%s` placeholders in order; missing arguments leave an empty string, never "undefined". */
export function formatMessage(template: string, args: readonly (string | number)[]): string {
  let i = 0
  return template.replace(/%s/g, () => String(args[i++] ?? ''))
}

export function errorBody(code: ApiErrorCode, ...args: (string | number)[]): ErrorBody {
  return { code, message: formatMessage(API_ERRORS[code].message, args) }
}

export function errorStatus(code: ApiErrorCode): number {
  return API_ERRORS[code].status
}

/** Thrown only from deep inside a handler when returning is awkward; the error handler maps it. */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly statusCode: number
  constructor(code: ApiErrorCode, ...args: (string | number)[]) {
    super(formatMessage(API_ERRORS[code].message, args))
    this.code = code
    this.statusCode = API_ERRORS[code].status
  }
}

interface FrameworkError {
  statusCode?: number
  code?: string
  message: string
  validation?: unknown
}

/**
 * Maps whatever reached Fastify's error handler to our body. Schema validation and client
 * mistakes Fastify detects (bad JSON, wrong content type, body too big) keep their 4xx status;
 * everything else is a 500 whose details stay in the log, not in the response.
 */
export function toErrorBody(err: FrameworkError): { status: number; body: ErrorBody } {
  if (err instanceof ApiError)
    return { status: err.statusCode, body: { code: err.code, message: err.message } }
  if (err.validation) return { status: 400, body: errorBody('VIGIL_ERR_BAD_REQUEST', err.message) }
  const status = err.statusCode ?? 500
  if (status === 413) return { status, body: errorBody('VIGIL_ERR_PAYLOAD_TOO_LARGE') }
  if (status === 415) return { status, body: errorBody('VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE', err.message) }
  if (status >= 400 && status < 500) return { status, body: errorBody('VIGIL_ERR_BAD_REQUEST', err.message) }
  return { status: 500, body: errorBody('VIGIL_ERR_INTERNAL') }
}
