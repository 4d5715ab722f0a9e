import { run } from '../queries.js'
import type { Store } from '../store.js'
import { coverageSql, type DriverField, driverCountsSql, type Period, voiceSeriesSql } from './sql.js'
import { voicePlan } from './stored.js'
import type { AuthorCap, VoiceFilter } from './voice.js'

export interface VoicePeriodRow {
  /** The UTC day, or the Monday of the week, `YYYY-MM-DD`. */
  period: string
  brand: string
  /** Mentions that count (author cap, trolls, spam and the bank's own accounts left out). */
  voiced: number
  positive: number
  negative: number
  neutral: number
  complaints: number
  /** Every first sighting naming the bank, counted or not. */
  mentions: number
  /** Left out by the per-author cap alone. */
  flooded: number
}

/** Stored days (011) where every whole day of the range is stored, live otherwise. */
export const voiceSeries = async (store: Store, f: VoiceFilter & { period: Period }, cap: AuthorCap) =>
  run<VoicePeriodRow>(
    store,
    voiceSeriesSql(store.database, f, cap, await voicePlan(store, cap, f.from, f.to)),
  )

export interface CoverageRow {
  /** ISO, '' when the range holds nothing. */
  first: string
  last: string
  days: number
  mentions: number
}

export async function coverage(store: Store, f: VoiceFilter): Promise<CoverageRow> {
  const [row] = await run<CoverageRow>(store, coverageSql(store.database, f))
  return row ?? { first: '', last: '', days: 0, mentions: 0 }
}

export interface DriverCountRow {
  brand: string
  tag: string
  count: number
  /** The bank's uses of every tag in the range (not only the rows returned). */
  total: number
}

/**
 * Stored days (011) where every whole day of the range is stored, their tag sums from
 * voice_tag_day (014); `tagDays: false` sums the stored verdicts' tags instead (as before 014;
 * for tests: the same counts).
 */
export const driverCounts = async (
  store: Store,
  f: VoiceFilter & { field: DriverField; limit: number },
  cap: AuthorCap,
  opts: { tagDays?: boolean } = {},
) =>
  run<DriverCountRow>(
    store,
    driverCountsSql(store.database, f, cap, await voicePlan(store, cap, f.from, f.to), opts),
  )
