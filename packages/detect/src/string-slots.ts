/**
 * Strings to small integer slots, in an open-addressing hash table: what the author guard
 * keeps its ~10⁵ authors per brand in (see authors.ts).
 *
 * Why not a Map: each author of a crowd is added once and forgotten about two hours later, so
 * a Map did get + set on the first post and get + delete at the prune, each a few cache
 * misses on a table that large (Map's chains hold pointers to the key strings, read on every
 * comparison): ~27-40 % of the engine's time on a busy stream. Here a single probe finds or
 * adds a key, and a probe compares a tag of the hash kept in the table itself, reading a key
 * string only when the tags match.
 *
 * The cells and hashes are `Int32Array`s: 4 bytes a cell where a plain array of small
 * integers takes 8 (no pointer compression in Node), so the table a probe misses into is half
 * as large (a busy brand's is 2 MB as a plain array). The owner's per-slot data stays in plain
 * arrays: typed arrays live outside the V8 heap, and the garbage of the data's growth (tens of
 * MB on a busy stream) made V8 run extra full collections (external memory pressure); cells
 * and hashes take 12 bytes a slot against the data's 32 and showed no such cost (README,
 * Throughput, detect8). Slots are dense (a freed slot is reused); the owner grows its per-slot
 * arrays through `onGrow`.
 */

export class StringSlots {
  /**
   * Linear probing in a power-of-two table of `2 × capacity` cells (at most half full);
   * deletion shifts entries back (no tombstones), so a probe ends at the first empty cell.
   * A cell is one 32-bit integer: its low `slotBits` bits hold the slot + 1 (0: empty), the
   * bits above a tag taken from the key's hash, so a probe reads one number per cell and a
   * key string only when the tag matches. (Hash and slot in two
   * numbers per cell made the table twice as large: twice the memory to allocate and zero at
   * each growth, a good part of a busy stream's first hour.)
   */
  private cells: Int32Array
  /** `2 × capacity − 1`: home cell of a hash, and the slot + 1 part of a cell. */
  private mask: number
  private slotBits: number
  /** Bits of the tag (30 − slotBits: cells stay below 2³⁰). */
  private tagBits: number
  /** Key of each slot ('' when free). */
  private readonly keys: string[] = []
  /** Full hash of each slot's key: the home cell of an entry when removing and growing. */
  private hashes: Int32Array
  private readonly free: number[] = []
  size = 0
  /** Slots are below this; per-slot arrays kept alongside must be at least this long. */
  capacity: number

  /** `onGrow(capacity)` is called when slots outgrow the capacity, before the new slot is used. */
  constructor(
    capacity: number,
    private readonly onGrow: (capacity: number) => void = () => {},
  ) {
    if ((capacity & (capacity - 1)) !== 0) throw new Error('StringSlots capacity must be a power of two')
    this.capacity = capacity
    this.mask = 2 * capacity - 1
    this.slotBits = Math.log2(2 * capacity)
    this.tagBits = Math.max(0, 30 - this.slotBits)
    this.cells = new Int32Array(2 * capacity)
    this.hashes = new Int32Array(capacity)
  }

  /** The slot of `key`, −1 when absent. */
  find(key: string): number {
    const cell = this.cellOf(key, hashOf(key))
    return cell < 0 ? -1 : (this.cells[cell]! & this.mask) - 1
  }

  /**
   * The slot of `key`, added if absent; `added` tells which. One probe for both (the author
   * guard's common case is a new author).
   */
  findOrAdd(key: string): number {
    const h = hashOf(key)
    const cells = this.cells
    const mask = this.mask
    const tag = this.tagOf(h)
    let i = h & mask
    for (;;) {
      const c = cells[i]!
      if (c === 0) break
      if (c >>> this.slotBits === tag && this.keys[(c & mask) - 1] === key) {
        this.added = false
        return (c & mask) - 1
      }
      i = (i + 1) & mask
    }
    this.added = true
    const slot = this.newSlot(key)
    this.hashes[slot] = h
    // The table grew: the empty cell found above is in the old one.
    if (this.cells !== cells) this.place(h, slot)
    else cells[i] = this.cellFor(h, slot)
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
    while ((cells[i]! & mask) !== slot + 1) i = (i + 1) & mask
    this.keys[slot] = ''
    this.free.push(slot)
    this.size--
    // Shift back the entries after the hole whose probe passed through it.
    let j = i
    for (;;) {
      j = (j + 1) & mask
      const c = cells[j]!
      if (c === 0) break
      const home = this.hashes[(c & mask) - 1]! & mask
      if (((j - home) & mask) >= ((j - i) & mask)) {
        cells[i] = c
        i = j
      }
    }
    cells[i] = 0
  }

  /** The cell holding `key` (hash `h`), −1 when absent. */
  private cellOf(key: string, h: number): number {
    const cells = this.cells
    const mask = this.mask
    const tag = this.tagOf(h)
    let i = h & mask
    for (;;) {
      const c = cells[i]!
      if (c === 0) return -1
      if (c >>> this.slotBits === tag && this.keys[(c & mask) - 1] === key) return i
      i = (i + 1) & mask
    }
  }

  /** The hash's top `tagBits` bits (the home cell comes from the low bits). */
  private tagOf(h: number): number {
    return this.tagBits === 0 ? 0 : h >>> (32 - this.tagBits)
  }

  private cellFor(h: number, slot: number): number {
    return this.tagOf(h) * (this.mask + 1) + slot + 1
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
    const oldMask = this.mask
    this.capacity *= 2
    this.mask = 2 * this.capacity - 1
    this.slotBits++
    this.tagBits = Math.max(0, 30 - this.slotBits)
    this.cells = new Int32Array(2 * this.capacity)
    for (let c = 0; c < old.length; c++) {
      const slot = (old[c]! & oldMask) - 1
      if (slot >= 0) this.place(this.hashes[slot]!, slot)
    }
    const hashes = new Int32Array(this.capacity)
    hashes.set(this.hashes)
    this.hashes = hashes
    this.onGrow(this.capacity)
  }

  /** Put slot `slot` (hash `h`) in the first empty cell of its probe. */
  private place(h: number, slot: number): void {
    const cells = this.cells
    let i = h & this.mask
    while (cells[i] !== 0) i = (i + 1) & this.mask
    cells[i] = this.cellFor(h, slot)
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

/**
 * `a` lengthened to `n` with zeros, in place: V8 moves the elements once, where a concat
 * with a new array of zeros allocated and filled a second array as large.
 */
export function widen(a: number[], n: number): number[] {
  const from = a.length
  a.length = n
  return a.fill(0, from)
}
