import { describe, expect, it } from 'vitest'
import { defineHttpErrors } from './http-errors.js'

const errors = defineHttpErrors({
  VIGIL_ERR_THING_NOT_FOUND: { status: 404, message: 'thing "%s" not found' },
})

describe('HTTP error registry', () => {
  it('names the allowed values of an enum a request got wrong', () => {
    const { status, body } = errors.toErrorBody({
      message: 'querystring/status must be equal to one of the allowed values',
      validation: [{ keyword: 'enum', params: { allowedValues: ['open', 'resolved'] } }],
    })
    expect(status).toBe(400)
    expect(body).toEqual({
      code: 'VIGIL_ERR_BAD_REQUEST',
      message:
        'invalid request: querystring/status must be equal to one of the allowed values: open, resolved',
    })
  })
  it('gives framework faults the common codes and hides internals', () => {
    expect(
      errors.toErrorBody({ statusCode: 415, message: 'Unsupported Media Type: text/xml' }).body.code,
    ).toBe('VIGIL_ERR_UNSUPPORTED_MEDIA_TYPE')
    expect(errors.toErrorBody({ statusCode: 413, message: 'too big' }).body.code).toBe(
      'VIGIL_ERR_PAYLOAD_TOO_LARGE',
    )
    expect(errors.toErrorBody({ message: 'db password is hunter2' })).toEqual({
      status: 500,
      body: { code: 'VIGIL_ERR_INTERNAL', message: 'internal error' },
    })
  })
  it('maps its own thrown errors to their status and message', () => {
    expect(errors.toErrorBody(new errors.HttpError('VIGIL_ERR_THING_NOT_FOUND', 'a1'))).toEqual({
      status: 404,
      body: { code: 'VIGIL_ERR_THING_NOT_FOUND', message: 'thing "a1" not found' },
    })
  })
})
