/**
 * Strings to small integer slots, in an open-addressing hash table: what the author guard
 * keeps its ~10⁵ authors per brand in (see authors.ts).
 *
 * Why not a Map: each author of a crowd is added once and forgotten about two hours later, so
 * a Map did get + set on the first post and get + delete at the prune, each a few cache
 * misses on a table that large (Map's chains hold pointers to the key strings, read on every
 * comparison): ~27-40 % of the engine's time on a busy stream. Here a single probe finds or
 * adds a key, and a probe compares 32-bit hashes kept in the table itself, reading a key
 * string only when the hashes match.
 *
 * The table and the owner's per-slot data are plain arrays of numbers, not typed arrays:
 * typed arrays live outside the V8 heap, and the garbage of their growth (tens of MB on a
 * busy stream) made V8 run extra full collections (external memory pressure), which cost more
 * CPU than the probes saved. Slots are dense (a freed slot is reused); the owner grows its
 * per-slot arrays through `onGrow`.
 */

export class StringSlots {
  /**
   * Cell i is `cells[2i]` = the key's hash and `cells[2i + 1]` = its slot + 1 (0: empty).
   * Linear probing in a power-of-two table at most half full; deletion shifts entries back
   * (no tombstones), so a probe ends at the first empty cell.
   */
  private cells: number[]
  private mask: number
  /** Key of each slot ('' when free). */
  private readonly keys: string[] = []
  /** Hash of each slot's key: removing a slot finds its cell without hashing the key again. */
  private hashes: number[]
  private readonly free: number[] = []
  size = 0
  /** Slots are below this; per-slot arrays kept alongside must be at least this long. */
  capacity: number

  /** `onGrow(capacity)` is called when slots outgrow the capacity, before the new slot is used. */
  constructor(
    capacity: number,
    private readonly onGrow: (capacity: number) => void = () => {},
  ) {
    this.capacity = capacity
    this.mask = 2 * capacity - 1
    this.cells = zeros(4 * capacity)
    this.hashes = zeros(capacity)
    if ((capacity & (capacity - 1)) !== 0) throw new Error('StringSlots capacity must be a power of two')
  }

  /** The slot of `key`, −1 when absent. */
  find(key: string): number {
    const cell = this.cellOf(key, hashOf(key))
    return cell < 0 ? -1 : this.cells[2 * cell + 1]! - 1
  }

  /**
   * The slot of `key`, added if absent; `added` tells which. One probe for both (the author
   * guard's common case is a new author).
   */
  findOrAdd(key: string): number {
    const h = hashOf(key)
    const cells = this.cells
    let i = h & this.mask
    for (;;) {
      const s = cells[2 * i + 1]!
      if (s === 0) break
      if (cells[2 * i] === h && this.keys[s - 1] === key) {
        this.added = false
        return s - 1
      }
      i = (i + 1) & this.mask
    }
    this.added = true
    const slot = this.newSlot(key)
    this.hashes[slot] = h
    if (this.cells !== cells) {
      // The table grew: the empty cell found above is in the old one.
      this.place(h, slot)
    } else {
      cells[2 * i] = h
      cells[2 * i + 1] = slot + 1
    }
    this.size++
    return slot
  }

  /** Whether the last `findOrAdd` added its key. */
  added = false

  keyOf(slot: number): string {
    return this.keys[slot]!
  }

  /** Forget `key` (its slot becomes free); false when absent. */
  remove(key: string): boolean {
    const slot = this.find(key)
    if (slot < 0) return false
    this.removeSlot(slot)
    return true
  }

  /** Forget the key in `slot` (a slot in use), which becomes free. */
  removeSlot(slot: number): void {
    const cells = this.cells
    const mask = this.mask
    let i = this.hashes[slot]! & mask
    while (cells[2 * i + 1] !== slot + 1) i = (i + 1) & mask
    this.keys[slot] = ''
    this.free.push(slot)
    this.size--
    // Shift back the entries after the hole whose probe passed through it.
    let j = i
    for (;;) {
      j = (j + 1) & mask
      if (cells[2 * j + 1] === 0) break
      const home = cells[2 * j]! & mask
      if (((j - home) & mask) >= ((j - i) & mask)) {
        cells[2 * i] = cells[2 * j]!
        cells[2 * i + 1] = cells[2 * j + 1]!
        i = j
      }
    }
    cells[2 * i] = 0
    cells[2 * i + 1] = 0
  }

  /** The cell holding `key` (hash `h`), −1 when absent. */
  private cellOf(key: string, h: number): number {
    const cells = this.cells
    let i = h & this.mask
    for (;;) {
      const s = cells[2 * i + 1]!
      if (s === 0) return -1
      if (cells[2 * i] === h && this.keys[s - 1] === key) return i
      i = (i + 1) & this.mask
    }
  }

  private newSlot(key: string): number {
    let slot = this.free.pop()
    if (slot === undefined) {
      slot = this.keys.length
      if (slot >= this.capacity) this.grow()
      this.keys.push(key)
    } else this.keys[slot] = key
    return slot
  }

  /** Double the slots and the table (rehashing every key), keeping the table at most half full. */
  private grow(): void {
    const old = this.cells
    this.capacity *= 2
    this.mask = 2 * this.capacity - 1
    this.cells = zeros(4 * this.capacity)
    for (let c = 0; c < old.length; c += 2) if (old[c + 1] !== 0) this.place(old[c]!, old[c + 1]! - 1)
    this.hashes = this.hashes.concat(zeros(this.capacity - this.hashes.length))
    this.onGrow(this.capacity)
  }

  /** Put slot `slot` (hash `h`) in the first empty cell of its probe. */
  private place(h: number, slot: number): void {
    const cells = this.cells
    let i = h & this.mask
    while (cells[2 * i + 1] !== 0) i = (i + 1) & this.mask
    cells[2 * i] = h
    cells[2 * i + 1] = slot + 1
  }
}

/** FNV-1a over the UTF-16 code units, then a murmur3 finaliser (linear probing wants the low bits mixed). */
function hashOf(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** A packed array of `n` zeros (small integers: stored untagged, on the V8 heap). */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0)
}
