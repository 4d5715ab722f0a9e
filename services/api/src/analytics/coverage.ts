/**
 * How much data a figure stands on, said in words: a page asked for "28 days" over a store that
 * holds three hours must say "based on 3 hours of data", never "28 days". Pure.
 */

export interface Coverage {
  /** First and last mention in the range asked (ISO), null when there is none. */
  first: string | null
  last: string | null
  /** Calendar days (UTC) with at least one mention. */
  daysWithData: number
  /** last − first, in hours. */
  spanHours: number
  mentions: number
  /** "based on 3 days of data", "based on 1 hour of data", "no data in this range". */
  text: string
}

const HOUR = 3_600_000

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/**
 * A span in words: minutes under an hour, whole hours under two days (never rounded up to a
 * longer unit: 65 minutes is "1 hour", not "1 day"), then days to the nearest (71 hours, the
 * first to the last mention of three calendar days, is "3 days").
 */
export function spanWords(hours: number): string {
  if (hours < 1) return plural(Math.max(1, Math.round(hours * 60)), 'minute')
  if (hours < 48) return plural(Math.floor(hours), 'hour')
  return plural(Math.round(hours / 24), 'day')
}

export function describeCoverage(
  first: string | null,
  last: string | null,
  daysWithData: number,
  mentions: number,
): Coverage {
  if (first === null || last === null || mentions === 0) {
    return {
      first: null,
      last: null,
      daysWithData: 0,
      spanHours: 0,
      mentions: 0,
      text: 'no data in this range',
    }
  }
  const spanHours = Math.max(0, (Date.parse(last) - Date.parse(first)) / HOUR)
  const gaps =
    daysWithData > 1 && daysWithData < Math.floor(spanHours / 24)
      ? ` (${plural(daysWithData, 'day')} with mentions)`
      : ''
  return {
    first,
    last,
    daysWithData,
    spanHours,
    mentions,
    text: `based on ${spanWords(spanHours)} of data${gaps}`,
  }
}
