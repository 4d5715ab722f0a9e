/**
 * Whether a retry can help, and how long to wait before it. A handler error is retried only
 * when it says so (RetriableError / `retriable: true`) or is a known transient network or
 * Kafka condition; programming errors (TypeError and friends) are never retried.
 */

/** Stable error codes of this package. */
export const BusErrorCode = {
  /** A handler threw an error that a retry cannot fix; the consumer crashes to be restarted. */
  handlerFailed: 'VIGIL_ERR_BUS_HANDLER_FAILED',
  /** A handler kept failing with retriable errors past maxRetries. */
  retriesExhausted: 'VIGIL_ERR_BUS_RETRIES_EXHAUSTED',
  /** Topic creation or partition growth failed. */
  topics: 'VIGIL_ERR_BUS_TOPICS',
  /** The producer could not deliver records. */
  produce: 'VIGIL_ERR_BUS_PRODUCE',
} as const
export type BusErrorCode = (typeof BusErrorCode)[keyof typeof BusErrorCode]

export class BusError extends Error {
  readonly code: BusErrorCode
  constructor(code: BusErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'BusError'
    this.code = code
  }
}

/** Throw this (or any error with `retriable: true`) from a handler for a transient failure. */
export class RetriableError extends Error {
  readonly retriable = true
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RetriableError'
  }
}

/** Node/undici socket error codes that mean "the other side was briefly unreachable". */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

/** Bugs, not weather: retrying the same input gives the same error. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError'])

export type ErrorClass = 'retriable' | 'fatal'

export function classifyError(err: unknown, depth = 0): ErrorClass {
  if (!(err instanceof Error) || depth > 5) return 'fatal'
  if (PROGRAMMING_ERRORS.has(err.name)) return 'fatal'
  const e = err as Error & { retriable?: unknown; code?: unknown }
  if (e.retriable === true) return 'retriable'
  if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return 'retriable'
  // The KafkaJS client gives up after its own retries with these wrappers; whether one more round
  // can help is the wrapped cause's call. Its retrier wraps an inner retrier's "exceeded" (the
  // broker pool out of connect attempts while a broker restarts) as non-retriable, with the
  // connection error as the cause: that is a broker away, not a bad request.
  if (
    (err.name === 'KafkaJSNumberOfRetriesExceeded' || err.name === 'KafkaJSNonRetriableError') &&
    err.cause !== undefined &&
    err.cause !== err
  ) {
    return classifyError(err.cause, depth + 1)
  }
  // Some clients wrap the socket error once (fetch failed → cause: ECONNREFUSED).
  if (e.retriable === undefined && err.cause !== undefined) return classifyError(err.cause, depth + 1)
  return 'fatal'
}

export interface BackoffOptions {
  baseMs: number
  maxMs: number
  /** ±fraction of the delay drawn at random, so restarted consumers do not retry in lockstep. */
  jitter: number
}

export const defaultBackoff: BackoffOptions = { baseMs: 200, maxMs: 30_000, jitter: 0.2 }

/** Delay before retry number `attempt` (0-based): base·2^attempt, jittered, capped at maxMs. */
export function backoffMs(
  attempt: number,
  opts: BackoffOptions = defaultBackoff,
  random = Math.random,
): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt))
  const jittered = exp * (1 - opts.jitter + 2 * opts.jitter * random())
  return Math.round(Math.min(opts.maxMs, Math.max(0, jittered)))
}
