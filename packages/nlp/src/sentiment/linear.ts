/**
 * A multinomial logistic-regression model over hashed features, one weight table per
 * language. Trained by scripts/train-sentiment.mjs from research data into a git-ignored
 * cache; never shipped (see PROVENANCE.md). File layout: `<name>.json` holds the metadata,
 * `<name>.<lang>.bin` the Float32 weights, feature-major (`w[slot * classes + class]`).
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Sentiment, SentimentLabel } from '@vigil/schema'
import { FEATURES_VERSION, logitsIntoQuantized, type QuantizedWeights, quantize } from './features.js'
import type { LexiconScore } from './score.js'
import { NEUTRAL_BAND, squash } from './score.js'

export interface LinearLangModel {
  classes: SentimentLabel[]
  /** The table as loaded, quantized for the runtime (features.ts). */
  weights: QuantizedWeights
  /** Weight of the lexicon score added to the positive and subtracted from the negative logit. */
  lexiconWeight: number
  /** Added to the neutral logit (3-class tables). */
  neutralBias: number
}

export interface LinearModel {
  langs: Map<string, LinearLangModel>
  /** Language table for posts whose language is unknown (`und`); others fall back to the lexicon. */
  fallback: string
}

/** File format; FEATURES_VERSION (features.ts) names the feature code the weights were fitted with. */
export const MODEL_FORMAT = 'vigil-sentiment-linear-v3'

export interface LinearModelMeta {
  format: typeof MODEL_FORMAT
  features: string
  dim: number
  fallback: string
  langs: Record<
    string,
    { classes: SentimentLabel[]; file: string; lexiconWeight?: number; neutralBias?: number }
  >
  trainedAt?: string
  sources?: Record<string, string[]>
}

export class SentimentModelError extends Error {
  readonly code = 'VIGIL_ERR_SENTIMENT_MODEL'
}

/**
 * Load trained weights, or null when the file is absent and not `required` (the shipped
 * lexicon then answers). A present but broken file is an error: silently falling back
 * would hide a bad deployment.
 */
export function loadLinearModel(
  path: string | URL,
  required: boolean,
  /** Told why an existing file at the default path was not used (an older build's cache). */
  onRejected?: (reason: string) => void,
): LinearModel | null {
  if (!existsSync(path)) {
    if (required) throw new SentimentModelError(`sentiment model not found: ${String(path)}`)
    return null
  }
  const meta = JSON.parse(readFileSync(path, 'utf8')) as LinearModelMeta
  const dim = meta.dim
  const okDim = Number.isInteger(dim) && dim >= 1024 && (dim & (dim - 1)) === 0
  if (meta.format !== MODEL_FORMAT || meta.features !== FEATURES_VERSION || !okDim) {
    // A cache from an older build at the default path: the shipped lexicon answers (the
    // scorer reports `model: 'lexicon'`); an explicitly configured file must be right.
    const reason = `sentiment model ${String(path)} has format ${meta.format}/${meta.features}/${meta.dim}, this build reads ${MODEL_FORMAT}/${FEATURES_VERSION}; retrain it`
    if (!required) {
      onRejected?.(reason)
      return null
    }
    throw new SentimentModelError(reason)
  }
  const langs = new Map<string, LinearLangModel>()
  for (const [lang, info] of Object.entries(meta.langs)) {
    const buf = readFileSync(new URL(info.file, path instanceof URL ? path : new URL(`file://${path}`)))
    const weights = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4)
    const order = info.classes.join(',')
    if (order !== 'negative,neutral,positive' && order !== 'negative,positive') {
      throw new SentimentModelError(`sentiment classes for ${lang} are ${order}`)
    }
    if (weights.length !== info.classes.length * dim) {
      throw new SentimentModelError(`sentiment weights for ${lang} have ${weights.length} values`)
    }
    langs.set(lang, {
      classes: info.classes,
      weights: quantize(weights, info.classes.length, dim),
      lexiconWeight: info.lexiconWeight ?? 0,
      neutralBias: info.neutralBias ?? 0,
    })
  }
  return { langs, fallback: meta.fallback }
}

/** Class probabilities for one language table, into `logits` (a new array when not given). */
export function probabilities(
  m: LinearLangModel,
  folded: string,
  ev: LexiconScore,
  logits: Float64Array = new Float64Array(m.classes.length),
): Float64Array {
  const k = m.classes.length
  logitsIntoQuantized(m.weights, folded, ev, logits)
  const lex = squash(ev.sum)
  logits[0] = logits[0]! - m.lexiconWeight * lex
  logits[k - 1] = logits[k - 1]! + m.lexiconWeight * lex
  if (k === 3) logits[1] = logits[1]! + m.neutralBias
  let max = -Infinity
  for (const z of logits) max = Math.max(max, z)
  let sum = 0
  for (let c = 0; c < k; c++) {
    logits[c] = Math.exp(logits[c]! - max)
    sum += logits[c]!
  }
  for (let c = 0; c < k; c++) logits[c] = logits[c]! / sum
  return logits
}

// How much a banking-domain hit ("charged twice", "冻结") moves the answer: the research
// data has almost no banking talk, so the model cannot have learned these weights.
const DOMAIN_PRIOR = 0.25
const probs3 = new Float64Array(3)
const probs2 = new Float64Array(2)

export function predictLinear(
  model: LinearModel,
  _text: string,
  folded: string,
  lang: string,
  ev: LexiconScore,
): Sentiment | null {
  const m = model.langs.get(lang) ?? (lang === 'und' ? model.langs.get(model.fallback) : undefined)
  if (m === undefined) return null
  // One reused buffer: the model runs once per post, and the result is read at once.
  const p = probabilities(m, folded, ev, m.classes.length === 3 ? probs3 : probs2)
  const prior = ev.domain === 0 ? 0 : DOMAIN_PRIOR * Math.tanh(ev.domain / 2)
  // Classes are [negative, (neutral,) positive] (loadLinearModel checks the order).
  const score = Math.max(-1, Math.min(1, p[p.length - 1]! - p[0]! + prior))
  let label: SentimentLabel
  if (m.classes.includes('neutral') && prior === 0) {
    // Three classes: the most probable one.
    let best = 0
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
    label = m.classes[best]!
  } else {
    label = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral'
  }
  return { label, score: Math.round(score * 1000) / 1000 }
}
