/**
 * Which minute closes next. Minutes close in order up to the watermark, each once it has
 * settled; a long stretch with no mention for any brand (a feed outage) is skipped.
 */
import type { Arrivals } from './arrivals.js'
import type { BrandTable } from './brand-table.js'

/** After this many buckets with no mention for any brand, the gap is a feed outage: skip it. */
const MAX_SILENT_BUCKETS = 180

export interface CloseSchedule {
  /** The next minute to close (every earlier one is closed); null before the first close. */
  next(): number | null
  /**
   * Close, with `close`, every settled minute before `closeBefore`, in order; then drop open
   * buckets left behind. Returns the mentions those held (counted late).
   */
  closeUpTo(closeBefore: number, nowMs: number, close: (idx: number) => void): number
}

export function createCloseSchedule(table: BrandTable, arrivals: Arrivals): CloseSchedule {
  let nextClose: number | null = null
  const states = table.states

  function closeUpTo(closeBefore: number, nowMs: number, close: (idx: number) => void): number {
    if (nextClose === null) nextClose = table.minOpenIndex(-Infinity) ?? closeBefore
    let silent = 0
    while (nextClose < closeBefore) {
      const idx: number = nextClose
      // Behind the watermark but still receiving: upstream stages reorder a backfill (a batch
      // per partition), so a minute closes only once nothing has landed in it for settleMs.
      if (arrivals.settling(idx, nowMs)) break
      const any = [...states.values()].some((st) => st.open.has(idx))
      silent = any ? 0 : silent + 1
      if (silent > MAX_SILENT_BUCKETS) {
        nextClose = Math.min(table.minOpenIndex(idx) ?? closeBefore, closeBefore)
        silent = 0
        continue
      }
      close(idx)
      arrivals.forget(idx)
      nextClose = idx + 1
    }
    const late = table.dropStale(nextClose)
    arrivals.forgetBefore(nextClose)
    return late
  }

  return { next: () => nextClose, closeUpTo }
}
