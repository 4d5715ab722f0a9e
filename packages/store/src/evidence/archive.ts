/**
 * The evidence archive: the unmasked original of each mention event, sealed (keyring.ts) and
 * kept in the `evidence` table only. Reads go through `readEvidence`, which the api calls
 * after writing the audit row; nothing else selects from the table.
 */

import { type Keyring, openSealed, type Sealed, sealText } from '@vigil/config'
import { run } from '../queries.js'
import { iso, t } from '../sql-common.js'
import type { Store } from '../store.js'
import { toChTime } from '../time.js'

/** What the masked tables do not keep. */
export interface Original {
  text: string
  authorId: string
  authorHandle: string
  url: string
}

export interface EvidenceInput {
  id: string
  eventKey: string
  platform: string
  authorIsBrand: boolean
  createdAt: string
  original: Original
}

/** A sealed row as it travels (the enricher seals, the sink stores): no plaintext. */
export interface SealedEvidence extends Omit<EvidenceInput, 'original'> {
  sealed: Sealed
}

// Bound to the mention id: the enricher seals before the event key (computed by the sink) exists.
const aad = (id: string) => `vigil-evidence\u0000${id}`

export function sealEvidence(ring: Keyring, e: EvidenceInput): SealedEvidence {
  const { original, ...rest } = e
  return { ...rest, sealed: sealText(ring, JSON.stringify(original), aad(e.id)) }
}

export async function insertSealedEvidence(
  store: Store,
  rows: SealedEvidence[],
  version = Date.now(),
): Promise<void> {
  if (rows.length === 0) return
  const now = toChTime(new Date())
  await store.client.insert({
    table: `\`${store.database}\`.evidence`,
    format: 'JSONEachRow',
    values: rows.map((r) => ({
      id: r.id,
      event_key: r.eventKey,
      platform: r.platform,
      author_is_brand: r.authorIsBrand,
      key_id: r.sealed.keyId,
      iv: r.sealed.iv,
      tag: r.sealed.tag,
      ciphertext: r.sealed.ciphertext,
      created_at: toChTime(r.createdAt),
      stored_at: now,
      version,
    })),
  })
}

export const writeEvidence = (store: Store, ring: Keyring, items: EvidenceInput[]) =>
  insertSealedEvidence(
    store,
    items.map((e) => sealEvidence(ring, e)),
  )

interface EvidenceRow {
  id: string
  event_key: string
  platform: string
  author_is_brand: boolean
  key_id: string
  iv: string
  tag: string
  ciphertext: string
  created_at: string
  stored_at: string
  version: number
}

const rowsSql = (db: string, where: string) =>
  `SELECT id, event_key, platform, author_is_brand, key_id, iv, tag, ciphertext, ${iso('created_at')} AS created_at,
       ${iso('stored_at')} AS stored_at, version
FROM ${t(db, 'evidence')} FINAL
WHERE ${where}`

export interface EvidenceRecord {
  eventKey: string
  platform: string
  authorIsBrand: boolean
  keyId: string
  createdAt: string
  storedAt: string
  original: Original
}

/** Every event of one mention, opened. Throws EvidenceKeyError if a key is missing or a row altered. */
export async function readEvidence(store: Store, ring: Keyring, id: string): Promise<EvidenceRecord[]> {
  const rows = await run<EvidenceRow>(store, {
    query: `${rowsSql(store.database, 'id = {id:String}')} ORDER BY stored_at, event_key`,
    query_params: { id },
  })
  return rows.map((r) => ({
    eventKey: r.event_key,
    platform: r.platform,
    authorIsBrand: Boolean(r.author_is_brand),
    keyId: r.key_id,
    createdAt: r.created_at,
    storedAt: r.stored_at,
    original: JSON.parse(
      openSealed(ring, { keyId: r.key_id, iv: r.iv, tag: r.tag, ciphertext: r.ciphertext }, aad(r.id)),
    ) as Original,
  }))
}

/**
 * Re-seals every row not under the current key, a batch at a time, as a newer version of the
 * same row: readers see the old or the new version, both open while the old key is still
 * configured, so nothing stops. Returns how many rows were rewritten.
 */
export async function reencryptEvidence(store: Store, ring: Keyring, batch = 1000): Promise<number> {
  let done = 0
  for (;;) {
    const rows = await run<EvidenceRow>(store, {
      query: `${rowsSql(store.database, 'key_id != {current:String}')} ORDER BY id, event_key LIMIT {batch:UInt32}`,
      query_params: { current: ring.current, batch },
    })
    if (rows.length === 0) return done
    const sealed: SealedEvidence[] = rows.map((r) => {
      const plain = openSealed(
        ring,
        { keyId: r.key_id, iv: r.iv, tag: r.tag, ciphertext: r.ciphertext },
        aad(r.id),
      )
      return {
        id: r.id,
        eventKey: r.event_key,
        platform: r.platform,
        authorIsBrand: Boolean(r.author_is_brand),
        createdAt: r.created_at,
        sealed: sealText(ring, plain, aad(r.id)),
      }
    })
    const version = Math.max(Date.now(), ...rows.map((r) => Number(r.version) + 1))
    await insertSealedEvidence(store, sealed, version)
    done += rows.length
  }
}

/** Rows per key id: how far a rotation has got. */
export const evidenceKeyUsage = (store: Store) =>
  run<{ key_id: string; rows: number }>(store, {
    query: `SELECT key_id, count() AS rows FROM ${t(store.database, 'evidence')} FINAL GROUP BY key_id ORDER BY key_id`,
    query_params: {},
  })

export interface AuditEntry {
  at: string
  user: string
  role: string
  mentionId: string
  reason: string
  /** read, not_found, key_missing, denied */
  outcome: string
}

export async function auditEvidence(store: Store, e: AuditEntry): Promise<void> {
  await store.client.insert({
    table: `\`${store.database}\`.evidence_audit`,
    format: 'JSONEachRow',
    values: [
      {
        at: toChTime(e.at),
        user: e.user,
        role: e.role,
        mention_id: e.mentionId,
        reason: e.reason,
        outcome: e.outcome,
      },
    ],
  })
}

export const listEvidenceAudit = (store: Store, mentionId?: string) =>
  run<{ at: string; user: string; role: string; mention_id: string; reason: string; outcome: string }>(
    store,
    {
      query: `SELECT ${iso('at')} AS at, user, role, mention_id, reason, outcome FROM ${t(store.database, 'evidence_audit')}
${mentionId === undefined ? '' : 'WHERE mention_id = {id:String}'} ORDER BY at, mention_id LIMIT 10000`,
      query_params: mentionId === undefined ? {} : { id: mentionId },
    },
  )
