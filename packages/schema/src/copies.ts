/**
 * How mentions.enriched is keyed. A mention is written once per brand it names, keyed by that
 * brand, so that each brand's whole stream lies on that brand's partition: the detector
 * instance that owns a brand then sees every mention of it, including one that names another
 * bank first ("left Crest for Northwind, their app works"). With one copy keyed by the first
 * brand, that mention would only reach the instance owning Crest.
 *
 * The copy keyed by the first brand is the primary: the archive stores only it, so a
 * mention is stored once whatever number of brands it names, and every copy of one
 * mention that the sink stores arrives on one partition (its exactly-once check relies on that).
 */
import type { EnrichedMention } from './enriched.js'

/** The key of a mention that names no watched brand (archived, never detected on). */
export const UNBRANDED_KEY = '_unbranded'

/** The keys to write a mention under, primary first: its distinct brands, or UNBRANDED_KEY. */
export function enrichedKeys(m: EnrichedMention): string[] {
  const keys: string[] = []
  for (const b of m.brands) if (!keys.includes(b.brand)) keys.push(b.brand)
  return keys.length > 0 ? keys : [UNBRANDED_KEY]
}

/** The primary copy's key. */
export function primaryKey(m: EnrichedMention): string {
  return m.brands[0]?.brand ?? UNBRANDED_KEY
}

/** True for the copy the archive stores. A record without a key (written by hand) counts as primary. */
export function isPrimaryCopy(m: EnrichedMention, key: string | null | undefined): boolean {
  return key === null || key === undefined || key === primaryKey(m)
}

/**
 * The mention as the copy keyed `key` speaks for it: only that brand, when the mention names
 * several, with what the post says of that brand as its sentiment ("left Crest for
 * Northwind" is not a negative mention of Northwind). A key that names none of its brands (a
 * record keyed by hand) leaves it whole.
 */
export function copyForKey(m: EnrichedMention, key: string | null | undefined): EnrichedMention {
  if (key === null || key === undefined || m.brands.length < 2) return m
  const mine = m.brands.filter((b) => b.brand === key)
  if (mine.length === 0 || mine.length === m.brands.length) return m
  const stance = mine[0]!.sentiment
  return stance === undefined ? { ...m, brands: mine } : { ...m, brands: mine, sentiment: stance }
}

/** What the mention says of `brand`: its stance when it names several brands, else its sentiment. */
export function sentimentFor(m: EnrichedMention, brand: string): EnrichedMention['sentiment'] {
  return m.brands.find((b) => b.brand === brand)?.sentiment ?? m.sentiment
}
