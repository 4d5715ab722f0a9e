import type { Alert, LiveMetric } from '@vigil/schema'

/**
 * The latest version of every alert that is not resolved. Versions only move forward, so a
 * redelivered or reordered older version never undoes an acknowledgement. Resolved ids are
 * remembered (bounded) so a late older version does not bring a resolved alert back.
 */
export class AlertBook {
  private readonly activeById = new Map<string, Alert>()
  private readonly resolvedVersion = new Map<string, number>()

  constructor(
    private readonly maxActive = 500,
    private readonly maxResolved = 10_000,
  ) {}

  /** True when this version is new and was applied. */
  apply(alert: Alert): boolean {
    const current = this.activeById.get(alert.id)?.version ?? this.resolvedVersion.get(alert.id)
    if (current !== undefined && alert.version <= current) return false
    if (alert.status === 'resolved') {
      this.activeById.delete(alert.id)
      this.resolvedVersion.set(alert.id, alert.version)
      if (this.resolvedVersion.size > this.maxResolved) {
        const oldest = this.resolvedVersion.keys().next().value
        if (oldest !== undefined) this.resolvedVersion.delete(oldest)
      }
      return true
    }
    this.activeById.set(alert.id, alert)
    if (this.activeById.size > this.maxActive) this.evictOldest()
    return true
  }

  get(id: string): Alert | undefined {
    return this.activeById.get(id)
  }

  /** Newest update first, as the wall screen lists them. */
  active(): Alert[] {
    return [...this.activeById.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  private evictOldest(): void {
    let oldest: Alert | undefined
    for (const a of this.activeById.values()) {
      if (!oldest || a.updatedAt < oldest.updatedAt) oldest = a
    }
    if (oldest) this.activeById.delete(oldest.id)
  }
}

/**
 * Per-brand, per-minute metrics over the last `windowMinutes` of event time. The detector
 * re-publishes the current minute as it fills, so a tick replaces the one for the same
 * brand and minute. The window follows the newest minute seen, not the wall clock, so a
 * replay of recorded data looks the same as live data.
 */
export class MetricWindow {
  private readonly byBrand = new Map<string, Map<number, LiveMetric>>()
  private newestMs = Number.NEGATIVE_INFINITY

  constructor(private readonly windowMinutes: number) {}

  /** False for a tick that is unparseable or older than the window (nothing to show). */
  apply(t: LiveMetric): boolean {
    const ms = Date.parse(t.minute)
    if (!Number.isFinite(ms)) return false
    if (ms <= this.newestMs - this.windowMinutes * 60_000) return false
    let series = this.byBrand.get(t.brand)
    if (!series) {
      series = new Map()
      this.byBrand.set(t.brand, series)
    }
    series.set(ms, t)
    if (ms > this.newestMs) {
      this.newestMs = ms
      this.prune()
    }
    return true
  }

  forBrand(brand: string): LiveMetric[] {
    const series = this.byBrand.get(brand)
    if (!series) return []
    return [...series.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t)
  }

  all(): LiveMetric[] {
    return [...this.byBrand.keys()].sort().flatMap((b) => this.forBrand(b))
  }

  private prune(): void {
    const cutoff = this.newestMs - this.windowMinutes * 60_000
    for (const series of this.byBrand.values()) {
      for (const ms of series.keys()) if (ms <= cutoff) series.delete(ms)
    }
  }
}
