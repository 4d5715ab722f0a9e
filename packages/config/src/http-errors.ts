/**
 * HTTP errors, one shape for every service: the body is always `{ code, message }`. The faults
 * any HTTP service can have are declared once here, so the same fault has the same code in
 * ingest, the api and the outlet; a service adds its own codes with `defineHttpErrors`. Codes
 * never change meaning, so dashboards and scripts may branch on them.
 */
export const COMMON_HTTP_ERRORS = {
  VIGIL_ERR_BAD_REQUEST: { status: 400, message: 'invalid request: %s' },
  VIGIL_ERR_UNAUTHENTICATED: { status: 401, message: 'a valid access token is required' },
  VIGIL_ERR_FORBIDDEN: { status: 403, message: '"%s" may view but not act: an operator token is required' },
  VIGIL_ERR_ROUTE_NOT_FOUND: { status: 404, message: 'no route %s' },
  VIGIL_ERR_PAYLOAD_TOO_LARGE: { status: 413, message: 'request body too large' },
  VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'unsupported content type: %s' },
  VIGIL_ERR_RATE_LIMITED: { status: 429, message: 'too many requests: retry after %s seconds' },
  VIGIL_ERR_UNAVAILABLE: { status: 503, message: 'temporarily unavailable: %s' },
  VIGIL_ERR_INTERNAL: { status: 500, message: 'internal error' },
} as const satisfies HttpErrorTable

export type HttpErrorTable = Record<string, { status: number; message: string }>

export interface ErrorBody<C extends string = string> {
  code: C
  message: string
}

/** Fills `%s` placeholders in order; missing arguments leave an empty string, never "undefined". */
export function formatMessage(template: string, args: readonly (string | number)[]): string {
  let i = 0
  return template.replace(/%s/g, () => String(args[i++] ?? ''))
}

/** What a framework hands its error handler (Fastify's errors, Ajv's validation list). */
export interface FrameworkError {
  statusCode?: number
  code?: string
  message: string
  validation?: ReadonlyArray<{ keyword?: string; params?: { allowedValues?: readonly unknown[] } }>
}

/** A Fastify-shaped app, structurally: config does not depend on Fastify. */
export interface HttpApp {
  setErrorHandler(handler: (err: FrameworkError, req: HttpReq, reply: HttpReply) => unknown): unknown
  setNotFoundHandler(handler: (req: HttpReq, reply: HttpReply) => unknown): unknown
}
export interface HttpReq {
  method: string
  url: string
  log: { error(obj: object, msg?: string): void }
}
export interface HttpReply {
  code(status: number): HttpReply
  send(body: unknown): unknown
}

export function defineHttpErrors<const T extends HttpErrorTable>(own: T) {
  const table = { ...COMMON_HTTP_ERRORS, ...own }
  type Code = keyof typeof table & string
  const body = (code: Code, ...args: (string | number)[]): ErrorBody<Code> => ({
    code,
    message: formatMessage(table[code].message, args),
  })

  /** Thrown from deep inside a handler when returning is awkward; the error handler maps it. */
  class HttpError extends Error {
    readonly code: Code
    readonly statusCode: number
    constructor(code: Code, ...args: (string | number)[]) {
      super(formatMessage(table[code].message, args))
      this.code = code
      this.statusCode = table[code].status
    }
  }

  /**
   * Whatever reached the error handler, as our body. Schema validation and the client mistakes
   * the framework detects (bad JSON, wrong content type, body too big) keep their 4xx status
   * and get the common code for that fault; anything else is a 500 whose details stay in the log.
   */
  const toErrorBody = (err: FrameworkError): { status: number; body: ErrorBody<Code> } => {
    if (err instanceof HttpError)
      return { status: err.statusCode, body: { code: err.code, message: err.message } }
    if (err.validation) return { status: 400, body: body('VIGIL_ERR_BAD_REQUEST', validationMessage(err)) }
    const status = err.statusCode ?? 500
    if (status === 413) return { status, body: body('VIGIL_ERR_PAYLOAD_TOO_LARGE') }
    if (status === 415) return { status, body: body('VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE', err.message) }
    if (status === 429) return { status, body: body('VIGIL_ERR_RATE_LIMITED', '') }
    if (status >= 400 && status < 500) return { status, body: body('VIGIL_ERR_BAD_REQUEST', err.message) }
    return { status: 500, body: body('VIGIL_ERR_INTERNAL') }
  }

  /** Every error and every unknown route of `app` answered in our shape. */
  const install = (app: HttpApp, event = 'request_failed'): void => {
    app.setErrorHandler((err, req, reply) => {
      const { status, body: b } = toErrorBody(err)
      if (status >= 500) req.log.error({ event, err, url: req.url }, 'request failed')
      return reply.code(status).send(b)
    })
    app.setNotFoundHandler((req, reply) =>
      reply.code(404).send(body('VIGIL_ERR_ROUTE_NOT_FOUND', `${req.method} ${req.url.split('?')[0]}`)),
    )
  }

  return {
    table,
    body,
    status: (code: Code): number => table[code].status,
    HttpError,
    toErrorBody,
    install,
  }
}

/** Ajv says "must be equal to one of the allowed values"; a client needs to know which. */
function validationMessage(err: FrameworkError): string {
  const allowed = err.validation?.find((v) => v.keyword === 'enum')?.params?.allowedValues
  return allowed ? `${err.message}: ${allowed.join(', ')}` : err.message
}
