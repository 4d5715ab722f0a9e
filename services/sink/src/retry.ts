import { RetriableError } from '@vigil/bus'

/**
 * ClickHouse server error codes that mean "later may work": overload, timeouts, a replica
 * that is read-only for a moment, a cut connection. Everything else (bad SQL, a type
 * mismatch) is a bug: retrying the same rows gives the same answer, so it is left to crash.
 */
const TRANSIENT_CLICKHOUSE_CODES = new Set([
  '3', // UNEXPECTED_END_OF_FILE
  '159', // TIMEOUT_EXCEEDED
  '164', // READONLY
  '202', // TOO_MANY_SIMULTANEOUS_QUERIES
  '209', // SOCKET_TIMEOUT
  '210', // NETWORK_ERROR
  '241', // MEMORY_LIMIT_EXCEEDED
  '242', // TABLE_IS_READ_ONLY
  '252', // TOO_MANY_PARTS
  '319', // UNKNOWN_STATUS_OF_INSERT
  '425', // SYSTEM_ERROR
])

export function isTransientClickHouseError(err: unknown): boolean {
  if (!(err instanceof Error)) return false
  const e = err as Error & { code?: unknown; clickhouseCode?: unknown }
  const code = e.clickhouseCode ?? e.code
  return (
    (typeof code === 'string' || typeof code === 'number') && TRANSIENT_CLICKHOUSE_CODES.has(String(code))
  )
}

/** Run a store call; a transient ClickHouse error becomes a RetriableError for the consumer. */
export async function storeCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (isTransientClickHouseError(err)) {
      throw new RetriableError(`${what}: ${(err as Error).message}`, { cause: err })
    }
    throw err
  }
}
