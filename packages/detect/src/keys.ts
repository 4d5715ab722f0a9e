/**
 * Open-ended keys (hashtags, terms, platforms, languages) as small integer ids, so the
 * per-minute work on them (window sums, trend rates, learning) runs on typed arrays instead
 * of string-keyed maps, and a bucket's counts are two short lists instead of a map per bucket.
 *
 * `KeyDict` interns one brand's keys of one kind; ids of keys nothing refers to any more are
 * recycled by `retainOnly` (the brand decides what is live), so memory stays bounded.
 * `KeyCounts` is one bucket's count per id, in first-seen order (the order the trackers learn
 * keys in and the checkpoint lists them in, as the maps it replaces did).
 */

/** Spare position arrays kept per dictionary: about as many as buckets open at once. */
const MAX_SPARES = 4

export class KeyDict {
  /**
   * Key → id in a prototype-less object (V8 keeps it as a hash dictionary), not a Map: V8
   * internalises a property key, so a recurring key (terms, hashtags: a bounded vocabulary)
   * is found by comparing pointers to one canonical string whose hash is cached. The engine
   * ran 1.1-1.2× faster per CPU-second on the throughput bench, mentions freshly parsed from
   * JSON included. Not for keys mostly seen once (authors): internalising each costs more than
   * it saves there (see string-slots.ts).
   */
  private readonly ids: Record<string, number> = Object.create(null)
  private count = 0
  private readonly keys: string[] = []
  private readonly free: number[] = []
  /** The key idOf returned last, and its id (cleared when ids are recycled). */
  private lastKey: string | null = null
  private lastId = -1
  /** Ids are below this; per-id arrays kept alongside are at least this long. */
  capacity: number
  /**
   * Distinct keys in the brand's latest closed bucket: what a new bucket's counts are sized
   * for (growing a bucket's arrays key by key was a good part of the engine's garbage).
   */
  bucketKeys = 0
  /** Zeroed position arrays of closed buckets, for the next ones (see KeyCounts.seal). */
  private readonly spares: Int32Array[] = []

  /** `onGrow(capacity)` is called when ids outgrow the capacity, before the new id is used. */
  constructor(
    capacity: number,
    private readonly onGrow: (capacity: number) => void = () => {},
  ) {
    this.capacity = capacity
  }

  get size(): number {
    return this.count
  }

  /** The id of `key`, interned if new. */
  idOf(key: string): number {
    // Platforms and languages repeat from one mention to the next: skip the hash lookup.
    if (key === this.lastKey) return this.lastId
    const found = this.ids[key]
    if (found !== undefined) {
      this.lastKey = key
      this.lastId = found
      return found
    }
    let id = this.free.pop()
    if (id === undefined) {
      id = this.keys.length
      if (id >= this.capacity) {
        this.capacity *= 2
        this.onGrow(this.capacity)
      }
      this.keys.push(key)
    } else this.keys[id] = key
    this.ids[key] = id
    this.count++
    return id
  }

  /** The id of `key`, or −1 when it is not interned. */
  find(key: string): number {
    return this.ids[key] ?? -1
  }

  keyOf(id: number): string {
    return this.keys[id]!
  }

  /**
   * A zeroed position array covering every id (see KeyCounts), reused when one is spare:
   * open buckets are few, so a handful serve every bucket of the brand.
   */
  takePositions(): Int32Array {
    const spare = this.spares.pop()
    return spare !== undefined && spare.length >= this.capacity ? spare : new Int32Array(this.capacity)
  }

  /** `positions` widened to the current capacity (ids grew while a bucket was counting). */
  widerPositions(positions: Int32Array): Int32Array {
    const wider = new Int32Array(this.capacity)
    wider.set(positions)
    return wider
  }

  /** Take back a zeroed position array (a few are kept). */
  givePositions(positions: Int32Array): void {
    if (this.spares.length < MAX_SPARES && positions.length >= this.capacity) this.spares.push(positions)
  }

  /** Recycle every interned id whose `live[id]` is 0 (the caller marks what it still uses). */
  retainOnly(live: Uint8Array): void {
    this.lastKey = null
    for (let id = 0; id < this.keys.length; id++) {
      const key = this.keys[id]!
      if (live[id] === 0 && this.ids[key] === id) {
        // The object is a hash dictionary already: delete does not turn it slow.
        delete this.ids[key]
        this.count--
        this.keys[id] = ''
        this.free.push(id)
      }
    }
  }
}

/** Up to this many keys a bucket's counts are found by scanning its list. */
const SCAN_KEYS = 8

/**
 * One bucket's count per key. The lists are plain arrays sized for the keys the brand's last
 * bucket had (usually allocated once); while the bucket is counting, a key's position is found
 * by its id in a position array (see `KeyDict.takePositions`), handed back when it closes.
 */
export class KeyCounts {
  /** Ids in the order first counted: the first `size` entries. */
  private ids: number[]
  /** `counts[i]` is the count of `ids[i]`. */
  private counts: number[]
  size = 0
  /**
   * Position + 1 of each id counted here (0: not counted), while counting past a few keys;
   * null before (platforms and languages are found by a scan) and after `seal`.
   */
  private positions: Int32Array | null = null
  /**
   * A second count per key, of a subset of the mentions counted (a bucket's negative ones, for
   * the topic test): null until the subset has a key. One list beside `counts`, not a second
   * KeyCounts, so a key of the subset is found once (a second KeyCounts of negative terms cost
   * the engine a quarter of its throughput on a quiet stream).
   */
  private sub: number[] | null = null

  /** `expected` keys: by default as many as the brand's last closed bucket had. */
  constructor(
    readonly dict: KeyDict,
    expected = dict.bucketKeys,
  ) {
    const room = Math.max(SCAN_KEYS, Math.ceil(expected * 1.25))
    this.ids = new Array(room)
    this.counts = new Array(room)
  }

  idAt(i: number): number {
    return this.ids[i]!
  }

  countAt(i: number): number {
    return this.counts[i]!
  }

  /** Count `key` `by` more times. */
  inc(key: string, by = 1): void {
    this.addId(this.dict.idOf(key), by)
  }

  /** Count of the subset at position `i` (see `sub`). */
  subAt(i: number): number {
    return this.sub === null ? 0 : this.sub[i]!
  }

  /** Count `id` once more, in the subset too. */
  addIdInSubset(id: number): void {
    const at = this.addId(id, 1)
    const sub = this.sub ?? this.newSub()
    sub[at] = sub[at]! + 1
  }

  /** Add `by` to the subset's count of `key` (a checkpoint's; the key's own count may be 0). */
  addToSubset(key: string, by: number): void {
    const at = this.addId(this.dict.idOf(key), 0)
    const sub = this.sub ?? this.newSub()
    sub[at] = sub[at]! + by
  }

  /** [key, subset count] pairs with a count, in first-counted order (checkpoints). */
  subEntries(): Array<[string, number]> {
    const out: Array<[string, number]> = []
    const sub = this.sub
    if (sub !== null)
      for (let i = 0; i < this.size; i++) if (sub[i]! > 0) out.push([this.dict.keyOf(this.ids[i]!), sub[i]!])
    return out
  }

  private newSub(): number[] {
    this.sub = new Array(this.ids.length).fill(0)
    return this.sub
  }

  /** Count `id` `by` more times; returns its position in the lists. */
  addId(id: number, by: number): number {
    const at = this.positionOf(id)
    if (at >= 0) {
      this.counts[at] = this.counts[at]! + by
      return at
    }
    if (this.size === this.ids.length) this.growLists()
    this.ids[this.size] = id
    this.counts[this.size] = by
    this.size++
    if (this.positions !== null) {
      if (id >= this.positions.length) this.positions = this.dict.widerPositions(this.positions)
      this.positions[id] = this.size
    } else if (this.size > SCAN_KEYS) {
      const positions = this.dict.takePositions()
      for (let i = 0; i < this.size; i++) positions[this.ids[i]!] = i + 1
      this.positions = positions
    }
    return this.size - 1
  }

  /** Count of `key` (0 when absent). */
  get(key: string): number {
    const id = this.dict.find(key)
    const at = id < 0 ? -1 : this.positionOf(id)
    return at < 0 ? 0 : this.counts[at]!
  }

  /** [key, count] pairs in first-counted order (checkpoints). */
  entries(): Array<[string, number]> {
    const out: Array<[string, number]> = []
    for (let i = 0; i < this.size; i++) out.push([this.dict.keyOf(this.ids[i]!), this.counts[i]!])
    return out
  }

  /** The bucket is closed, no more counting: its position array goes back to the dictionary. */
  seal(): void {
    const positions = this.positions
    if (positions === null) return
    for (let i = 0; i < this.size; i++) positions[this.ids[i]!] = 0
    this.dict.givePositions(positions)
    this.positions = null
  }

  /** Position of `id` in the lists, −1 when absent. */
  private positionOf(id: number): number {
    const positions = this.positions
    if (positions !== null) return id < positions.length ? positions[id]! - 1 : -1
    for (let i = 0; i < this.size; i++) if (this.ids[i] === id) return i
    return -1
  }

  private growLists(): void {
    const room = 2 * this.ids.length
    const ids: number[] = new Array(room)
    const counts: number[] = new Array(room)
    for (let i = 0; i < this.size; i++) {
      ids[i] = this.ids[i]!
      counts[i] = this.counts[i]!
    }
    this.ids = ids
    this.counts = counts
    if (this.sub !== null) {
      const sub: number[] = new Array(room).fill(0)
      for (let i = 0; i < this.size; i++) sub[i] = this.sub[i]!
      this.sub = sub
    }
  }
}
