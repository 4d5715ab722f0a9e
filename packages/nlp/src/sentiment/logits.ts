/**
 * Logits of a linear sentiment model for one text, read straight from the hashed features
 * (features.ts) without copying them: over the Float32 table as trained (`logitsInto`), and
 * over the runtime's quantized table (`quantize`, `logitsIntoQuantized`).
 */
import { DENSE_N, denseInto, hashSentimentFeatures, scratchIndices } from './features.js'
import type { LexiconScore } from './score.js'

const denseTmp = new Float64Array(DENSE_N)

/**
 * Logits of a feature-major weight table (`weights[slot * k + class]`: one cache line per
 * feature, not one per class) for one text, without copying the features.
 */
export function logitsInto(
  weights: Float32Array,
  k: number,
  dim: number,
  folded: string,
  ev: LexiconScore,
  out: Float64Array,
  /** The table was fitted with the script-word features (script-words.ts). */
  scriptWords = false,
  /** The table was fitted with the discourse cues (cues.ts). */
  cues = false,
): void {
  const n = hashSentimentFeatures(folded, dim, scriptWords, cues ? ev : null)
  const buf = scratchIndices()
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0
  let z0 = 0
  let z1 = 0
  let z2 = 0
  if (k === 3) {
    for (let i = 0; i < n; i++) {
      const off = buf[i]! * 3
      z0 += weights[off]!
      z1 += weights[off + 1]!
      z2 += weights[off + 2]!
    }
  } else {
    for (let i = 0; i < n; i++) {
      const off = buf[i]! * 2
      z0 += weights[off]!
      z1 += weights[off + 1]!
    }
  }
  denseInto(ev, denseTmp)
  out[0] = z0 * scale
  out[1] = z1 * scale
  if (k === 3) out[2] = z2 * scale
  for (let j = 0; j < DENSE_N; j++) {
    const off = (dim - 1 - j) * k
    const v = denseTmp[j]!
    for (let c = 0; c < k; c++) out[c] = out[c]! + weights[off + c]! * v
  }
}

/**
 * A weight table for the runtime: the sparse slots as Int8 with one scale (a quarter of the
 * memory, so a language's table stays in the L2 cache while posts of many languages are
 * interleaved), the dense slots kept as Float32. The error per logit is far below the
 * differences between classes (see the parity test).
 */
export interface QuantizedWeights {
  k: number
  dim: number
  q: Int8Array
  scale: number
  /** Dense slot j (table index dim − 1 − j), class c at [j * k + c]. */
  dense: Float32Array
  /** Fitted with the script-word features (script-words.ts): absent in older files. */
  scriptWords?: boolean
  /** Fitted with the discourse cues (cues.ts): the local model only. */
  cues?: boolean
}

export function quantize(
  weights: Float32Array,
  k: number,
  dim: number,
  scriptWords = false,
  cues = false,
): QuantizedWeights {
  let max = 0
  const sparseEnd = (dim - DENSE_N) * k
  for (let i = 0; i < sparseEnd; i++) max = Math.max(max, Math.abs(weights[i]!))
  const scale = max > 0 ? max / 127 : 1
  const q = new Int8Array(dim * k)
  for (let i = 0; i < sparseEnd; i++) q[i] = Math.round(weights[i]! / scale)
  const dense = new Float32Array(DENSE_N * k)
  for (let j = 0; j < DENSE_N; j++) {
    for (let c = 0; c < k; c++) dense[j * k + c] = weights[(dim - 1 - j) * k + c]!
  }
  return { k, dim, q, scale, dense, scriptWords, cues }
}

/**
 * logitsInto for a quantized table. The features are listed first (`hashFeatures`) and
 * summed after, in a loop whose loads depend on nothing but the list: the CPU keeps many of
 * them in flight, which matters because posts of many languages are interleaved and a
 * language's table is rarely still in the caches. (A memo of per-word sums in front of it
 * was slower on such a stream, warm or cold: each probe was one more cache miss, and the
 * hit-or-miss branch kept the loads from overlapping.) The weights are integers, so the
 * sums are exact and the logits identical to `logitsInto` over the dequantized table.
 */
export function logitsIntoQuantized(
  w: QuantizedWeights,
  folded: string,
  ev: LexiconScore,
  out: Float64Array,
): void {
  const { k, q } = w
  const n = hashSentimentFeatures(folded, w.dim, w.scriptWords === true, w.cues === true ? ev : null)
  const buf = scratchIndices()
  let z0 = 0
  let z1 = 0
  let z2 = 0
  if (k === 3) {
    for (let i = 0; i < n; i++) {
      const off = buf[i]! * 3
      z0 += q[off]!
      z1 += q[off + 1]!
      z2 += q[off + 2]!
    }
  } else {
    for (let i = 0; i < n; i++) {
      const off = buf[i]! * 2
      z0 += q[off]!
      z1 += q[off + 1]!
    }
  }
  const scale = n > 0 ? w.scale / Math.sqrt(n) : 0
  // Locals, not out[c]: the same operations in the same order, without the array traffic.
  let o0 = z0 * scale
  let o1 = z1 * scale
  let o2 = z2 * scale
  denseInto(ev, denseTmp)
  const dense = w.dense
  for (let j = 0; j < DENSE_N; j++) {
    const v = denseTmp[j]!
    o0 += dense[j * k]! * v
    o1 += dense[j * k + 1]! * v
    if (k === 3) o2 += dense[j * k + 2]! * v
  }
  out[0] = o0
  out[1] = o1
  if (k === 3) out[2] = o2
}
