/**
 * What the sink knows about mention events it already archived, so that it does not ask
 * ClickHouse before every insert (that query cost as much as an insert per batch and grows with
 * the archive: the ids of a batch are spread over every granule of the table).
 *
 * Where a repeated event can come from, and what catches it:
 * - A redelivery to this sink (a crash or rebalance between insert and commit, a retried
 *   batch): the records sit at or after the committed offset, so they are among the first
 *   records of a partition after it was (re)assigned, or in a batch whose insert failed.
 *   Those records are checked against the store (`mustCheck`).
 * - A repeat from upstream (the enricher re-enriches what it had not committed when it was
 *   killed; a platform sends a post twice): it lands a few thousand records after the first
 *   copy, on the same partition (same key). The per-partition window of recently archived
 *   identities catches it without a query; right after a (re)assignment the store check covers
 *   the first `resumeCheckRecords`, which reach back over the enricher's in-flight window.
 * A repeat further back than the window, arriving while no store check is due, would be
 * archived twice; the window size bounds memory (about 100 bytes an identity).
 */
export interface RecentOptions {
  /** Identities remembered per partition. */
  windowPerPartition: number
  /** After a (re)assignment or a failed insert, this many records of the partition are checked in the store. */
  resumeCheckRecords: number
}

interface PartitionMemory {
  seen: Set<string>
  order: string[]
  head: number
  /** Records still to check against the store. */
  checkLeft: number
}

export interface RecentIdentities {
  /** True when this record of `partition` must be checked against the store; counts it. */
  mustCheck(partition: number): boolean
  /** Archived (or checked and found archived) in this process, recently. */
  has(partition: number, identity: string): boolean
  /** Remember identities confirmed archived. */
  remember(partition: number, identities: Iterable<string>): void
  /** The partition may hold records stored by someone else or by an insert of unknown outcome. */
  distrust(partition: number): void
  /** After a rebalance: forget partitions no longer held, distrust every one still held. */
  reassigned(partitions: number[]): void
  size(): number
}

export function createRecentIdentities(opts: RecentOptions): RecentIdentities {
  const parts = new Map<number, PartitionMemory>()
  const get = (p: number): PartitionMemory => {
    let m = parts.get(p)
    if (m === undefined) {
      // A partition first seen here: whatever came before us may be archived already.
      m = { seen: new Set(), order: [], head: 0, checkLeft: opts.resumeCheckRecords }
      parts.set(p, m)
    }
    return m
  }
  return {
    mustCheck(p) {
      const m = get(p)
      if (m.checkLeft <= 0) return false
      m.checkLeft--
      return true
    },
    has: (p, id) => get(p).seen.has(id),
    remember(p, ids) {
      const m = get(p)
      for (const id of ids) {
        if (m.seen.has(id)) continue
        m.seen.add(id)
        m.order.push(id)
        if (m.seen.size > opts.windowPerPartition) m.seen.delete(m.order[m.head++]!)
      }
      // Compact the eviction queue now and then instead of shifting it on every eviction.
      if (m.head > opts.windowPerPartition) {
        m.order = m.order.slice(m.head)
        m.head = 0
      }
    },
    distrust(p) {
      get(p).checkLeft = opts.resumeCheckRecords
    },
    reassigned(held) {
      const keep = new Set(held)
      for (const p of [...parts.keys()]) if (!keep.has(p)) parts.delete(p)
      for (const p of held) get(p).checkLeft = opts.resumeCheckRecords
    },
    size: () => {
      let n = 0
      for (const m of parts.values()) n += m.seen.size
      return n
    },
  }
}
