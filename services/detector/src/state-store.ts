/**
 * The latest checkpoint of every brand, tailed from the compacted detector.state topic. Each
 * detector instance reads the whole topic (its own consumer group), so when a partition moves
 * to it, the previous owner's last checkpoint of those brands is already here.
 */
import { readToEnd } from '@vigil/bus'
import type { Logger } from '@vigil/config'

/** The KafkaJS client as @vigil/bus takes it (no direct kafkajs dependency here). */
type Kafka = Parameters<typeof readToEnd>[0]['kafka']

export interface StateStore {
  get(brand: string): unknown
  /** Resolves once everything present at start-up has been read (or after `timeoutMs`). */
  ready: Promise<void>
  stop(): Promise<void>
}

export async function startStateStore(opts: {
  kafka: Kafka
  topic: string
  groupId: string
  logger: Logger
  timeoutMs?: number
}): Promise<StateStore> {
  const latest = new Map<string, unknown>()
  const read = await readToEnd({
    ...opts,
    timeoutMs: opts.timeoutMs ?? 30_000,
    stopAtEnd: false,
    onRecord: (r) => {
      const key = r.key?.toString('utf8')
      if (key === undefined) return
      if (r.value === null || r.value.length === 0) latest.delete(key)
      else {
        try {
          latest.set(key, JSON.parse(r.value.toString('utf8')))
        } catch (err) {
          opts.logger.warn({ event: 'checkpoint_unreadable', brand: key, offset: r.offset, err })
        }
      }
    },
  })
  const ready = read.caughtUp.then((missing) => {
    if (missing.length > 0) opts.logger.warn({ event: 'checkpoint_read_timeout', partitions: missing })
  })
  return { get: (brand) => latest.get(brand), ready, stop: read.stop }
}
