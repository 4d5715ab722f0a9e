import { decodeMention, dlq, type EnrichedMention, ok, type StepResult } from '@vigil/schema'

export interface EnrichFn {
  enrich(m: import('@vigil/schema').Mention, now?: string): EnrichedMention
}

/**
 * One raw record in, one outcome out: validated and enriched, dead-lettered with the reason,
 * A record is never dropped
 * silently. The NLP is pure code, so if it throws on a
 * text it will throw again on retry: that record is dead-lettered, never retried forever.
 */
export function createEnrichStep(nlp: EnrichFn, clock: () => string = () => new Date().toISOString()) {
  return (value: Buffer | null): StepResult<EnrichedMention> => {
    const now = clock()
    const decoded = decodeMention(value, now)
    if (decoded.kind !== 'ok') return decoded
    let enriched: EnrichedMention
    try {
      enriched = nlp.enrich(decoded.value, now)
    } catch (err) {
      return dlq('VIGIL_ERR_ENRICH_FAILED', `enrichment failed: ${(err as Error).message?.slice(0, 300)}`)
    }
    // A mention of no watched brand is still archived (key `_unbranded`): when an alias is
    // added later, the archive can be matched again. The detector ignores it.
    return ok(enriched)
  }
}

/** Enriched mentions are keyed by their first brand so one brand's stream stays on one partition. */
export function enrichedKey(m: EnrichedMention): string {
  return m.brands[0]?.brand ?? '_unbranded'
}
