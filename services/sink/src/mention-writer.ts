/**
 * One writer for the mentions of every partition this sink holds. Each partition's batch hands
 * its rows in and waits; the writer inserts whatever is waiting as one block per table, one
 * block at a time, so while ClickHouse writes a block the next one fills up (the batch grows
 * with the load, and a lone mention is written at once). Per-partition batches used to make
 * their own inserts: many small blocks, each with a query for ids already stored.
 */
import { backoffMs, classifyError } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import {
  existingEventKeys,
  insertMentionStream,
  type MentionStreamLine,
  repairEventViews,
  type Store,
} from '@vigil/store'
import { applyDeletionPolicy, type KeptMention, storeEvidence } from './compliance.js'
import { insertIsolating } from './isolate.js'
import type { SinkMetrics } from './metrics.js'
import type { RecentIdentities } from './recent.js'
import { storeCall } from './retry.js'

export interface PendingMention {
  partition: number
  /** What the writer and the compliance steps read of it (not the whole decoded mention). */
  mention: KeptMention
  /** Its one row for `mention_stream`, encoded once (`mentionStreamLine`: TSV, as UTF-8 bytes off the JS heap). */
  line: MentionStreamLine
  /** `id \0 event_key` */
  identity: string
  /** Check the store before archiving (see recent.ts). */
  check: boolean
  /** ClickHouse refused this row's values: dead-letter it (its neighbours are stored). */
  onRejected: (err: Error) => Promise<void>
}

export interface MentionWriter {
  /** Resolves once every row is stored (or dead-lettered); rejects when the block failed for good. */
  write(items: PendingMention[]): Promise<void>
  /** Resolves when fewer than two blocks' rows wait: the consumer's backpressure. */
  room(): Promise<void>
}

interface Waiting {
  items: PendingMention[]
  resolve: () => void
  reject: (err: unknown) => void
  /** When it was handed in (ms, monotonic). */
  at: number
}

/**
 * The writer's clock and timer. Injected so that a test can drive the linger by hand instead of
 * waiting real time (a busy machine makes real-time thresholds flaky).
 */
export interface WriterClock {
  /** Ms, monotonic. */
  now(): number
  /** Calls `fn` after `ms`; returns a cancel. */
  after(ms: number, fn: () => void): () => void
}

export const realClock: WriterClock = {
  now: () => performance.now(),
  after: (ms, fn) => {
    const t = setTimeout(fn, ms)
    return () => clearTimeout(t)
  },
}

/** Ids per existence query: a query parameter travels in the URL on a server (1 MiB default). */
const CHECK_CHUNK = 10_000

export function createMentionWriter(deps: {
  store: Store
  recent: RecentIdentities
  /** Rows per insert; more waiting rows are written in several blocks. */
  maxRows: number
  metrics: SinkMetrics | undefined
  log: Logger
  topic: string
  timed: <T>(table: string, rows: number, fn: () => Promise<T>) => Promise<T>
  /** Retries of a block after transient errors before the sink crashes (about a minute). */
  maxRetries?: number
  /** Platform → what a deletion does (compliance.ts); default: X purges, others keep. */
  deletionPolicy?: Readonly<Record<string, 'purge' | 'keep'>> | undefined
  /**
   * A block smaller than `minRows` waits until its oldest rows are `lingerMs` old (see
   * "Larger blocks" in the README: each insert costs chDB a fixed ~45 ms of CPU). 0: at once.
   */
  linger?: { minRows: number; lingerMs: number }
  /** Default: `performance.now` and `setTimeout`. */
  clock?: WriterClock
}): MentionWriter {
  const clock = deps.clock ?? realClock
  const queue: Waiting[] = []
  let running = false
  /** Cancels the pending linger timer; undefined when none is set. */
  let timer: (() => void) | undefined
  const minRows = deps.linger?.minRows ?? 0
  const lingerMs = deps.linger?.lingerMs ?? 0
  /** Ms the queue should still wait for more rows; 0: write now. */
  const lingerLeft = () =>
    queue.length === 0 || queuedRows >= minRows ? 0 : Math.max(0, lingerMs - (clock.now() - queue[0]!.at))
  /** Drain now, or when the oldest waiting rows have lingered long enough. */
  const schedule = () => {
    if (running || timer !== undefined) return
    const wait = lingerLeft()
    if (wait <= 0) {
      void drain()
      return
    }
    timer = clock.after(wait, () => {
      timer = undefined
      void drain()
    })
  }
  let queuedRows = 0
  let roomWaiters: Array<() => void> = []
  const hasRoom = () => queuedRows < 2 * deps.maxRows
  const wakeRoom = () => {
    if (!hasRoom()) return
    for (const w of roomWaiters) w()
    roomWaiters = []
  }

  async function drain(): Promise<void> {
    if (running) return
    running = true
    try {
      while (queue.length > 0 && lingerLeft() <= 0) {
        const group: Waiting[] = [queue.shift()!]
        let rows = group[0]!.items.length
        while (queue.length > 0 && rows + queue[0]!.items.length <= deps.maxRows) {
          rows += queue[0]!.items.length
          group.push(queue.shift()!)
        }
        const items = group.flatMap((w) => w.items)
        try {
          for (let i = 0; i < items.length; i += deps.maxRows) {
            await withRetries(items.slice(i, i + deps.maxRows))
          }
          for (const w of group) w.resolve()
        } catch (err) {
          // Whether any of it was written is unknown: the redelivery is checked in the store.
          for (const it of items) deps.recent.distrust(it.partition)
          for (const w of group) w.reject(err)
        } finally {
          queuedRows -= items.length
          wakeRoom()
        }
      }
    } finally {
      running = false
      if (queue.length > 0) schedule()
    }
  }

  /** Transient ClickHouse trouble is retried here, with backoff: the consumer has moved on. */
  async function withRetries(items: PendingMention[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await flush(items)
        return
      } catch (err) {
        if (classifyError(err) !== 'retriable' || attempt >= (deps.maxRetries ?? 8)) throw err
        // Part of the block may be stored: check all of it in the store this time.
        for (const it of items) it.check = true
        const waitMs = backoffMs(attempt)
        deps.log.warn({ event: 'mention_block_retry', rows: items.length, attempt, waitMs, err })
        await new Promise<void>((r) => clock.after(waitMs, r))
      }
    }
  }

  async function flush(items: PendingMention[]): Promise<void> {
    const { recent, store } = deps
    // A repeat the window remembers is confirmed in the store, not skipped on its fingerprint.
    // Its first copy's insert returned here, views included, so it needs no view repair.
    const repeatOfOurs = new Set<PendingMention>()
    for (const it of items) {
      if (it.check || !recent.mayHave(it.partition, it.identity)) continue
      it.check = true
      repeatOfOurs.add(it)
    }
    const toCheck = [...new Set(items.filter((it) => it.check).map((it) => it.mention.id))]
    const stored = new Set<string>()
    for (let i = 0; i < toCheck.length; i += CHECK_CHUNK) {
      const ids = toCheck.slice(i, i + CHECK_CHUNK)
      const started = performance.now()
      const found = await storeCall('read stored events', () => existingEventKeys(store, ids))
      deps.metrics?.insertDurationMs.observe({ table: 'stored_events_check' }, performance.now() - started)
      for (const k of found) stored.add(k)
    }
    const fresh = new Set<PendingMention>()
    const inBlock = new Set<string>()
    for (const it of items) {
      if (stored.has(it.identity) || inBlock.has(it.identity)) continue
      inBlock.add(it.identity)
      fresh.add(it)
    }
    const skipped = items.length - fresh.size
    if (skipped > 0) {
      deps.metrics?.duplicatesSkipped.inc({ topic: deps.topic }, skipped)
      deps.log.debug({ event: 'duplicates_skipped', count: skipped })
    }
    const rejected = new Set<PendingMention>()
    // One block into `mention_stream` (store migration 016), whose views write both tables:
    // every state row (a repeat collapses in ReplacingMergeTree) and, marked `archive`, each
    // event once (the archive's inserts feed the per-minute counts).
    await insertIsolating(
      items,
      async (xs) => {
        // Evidence first: a crash after it re-sends the block, whose evidence rows collapse by key.
        const sealed = xs.filter((x) => fresh.has(x)).map((x) => x.mention)
        if (sealed.length > 0) await deps.timed('evidence', sealed.length, () => storeEvidence(store, sealed))
        const rows = xs.map((x) => ({ line: x.line, archive: fresh.has(x) }))
        await deps.timed('mention_stream', xs.length, () => insertMentionStream(store, rows))
        deps.metrics?.rowsInserted.inc({ table: 'mentions' }, xs.length)
        deps.metrics?.rowsInserted.inc({ table: 'mention_events' }, rows.filter((r) => r.archive).length)
      },
      (it, err) => {
        rejected.add(it)
        return it.onRejected(err)
      },
    )
    // Events found archived may come from an insert that died between its `mention_events`
    // part and its views' parts (a kill -9, a failed view insert): skipping them is right for
    // the archive but left the per-minute and per-hour aggregates short. Recompute the buckets
    // they fall in from the archive (view-repair.ts in @vigil/store). After this block's own
    // insert, so that no insert of this writer is half done; the writer runs one block at a time.
    const archived = items.filter(
      (it) => stored.has(it.identity) && it.mention.event === 'create' && !repeatOfOurs.has(it),
    )
    if (archived.length > 0) {
      await storeCall('repair views', () =>
        repairEventViews(
          store,
          archived.map((it) => ({ id: it.mention.id, createdAt: it.mention.createdAt })),
        ),
      )
      deps.log.info({ event: 'views_repaired', archived: archived.length })
    }
    // Over every stored item, not only fresh ones: a purge cut short by a crash is redone.
    const kept = items.filter((it) => !rejected.has(it)).map((it) => it.mention)
    await storeCall('deletion policy', () => applyDeletionPolicy(store, kept, deps.deletionPolicy))
    for (const it of items) if (!rejected.has(it)) recent.remember(it.partition, [it.identity])
  }

  return {
    write: (items) =>
      items.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            queue.push({ items, resolve, reject, at: clock.now() })
            queuedRows += items.length
            if (queuedRows >= minRows && timer !== undefined) {
              timer()
              timer = undefined
            }
            schedule()
          }),
    room: () => (hasRoom() ? Promise.resolve() : new Promise<void>((r) => roomWaiters.push(r))),
  }
}
