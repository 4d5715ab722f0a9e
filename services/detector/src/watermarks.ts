/**
 * Which enriched records each brand's state already holds, as the highest offset observed per
 * partition. Checkpointed beside the brand's state instead of the ids of its open minute: a few
 * numbers whatever the burst (ids passed Kafka's 1 MiB record limit at 5,000 mentions a
 * second). After a restore, a redelivered record (at or below the mark: consumed before the
 * checkpoint, not yet committed) is skipped; during a run the engine's in-memory ids also
 * catch a mention repeated at a new offset (re-enriched upstream).
 */
export type Offsets = Record<string, string>

export interface Watermarks {
  /** True when `brand`'s state already holds the record at `offset` of `partition`. */
  holds(brand: string, partition: number, offset: string): boolean
  /** The record was observed. */
  advance(brand: string, partition: number, offset: string): void
  /** For the checkpoint: partition → highest offset observed. */
  of(brand: string): Offsets | undefined
  /** From a checkpoint (ignored when malformed: then nothing is skipped). */
  restore(brand: string, offsets: unknown): void
  forget(brand: string): void
}

const isOffset = (v: unknown): v is string => typeof v === 'string' && /^\d{1,19}$/.test(v)

export function createWatermarks(): Watermarks {
  const marks = new Map<string, Map<number, bigint>>()
  return {
    holds(brand, partition, offset) {
      const mark = marks.get(brand)?.get(partition)
      return mark !== undefined && BigInt(offset) <= mark
    },
    advance(brand, partition, offset) {
      let m = marks.get(brand)
      if (m === undefined) {
        m = new Map()
        marks.set(brand, m)
      }
      const o = BigInt(offset)
      const cur = m.get(partition)
      if (cur === undefined || o > cur) m.set(partition, o)
    },
    of(brand) {
      const m = marks.get(brand)
      if (m === undefined) return undefined
      return Object.fromEntries([...m].map(([p, o]) => [String(p), o.toString()]))
    },
    restore(brand, offsets) {
      if (typeof offsets !== 'object' || offsets === null) return
      const m = new Map<number, bigint>()
      for (const [p, o] of Object.entries(offsets)) {
        const part = Number(p)
        if (Number.isInteger(part) && part >= 0 && isOffset(o)) m.set(part, BigInt(o))
      }
      marks.set(brand, m)
    },
    forget: (brand) => {
      marks.delete(brand)
    },
  }
}

/** A brand's checkpoint record: the engine's snapshot and the offsets it holds. */
export function checkpointValue(snapshot: unknown, offsets: Offsets | undefined): string {
  return JSON.stringify(
    offsets === undefined ? snapshot : { ...(snapshot as Record<string, unknown>), offsets },
  )
}
