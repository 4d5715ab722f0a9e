/** Stable error codes of the store package. Callers branch on `code`, never on the message. */
export const STORE_ERRORS = {
  VIGIL_ERR_BAD_IDENTIFIER: 'not a valid ClickHouse identifier',
  VIGIL_ERR_CHDB_PATH_IN_USE: 'this process already holds a chDB data directory at another path',
  VIGIL_ERR_MIGRATION: 'a migration failed',
  VIGIL_ERR_BAD_QUERY_ARGS: 'invalid query arguments',
} as const
export type StoreErrorCode = keyof typeof STORE_ERRORS

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${STORE_ERRORS[code]}: ${detail}`, options)
    this.name = 'StoreError'
  }
}
