/**
 * The fitting code shared by the sentiment training scripts (train-sentiment.mjs: local model
 * from research data; train-shipped.mjs: shipped model from openly licensed data) and the
 * intent trainer. Softmax regression over the hashed feature vectors of features.ts.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { DENSE_N } from '../../dist/sentiment/features.js'

export const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))

/** `--name value` pairs of a script's command line. */
export function cliArgs(argv = process.argv) {
  const args = {}
  for (let i = 2; i < argv.length; i++) {
    if (argv[i].startsWith('--')) args[argv[i].slice(2)] = argv[i + 1]
  }
  return args
}

/** 32-bit FNV-1a: deterministic orders and splits. */
export function fnv(s) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

/**
 * Softmax regression, AdaGrad, L2 applied per touched weight, deterministic order. The last
 * `dense` features of each vector are not shrunk: they are few, seen in every example, and
 * carry the knowledge the small train sets cannot. Returns the last weights and their mean
 * over the second half of the epochs. An item with `allowed` (class indexes) is a partial
 * label: the softmax runs over those classes only (a two-class set in a three-class model says
 * which polarity, not that the text is never neutral).
 */
export function train(data, k, dim, { epochs = 8, l2, lr = 0.5, dense = DENSE_N }) {
  const w = new Float32Array(k * dim)
  const avg = new Float32Array(k * dim)
  let avgN = 0
  const g2 = new Float32Array(k * dim).fill(1e-6)
  const order = data.map((_, i) => i)
  const z = new Float64Array(k)
  for (let ep = 0; ep < epochs; ep++) {
    order.sort((a, b) => fnv(`${ep}:${a}`) - fnv(`${ep}:${b}`))
    for (const i of order) {
      const { x, y, weight, allowed } = data[i]
      if (weight === 0) continue
      const sparseN = x.n - dense
      let max = -Infinity
      for (let c = 0; c < k; c++) {
        if (allowed !== undefined && !allowed.includes(c)) {
          z[c] = -Infinity
          continue
        }
        let s = 0
        for (let j = 0; j < x.n; j++) s += w[x.idx[j] * k + c] * x.val[j]
        z[c] = s
        if (s > max) max = s
      }
      let sum = 0
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max)
      for (let c = 0; c < k; c++) {
        if (z[c] === 0 && allowed !== undefined && !allowed.includes(c)) continue
        const err = (z[c] / sum - (c === y ? 1 : 0)) * weight
        for (let j = 0; j < x.n; j++) {
          const p = x.idx[j] * k + c
          const g = err * x.val[j] + (j < sparseN ? l2 * w[p] : 0)
          g2[p] += g * g
          w[p] -= (lr * g) / Math.sqrt(g2[p])
        }
      }
    }
    if (ep >= epochs / 2) {
      for (let i = 0; i < w.length; i++) avg[i] += w[i]
      avgN++
    }
  }
  for (let i = 0; i < avg.length; i++) avg[i] /= avgN
  return { last: w, avg }
}

export function logits(w, k, x) {
  const z = new Float64Array(k)
  for (let c = 0; c < k; c++) {
    let s = 0
    for (let j = 0; j < x.n; j++) s += w[x.idx[j] * k + c] * x.val[j]
    z[c] = s
  }
  return z
}

/** The runtime's decision: logits shifted by the lexicon score (alpha) and a neutral bias. */
export function decide(z, lex, k, alpha, bias, polarity = 0) {
  const a = Float64Array.from(z)
  a[0] -= alpha * lex + polarity
  a[k - 1] += alpha * lex + polarity
  if (k === 3) a[1] += bias
  let best = 0
  for (let c = 1; c < k; c++) if (a[c] > a[best]) best = c
  return best
}

/** Macro-F1 over the classes listed (default 0..k-1); predictions outside them count as misses. */
export function macroF1(gold, pred, k, classes = [...Array(k).keys()]) {
  let f = 0
  for (const c of classes) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++
      else if (pred[i] === c) fp++
      else if (gold[i] === c) fn++
    }
    f += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  return f / classes.length
}

/**
 * Balance classes by weight so that a skewed file does not tilt the decision; `base` is each
 * item's own weight. Returns copies.
 */
export function balance(data, k) {
  const counts = new Array(k).fill(0)
  let total = 0
  for (const d of data) {
    counts[d.y] += d.base
    total += d.base
  }
  return data.map((d) => ({ ...d, weight: counts[d.y] === 0 ? 0 : (d.base * total) / (k * counts[d.y]) }))
}

/**
 * Int8 encoding of a Float32 table, as the runtime holds it (features.ts `quantize`): the
 * sparse slots as Int8 with one scale, the dense slots as Float32 after them.
 */
export function encodeInt8(w, k, dim, dense = DENSE_N) {
  const sparseEnd = (dim - dense) * k
  let max = 0
  for (let i = 0; i < sparseEnd; i++) max = Math.max(max, Math.abs(w[i]))
  const scale = max > 0 ? max / 127 : 1
  const out = Buffer.alloc(dim * k + dense * k * 4)
  for (let i = 0; i < sparseEnd; i++) out.writeInt8(Math.round(w[i] / scale), i)
  for (let j = 0; j < dense; j++) {
    for (let c = 0; c < k; c++) out.writeFloatLE(w[(dim - 1 - j) * k + c], dim * k + (j * k + c) * 4)
  }
  return { bytes: out, scale }
}

/**
 * Write a file by renaming a complete temporary copy into place: a reader (the enricher's
 * hot reload) never sees half a file. Weight files first, the metadata last.
 */
export function writeAtomic(path, data) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}

/**
 * Corrections exported from the store (NDJSON: {"id","text","lang","sentiment"?,"intent"?}),
 * as labelled items for one task; lines without that label are skipped.
 */
export function readCorrections(path, field) {
  if (!path) return []
  return readJsonl(path)
    .filter((c) => typeof c.text === 'string' && typeof c[field] === 'string')
    .map((c, i) => ({
      id: `correction-${c.id ?? i}`,
      text: c.text,
      lang: c.lang ?? 'und',
      label: c[field],
      source: 'corrections',
    }))
}
