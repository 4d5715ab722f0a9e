import { describe, expect, it } from 'vitest'
import { packedSums, packWeights } from './intent-model.js'

/** The plain sums the packed lanes must reproduce exactly. */
function directSums(q: Int8Array, idx: Int32Array, n: number): number[] {
  const z = [0, 0, 0, 0, 0, 0, 0]
  for (let i = 0; i < n; i++) for (let c = 0; c < 7; c++) z[c] = z[c]! + q[idx[i]! * 7 + c]!
  return z
}

describe('packed intent weights', () => {
  const dim = 1024
  let seed = 3
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed / 2 ** 32
  }
  const q = new Int8Array(dim * 7)
  for (let i = 0; i < q.length; i++) q[i] = Math.floor(rnd() * 256) - 128
  // Extremes in two rows: every lane at its top and bottom value.
  q.fill(127, 0, 7)
  q.fill(-128, 7, 14)
  const packed = packWeights(q, dim)

  it('give the same class sums as the int8 table, for short and long posts', () => {
    for (const n of [0, 1, 7, 255, 256, 257, 600, 2000]) {
      const idx = new Int32Array(n)
      for (let i = 0; i < n; i++) idx[i] = Math.floor(rnd() * dim)
      const z = new Float64Array(7)
      packedSums(packed, idx, n, z)
      expect([...z]).toEqual(directSums(q, idx, n))
    }
  })

  it('do not carry between lanes when every feature holds the largest or smallest weight', () => {
    for (const row of [0, 1]) {
      const idx = new Int32Array(3000).fill(row)
      const z = new Float64Array(7)
      packedSums(packed, idx, idx.length, z)
      expect([...z]).toEqual(directSums(q, idx, idx.length))
    }
  })
})
