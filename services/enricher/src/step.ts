import { type Keyring, sealText } from '@vigil/config'
import {
  decodeMention,
  dlq,
  type EnrichedMention,
  enrichedKeys,
  type Mention,
  ok,
  type StepResult,
} from '@vigil/schema'

export interface EnrichFn {
  enrich(m: import('@vigil/schema').Mention, now?: string): EnrichedMention
  /**
   * `enrich` of each mention in order, the same results, each entry the enriched mention or
   * the error `enrich` throws for it (the NLP package's stage-by-stage path, faster; absent:
   * `enrich` one by one).
   */
  enrichBatch?(ms: readonly import('@vigil/schema').Mention[], now?: string): (EnrichedMention | Error)[]
}

/**
 * One raw record in, one outcome out: validated and enriched, dead-lettered with the reason,
 * A record is never dropped
 * silently. The NLP is pure code, so if it throws on a
 * text it will throw again on retry: that record is dead-lettered, never retried forever.
 */
/**
 * The unmasked original, sealed for the evidence archive: the one copy that leaves the enricher,
 * encrypted. The additional data binds it to the mention id (as packages/store evidence/ opens it).
 */
export function sealOriginal(keys: Keyring, raw: Mention): EnrichedMention['sealedOriginal'] {
  const original = { text: raw.text, authorId: raw.author.id, authorHandle: raw.author.handle, url: raw.url }
  return sealText(keys, JSON.stringify(original), `vigil-evidence\u0000${raw.id}`)
}

/**
 * Now as an ISO string, formatted once per millisecond: a batch of thousands of records is
 * enriched within a few milliseconds, and formatting a Date for each cost ~1 % of the
 * enricher's CPU (V8 profile of bench/load/enricher-drain.mjs). Same strings as before.
 */
export function isoClock(now: () => number = Date.now): () => string {
  let ms = Number.NaN
  let iso = ''
  return () => {
    const t = now()
    if (t !== ms) {
      ms = t
      iso = new Date(t).toISOString()
    }
    return iso
  }
}

export function createEnrichStep(
  nlp: EnrichFn,
  clock: () => string = isoClock(),
  evidenceKeys: Keyring | null = null,
) {
  return (value: Buffer | null): StepResult<EnrichedMention> => {
    const now = clock()
    const decoded = decodeMention(value, now)
    if (decoded.kind !== 'ok') return decoded
    try {
      return outcome(decoded.value, nlp.enrich(decoded.value, now), evidenceKeys)
    } catch (err) {
      return failed(err)
    }
  }
}

/**
 * `createEnrichStep` for a batch of records, in order, with the same outcomes: the records that
 * decode go through `enrichBatch` together (where the NLP has it), the rest are dead-lettered
 * as one by one. One clock reading for the batch, which is enriched within milliseconds.
 */
export function createEnrichBatchStep(
  nlp: EnrichFn,
  clock: () => string = isoClock(),
  evidenceKeys: Keyring | null = null,
) {
  const one = createEnrichStep(nlp, clock, evidenceKeys)
  return (values: readonly (Buffer | null)[]): StepResult<EnrichedMention>[] => {
    if (nlp.enrichBatch === undefined) return values.map(one)
    const now = clock()
    const decoded = values.map((v) => decodeMention(v, now))
    const ms: Mention[] = []
    for (const d of decoded) if (d.kind === 'ok') ms.push(d.value)
    let enriched: (EnrichedMention | Error)[]
    try {
      enriched = nlp.enrichBatch(ms, now)
    } catch {
      // Not expected (each mention's failure is its own entry): then one by one, as before.
      return values.map(one)
    }
    let at = 0
    return decoded.map((d) => {
      if (d.kind !== 'ok') return d
      const e = enriched[at++]!
      return e instanceof Error ? failed(e) : outcome(d.value, e, evidenceKeys)
    })
  }
}

function failed(err: unknown): StepResult<EnrichedMention> {
  return dlq('VIGIL_ERR_ENRICH_FAILED', `enrichment failed: ${(err as Error).message?.slice(0, 300)}`)
}

/** An enriched mention's outcome, its sealed original attached where there are keys. */
function outcome(
  raw: Mention,
  enriched: EnrichedMention,
  evidenceKeys: Keyring | null,
): StepResult<EnrichedMention> {
  // A mention of no watched brand is still archived (key `_unbranded`): when an alias is
  // added later, the archive can be matched again. The detector ignores it.
  if (evidenceKeys && raw.event !== 'delete' && raw.text !== '') {
    return ok({ ...enriched, sealedOriginal: sealOriginal(evidenceKeys, raw) })
  }
  return ok(enriched)
}

/**
 * The records of one enriched mention: one per brand it names, keyed by that brand, so each
 * brand's whole stream stays on its partition (see copies.ts in @vigil/schema). Serialised once.
 * `place` gives each key's partition (brands balanced over partitions, placement.ts in
 * @vigil/schema); without it the producer hashes the key.
 */
export function enrichedRecords(
  m: EnrichedMention,
  place?: (key: string) => number,
): Array<{ key: string; value: string; partition?: number }> {
  const value = JSON.stringify(m)
  return enrichedKeys(m).map((key) => (place ? { key, value, partition: place(key) } : { key, value }))
}
