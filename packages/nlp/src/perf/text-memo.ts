/**
 * A bounded memo of a pure function's answers by string key, in two generations: a key is
 * looked up in the young map, then in the old one (and moved back to the young one when
 * found there); when the young map is full it becomes the old one and the previous old one
 * is dropped. So at most 2 × `perGeneration` entries are held, the keys asked for recently
 * stay, and no bookkeeping is done per hit (a Map in insertion order, no linked list).
 *
 * Why not clear-when-full (the segmentation memo's rule): a clear forgets the reposts of the
 * last minute at once, just when a storm of them is running; here a key asked for within the
 * last `perGeneration` insertions is always found.
 */
export class TwoGenerationMemo<V> {
  private young = new Map<string, V>()
  private old = new Map<string, V>()

  constructor(private readonly perGeneration: number) {
    if (!Number.isInteger(perGeneration) || perGeneration < 1) {
      throw new RangeError(`memo generation size must be a positive integer, got ${perGeneration}`)
    }
  }

  get(key: string): V | undefined {
    const y = this.young.get(key)
    if (y !== undefined) return y
    const o = this.old.get(key)
    if (o !== undefined) {
      this.old.delete(key)
      this.set(key, o)
    }
    return o
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.perGeneration) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
  }

  /** Entries held (both generations). */
  get size(): number {
    return this.young.size + this.old.size
  }
}
