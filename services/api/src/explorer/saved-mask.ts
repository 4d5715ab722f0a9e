import { maskPii } from '@vigil/nlp'

/**
 * A saved search as typed can hold personal data (a card number or an e-mail pasted into the
 * query or the name). Masked with the enricher's own function before it is stored, like the
 * care and correction notes: the free-text fields only (`name`, `q`, brand names); the other
 * parameters are enums, numbers and ISO times the schema already constrains, and an ISO time
 * must not be mistaken for a phone number.
 */
const FREE_TEXT_PARAMS = ['q', 'brand'] as const

export interface SavedSearchInput {
  name: string
  params: Record<string, unknown>
}

const mask = (v: unknown): unknown =>
  typeof v === 'string' ? maskPii(v).text : Array.isArray(v) ? v.map(mask) : v

export function maskSavedSearch<T extends SavedSearchInput>(s: T): T {
  const params = { ...s.params }
  for (const k of FREE_TEXT_PARAMS) if (k in params) params[k] = mask(params[k])
  return { ...s, name: maskPii(s.name).text, params }
}
