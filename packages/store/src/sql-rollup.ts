import { MINUTE_COUNTS, T64, t } from './sql-common.js'

/** Signed, so the corrections' negative deltas (008) can be summed with the counts. */
const MEASURES = `${MINUTE_COUNTS.map((c) => `toInt64(${c}) AS ${c}`).join(', ')}, sentiment_sum`

/** The first whole hour at or after `{from}`, and the last hour start at or before `{to}`. */
const FIRST_HOUR = `toStartOfHour({from:${T64}} + toIntervalMillisecond(3599999))`
const LAST_HOUR = `toStartOfHour({to:${T64}})`

/**
 * The per-minute measures over [{from}, {to}) as one row source (`minute`, brand, platform,
 * lang, measures): whole hours from mention_hour (007), only the ragged ends from
 * mention_minute. Both are fed the same way, so the sums are the per-minute table's, and a
 * 90-day window reads ~2,200 hour rows per key instead of ~130,000 minute rows. Analysts'
 * label corrections (008) come as signed delta rows per minute. `filter` is
 * an extra condition on brand / platform / lang (fixed text, values as placeholders).
 */
export function rollupSource(db: string, filter = ''): string {
  const extra = filter ? ` AND ${filter}` : ''
  return `(
  SELECT hour AS minute, brand, platform, lang, ${MEASURES}
  FROM ${t(db, 'mention_hour')}
  WHERE hour >= ${FIRST_HOUR} AND hour < ${LAST_HOUR}${extra}
  UNION ALL
  SELECT minute, brand, platform, lang, ${MEASURES}
  FROM ${t(db, 'mention_minute')}
  WHERE ((minute >= {from:${T64}} AND minute < least(${FIRST_HOUR}, {to:${T64}}))
      OR (minute >= greatest(${LAST_HOUR}, ${FIRST_HOUR}) AND minute < {to:${T64}}))${extra}
  UNION ALL
  SELECT minute, brand, platform, lang, ${MEASURES}
  FROM ${t(db, 'mention_minute_corrections')}
  WHERE minute >= {from:${T64}} AND minute < {to:${T64}}${extra}
)`
}
