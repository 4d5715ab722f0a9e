import { defineHttpErrors } from '@vigil/config'

/**
 * The API's error registry: the common HTTP faults (packages/config http-errors.ts) plus the
 * API's own. Every error a client can see has a stable code, an HTTP status and a message
 * template; the body is always `{ code, message }`.
 */
const registry = defineHttpErrors({
  VIGIL_ERR_UNKNOWN_BRAND: { status: 400, message: 'unknown brand "%s"' },
  VIGIL_ERR_OPERATOR_TOKEN_REQUIRED: {
    status: 403,
    message:
      'acting needs an operator token and none is configured: set API_TOKENS (name:operator:token), or start an open local demo with VIGIL_OPEN_DEMO=1',
  },
  VIGIL_ERR_ALERT_NOT_FOUND: { status: 404, message: 'alert "%s" not found' },
  VIGIL_ERR_MENTION_NOT_FOUND: { status: 404, message: 'mention "%s" not found' },
  VIGIL_ERR_ALERT_RESOLVED: { status: 409, message: 'alert "%s" is resolved and cannot be acknowledged' },
  VIGIL_ERR_BRAND_NOT_IN_VIEW: { status: 400, message: 'brand "%s" is not on the %s tab' },
  VIGIL_ERR_BAD_CURSOR: { status: 400, message: 'cursor is not one this api gave out' },
  VIGIL_ERR_UNKNOWN_PERSON: { status: 400, message: '"%s" is not someone care items can be assigned to' },
  VIGIL_ERR_CARE_ACTION_REFUSED: { status: 409, message: 'cannot %s: %s' },
  VIGIL_ERR_BAD_SEARCH: { status: 400, message: 'bad search: %s' },
  VIGIL_ERR_SAVED_SEARCH_NOT_FOUND: { status: 404, message: 'saved search "%s" not found' },
  VIGIL_ERR_ADMIN_REQUIRED: { status: 403, message: 'reading evidence needs an admin token' },
  VIGIL_ERR_EVIDENCE_NOT_FOUND: { status: 404, message: 'no evidence kept for mention "%s"' },
  VIGIL_ERR_EVIDENCE_UNAVAILABLE: { status: 503, message: 'evidence archive unavailable: %s' },
  VIGIL_ERR_STORE_UNAVAILABLE: { status: 503, message: 'store unavailable: %s' },
  VIGIL_ERR_PUBLISH_FAILED: { status: 503, message: 'could not publish the alert update: %s' },
  // WebSocket protocol errors: sent as {"type":"error","code",...}; the status is informative only.
  VIGIL_ERR_WS_BAD_MESSAGE: { status: 400, message: 'bad message: %s' },
  VIGIL_ERR_WS_UNKNOWN_CHANNEL: { status: 400, message: 'unknown channel "%s"' },
})

export const API_ERRORS = registry.table
export type ApiErrorCode = keyof typeof API_ERRORS
export type { ErrorBody } from '@vigil/config'
export { formatMessage } from '@vigil/config'
export const errorBody = registry.body
export const errorStatus = registry.status
export const toErrorBody = registry.toErrorBody
export const installErrorHandlers = registry.install
export const ApiError = registry.HttpError
export type ApiError = InstanceType<typeof registry.HttpError>
