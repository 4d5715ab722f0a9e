import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signatureOf, verifySignature } from './sign.js'

const SECRET = 'whsec-test-0123456789'
const BODY = '{"type":"incident.opened","incident":{"id":"northwind-1"}}'

describe('X-Vigil-Signature', () => {
  it('is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">', () => {
    const t = 1_764_936_000
    const expected = createHmac('sha256', SECRET).update(`${t}.${BODY}`).digest('hex')
    expect(signatureOf(SECRET, t, BODY)).toBe(`t=${t},v1=${expected}`)
  })

  it('verifies for the receiver, and refuses a changed body, another secret or a replay older than 5 minutes', () => {
    const t = 1_764_936_000
    const header = signatureOf(SECRET, t, BODY)
    expect(verifySignature(SECRET, header, BODY, t + 10)).toEqual({ ok: true })
    expect(verifySignature(SECRET, header, `${BODY} `, t + 10)).toMatchObject({
      ok: false,
      reason: 'signature mismatch',
    })
    expect(verifySignature('another-secret-000000', header, BODY, t)).toMatchObject({ ok: false })
    expect(verifySignature(SECRET, header, BODY, t + 301)).toMatchObject({
      ok: false,
      reason: 'timestamp outside tolerance',
    })
    expect(verifySignature(SECRET, undefined, BODY, t)).toMatchObject({ ok: false })
    expect(verifySignature(SECRET, 'v1=abc', BODY, t)).toMatchObject({ ok: false, reason: 'no timestamp' })
  })
})
