import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  INTENT_DENSE_N,
  type IntentSignals,
  intentFeatures,
  marksQuestion,
  packedSums,
  packWeights,
} from './intent-model.js'

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

describe('a failure told, read only where the post asks', () => {
  const DIM = 4096
  const signals = (text: string, questionStart: boolean, failure: boolean): IntentSignals => ({
    folded: text.toLowerCase(),
    text,
    lang: 'en',
    sentimentScore: -0.5,
    lexPos: 0,
    lexNeg: 1,
    cues: { problem: true, abuse: false, spam: false, praise: false, resolved: false, questionStart },
    urls: 0,
    hashtags: 0,
    handles: 0,
    pii: 0,
    failure,
    recoveryOffer: false,
    platform: 'x',
    brandAccount: false,
  })
  const dense = (s: IntentSignals): number[] => {
    const v = intentFeatures(s, DIM)
    return [...v.val.subarray(v.n - INTENT_DENSE_N, v.n)]
  }
  // Texts with question marks of three scripts anywhere, also past the 1,000 units read.
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom('?', '？', '؟', ' ', 'why cant i log in', 'kan niet inloggen'),
        fc.string({ maxLength: 40 }),
        fc.constant('x'.repeat(400)),
      ),
      { maxLength: 8 },
    )
    .map((xs) => xs.join(''))

  it('marksQuestion says what the dense question-mark signal says', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(marksQuestion(t)).toBe(dense(signals(t, false, false))[9] === 1)
      }),
      { numRuns: 500 },
    )
  })

  // signalsOf looks for a failure only where the post asks: elsewhere the model must read the
  // same features with or without one, or skipping the look would change a class.
  it('changes no feature of a post that asks nothing', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, questionStart) => {
        const asks = questionStart || marksQuestion(t)
        const same =
          JSON.stringify(dense(signals(t, questionStart, true))) ===
          JSON.stringify(dense(signals(t, questionStart, false)))
        expect(same).toBe(!asks)
      }),
      { numRuns: 500 },
    )
  })
})
