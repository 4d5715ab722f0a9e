/**
 * Sentiment for every language. The shipped model is the hand-written lexicon; when a
 * trained linear model exists (built by scripts/train-sentiment.mjs into the git-ignored
 * cache, from research data that must not ship), it is loaded instead and the lexicon's
 * banking terms are kept as a prior on top of it.
 */
import type { Sentiment } from '@vigil/schema'
import { foldText } from '../text.js'
import type { FactsRow } from '../vocab.js'
import { type Lexicons, loadLexicons } from './lexicon.js'
import { type LinearModel, loadLinearModel, predictLinear } from './linear.js'
import { isSarcasticThanks } from './sarcasm.js'
import { type LexiconScore, lexiconEvidence, lexiconSentiment } from './score.js'

export interface SentimentScorer {
  /** Which model answers: `lexicon` (shipped) or `trained` (local cache). */
  readonly model: 'lexicon' | 'trained'
  /** Why the lexicon answers although a trained file exists (an older build's cache), or null. */
  readonly modelNote: string | null
  score(
    text: string,
    lang: string,
    folded?: string,
    words?: readonly string[],
    /** wordFacts(words), when the caller has it. */
    row?: FactsRow,
  ): Sentiment & { evidence: LexiconScore }
}

export interface SentimentOptions {
  /**
   * Path of trained weights. `undefined`: the default cache path, used when it exists;
   * `null`: the shipped lexicon only.
   */
  modelPath?: string | null
  lexicons?: Lexicons
}

export const DEFAULT_MODEL_URL = new URL('../../../../.cache/nlp/sentiment-model.json', import.meta.url)

export function createSentimentScorer(opts: SentimentOptions = {}): SentimentScorer {
  const lexicons = opts.lexicons ?? loadLexicons()
  let trained: LinearModel | null = null
  let modelNote: string | null = null
  if (opts.modelPath !== null) {
    trained = loadLinearModel(opts.modelPath ?? DEFAULT_MODEL_URL, opts.modelPath !== undefined, (reason) => {
      modelNote = reason
    })
  }
  return {
    model: trained ? 'trained' : 'lexicon',
    modelNote,
    score(text, lang, folded = foldText(text), words, row) {
      const ev =
        words === undefined
          ? lexiconEvidence(text, folded, lexicons.get(lang))
          : lexiconEvidence(text, folded, lexicons.get(lang), words, row)
      const t = trained === null ? null : predictLinear(trained, text, folded, lang, ev)
      const r = t ?? lexiconSentiment(ev)
      if (r.label !== 'negative' && isSarcasticThanks(folded)) {
        return { label: 'negative', score: -Math.max(0.5, Math.abs(r.score)), evidence: ev }
      }
      return { label: r.label, score: r.score, evidence: ev }
    },
  }
}

export { type Lexicons, loadLexicons } from './lexicon.js'
export { type LexiconScore, lexiconEvidence, lexiconSentiment, squash } from './score.js'
