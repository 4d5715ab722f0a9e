/**
 * A context detector for one series, after the idea of CAD OSE (Contextual Anomaly Detector,
 * open-source edition, M. Smirnov; in NAB as `context_ose`): a row is news when the value it
 * brings was not predicted by what came before it and the sequences it completes are new. It
 * asks a different question from the scorer in series.ts (how far is this row from its
 * expectation, in noise sd?): it asks whether this *shape* (this level reached from those
 * levels) has been seen before, whatever its size. A daily rhythm, a familiar weekly hump or a
 * stream that always looks like this at its peak is predicted; a crisis's climb to a level
 * never reached from here is not.
 *
 * Our own formulation (not a port): each value is a symbol, its place among `bins` levels
 * between the lowest and highest value seen so far (log scale for whole-number series, whose
 * rates span decades); the contexts are the last 1..`orders` symbols; each context counts the
 * symbols that followed it (dense tables, so memory is bounded: bins^(orders+1) numbers at
 * most, halved past `memoryCap` per context so the model follows the series). Per row:
 *
 * - predicted: the symbol is a most frequent successor of some context: no news (score 0);
 * - otherwise raw = (1 − hit share + new share) / 2, where the hit share is how many of the
 *   contexts' known successors the row confirms (1 per context that has seen this symbol after
 *   it, over the contexts' distinct successors) and the new share is the fraction of the
 *   contexts that have never seen this symbol after them: 1 for a row no context foresaw,
 *   about ½ for a familiar but not the likeliest successor;
 * - an alarm is a raw score at or above `threshold`; after one the detector rests for
 *   `restRows` rows (reports 0), and every raw score at or above the threshold restarts the
 *   rest: a sustained novelty alarms once (CAD's rest period, the reason its low-FP score is
 *   close to its standard one).
 *
 * Pure, streaming, allocation-free per row; the state is plain JSON.
 */

export interface ContextParams {
  /** Value levels (symbols). */
  bins: number
  /** Context lengths 1..orders. */
  orders: number
  /** Raw score at or above which a row alarms (CAD's base threshold). */
  threshold: number
  /** Rows without output after an alarm or any raw score at the threshold (CAD's rest period). */
  restRows: number
  /** Rows learned before any score (the range and the first contexts must exist). */
  minRows: number
  /** A context's successor counts are halved once their sum passes this. */
  memoryCap: number
  /**
   * A value beyond the range seen moves that end past it by this many times the distance
   * from the other end: the range becomes (1 + rangeMargin) × what the value needed, so the
   * levels are redrawn seldom and learned contexts stay valid (CAD reads the whole file's
   * range up front, which a stream cannot). Chosen on NAB's 48 files (in-sample).
   */
  rangeMargin: number
}

/**
 * Structural constants. bins 8 and threshold 0.75 are CAD OSE's own (3 bits of value; its base
 * threshold); orders, rest and memory were set before any measurement, from what the series
 * are: three rows of context (15 minutes of 5-minute buckets), a rest of 100 rows as our
 * scorer's cooldown, and a memory of a few hundred visits per context.
 */
export const DEFAULT_CONTEXT_PARAMS: ContextParams = {
  bins: 8,
  orders: 3,
  threshold: 0.75,
  restRows: 100,
  minRows: 30,
  memoryCap: 500,
  rangeMargin: 1,
}

export interface ContextState {
  n: number
  /** The range seen, on the reading scale (log1p for whole-number series), with its margin. */
  lo: number
  hi: number
  /** Every value so far a whole number ≥ 0 (read on a log scale). */
  ints: boolean
  /** The last `orders` symbols, newest first; −1 until seen. */
  hist: number[]
  /** Per order k (1..orders): bins^k contexts × bins successor counts, concatenated. */
  table: number[]
  /** Rows left in the rest period. */
  rest: number
  /** The last row's raw score (before the rest period), for combining with another scorer. */
  raw: number
}

/** Offset of order k's table (k ≥ 1) in the concatenated table. */
function orderOffset(k: number, bins: number): number {
  let off = 0
  for (let j = 1; j < k; j++) off += bins ** j * bins
  return off
}

export function newContextState(p: ContextParams = DEFAULT_CONTEXT_PARAMS): ContextState {
  return {
    n: 0,
    lo: 0,
    hi: 0,
    ints: true,
    hist: new Array<number>(p.orders).fill(-1),
    table: new Array<number>(orderOffset(p.orders + 1, p.bins)).fill(0),
    rest: 0,
    raw: 0,
  }
}

/** Whether `st` is a context state these parameters can continue. */
export function isContextState(st: unknown, p: ContextParams): st is ContextState {
  if (typeof st !== 'object' || st === null) return false
  const s = st as Partial<ContextState>
  return (
    typeof s.n === 'number' &&
    Array.isArray(s.hist) &&
    s.hist.length === p.orders &&
    Array.isArray(s.table) &&
    s.table.length === orderOffset(p.orders + 1, p.bins)
  )
}

const scaled = (x: number, ints: boolean): number => (ints ? Math.log1p(x) : x)

/** The symbol of `x` among p.bins levels of the range (on the reading scale) so far. */
function symbolOf(st: ContextState, x: number, p: ContextParams): number {
  const span = st.hi - st.lo
  if (!(span > 0)) return 0
  return Math.min(p.bins - 1, Math.floor(((scaled(x, st.ints) - st.lo) / span) * p.bins))
}

/**
 * Move the range to [lo, hi] and carry the learned contexts over: each old level becomes the
 * new level of its middle value, so a context keeps meaning the values it was learned on (a
 * record that widened the range then reads as a level never seen, not as an old symbol that
 * happens to share its index). Allocates; runs only when a value leaves the range.
 */
function redraw(st: ContextState, lo: number, hi: number, p: ContextParams): void {
  const bins = p.bins
  const span = st.hi - st.lo
  const map = new Array<number>(bins)
  for (let j = 0; j < bins; j++) {
    const mid = span > 0 ? st.lo + ((j + 0.5) * span) / bins : st.lo
    map[j] = hi > lo ? Math.min(bins - 1, Math.floor(((mid - lo) / (hi - lo)) * bins)) : 0
  }
  st.lo = lo
  st.hi = hi
  const old = st.table
  st.table = new Array<number>(old.length).fill(0)
  for (let k = 1; k <= p.orders; k++) {
    const off = orderOffset(k, bins)
    const n = bins ** k
    for (let c = 0; c < n; c++) {
      // The context's symbols (one base-bins digit each), each mapped.
      let nc = 0
      for (let d = k - 1, rest = c; d >= 0; d--) {
        const unit = bins ** d
        nc = nc * bins + map[Math.floor(rest / unit)]!
        rest %= unit
      }
      for (let j = 0; j < bins; j++) {
        const v = old[off + c * bins + j]!
        if (v > 0) st.table[off + nc * bins + map[j]!]! += v
      }
    }
  }
  for (let k = 0; k < st.hist.length; k++) if (st.hist[k]! >= 0) st.hist[k] = map[st.hist[k]!]!
}

/**
 * Feed the next value; returns its anomaly score in [0, 1]: the raw score outside the rest
 * period, else 0 (st.raw holds the raw score either way). Learns from the row.
 */
export function stepContext(st: ContextState, x: number, p: ContextParams = DEFAULT_CONTEXT_PARAMS): number {
  st.raw = 0
  if (!Number.isFinite(x)) return 0
  // The first fraction: the series is read on a linear scale from here, its range anew.
  const flip = st.ints && !(x >= 0 && Number.isInteger(x))
  if (flip) st.ints = false
  // The range is kept on the reading scale (log for whole numbers).
  const v = scaled(x, st.ints)
  if (st.n === 0 || flip) {
    st.lo = v
    st.hi = v
  } else if (v < st.lo || v > st.hi) {
    // A new extreme moves that end past it by rangeMargin × the range, so the levels are
    // redrawn seldom; when they are, what was learned is carried over to the new levels.
    const m = p.rangeMargin * (st.hi - st.lo)
    const lo = v < st.lo ? (st.ints ? Math.max(0, v - m) : v - m) : st.lo
    const hi = v > st.hi ? v + m : st.hi
    redraw(st, lo, hi, p)
  }
  st.n++
  const s = symbolOf(st, x, p)
  const bins = p.bins
  let contexts = 0
  let distinct = 0
  let hits = 0
  let novel = 0
  // CAD's prediction: the likeliest successors of the most reliable context (the largest share
  // of its visits going to one successor). A row it foresaw is no news.
  let reliability = 0
  let predicted = false
  // Score against every context that has a history, then learn the row in each.
  let ctx = 0
  for (let k = 1; k <= p.orders; k++) {
    const prev = st.hist[k - 1]!
    if (prev < 0) break
    ctx = ctx * bins + prev
    const base = orderOffset(k, bins) + ctx * bins
    let best = 0
    let total = 0
    let kinds = 0
    for (let j = 0; j < bins; j++) {
      const c = st.table[base + j]!
      total += c
      if (c > 0) kinds++
      if (c > best) best = c
    }
    if (total > 0) {
      contexts++
      distinct += kinds
      const c = st.table[base + s]!
      if (c > 0) hits++
      else novel++
      const r = best / total
      if (r > reliability) predicted = false
      if (r >= reliability) {
        reliability = r
        if (c === best) predicted = true
      }
    }
    st.table[base + s]! += 1
    if (total + 1 > p.memoryCap)
      for (let j = 0; j < bins; j++) st.table[base + j] = Math.floor(st.table[base + j]! / 2)
  }
  for (let k = p.orders - 1; k > 0; k--) st.hist[k] = st.hist[k - 1]!
  st.hist[0] = s
  if (st.n <= p.minRows || contexts === 0 || predicted) {
    if (st.rest > 0) st.rest--
    return 0
  }
  st.raw = (1 - (distinct > 0 ? hits / distinct : 0) + novel / contexts) / 2
  const resting = st.rest > 0
  if (st.rest > 0) st.rest--
  if (st.raw >= p.threshold) st.rest = p.restRows
  return resting ? 0 : st.raw
}

/** One series through the context detector alone: the NAB contract's push, one row a call. */
export interface ContextDetector {
  push(x: number): number
}

export function createContextDetector(params: Partial<ContextParams> = {}): ContextDetector {
  const p = { ...DEFAULT_CONTEXT_PARAMS, ...params }
  const st = newContextState(p)
  return { push: (x) => stepContext(st, x, p) }
}
