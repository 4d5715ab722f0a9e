/**
 * The local model plus the shipped model, as one table (train-sentiment.mjs). Both are linear
 * over the same hashed features, and the shipped table's slot of a feature is the local slot
 * with the high bits dropped (dims are powers of two, the hash is masked), so
 * `local logits + mix × shipped logits` is itself a local table: no second model at run time.
 * The shipped model's decision layer (lexicon weight, neutral and polarity bias) is linear in the
 * logits too and is added to the local one. A table with a neutral band or a lexicon vote is not
 * linear in its logits: it is not mixed.
 */
import { DENSE_N } from '../../dist/sentiment/features.js'
import { logitsIntoQuantized } from '../../dist/sentiment/logits.js'
import { squash } from '../../dist/sentiment/score.js'

/**
 * The shipped table of `lang` when it can be mixed, else undefined. Both tables must read the
 * same features: with or without the script words (src/sentiment/script-words.ts).
 */
function mixable(model, lang, scriptWords) {
  const m = model?.langs.get(lang)
  return m !== undefined &&
    m.neutralBand === undefined &&
    m.lexiconVote === 0 &&
    (m.weights.scriptWords === true) === scriptWords
    ? m
    : undefined
}

/** The shipped model's logits for one post, its decision layer included (null: no mixable table). */
export function shippedLogits(model, lang, folded, ev, scriptWords = false) {
  const m = mixable(model, lang, scriptWords)
  if (m === undefined) return null
  const k = m.classes.length
  const z = new Float64Array(k)
  logitsIntoQuantized(m.weights, folded, ev, z)
  const shift = m.lexiconWeight * squash(ev.sum) + m.polarityBias
  z[0] -= shift
  z[k - 1] += shift
  if (k === 3) z[1] += m.neutralBias
  return z
}

/**
 * The written table and decision layer: `fitted` (Float32, k × dim, feature-major) plus
 * `best.mix` × the shipped table of the language, and the chosen decision layer plus `best.mix`
 * × the shipped one.
 */
export function foldShipped(fitted, k, dim, model, lang, best, scriptWords = false) {
  const decision = { lexiconWeight: best.alpha, neutralBias: best.bias, polarityBias: best.polarity }
  const m = mixable(model, lang, scriptWords)
  if (!(best.mix > 0) || m === undefined || m.classes.length !== k) return { w: fitted, decision }
  const { q, scale, dense, dim: dimS } = m.weights
  const w = Float32Array.from(fitted)
  const maskS = dimS - 1
  for (let i = 0; i < dim - DENSE_N; i++) {
    const s = i & maskS
    // The shipped table's dense rows hold no sparse weight (its runtime zeroes them).
    if (s >= dimS - DENSE_N) continue
    for (let c = 0; c < k; c++) w[i * k + c] += best.mix * q[s * k + c] * scale
  }
  for (let j = 0; j < DENSE_N; j++) {
    for (let c = 0; c < k; c++) w[(dim - 1 - j) * k + c] += best.mix * dense[j * k + c]
  }
  decision.lexiconWeight += best.mix * m.lexiconWeight
  decision.neutralBias += best.mix * m.neutralBias
  decision.polarityBias += best.mix * m.polarityBias
  return { w, decision }
}
