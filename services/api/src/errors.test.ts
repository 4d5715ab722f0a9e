import { describe, expect, it } from 'vitest'
import { API_ERRORS, ApiError, errorBody, toErrorBody } from './errors.js'

describe('error registry', () => {
  it('has stable VIGIL_ERR_ codes with an HTTP status each', () => {
    for (const [code, def] of Object.entries(API_ERRORS)) {
      expect(code).toMatch(/^VIGIL_ERR_[A-Z_]+$/)
      expect(def.status).toBeGreaterThanOrEqual(400)
      expect(def.status).toBeLessThan(600)
    }
  })

  it('fills message templates', () => {
    expect(errorBody('VIGIL_ERR_ALERT_NOT_FOUND', 'a1')).toEqual({
      code: 'VIGIL_ERR_ALERT_NOT_FOUND',
      message: 'alert "a1" not found',
    })
    expect(errorBody('VIGIL_ERR_UNKNOWN_BRAND').message).toBe('unknown brand ""')
  })

  it('maps framework errors without leaking internals', () => {
    expect(toErrorBody(new ApiError('VIGIL_ERR_ALERT_RESOLVED', 'a1'))).toEqual({
      status: 409,
      body: {
        code: 'VIGIL_ERR_ALERT_RESOLVED',
        message: 'alert "a1" is resolved and cannot be acknowledged',
      },
    })
    expect(toErrorBody({ message: 'querystring/limit must be <= 500', validation: [{}] })).toMatchObject({
      status: 400,
      body: { code: 'VIGIL_ERR_BAD_REQUEST' },
    })
    expect(toErrorBody({ message: 'too big', statusCode: 413 }).body.code).toBe('VIGIL_ERR_PAYLOAD_TOO_LARGE')
    expect(toErrorBody({ message: 'connect ECONNREFUSED 10.0.0.3:8123' })).toEqual({
      status: 500,
      body: { code: 'VIGIL_ERR_INTERNAL', message: 'internal error' },
    })
  })
})
