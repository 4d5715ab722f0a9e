/**
 * What the sink knows about mention events it already archived, so that it does not ask
 * ClickHouse before every insert (that query cost as much as an insert per batch and grows with
 * the archive: the ids of a batch are spread over every granule of the table).
 *
 * Where a repeated event can come from, and what catches it:
 * - Records that were already on the partition when this sink was assigned it (a redelivery
 *   after a crash or rebalance between insert and commit, a replay by a new group): someone may
 *   have stored them. They are checked against the store: every record below the partition's
 *   end offset at assignment (`assigned`; all of them until that offset is known).
 * - A block whose insert failed: its records are checked again (`distrust`, `resumeCheckRecords`).
 * - A repeat from upstream (the enricher re-enriches what it had not committed when it was
 *   killed; a platform sends a post twice): it lands a few thousand records after the first
 *   copy, on the same partition (same key). The per-partition window of recently archived
 *   identities spots it, when this sink archived the first copy, and only then is the record
 *   checked in the store (the window holds fingerprints, fingerprint-window.ts: a hit is a
 *   "maybe", confirmed by the store, so a collision costs a query, never a mention).
 * - The same repeat on a partition this sink has just taken over (a rebalance, a restart): the
 *   first copy was archived by the previous owner, out of this memory. The first
 *   `resumeCheckRecords` records after the assignment are checked in the store too (two sinks
 *   in one group archived such repeats twice when the redelivery outran the end-offset query).
 * A repeat from upstream further back than the window would be archived twice; the window
 * bounds memory (about 30 bytes an identity, outside the JS heap: the strings it held before
 * made every major GC slower as the window filled).
 */
import { createFingerprintWindow, type FingerprintWindow } from './fingerprint-window.js'

export interface RecentOptions {
  /** Identities remembered per partition. */
  windowPerPartition: number
  /**
   * After taking a partition over, or after a failed insert, this many records of it (beyond
   * those already there at assignment) are checked in the store.
   */
  resumeCheckRecords: number
}

interface PartitionMemory {
  seen: FingerprintWindow
  /** Records still to check against the store. */
  checkLeft: number
  /** Records below this offset predate the assignment; null: not known yet (check all). */
  checkBelow: bigint | null
}

export interface RecentIdentities {
  /** True when the record at `offset` of `partition` must be checked against the store. */
  mustCheck(partition: number, offset: string): boolean
  /**
   * Maybe archived (or checked and found archived) in this process, recently: check it in the
   * store before skipping it.
   */
  mayHave(partition: number, identity: string): boolean
  /** Remember identities confirmed archived. */
  remember(partition: number, identities: Iterable<string>): void
  /** The partition may hold records stored by someone else or by an insert of unknown outcome. */
  distrust(partition: number): void
  /** After a rebalance: forget partitions no longer held; check every held one until `assigned`. */
  reassigned(partitions: number[]): void
  /** The end offsets of the held partitions at assignment: what lies below may be stored. */
  assigned(endOffsets: Map<number, string>): void
  size(): number
}

export function createRecentIdentities(opts: RecentOptions): RecentIdentities {
  const parts = new Map<number, PartitionMemory>()
  const get = (p: number): PartitionMemory => {
    let m = parts.get(p)
    if (m === undefined) {
      // A partition first seen here: whatever came before us may be archived already.
      m = { seen: createFingerprintWindow(opts.windowPerPartition), checkLeft: 0, checkBelow: null }
      parts.set(p, m)
    }
    return m
  }
  return {
    mustCheck(p, offset) {
      const m = get(p)
      if (m.checkBelow === null || BigInt(offset) < m.checkBelow) return true
      if (m.checkLeft > 0) {
        m.checkLeft--
        return true
      }
      return false
    },
    mayHave: (p, id) => get(p).seen.mayHave(id),
    remember(p, ids) {
      const m = get(p)
      for (const id of ids) m.seen.add(id)
    },
    distrust(p) {
      get(p).checkLeft = opts.resumeCheckRecords
    },
    reassigned(held) {
      const keep = new Set(held)
      for (const p of [...parts.keys()]) if (!keep.has(p)) parts.delete(p)
      for (const p of held) {
        // Taken over: its recent history was archived by someone else.
        if (!parts.has(p)) get(p).checkLeft = opts.resumeCheckRecords
        get(p).checkBelow = null
      }
    },
    assigned(ends) {
      for (const [p, end] of ends) {
        const m = parts.get(p)
        if (m !== undefined && m.checkBelow === null) m.checkBelow = BigInt(end)
      }
    },
    size: () => {
      let n = 0
      for (const m of parts.values()) n += m.seen.size
      return n
    },
  }
}
