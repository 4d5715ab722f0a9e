import { generateKeyPairSync, verify } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { appStoreConnectToken, cached, googleServiceAccountToken } from './jwt.js'

const part = (jwt: string, i: number) => JSON.parse(Buffer.from(jwt.split('.')[i]!, 'base64url').toString())
const verifies = (jwt: string, key: import('node:crypto').KeyObject, ec: boolean) => {
  const [h, c, s] = jwt.split('.')
  return verify(
    'sha256',
    Buffer.from(`${h}.${c}`),
    ec ? { key, dsaEncoding: 'ieee-p1363' } : key,
    Buffer.from(s!, 'base64url'),
  )
}

describe('platform tokens', () => {
  it('signs an App Store Connect ES256 JWT the public key verifies, valid under 20 minutes', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const token = await appStoreConnectToken({
      keyId: 'ABC123DEFG',
      issuerId: '57246542-96fe-1a63-e053-0824d011072a',
      privateKeyPem: pem,
    })()
    expect(part(token, 0)).toEqual({ typ: 'JWT', alg: 'ES256', kid: 'ABC123DEFG' })
    const claims = part(token, 1)
    expect(claims).toMatchObject({ iss: '57246542-96fe-1a63-e053-0824d011072a', aud: 'appstoreconnect-v1' })
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(20 * 60)
    expect(verifies(token, publicKey, true)).toBe(true)
  })

  it('exchanges a service-account assertion for a Google access token once, then reuses it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const assertions: string[] = []
    const server = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => {
        body += c
      })
      req.on('end', () => {
        const form = new URLSearchParams(body)
        assertions.push(form.get('assertion') ?? '')
        const ok = form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:jwt-bearer'
        res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify(
            ok
              ? { access_token: 'ya29.test', expires_in: 3599, token_type: 'Bearer' }
              : { error: 'invalid_grant' },
          ),
        )
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`
      const token = googleServiceAccountToken(
        {
          client_email: 'vigil@bank.iam.gserviceaccount.com',
          private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
          token_uri: uri,
        },
        'https://www.googleapis.com/auth/androidpublisher',
      )
      expect(await token()).toBe('ya29.test')
      expect(await token()).toBe('ya29.test')
      expect(assertions).toHaveLength(1)
      expect(part(assertions[0]!, 1)).toMatchObject({
        iss: 'vigil@bank.iam.gserviceaccount.com',
        aud: uri,
        scope: 'https://www.googleapis.com/auth/androidpublisher',
      })
      expect(verifies(assertions[0]!, publicKey, false)).toBe(true)
    } finally {
      server.close()
    }
  })

  it('makes a new token shortly before the last one expires', async () => {
    let now = 1_000
    let made = 0
    const get = cached(
      async (t) => ({ token: `t${++made}`, expiresAtS: t + 600 }),
      120,
      () => now,
    )
    expect(await get()).toBe('t1')
    now += 400
    expect(await get()).toBe('t1')
    now += 100
    expect(await get()).toBe('t2')
  })
})
