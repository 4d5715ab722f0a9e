/**
 * A multinomial logistic-regression model over hashed features, one weight table per
 * language. Trained by scripts/train-sentiment.mjs from research data into a git-ignored
 * cache; never shipped (see PROVENANCE.md). File layout: `<name>.json` holds the metadata,
 * `<name>.<lang>.bin` the Float32 weights, feature-major (`w[slot * classes + class]`).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Sentiment, SentimentLabel } from '@vigil/schema'
import { DENSE_N, FEATURES_VERSION } from './features.js'
import { logitsIntoQuantized, type QuantizedWeights, quantize } from './logits.js'
import type { LexiconScore } from './score.js'
import { lexiconSentiment, NEUTRAL_BAND, squash } from './score.js'

interface LinearLangModel {
  classes: SentimentLabel[]
  /** The table as loaded, quantized for the runtime (features.ts). */
  weights: QuantizedWeights
  /** Weight of the lexicon score added to the positive and subtracted from the negative logit. */
  lexiconWeight: number
  /** Added to the neutral logit (3-class tables). */
  neutralBias: number
  /**
   * Added to the positive and subtracted from the negative logit: moves the line between the
   * two polarities (subtitles lean negative, posts do not). Chosen by train-shipped.mjs on
   * held-out social posts; absent: 0.
   */
  polarityBias: number
  /**
   * When set, the label is read off the score (p(positive) − p(negative)): neutral inside
   * ±neutralBand. For tables whose own-language data has two classes (XED subtitles): their
   * n-gram weights only know "which polarity", so the most probable class over-answers a
   * polarity; the band says how sure it must be. Chosen by scripts/calibrate-shipped.mjs.
   */
  neutralBand: number | undefined
  /**
   * Added to the logit of the class the lexicon alone would answer (its neutral too: no
   * sentiment word, no vote for a polarity). 0: the model alone; large: the lexicon decides
   * and the model breaks its ties. Chosen by train-shipped.mjs on sources left out of the fit.
   */
  lexiconVote: number
}

export interface LinearModel {
  langs: Map<string, LinearLangModel>
  /** Language table for posts whose language is unknown (`und`); others fall back to the lexicon. */
  fallback: string
  /** First 12 hex digits of the SHA-256 of the metadata and weight files: what was loaded. */
  hash: string
  /**
   * Languages `auto` may answer with this model when no local model is there (the lexicon answers
   * the others): chosen on our own posts by scripts/choose-auto-langs.mjs. Absent: none.
   */
  autoLangs: readonly string[]
  /**
   * The decision layer's version (`"decisionLayer": n` in the metadata, so that it is part of
   * the model's hash and version; resolution.ts's DECISION_LAYER): from 1 the resolution layer
   * turns its labels and its two-class tables abstain (below), from 2 bare acknowledgements
   * read neutral. Absent: 0, labels as before.
   */
  decisionLayer: number
}

/** File format; FEATURES_VERSION (features.ts) names the feature code the weights were fitted with. */
const MODEL_FORMAT = 'vigil-sentiment-linear-v3'

interface LinearModelMeta {
  format: typeof MODEL_FORMAT
  features: string
  dim: number
  fallback: string
  langs: Record<
    string,
    {
      classes: SentimentLabel[]
      file: string
      lexiconWeight?: number
      neutralBias?: number
      polarityBias?: number
      neutralBand?: number
      lexiconVote?: number
      /** Fitted with the script-word features (script-words.ts): Arabic stems, Chinese words. */
      scriptWords?: boolean
      /** Fitted with the discourse cues (cues.ts): the locally trained model. */
      cues?: boolean
      /** Int8 encoding: the scale of the sparse slots. */
      scale?: number
    }
  >
  /**
   * `float32` (default): the whole table as Float32. `int8`: the sparse slots as Int8 (times
   * `scale`), then the dense slots as Float32, i.e. the runtime's own form (a quarter the size).
   */
  encoding?: 'float32' | 'int8'
  trainedAt?: string
  sources?: Record<string, string[]>
  autoLangs?: string[]
  /** Version of the decision layer over this model's labels (LinearModel.decisionLayer); absent: none. */
  decisionLayer?: number
}

class SentimentModelError extends Error {
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
  const metaText = readFileSync(path, 'utf8')
  const digest = createHash('sha256').update(metaText)
  const meta = JSON.parse(metaText) as LinearModelMeta
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
  const weightFiles = weightFilesOf(path, meta)
  const langs = new Map<string, LinearLangModel>()
  for (const [lang, info] of Object.entries(meta.langs)) {
    const buf = readFileSync(weightFiles.get(lang)!)
    digest.update(buf)
    const order = info.classes.join(',')
    if (order !== 'negative,neutral,positive' && order !== 'negative,positive') {
      throw new SentimentModelError(`sentiment classes for ${lang} are ${order}`)
    }
    langs.set(lang, {
      classes: info.classes,
      weights:
        meta.encoding === 'int8' ? decodeInt8(buf, info, dim, lang) : decodeFloat32(buf, info, dim, lang),
      lexiconWeight: info.lexiconWeight ?? 0,
      neutralBias: info.neutralBias ?? 0,
      polarityBias: info.polarityBias ?? 0,
      neutralBand: typeof info.neutralBand === 'number' ? info.neutralBand : undefined,
      lexiconVote: info.lexiconVote ?? 0,
    })
  }
  const autoLangs = Array.isArray(meta.autoLangs) ? meta.autoLangs.filter((l) => langs.has(l)) : []
  return {
    langs,
    fallback: meta.fallback,
    hash: digest.digest('hex').slice(0, 12),
    autoLangs,
    decisionLayer:
      typeof meta.decisionLayer === 'number' && Number.isInteger(meta.decisionLayer) && meta.decisionLayer > 0
        ? meta.decisionLayer
        : 0,
  }
}

/**
 * The model answering only its `autoLangs` (the lexicon answers every other language, `und`
 * included unless the fallback table is one of them), or null when it names none.
 */
export function autoLangsOnly(model: LinearModel): LinearModel | null {
  if (model.autoLangs.length === 0) return null
  const langs = new Map([...model.langs].filter(([lang]) => model.autoLangs.includes(lang)))
  return { ...model, langs }
}

/**
 * Each language's weight file beside the metadata. All must be there: a `.json` copied without
 * its `.bin` files is the commonest broken deployment, and it must be named, not read as ENOENT.
 */
function weightFilesOf(path: string | URL, meta: LinearModelMeta): Map<string, URL> {
  const base = path instanceof URL ? path : pathToFileURL(path)
  const files = new Map(Object.entries(meta.langs).map(([lang, info]) => [lang, new URL(info.file, base)]))
  const missing = [...files.values()].filter((url) => !existsSync(url)).map((url) => fileURLToPath(url))
  if (missing.length > 0) {
    throw new SentimentModelError(
      `sentiment model ${String(path)} is missing ${missing.length} of its ${files.size} weight files: ` +
        `${missing.join(', ')} (copy the .bin files beside the .json)`,
    )
  }
  return files
}

function decodeFloat32(
  buf: Buffer,
  info: { classes: unknown[]; scriptWords?: boolean; cues?: boolean },
  dim: number,
  lang: string,
): QuantizedWeights {
  const k = info.classes.length
  if (buf.byteLength !== k * dim * 4) {
    throw new SentimentModelError(`sentiment weights for ${lang} have ${buf.byteLength / 4} values`)
  }
  // A copy: the Buffer's offset need not be a multiple of 4.
  const weights = new Float32Array(k * dim)
  new Uint8Array(weights.buffer).set(buf)
  return quantize(weights, k, dim, info.scriptWords === true, info.cues === true)
}

function decodeInt8(
  buf: Buffer,
  info: { classes: unknown[]; scale?: number; scriptWords?: boolean; cues?: boolean },
  dim: number,
  lang: string,
): QuantizedWeights {
  const k = info.classes.length
  const scale = info.scale
  if (buf.byteLength !== dim * k + DENSE_N * k * 4 || typeof scale !== 'number' || !(scale > 0)) {
    throw new SentimentModelError(`sentiment weights for ${lang} have ${buf.byteLength} bytes or no scale`)
  }
  const q = new Int8Array(dim * k)
  q.set(new Int8Array(buf.buffer, buf.byteOffset, dim * k))
  const dense = new Float32Array(DENSE_N * k)
  new Uint8Array(dense.buffer).set(buf.subarray(dim * k))
  // The dense slots live in the last rows of the table; they are read from `dense` only.
  q.fill(0, (dim - DENSE_N) * k)
  return { k, dim, q, scale, dense, scriptWords: info.scriptWords === true, cues: info.cues === true }
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
  logits[0] = logits[0]! - m.lexiconWeight * lex - m.polarityBias
  logits[k - 1] = logits[k - 1]! + m.lexiconWeight * lex + m.polarityBias
  if (k === 3) logits[1] = logits[1]! + m.neutralBias
  if (m.lexiconVote !== 0) {
    const vote = lexiconSentiment(ev).label
    const c = vote === 'negative' ? 0 : vote === 'positive' ? k - 1 : k === 3 ? 1 : -1
    if (c >= 0) logits[c] = logits[c]! + m.lexiconVote
  }
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
/**
 * A two-class table (zh: its data has no neutral) answers a polarity for every post, questions
 * and notices included. With the decision layer it abstains to neutral when the lexicon finds
 * no sentiment word in the post and the model's margin is under this band. Chosen on our own
 * bank posts' held-out zh families (84 posts, 40 neutral; macro-F1 shipped 0.51 → 0.89, local
 * 0.54 → 0.88), not on any research or blind set.
 */
export const TWO_CLASS_ABSTAIN_BAND = 0.98
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
  if (m.neutralBand === undefined && model.decisionLayer >= 1 && m.classes.length === 2 && ev.hits === 0) {
    label =
      score >= TWO_CLASS_ABSTAIN_BAND ? 'positive' : score <= -TWO_CLASS_ABSTAIN_BAND ? 'negative' : 'neutral'
  } else if (m.neutralBand !== undefined) {
    label = score >= m.neutralBand ? 'positive' : score <= -m.neutralBand ? 'negative' : 'neutral'
  } else if (m.classes.includes('neutral') && prior === 0) {
    // Three classes: the most probable one.
    let best = 0
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
    label = m.classes[best]!
  } else {
    label = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral'
  }
  return { label, score: Math.round(score * 1000) / 1000 }
}
