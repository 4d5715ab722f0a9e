/**
 * What the single-series scorer (series.ts) remembers between rows, and how a row is placed in
 * it: the daily profile's slot and weekday slot of a time, the ring of residuals with each
 * window's running sums, the range of values seen (records) and the excursions recalled at
 * about this time on past days. Each function updates the state in place, allocation-free.
 */
import type { SeriesParams, SeriesState } from './series.js'

const DAY_MS = 86_400_000

/** Slot of the daily profile for time t; sets the profile up once the row interval is known. */
export function slotOf(st: SeriesState, tMs: number | undefined, p: SeriesParams): number {
  if (tMs === undefined || !Number.isFinite(tMs)) return -1
  if (st.firstT === null) st.firstT = tMs
  else if (st.season === null && tMs > st.firstT) {
    // The interval between the first two rows sets the slot width.
    st.slotMs = Math.max(tMs - st.firstT, DAY_MS / p.maxSlots)
    st.rowsPerSlot = Math.max(1, st.slotMs / (tMs - st.firstT))
    const slots = Math.ceil(DAY_MS / st.slotMs)
    st.season = new Array<number>(slots).fill(0)
    st.seen = new Array<number>(slots).fill(0)
    if (p.weekRate > 0) st.week = new Array<number>(7 * slots).fill(0)
  }
  if (st.season === null) return -1
  return Math.floor((((tMs % DAY_MS) + DAY_MS) % DAY_MS) / st.slotMs) % st.season.length
}

/** The daily profile's expectation for `slot`: an unseen slot expects the seen slots' mean. */
export function seasonalAt(st: SeriesState, slot: number): number {
  return slot < 0
    ? 0
    : st.seen![slot]! > 0
      ? st.season![slot]!
      : st.seasonSlots > 0
        ? st.seasonSum / st.seasonSlots
        : 0
}

/** The weekday correction's slot of time `tMs` (daily `slot` on its weekday), or -1. */
export function weekSlotOf(st: SeriesState, slot: number, tMs: number | undefined): number {
  return slot >= 0 && st.week !== null && tMs !== undefined
    ? (((Math.floor(tMs / DAY_MS) % 7) + 7) % 7) * st.season!.length + slot
    : -1
}

/** Push a residual and its expectation into the ring and every window's running sums. */
export function pushResidual(st: SeriesState, r: number, e: number, p: SeriesParams): void {
  const len = st.resid.length
  const filled = Math.min(st.n - 1, len)
  for (let k = 0; k < p.windows.length; k++) {
    const w = p.windows[k]!
    let dr = r
    let de = e
    if (filled >= w) {
      const j = (st.head - w + len) % len
      dr -= st.resid[j]!
      de -= st.expct[j]!
    }
    st.sumR[k] = st.sumR[k]! + dr
    st.sumE[k] = st.sumE[k]! + de
  }
  st.resid[st.head] = r
  st.expct[st.head] = e
  st.head = (st.head + 1) % len
  // Running sums drift by rounding: recompute them exactly once per lap of the ring.
  if (st.head === 0) resum(st, p)
}

function resum(st: SeriesState, p: SeriesParams): void {
  const len = st.resid.length
  const filled = Math.min(st.n, len)
  for (let k = 0; k < p.windows.length; k++) {
    const w = Math.min(p.windows[k]!, filled)
    let sr = 0
    let se = 0
    for (let i = 1; i <= w; i++) {
      const j = (st.head - i + len) % len
      sr += st.resid[j]!
      se += st.expct[j]!
    }
    st.sumR[k] = sr
    st.sumE[k] = se
  }
}

/** Whether x leaves the range of every value before it; widens the range to x. */
export function isRecord(st: SeriesState, x: number): boolean {
  if (st.lo == null || st.hi == null) {
    st.lo = x
    st.hi = x
    return false
  }
  const record = x < st.lo || x > st.hi
  if (x < st.lo) st.lo = x
  if (x > st.hi) st.hi = x
  return record
}

/** Past excursions kept at most (a series spiking on every row gains nothing from more). */
const RECALL_MAX = 256

/**
 * The residual z (in noise sd) less the largest same-signed excursion remembered at about
 * this time of day on the last days; remembers z when it is an excursion itself.
 */
export function recall(st: SeriesState, z: number, tMs: number, p: SeriesParams): number {
  const list = st.recall
  const horizon = p.recallDays * DAY_MS + p.recallJitterMs
  let drop = 0
  while (drop < list.length && list[drop]! < tMs - horizon) drop += 2
  if (drop > 0) list.splice(0, drop)
  let out = z
  if (Math.abs(z) >= 3 && list.length > 0) {
    let m = 0
    for (let i = 0; i < list.length; i += 2) {
      const v = list[i + 1]! * Math.sign(z)
      if (v <= m) continue
      const days = (tMs - list[i]!) / DAY_MS
      const off = Math.abs(days - Math.round(days)) * DAY_MS
      if (days >= 0.5 && off <= p.recallJitterMs) m = v
    }
    out = Math.sign(z) * Math.max(0, Math.abs(z) - m)
  }
  if (Math.abs(z) >= p.recallSigmas) {
    list.push(tMs, z)
    if (list.length > RECALL_MAX * 2) list.splice(0, 2)
  }
  return out
}
