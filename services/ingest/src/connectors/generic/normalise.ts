import { validateMention } from '@vigil/schema'
import { withTerritory } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

/**
 * The generic webhook body: one Mention of packages/schema or a list of them, each validated
 * on its own (unknown fields dropped, `receivedAt` stamped when missing).
 */
export function normaliseGeneric(doc: unknown, ctx: NormaliseContext): Normalised {
  const out: Normalised = { mentions: [], errors: [], skipped: [] }
  const items = Array.isArray(doc) ? doc : [doc]
  items.forEach((it, i) => {
    const r = validateMention(it, ctx.receivedAt)
    const item = Array.isArray(doc) ? `[${i}]` : '$'
    if (r.kind === 'ok') out.mentions.push(withTerritory(r.value))
    else if (r.kind === 'dlq') out.errors.push({ item, code: r.code, reason: r.reason })
    else out.skipped.push({ item, code: 'VIGIL_SKIP', reason: r.reason })
  })
  return out
}

export const generic: Connector = { format: 'generic', payload: 'json', normalise: normaliseGeneric }
