/**
 * The last `capacity` strings seen, remembered as 64-bit fingerprints in typed arrays: an
 * open-addressing hash table (linear probing, backward-shift deletion) plus a ring in arrival
 * order for eviction. Nothing per entry lives on the JS heap.
 *
 * Why not a Set of strings: the sink remembers ~200,000 identities per partition. As strings in
 * a Set that was ~130 bytes and two heap objects each (600,000 identities: 74 MB, a full GC of
 * them alone ~250 ms on this machine), and every major GC marked them all again, so the sink's
 * GC time grew for minutes until the window was full (bench/load/README.md, "Why the cost per
 * mention grew"). Here the GC sees a handful of typed arrays whatever the window holds.
 *
 * A fingerprint can collide, so `mayHave` answers "maybe": the caller must confirm a hit in the
 * store before acting on it (the sink checks it in ClickHouse, mention-writer.ts). A false hit
 * costs a query, never a lost mention; a miss is always right.
 */
export interface FingerprintWindow {
  /** True when `s` may be among the last `capacity` strings added (confirm before trusting). */
  mayHave(s: string): boolean
  /** Remember `s`, forgetting the oldest when full; a string already held is not added twice. */
  add(s: string): void
  readonly size: number
}

/** Two independent 32-bit hashes of the UTF-16 code units (FNV-1a and a murmur-style mix). */
export function fingerprint64(s: string): [number, number] {
  let a = 0x811c9dc5
  let b = 0x9747b28c ^ s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35)
  b ^= b >>> 16
  return [a | 0, b | 0]
}

export function createFingerprintWindow(capacity: number): FingerprintWindow {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity ${capacity}`)
  // At most half full, so probe runs stay short.
  let slots = 2
  while (slots < capacity * 2) slots *= 2
  const mask = slots - 1
  const hi = new Int32Array(slots)
  const lo = new Int32Array(slots)
  const used = new Uint8Array(slots)
  const ringHi = new Int32Array(capacity)
  const ringLo = new Int32Array(capacity)
  let head = 0
  let size = 0

  /** The slot holding (h, l), or -1. */
  const find = (h: number, l: number): number => {
    for (let i = h & mask; used[i] === 1; i = (i + 1) & mask) if (hi[i] === h && lo[i] === l) return i
    return -1
  }
  const remove = (slot: number): void => {
    let i = slot
    let j = slot
    for (;;) {
      j = (j + 1) & mask
      if (used[j] === 0) break
      const home = hi[j]! & mask
      // Entry j may move back into the hole at i unless its home lies cyclically in (i, j].
      const stays = i <= j ? home > i && home <= j : home > i || home <= j
      if (!stays) {
        hi[i] = hi[j]!
        lo[i] = lo[j]!
        i = j
      }
    }
    used[i] = 0
  }

  return {
    mayHave(s) {
      const [h, l] = fingerprint64(s)
      return find(h, l) >= 0
    },
    add(s) {
      const [h, l] = fingerprint64(s)
      if (find(h, l) >= 0) return
      if (size === capacity) {
        const old = find(ringHi[head]!, ringLo[head]!)
        if (old >= 0) remove(old)
        size--
      }
      let i = h & mask
      while (used[i] === 1) i = (i + 1) & mask
      hi[i] = h
      lo[i] = l
      used[i] = 1
      ringHi[head] = h
      ringLo[head] = l
      head = (head + 1) % capacity
      size++
    },
    get size() {
      return size
    },
  }
}
