/**
 * Event-time minutes for detector tests, as the enricher writes them (keyed by brand): the
 * ordinary traffic of every brand (25 a minute for a large bank, 8 otherwise) plus, for each
 * surging brand, 30 negative complaints carrying its outage hashtag.
 */
import { ordinaryMinute, type rng, synthMention } from '@vigil/detect'
import type { EnrichedMention } from '@vigil/schema'

export function surgeMinuteRecords(
  r: ReturnType<typeof rng>,
  t: number,
  brands: ReadonlyArray<{ id: string; size: string }>,
  surging: readonly string[],
  idPrefix: string,
): Array<{ key: string; value: string }> {
  const out: EnrichedMention[] = []
  for (const b of brands) out.push(...ordinaryMinute(r, b.id, t, b.size === 'large' ? 25 : 8))
  for (const brand of surging) {
    for (let i = 0; i < 30; i++) {
      out.push(
        synthMention(
          t + i * 2000,
          { brand, label: 'negative', intent: 'complaint', hashtags: [`#${brand}down`] },
          `x:${idPrefix}-${brand}-${t}-${i}`,
        ),
      )
    }
  }
  return out
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((x) => ({ key: x.brands[0]!.brand, value: JSON.stringify(x) }))
}
