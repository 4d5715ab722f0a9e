/**
 * The sink's compliance steps on a batch of mentions:
 *   - the sealed original each one carries (the enricher sealed it) goes to the evidence table,
 *     the only place it is kept; the masked tables never see it;
 *   - a dead letter's raw value (a refused raw record still holds personal data unmasked) is
 *     sealed with the same keys when they are configured, readable by nobody through the api;
 *   - a deletion on a platform whose terms require it (X) purges the post's text and author
 *     from every table (packages/store evidence/purge.ts); the bank's own posts are kept.
 * Both are idempotent, so a redelivered batch repeats them harmlessly.
 */
import { type Keyring, sealText } from '@vigil/config'
import type { EnrichedMention } from '@vigil/schema'
import {
  DEFAULT_DELETION_POLICY,
  type DeadLetter,
  type DeletionAction,
  deadLetterKey,
  eventKey,
  insertSealedEvidence,
  purgeMentions,
  type SealedEvidence,
  type Store,
  toPurge,
} from '@vigil/store'

/**
 * What the sink keeps of a mention once its row is encoded: the fields these steps and the
 * writer read. The whole decoded mention (a few KB of heap: text, author, brands, NLP results)
 * would otherwise live until its block is stored, seconds at 10,000/s, long enough to be
 * promoted and marked by every major GC of the embedded process.
 */
export interface KeptMention {
  id: string
  event: EnrichedMention['event']
  platform: string
  createdAt: string
  author: { isBrandAccount: boolean }
  sealedOriginal?: EnrichedMention['sealedOriginal']
  /** `eventKey` of the mention (an edit's depends on its text, which is not kept). */
  eventKey: string
}

export function keptMention(m: EnrichedMention, key = eventKey(m)): KeptMention {
  const kept: KeptMention = {
    id: m.id,
    event: m.event,
    platform: m.platform,
    createdAt: m.createdAt,
    author: { isBrandAccount: m.author.isBrandAccount },
    eventKey: key,
  }
  if (m.sealedOriginal !== undefined) kept.sealedOriginal = m.sealedOriginal
  return kept
}

export function sealedEvidence(ms: readonly KeptMention[]): SealedEvidence[] {
  return ms.flatMap((m) =>
    m.sealedOriginal
      ? [
          {
            id: m.id,
            eventKey: m.eventKey,
            platform: m.platform,
            authorIsBrand: m.author.isBrandAccount,
            createdAt: m.createdAt,
            sealed: m.sealedOriginal,
          },
        ]
      : [],
  )
}

export async function storeEvidence(store: Store, ms: readonly KeptMention[]): Promise<number> {
  const rows = sealedEvidence(ms)
  await insertSealedEvidence(store, rows)
  return rows.length
}

/** DELETION_POLICY: "x:purge,reddit:keep"; unset: X purges, every other platform keeps. */
export function parseDeletionPolicy(spec: string | undefined): Record<string, DeletionAction> {
  if (!spec?.trim()) return { ...DEFAULT_DELETION_POLICY }
  const out: Record<string, DeletionAction> = {}
  for (const entry of spec
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [platform, action] = entry.split(':').map((s) => s.trim())
    if (!platform || (action !== 'purge' && action !== 'keep')) {
      throw new Error(`DELETION_POLICY entry "${entry}": expected platform:purge or platform:keep`)
    }
    out[platform] = action
  }
  return out
}

export async function applyDeletionPolicy(
  store: Store,
  ms: readonly KeptMention[],
  policy: Readonly<Record<string, DeletionAction>> = DEFAULT_DELETION_POLICY,
): Promise<number> {
  const deletions = ms
    .filter((m) => m.event === 'delete')
    .map((m) => ({
      id: m.id,
      platform: m.platform,
      createdAt: m.createdAt,
      authorIsBrand: m.author.isBrandAccount,
    }))
  return purgeMentions(store, toPurge(deletions, policy))
}

/** With evidence keys, the dead letter's value is stored sealed (bound to its dedup key), not raw. */
export function sealDeadLetter(keys: Keyring | null | undefined, d: DeadLetter): DeadLetter {
  if (!keys || d.value === null) return d
  const sealed = sealText(keys, d.value.toString('base64'), `vigil-dead-letter\u0000${deadLetterKey(d)}`)
  return { ...d, value: null, sealed }
}
