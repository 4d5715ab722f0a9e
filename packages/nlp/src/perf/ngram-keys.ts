/**
 * Short n-grams (up to six characters of an alphabet of at most 255) packed into two int32
 * and found in an open-addressed table of typed arrays. The eld vote (lang-ngrams.ts) used
 * to build a string per n-gram and hash it into a map of ~80,000 strings; packing the codes
 * needs no string, and a probe reads one 16-byte record.
 */

/** Longest n-gram a key holds, in characters. */
export const MAX_NGRAM_UNITS = 6

/** The key of the last `pack` call that returned a length: low and high word. */
export const packed = new Int32Array(2)

/**
 * Pack `first` (a code, or 0 for none), `codes[at..at + n)` and `last` (a code, or 0) into
 * `packed`; returns the length, or 0 when the n-gram cannot be a key: longer than
 * MAX_NGRAM_UNITS, or holding a code 0 (a character in no key, so in no table either).
 */
export function pack(codes: Uint8Array, first: number, at: number, n: number, last: number): number {
  const len = n + (first !== 0 ? 1 : 0) + (last !== 0 ? 1 : 0)
  if (len > MAX_NGRAM_UNITS || len === 0) return 0
  let lo = first
  let hi = 0
  let k = first !== 0 ? 1 : 0
  for (let i = at; i <= at + n; i++) {
    const u = i < at + n ? codes[i]! : last
    if (i === at + n && u === 0) break
    if (u === 0) return 0
    if (k < 4) lo |= u << (8 * k)
    else hi |= u << (8 * (k - 4))
    k++
  }
  packed[0] = lo
  // The length keeps a key apart from its own prefix padded with zero codes, and makes
  // every key's high word non-zero (0 marks an empty slot).
  packed[1] = hi | (len << 16)
  return len
}

const STRIDE = 4

export class NgramKeys {
  private readonly rec: Int32Array
  private readonly mask: number

  constructor(count: number) {
    let slots = 1024
    while (slots < count * 2) slots *= 2
    this.rec = new Int32Array(slots * STRIDE)
    this.mask = slots - 1
  }

  private slotOf(lo: number, hi: number): number {
    const h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b)
    return (h ^ (h >>> 15)) & this.mask
  }

  /** Add a key (not already present) with its id ≥ 0. */
  add(lo: number, hi: number, id: number): void {
    const rec = this.rec
    let s = this.slotOf(lo, hi)
    while (rec[s * STRIDE + 1] !== 0) s = (s + 1) & this.mask
    rec[s * STRIDE] = lo
    rec[s * STRIDE + 1] = hi
    rec[s * STRIDE + 2] = id
  }

  /** The id of a key, or -1. */
  find(lo: number, hi: number): number {
    const rec = this.rec
    let s = this.slotOf(lo, hi)
    for (;;) {
      const o = s * STRIDE
      const h = rec[o + 1]!
      if (h === 0) return -1
      if (h === hi && rec[o] === lo) return rec[o + 2]!
      s = (s + 1) & this.mask
    }
  }
}
