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

/**
 * The 32-bit hashes of recently seen texts in a fixed table (one slot per hash's low bits, a
 * newer text taking the slot): "was this text probably seen before?" with no allocation per
 * text. The enricher keeps a reading only for a text seen before, so a stream of texts seen
 * once (most posts) leaves nothing behind for the garbage collector: a memo that kept every
 * text's reading made each reading live through a few thousand posts and die in the old
 * generation (first sight and the bare-JSON loop beside it both ran slower in enrich-bench
 * with it). A false "yes"
 * (two texts with one hash) only keeps a reading that is never used; a false "no" (the slot
 * taken by a newer text) only reads a repost once more.
 */
export class SeenHashes {
  private readonly table: Uint32Array
  private readonly mask: number

  constructor(bits = 16) {
    this.table = new Uint32Array(1 << bits)
    this.mask = (1 << bits) - 1
  }

  /** True when `text`'s hash was marked since its slot was last taken; marks it either way. */
  seenBefore(text: string): boolean {
    // FNV-1a over the code units, never 0 (0 is an empty slot).
    let h = 0x811c9dc5
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    h = h >>> 0 || 1
    const slot = (h ^ (h >>> 16)) & this.mask
    if (this.table[slot] === h) return true
    this.table[slot] = h
    return false
  }
}
