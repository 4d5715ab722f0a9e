import { randomBytes } from 'node:crypto'
import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import {
  insertMentions,
  keyring,
  listEvidenceAudit,
  purgeMentions,
  type Store,
  writeEvidence,
} from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { buildTestApp } from './test-app.js'

const NOW = new Date('2026-11-23T12:00:00.000Z')
const ADMIN = 'carol-admin-1f6b3e8d42'
const OPERATOR = 'dave-operator-9a2c7d1e05'
const VIEWER = 'erin-viewer-3b8f0c6a19'
const bearer = (t: string) => ({ authorization: `Bearer ${t}` })
const ring = keyring('k1', [['k1', randomBytes(32).toString('base64')]])
const createdAt = '2026-11-23T11:00:00.000Z'

describe('admin evidence read', () => {
  let store: Store
  const apps: FastifyInstance[] = []
  let app: FastifyInstance

  async function make(keys: typeof ring | null): Promise<FastifyInstance> {
    const a = await buildTestApp({
      store,
      logger: createLogger('api-evidence-test', 'silent'),
      now: () => NOW,
      evidenceKeys: keys,
      auth: createAuthenticator(
        parseApiTokens(`carol:admin:${ADMIN},dave:operator:${OPERATOR},erin:viewer:${VIEWER}`),
      ),
    })
    await a.ready()
    apps.push(a)
    return a
  }

  beforeAll(async () => {
    store = await createTestStore()
    await insertMentions(store, [
      sampleEnriched({ id: 'x:card', createdAt, text: 'charged twice, card [card]', pii: ['card'] }),
      sampleEnriched({ id: 'x:deleted', createdAt, text: 'Northwind scam' }),
    ])
    await writeEvidence(store, ring, [
      {
        id: 'x:card',
        eventKey: 'create',
        platform: 'x',
        authorIsBrand: false,
        createdAt,
        original: {
          text: 'charged twice, card 4111 1111 1111 1111',
          authorId: 'u9',
          authorHandle: 'payer',
          url: 'https://x.example/card',
        },
      },
    ])
    app = await make(ring)
  })
  afterAll(async () => {
    for (const a of apps) await a.close()
    await store?.close()
  })

  const read = (token: string, url = '/api/admin/evidence/x:card?reason=chargeback%20case%2017') =>
    app.inject({ url, headers: bearer(token) })

  it('gives an admin the unmasked original, and audits the read with the reason', async () => {
    const res = await read(ADMIN)
    expect(res.statusCode).toBe(200)
    expect(res.json().events).toMatchObject([
      {
        eventKey: 'create',
        keyId: 'k1',
        text: 'charged twice, card 4111 1111 1111 1111',
        authorHandle: 'payer',
      },
    ])
    expect(await listEvidenceAudit(store, 'x:card')).toContainEqual({
      at: NOW.toISOString(),
      user: 'carol',
      role: 'admin',
      mention_id: 'x:card',
      reason: 'chargeback case 17',
      outcome: 'read',
    })
  })

  it('refuses operators and viewers (audited as denied) and a read without a reason', async () => {
    for (const token of [OPERATOR, VIEWER]) {
      const res = await read(token)
      expect(res.statusCode).toBe(403)
      expect(res.json().code).toBe('VIGIL_ERR_ADMIN_REQUIRED')
      expect(res.body).not.toContain('4111')
    }
    const denied = (await listEvidenceAudit(store, 'x:card'))
      .filter((e) => e.outcome === 'denied')
      .map((e) => e.user)
    expect(denied.sort()).toEqual(['dave', 'erin'])
    expect((await read(ADMIN, '/api/admin/evidence/x:card')).statusCode).toBe(400)
    expect((await app.inject({ url: '/api/admin/evidence/x:card?reason=abcdef' })).statusCode).toBe(401)
    expect((await read(VIEWER, '/api/admin/evidence-audit')).statusCode).toBe(403)
    const audit = (await read(ADMIN, '/api/admin/evidence-audit?mention=x:card')).json().entries
    expect(audit.length).toBeGreaterThanOrEqual(3)
  })

  it('answers 404 for a mention with no evidence and 503 when no keys are configured', async () => {
    expect((await read(ADMIN, '/api/admin/evidence/x:none?reason=looking%20it%20up')).statusCode).toBe(404)
    const keyless = await make(null)
    const res = await keyless.inject({
      url: '/api/admin/evidence/x:card?reason=chargeback',
      headers: bearer(ADMIN),
    })
    expect(res.statusCode).toBe(503)
  })

  it('says when counts in a view were revised by a purge', async () => {
    const before = await app.inject({ url: '/api/explorer/search?hours=24', headers: bearer(VIEWER) })
    expect(before.json().revised).toMatchObject({ purged: 0, note: null })
    await purgeMentions(store, [{ id: 'x:deleted', platform: 'x', createdAt, authorIsBrand: false }])
    const after = (await app.inject({ url: '/api/explorer/search?hours=24', headers: bearer(VIEWER) })).json()
    expect(after.revised.purged).toBe(1)
    expect(after.revised.note).toMatch(/deleted on their platform and purged/)
    expect(after.total).toBe(2) // the purged mention still counts
    expect(JSON.stringify(after.mentions)).not.toContain('scam')
  })

  it('rotates keys in the running process: a new current key, old rows re-sealed, reads never stop', async () => {
    const k2 = randomBytes(32).toString('base64')
    const oldKey = ring.keys.get('k1')!.toString('base64')
    const rotated = await make(
      keyring('k2', [
        ['k1', oldKey],
        ['k2', k2],
      ]),
    )
    const before = await rotated.inject({
      url: '/api/admin/evidence/x:card?reason=rotation%20check',
      headers: bearer(ADMIN),
    })
    expect(before.json().events[0].keyId).toBe('k1')
    expect(
      (
        await rotated.inject({
          method: 'POST',
          url: '/api/admin/evidence/reencrypt',
          headers: bearer(OPERATOR),
        })
      ).statusCode,
    ).toBe(403)
    const res = await rotated.inject({
      method: 'POST',
      url: '/api/admin/evidence/reencrypt',
      headers: bearer(ADMIN),
    })
    expect(res.json()).toMatchObject({ rows: 1, current: 'k2', usage: [{ key_id: 'k2', rows: 1 }] })
    const onlyNew = await make(keyring('k2', [['k2', k2]]))
    const after = await onlyNew.inject({
      url: '/api/admin/evidence/x:card?reason=rotation%20check',
      headers: bearer(ADMIN),
    })
    expect(after.json().events[0]).toMatchObject({
      keyId: 'k2',
      text: 'charged twice, card 4111 1111 1111 1111',
    })
  })

  it('is in the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject('/openapi.json')).json().paths)
    expect(paths).toContain('/api/admin/evidence/{id}')
    expect(paths).toContain('/api/admin/evidence-audit')
  })
})
