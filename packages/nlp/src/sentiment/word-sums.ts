/**
 * A bounded, exact memo from a short run of code units (a word, or the few units around a
 * space between two words) to the integer weight sums of the features that depend on that
 * run alone. Words repeat heavily in social text, so most posts find most of their words
 * here and skip both the n-gram hashing and the scattered reads of the weight table, which
 * miss the CPU caches when posts of many languages are interleaved.
 *
 * Direct-mapped: one key per slot, a newcomer replaces the occupant, so memory is fixed
 * (128 KB per memo) and no scan is ever needed. Exact: a hit compares every code unit, never
 * only the hash, and the sums are integers (Int8 weights), so adding them in any order
 * gives the very same logits. A slot is one 64-byte record (key, hash, sums), so a look-up
 * touches one cache line instead of one per array.
 */

/** Longer keys are rare and mostly unique (URL fragments, Chinese clauses): not cached. */
export const MAX_CACHED_UNITS = 16
const SLOTS_LOG2 = 11
/** Int32 fields per slot: length, hash, 4 sums (SUM0 … SUM0 + 3), then the units, two per field. */
const STRIDE = 16
const LEN = 0
const HASH = 1
/** Offset of the class sums 0, 1, 2 and the feature count in a slot. */
export const SUM0 = 2
const UNITS = 6

export class WordSums {
  /** The records; read the sums of a found slot at `slot + SUM0 …`. */
  readonly rec = new Int32Array((1 << SLOTS_LOG2) * STRIDE)

  private slotOf(h: number): number {
    // FNV's low bits are its weakest; mix before taking the top bits.
    return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - SLOTS_LOG2)) * STRIDE
  }

  /** The slot (record offset) holding `buf[a..b)` whose hash is `h`, or -1. */
  find(buf: Uint16Array, a: number, b: number, h: number): number {
    const slot = this.slotOf(h)
    const rec = this.rec
    // Length 0 marks an empty slot; keys are never empty.
    if (rec[slot + LEN] !== b - a || rec[slot + HASH] !== h) return -1
    let f = slot + UNITS
    let i = a
    for (; i + 1 < b; i += 2) if (rec[f++] !== (buf[i]! | (buf[i + 1]! << 16))) return -1
    if (i < b && rec[f] !== buf[i]) return -1
    return slot
  }

  /** Claim the slot of `buf[a..b)` (1 to MAX_CACHED_UNITS units); the caller fills its sums. */
  store(buf: Uint16Array, a: number, b: number, h: number): number {
    const slot = this.slotOf(h)
    const rec = this.rec
    rec[slot + LEN] = b - a
    rec[slot + HASH] = h
    let f = slot + UNITS
    let i = a
    for (; i + 1 < b; i += 2) rec[f++] = buf[i]! | (buf[i + 1]! << 16)
    if (i < b) rec[f] = buf[i]!
    return slot
  }
}
