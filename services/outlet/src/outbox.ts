/**
 * The durable outbox: one record per delivery (its idempotency key) on a compacted topic,
 * rewritten on every change (queued, each attempt, delivered, given up). At start the whole
 * topic is read back, so a restart resumes the pending deliveries with their attempt counts
 * and never queues a key it already has: a redelivered alert sends nothing twice.
 */
import { type BusProducer, readToEnd } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import type { Alert, DeliveryEvent } from '@vigil/schema'

type Kafka = Parameters<typeof readToEnd>[0]['kafka']

export type EntryState = 'pending' | 'delivered' | 'gave_up' | 'cancelled'

export interface OutboxEntry {
  key: string
  outlet: string
  event: DeliveryEvent
  /** The alert version this delivery tells of. */
  alert: Alert
  dueMs: number
  digestSlot: number | null
  state: EntryState
  attempts: number
}

export class Outbox {
  private readonly entries = new Map<string, OutboxEntry>()
  private readonly byAlert = new Map<string, Set<string>>()

  constructor(
    private readonly producer: BusProducer | null,
    private readonly topic: string,
  ) {}

  has(key: string): boolean {
    return this.entries.has(key)
  }

  /** How `outlet` heard of incident `alertId` so far. */
  heard(alertId: string, outlet: string): 'no' | 'direct' | 'digest' {
    let how: 'no' | 'direct' | 'digest' = 'no'
    for (const k of this.byAlert.get(alertId) ?? []) {
      const e = this.entries.get(k)!
      if (e.outlet !== outlet || e.event === 'unacknowledged' || e.state === 'cancelled') continue
      if (e.digestSlot === null) return 'direct'
      how = 'digest'
    }
    return how
  }

  /** Pending deliveries of `outlet` due by `nowMs`, earliest first. */
  due(outlet: string, nowMs: number): OutboxEntry[] {
    const out: OutboxEntry[] = []
    for (const e of this.entries.values())
      if (e.outlet === outlet && e.state === 'pending' && e.dueMs <= nowMs) out.push(e)
    return out.sort((a, b) => a.dueMs - b.dueMs)
  }

  pending(): number {
    let n = 0
    for (const e of this.entries.values()) if (e.state === 'pending') n++
    return n
  }

  /**
   * Durable first (the broker confirms), then in memory. A finished delivery keeps only what
   * dedupe and routing read (its key, outlet, event, the incident's id and version): the outbox
   * holds every delivery ever made, so its records must stay small.
   */
  async put(given: OutboxEntry[]): Promise<void> {
    if (given.length === 0) return
    const list = given.map((e) => (e.state === 'pending' ? e : { ...e, alert: slim(e.alert) }))
    await this.producer?.send(
      this.topic,
      list.map((e) => ({ key: e.key, value: JSON.stringify(e) })),
    )
    for (const e of list) this.apply(e)
  }

  apply(e: OutboxEntry): void {
    this.entries.set(e.key, e)
    const set = this.byAlert.get(e.alert.id)
    if (set) set.add(e.key)
    else this.byAlert.set(e.alert.id, new Set([e.key]))
  }
}

function slim(a: Alert): Alert {
  return {
    ...a,
    signals: [],
    drivers: { hashtags: [], terms: [], platforms: [], languages: [] },
    headline: '',
    sampleMentionIds: [],
  }
}

function isEntry(v: unknown): v is OutboxEntry {
  const e = v as OutboxEntry
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.key === 'string' &&
    typeof e.outlet === 'string' &&
    typeof e.alert?.id === 'string' &&
    typeof e.dueMs === 'number' &&
    typeof e.attempts === 'number'
  )
}

/**
 * Read the compacted outbox topic from the start to its end at the time of the call (own,
 * unique consumer group), then stop reading: from then on this process is its only writer.
 */
export async function loadOutbox(opts: {
  kafka: Kafka
  producer: BusProducer
  topic: string
  groupId: string
  logger: Logger
  timeoutMs?: number
}): Promise<Outbox> {
  const outbox = new Outbox(opts.producer, opts.topic)
  const read = await readToEnd({
    ...opts,
    timeoutMs: opts.timeoutMs ?? 60_000,
    stopAtEnd: true,
    onRecord: (r) => {
      if (r.value === null || r.value.length === 0) return
      try {
        const v: unknown = JSON.parse(r.value.toString('utf8'))
        if (isEntry(v)) outbox.apply(v)
        else opts.logger.warn({ event: 'outbox_record_unreadable', offset: r.offset })
      } catch (err) {
        opts.logger.warn({ event: 'outbox_record_unreadable', offset: r.offset, err })
      }
    },
  })
  const missing = await read.caughtUp
  if (missing.length > 0) {
    // Starting without the whole outbox could send twice: refuse, a supervisor retries.
    throw new Error(`outbox ${opts.topic} not read to its end (partitions ${missing.join(', ')})`)
  }
  return outbox
}
