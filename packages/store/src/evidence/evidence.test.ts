import { randomBytes } from 'node:crypto'
import { keyring } from '@vigil/config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../../tests/support/clickhouse.js'
import { insertMentionEvents, insertMentions } from '../insert.js'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import {
  auditEvidence,
  evidenceKeyUsage,
  listEvidenceAudit,
  readEvidence,
  reencryptEvidence,
  writeEvidence,
} from './archive.js'
import { purgedInWindow, purgeMentions, toPurge } from './purge.js'
import { applyRetention, parseRetention, retentionStatements } from './retention.js'

const k1 = randomBytes(32).toString('base64')
const k2 = randomBytes(32).toString('base64')
const at = '2026-11-23T10:00:15.000Z'
const original = (n: number) => ({
  text: `my card 4111 1111 1111 1111 #${n}`,
  authorId: `u${n}`,
  authorHandle: `person${n}`,
  url: `https://x.example/${n}`,
})

let store: Store
beforeAll(async () => {
  store = await createTestStore()
})
afterAll(async () => {
  await store?.close()
})

describe('evidence archive on the real engine', () => {
  it('stores only ciphertext, opens it for a read, and rotates keys without a gap', async () => {
    const ring1 = keyring('k1', [['k1', k1]])
    await writeEvidence(
      store,
      ring1,
      [1, 2, 3].map((n) => ({
        id: `x:e${n}`,
        eventKey: 'create',
        platform: 'x',
        authorIsBrand: false,
        createdAt: at,
        original: original(n),
      })),
    )
    const raw = await run<{ blob: string }>(store, {
      query: `SELECT concat(iv, tag, ciphertext) AS blob FROM \`${store.database}\`.evidence`,
      query_params: {},
    })
    expect(raw.length).toBe(3)
    for (const r of raw) expect(r.blob).not.toContain('4111')
    expect((await readEvidence(store, ring1, 'x:e2'))[0]!.original).toEqual(original(2))

    // Rotation: k2 becomes current; until the re-encryption ends, both keys read.
    const ring2 = keyring('k2', [
      ['k1', k1],
      ['k2', k2],
    ])
    expect((await readEvidence(store, ring2, 'x:e1'))[0]!.keyId).toBe('k1')
    expect(await reencryptEvidence(store, ring2, 2)).toBe(3)
    expect(await evidenceKeyUsage(store)).toEqual([{ key_id: 'k2', rows: 3 }])
    const onlyK2 = keyring('k2', [['k2', k2]])
    expect((await readEvidence(store, onlyK2, 'x:e3'))[0]!.original).toEqual(original(3))
    expect(await reencryptEvidence(store, onlyK2)).toBe(0)
  })

  it('keeps an audit row per read', async () => {
    await auditEvidence(store, {
      at,
      user: 'carol',
      role: 'admin',
      mentionId: 'x:e1',
      reason: 'complaint ref 42',
      outcome: 'read',
    })
    expect(await listEvidenceAudit(store, 'x:e1')).toEqual([
      { at, user: 'carol', role: 'admin', mention_id: 'x:e1', reason: 'complaint ref 42', outcome: 'read' },
    ])
  })

  it('purges a deleted X post everywhere but keeps the counts; the bank’s own posts are kept', async () => {
    const post = sampleEnriched({
      id: 'x:gone',
      createdAt: at,
      text: 'Northwind lost my money #scam',
      hashtags: ['#scam'],
    })
    const own = sampleEnriched({
      id: 'x:own',
      createdAt: at,
      author: { id: 'nw', handle: 'northwind', followers: 1, verified: true, isBrandAccount: true },
    })
    await insertMentionEvents(store, [post, own])
    await insertMentions(store, [post, own])
    await writeEvidence(store, keyring('k1', [['k1', k1]]), [
      {
        id: 'x:gone',
        eventKey: 'create',
        platform: 'x',
        authorIsBrand: false,
        createdAt: at,
        original: original(9),
      },
    ])
    const volume = () =>
      run<{ v: number }>(store, {
        query: `SELECT sum(volume) AS v FROM \`${store.database}\`.mention_minute`,
        query_params: {},
      })
    const before = await volume()

    const deletions = [
      { id: 'x:gone', platform: 'x', createdAt: at, authorIsBrand: false },
      { id: 'x:own', platform: 'x', createdAt: at, authorIsBrand: true },
      { id: 'reddit:1', platform: 'reddit', createdAt: at, authorIsBrand: false },
    ]
    const due = toPurge(deletions)
    expect(due.map((d) => d.id)).toEqual(['x:gone'])
    await purgeMentions(store, due)

    const left = await run<{ id: string; text: string; author_handle: string; hashtags: string[] }>(store, {
      query: `SELECT id, text, author_handle, hashtags FROM \`${store.database}\`.mentions FINAL WHERE id IN ('x:gone', 'x:own') ORDER BY id
              UNION ALL SELECT id, text, author_handle, hashtags FROM \`${store.database}\`.mention_events WHERE id = 'x:gone'`,
      query_params: {},
    })
    // UNION ALL gives no order between its two parts: compare sorted.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect([...left].sort(byId)).toEqual([
      { id: 'x:gone', text: '', author_handle: '', hashtags: [] },
      { id: 'x:gone', text: '', author_handle: '', hashtags: [] },
      { id: 'x:own', text: own.text, author_handle: 'northwind', hashtags: [] },
    ])
    expect(await readEvidence(store, keyring('k1', [['k1', k1]]), 'x:gone')).toEqual([])
    expect(await volume()).toEqual(before)
    expect(await purgedInWindow(store, '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z')).toMatchObject(
      { purged: 1 },
    )
  })

  it('applies a retention per table from configuration, and refuses unknown tables', async () => {
    const days = parseRetention('mentions:400, evidence_audit:3650')
    expect(retentionStatements('db', days)).toEqual([
      'ALTER TABLE `db`.mentions MODIFY TTL toDateTime(created_at) + INTERVAL 400 DAY',
      'ALTER TABLE `db`.evidence_audit MODIFY TTL toDateTime(at) + INTERVAL 3650 DAY',
    ])
    await applyRetention(store, days)
    const ddl = await run<{ statement: string }>(store, {
      query: `SHOW CREATE TABLE \`${store.database}\`.mentions`,
      query_params: {},
    })
    expect(ddl[0]!.statement).toMatch(/TTL toDateTime\(created_at\) \+ toIntervalDay\(400\)/)
    expect(() => parseRetention('users; DROP:1')).toThrow(/unknown table/)
    expect(() => parseRetention('mentions:0')).toThrow(/whole days/)
  })
})
