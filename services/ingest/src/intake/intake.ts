import { DLQ_HEADER, type OutboundRecord } from '@vigil/bus'
import type { Mention } from '@vigil/schema'
import type { ItemIssue, Normalised } from '../connectors/index.js'
import type { IngestMetrics } from './metrics.js'

/** Kafka did not take the batch, or the buffer is full: the sender must retry later. */
export class BackPressure extends Error {
  readonly code = 'VIGIL_ERR_BACKPRESSURE'
  constructor(
    message: string,
    readonly retryAfterS: number,
  ) {
    super(message)
  }
}

export interface IntakeOptions {
  /** Sends to mentions.raw; resolves once Kafka acknowledged every record. */
  publish: (mentions: Mention[]) => Promise<void>
  metrics?: IngestMetrics
  /** Most mention events accepted and not yet acknowledged; beyond it callers are told to wait. */
  maxBuffered?: number
  /** Writes dead letters (mentions.dlq); resolves once Kafka has them. Absent: issues are only counted. */
  deadLetter?: (records: OutboundRecord[]) => Promise<void>
  /** What a refused sender is told to wait (seconds). */
  retryAfterS?: number
  now?: () => number
}

/**
 * The one door from connectors to Kafka. It buffers within a bound: a batch is taken only while
 * fewer than `maxBuffered` events wait for Kafka, and a batch Kafka does not take is refused
 * whole with `BackPressure`, so the webhook answers 503 + Retry-After and the platform resends,
 * and a poller keeps its cursor and fetches the same page again. Nothing is acknowledged to a
 * platform before Kafka acknowledged it to us.
 */
export class Intake {
  private buffered = 0
  private lastFailureAt = 0
  private readonly maxBuffered: number
  private readonly retryAfterS: number
  private readonly now: () => number

  constructor(private readonly opts: IntakeOptions) {
    this.maxBuffered = opts.maxBuffered ?? 10_000
    this.retryAfterS = opts.retryAfterS ?? 5
    this.now = opts.now ?? Date.now
  }

  /** True while a recent publish failed or the buffer is full: pollers pause, webhooks refuse. */
  get congested(): boolean {
    return this.buffered >= this.maxBuffered || this.now() - this.lastFailureAt < this.retryAfterS * 1000
  }

  get state(): 'ok' | 'congested' {
    return this.congested ? 'congested' : 'ok'
  }

  /** Counts what a connector read, then publishes its mentions; throws BackPressure when Kafka cannot take them. */
  async accept(connector: string, r: Normalised): Promise<void> {
    this.count(connector, r)
    await this.publish(connector, r.mentions)
  }

  /**
   * Dead-letters a payload that held items which could not become mentions: the bytes as
   * received, with the reasons (item, code, reason) in the provenance headers. Awaited before
   * the payload is acknowledged, so what a platform will not send again is never lost.
   */
  async deadLetter(connector: string, raw: Buffer, issues: ItemIssue[]): Promise<void> {
    if (!this.opts.deadLetter || issues.length === 0) return
    const reason = issues
      .slice(0, 20)
      .map((i) => `${i.item}: ${i.code}: ${i.reason}`)
      .join('; ')
    try {
      await this.opts.deadLetter([
        {
          key: null,
          value: raw,
          headers: {
            [DLQ_HEADER.code]: issues[0]!.code,
            [DLQ_HEADER.reason]: reason.length > 1000 ? `${reason.slice(0, 1000)}…` : reason,
            [DLQ_HEADER.stage]: 'ingest',
            [DLQ_HEADER.time]: new Date(this.now()).toISOString(),
            [DLQ_HEADER.sourceTopic]: `ingest:${connector}`,
            'vigil.dlq.issues': String(issues.length),
          },
        },
      ])
    } catch (err) {
      this.lastFailureAt = this.now()
      throw new BackPressure(
        `Kafka did not take the dead letter: ${(err as Error).message}`,
        this.retryAfterS,
      )
    }
  }

  count(connector: string, r: Normalised): void {
    const m = this.opts.metrics
    if (!m) return
    m.received.inc({ connector }, r.mentions.length + r.errors.length + r.skipped.length)
    for (const e of r.errors) m.rejected.inc({ connector, reason: e.code })
    if (r.skipped.length > 0) m.skipped.inc({ connector }, r.skipped.length)
  }

  async publish(connector: string, mentions: Mention[]): Promise<void> {
    if (mentions.length === 0) return
    if (this.buffered + mentions.length > this.maxBuffered && this.buffered > 0) {
      throw new BackPressure(`${this.buffered} events wait for Kafka already`, this.retryAfterS)
    }
    this.buffered += mentions.length
    this.opts.metrics?.buffered.set(this.buffered)
    try {
      await this.opts.publish(mentions)
    } catch (err) {
      this.lastFailureAt = this.now()
      this.opts.metrics?.publishFailures.inc({ connector })
      throw new BackPressure(`Kafka did not take the batch: ${(err as Error).message}`, this.retryAfterS)
    } finally {
      this.buffered -= mentions.length
      this.opts.metrics?.buffered.set(this.buffered)
    }
    const m = this.opts.metrics
    if (m) {
      m.normalised.inc({ connector }, mentions.length)
      const newest = Math.max(...mentions.map((x) => Date.parse(x.createdAt)))
      const received = Date.parse(mentions[0]!.receivedAt)
      if (Number.isFinite(newest) && Number.isFinite(received)) {
        m.lagSeconds.set({ connector }, Math.max(0, (received - newest) / 1000))
      }
    }
  }
}
