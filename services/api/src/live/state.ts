import { type Alert, type LiveMetric, SEVERITIES, type Severity } from '@vigil/schema'

const rank = (s: Severity): number => SEVERITIES.indexOf(s)

/** What an acknowledgement fixed: the severity it covered, and who and when, when known. */
interface Acknowledgement {
  severity: Severity
  by: string | undefined
  at: string | undefined
}

const withAck = (alert: Alert, ack: Acknowledgement): Alert => ({
  ...alert,
  ...(ack.by !== undefined ? { acknowledgedBy: ack.by } : {}),
  ...(ack.at !== undefined ? { acknowledgedAt: ack.at } : {}),
})

/**
 * The latest version of every alert that is not resolved. Versions only move forward, so a
 * redelivered or reordered older version never undoes an acknowledgement. Resolved ids are
 * remembered (bounded) so a late older version does not bring a resolved alert back.
 *
 * Acknowledgements are sticky: the detector keeps updating an incident it knows nothing about
 * an ack for, and each update would put the banner back on every screen. A later version keeps
 * status `acknowledged` unless its severity rose above the one acknowledged (then people must
 * look again) or it resolved.
 */
export class AlertBook {
  private readonly activeById = new Map<string, Alert>()
  private readonly resolvedVersion = new Map<string, number>()
  private readonly acked = new Map<string, Acknowledgement>()

  constructor(
    private readonly maxActive = 500,
    private readonly maxResolved = 10_000,
  ) {}

  /** The version as stored (an ack may have been carried over), or null when it is not new. */
  apply(incoming: Alert): Alert | null {
    const current = this.activeById.get(incoming.id)?.version ?? this.resolvedVersion.get(incoming.id)
    if (current !== undefined && incoming.version <= current) return null
    const alert = this.carryAck(incoming)
    if (alert.status === 'resolved') {
      this.activeById.delete(alert.id)
      this.acked.delete(alert.id)
      this.resolvedVersion.set(alert.id, alert.version)
      if (this.resolvedVersion.size > this.maxResolved) {
        const oldest = this.resolvedVersion.keys().next().value
        if (oldest !== undefined) this.resolvedVersion.delete(oldest)
      }
      return alert
    }
    this.activeById.set(alert.id, alert)
    if (this.activeById.size > this.maxActive) this.evictOldest()
    return alert
  }

  private carryAck(alert: Alert): Alert {
    const acked = this.acked.get(alert.id)
    if (alert.status === 'acknowledged') {
      // The detector's own acknowledged versions know nothing of who acknowledged: keep it.
      const first = acked?.at !== undefined && alert.acknowledgedAt === undefined ? acked : undefined
      const merged = first ? withAck(alert, first) : alert
      this.acked.set(alert.id, {
        severity: alert.severity,
        by: merged.acknowledgedBy,
        at: merged.acknowledgedAt,
      })
      return merged
    }
    if (acked === undefined || alert.status === 'resolved') {
      // A resolved incident keeps who handled it on the screen's last word about it.
      return acked && alert.status === 'resolved' ? withAck(alert, acked) : alert
    }
    if (rank(alert.severity) > rank(acked.severity)) {
      this.acked.delete(alert.id)
      return alert
    }
    return { ...withAck(alert, acked), status: 'acknowledged' }
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
    if (oldest) {
      this.activeById.delete(oldest.id)
      this.acked.delete(oldest.id)
    }
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
