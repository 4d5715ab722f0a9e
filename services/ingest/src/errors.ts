import { defineHttpErrors } from '@vigil/config'

/**
 * Ingest's error registry: the common HTTP faults (packages/config http-errors.ts), so a body
 * too large or a wrong content type has the same code here as in the api, plus ingest's own.
 */
const registry = defineHttpErrors({
  VIGIL_ERR_BATCH_TOO_LARGE: { status: 413, message: 'at most %s mentions a request' },
  VIGIL_ERR_NO_GENERATOR: { status: 409, message: 'the demo generator is not running' },
  VIGIL_ERR_SCENARIO: { status: 400, message: '%s' },
  VIGIL_ERR_UNKNOWN_FORMAT: { status: 404, message: 'format must be one of %s' },
  VIGIL_ERR_VERIFY_TOKEN: {
    status: 403,
    message: 'hub.mode must be subscribe with the configured verify token',
  },
  VIGIL_ERR_BAD_SIGNATURE: {
    status: 401,
    message: 'X-Hub-Signature-256 is missing or does not match the body',
  },
  VIGIL_ERR_BACKPRESSURE: { status: 503, message: '%s' },
})

export const INGEST_ERRORS = registry.table
export const errorBody = registry.body
export const installErrorHandlers = registry.install
