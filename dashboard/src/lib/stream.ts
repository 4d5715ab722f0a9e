/**
 * Client-side stream buffers (after Grafana's LiveDataStream): one bounded rolling window per
 * channel, so a wall screen left running for a week holds the same amount of memory as one
 * started a minute ago. Pure: no DOM, no sockets; unit tested.
 */

/** The per-brand, per-minute figures a chart needs (a LiveMetric, or a row of /api/volume). */
export interface MetricPoint {
  brand: string
  /** Start of the minute bucket, ISO-8601 UTC. */
  minute: string
  volume: number
  negative: number
  positive: number
  complaints: number
  meanSentiment: number
  /** Absent for history loaded from the store: the baseline is only known live. */
  expectedVolume?: number
}

/**
 * Items kept in key order, at most `capacity` of them; an item whose key is already present
 * replaces it (the detector re-publishes the current minute as it fills).
 */
export class RollingBuffer<T> {
  private readonly items = new Map<number, T>()
  private newest = Number.NEGATIVE_INFINITY

  constructor(
    readonly capacity: number,
    private readonly keyOf: (item: T) => number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer')
  }

  get size(): number {
    return this.items.size
  }

  /**
   * False when the item is older than everything the window can still hold, or when
   * `keepExisting` is set and the key is already present.
   */
  push(item: T, keepExisting = false): boolean {
    const key = this.keyOf(item)
    if (!Number.isFinite(key)) return false
    if (keepExisting && this.items.has(key)) return false
    if (this.items.size >= this.capacity && key < this.oldestKey() && !this.items.has(key)) return false
    this.items.set(key, item)
    if (key > this.newest) this.newest = key
    while (this.items.size > this.capacity) this.items.delete(this.oldestKey())
    return true
  }

  /** Oldest first. */
  values(): T[] {
    return [...this.items.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v)
  }

  last(n: number): T[] {
    return n <= 0 ? [] : this.values().slice(-n)
  }

  private oldestKey(): number {
    let min = Number.POSITIVE_INFINITY
    for (const k of this.items.keys()) if (k < min) min = k
    return min
  }
}

/** One rolling window of minutes per brand, plus a counter that moves on every accepted tick. */
export class MetricStream {
  private readonly byBrand = new Map<string, RollingBuffer<MetricPoint>>()
  /** Incremented for every accepted point; the charts expose it so a test can see them move. */
  updates = 0

  constructor(readonly minutes = 60) {}

  /**
   * Live ticks replace what is there. History (`keepExisting`) only fills gaps: the REST
   * answer may arrive after the WebSocket snapshot and must not overwrite fresher ticks.
   */
  push(points: readonly MetricPoint[], keepExisting = false): number {
    let accepted = 0
    for (const p of points) {
      let buf = this.byBrand.get(p.brand)
      if (!buf) {
        buf = new RollingBuffer<MetricPoint>(this.minutes, (x) => Date.parse(x.minute))
        this.byBrand.set(p.brand, buf)
      }
      if (buf.push(p, keepExisting)) accepted++
    }
    this.updates += accepted
    return accepted
  }

  brands(): string[] {
    return [...this.byBrand.keys()].sort()
  }

  series(brand: string): MetricPoint[] {
    return this.byBrand.get(brand)?.values() ?? []
  }

  get pointCount(): number {
    let n = 0
    for (const b of this.byBrand.values()) n += b.size
    return n
  }
}

export interface BrandWindowStats {
  volume: number
  negativeShare: number | null
  /** Observed volume over the baseline's expectation; null until a live tick brings a baseline. */
  vsBaseline: number | null
}

const MINUTE_MS = 60_000

/**
 * A minute that has not ended yet by the wall clock is still filling: its count so far is not
 * a fall in volume. The charts hold it back and the tiles leave it out.
 */
export const isPartialMinute = (p: Pick<MetricPoint, 'minute'>, nowMs: number): boolean =>
  Date.parse(p.minute) + MINUTE_MS > nowMs

/** The series without the still-filling minute(s). */
export const completeMinutes = (series: readonly MetricPoint[], nowMs: number): MetricPoint[] =>
  series.filter((p) => !isPartialMinute(p, nowMs))

/** The tile figures: the last `minutes` complete buckets of one brand's series. */
export function windowStats(
  series: readonly MetricPoint[],
  minutes = 5,
  nowMs = Date.now(),
): BrandWindowStats {
  const recent = completeMinutes(series, nowMs).slice(-minutes)
  const volume = recent.reduce((s, p) => s + p.volume, 0)
  const negative = recent.reduce((s, p) => s + p.negative, 0)
  const withBaseline = recent.filter((p) => p.expectedVolume !== undefined)
  const expected = withBaseline.reduce((s, p) => s + (p.expectedVolume ?? 0), 0)
  const observed = withBaseline.reduce((s, p) => s + p.volume, 0)
  return {
    volume,
    negativeShare: volume > 0 ? negative / volume : null,
    vsBaseline: withBaseline.length > 0 && expected > 0 ? observed / expected : null,
  }
}
