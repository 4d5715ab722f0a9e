/**
 * Sentiment for every language. Three models behind one scorer, chosen by configuration
 * (`model-config.ts`): the hand-written lexicon (always there); the SHIPPED linear model,
 * trained on openly licensed data only and committed (scripts/train-shipped.mjs); and the
 * LOCAL linear model, trained on this machine from research data and/or the bank's
 * corrections (scripts/train-sentiment.mjs, bin/vigil-train) into the git-ignored cache.
 * The lexicon's banking terms stay a prior on top of either linear model.
 *
 * Hot reload: every `reloadMs` the scorer compares the mtimes of the candidate files with
 * what it loaded; when one changed (or appeared) it loads the new file completely and only
 * then swaps it in, so a post is always scored by one whole model. A file that fails to
 * load leaves the previous model answering, and the reason is kept in `modelNote`.
 */
import type { Sentiment } from '@vigil/schema'
import type { FactsRow, WordTable } from '../perf/word-table.js'
import { foldText } from '../text.js'
import { createHotModel } from './hot-model.js'
import { type Lexicons, loadLexicons } from './lexicon.js'
import { predictLinear } from './linear.js'
import type { SentimentModelConfig } from './model-config.js'
import { DECISION_LAYER, resolveLabel } from './resolution.js'
import { isSarcasticThanks } from './sarcasm.js'
import { type LexiconScore, lexiconEvidence, lexiconSentiment, registerLexicons } from './score.js'

/** `lexicon`, `shipped` (open-data model), `trained` (local model or an explicit file). */
export type SentimentModelKind = 'lexicon' | 'shipped' | 'trained'

export interface SentimentScorer {
  /** Which model answers now. */
  readonly model: SentimentModelKind
  /** `<kind>@<hash of the files>` (`lexicon@builtin` for the lexicon): recorded on each mention. */
  readonly version: string
  /** Why a file was not used (an older build's cache, a broken new file), or null. */
  readonly modelNote: string | null
  score(
    text: string,
    lang: string,
    folded?: string,
    words?: readonly string[],
    /** The word table's row for `words`, when the caller has it. */
    row?: FactsRow,
  ): Sentiment & { evidence: LexiconScore }
  /** Check the model files now (also done every `reloadMs` while scoring); true if it swapped. */
  reload(): boolean
}

export interface SentimentOptions {
  /**
   * Explicit trained weights (must load), or `null` for the lexicon only. `undefined`: the
   * configuration decides (`config`, else the VIGIL_SENTIMENT_* environment).
   */
  modelPath?: string | null
  config?: SentimentModelConfig
  lexicons?: Lexicons
  /** The enricher's word table: the lexicons' words are put in it, so that rows carry them. */
  words?: WordTable
  /** Clock for the reload checks (tests). */
  now?: () => number
}

export function createSentimentScorer(opts: SentimentOptions = {}): SentimentScorer {
  const lexicons = opts.lexicons ?? loadLexicons()
  if (opts.words !== undefined) registerLexicons(opts.words, lexicons)
  const model = createHotModel(opts)
  return {
    get model() {
      return model.current.kind
    },
    get version() {
      return model.current.version
    },
    get modelNote() {
      return model.note
    },
    reload: model.reload,
    score(text, lang, folded = foldText(text), words, row) {
      model.tick()
      const ev =
        words === undefined
          ? lexiconEvidence(text, folded, lexicons.get(lang))
          : lexiconEvidence(text, folded, lexicons.get(lang), words, row)
      const trained = model.current.model
      const t = trained === null ? null : predictLinear(trained, text, folded, lang, ev)
      const r = t ?? lexiconSentiment(ev)
      if (r.label !== 'negative' && isSarcasticThanks(folded)) {
        return { label: 'negative', score: -Math.max(0.5, Math.abs(r.score)), evidence: ev }
      }
      // The resolution layer: always under the lexicon (its version is the build's), under a
      // linear model only when its metadata asks (so the layer is part of the model's hash).
      const layer = t === null ? DECISION_LAYER : (trained?.decisionLayer ?? 0)
      if (layer > 0) {
        const label = resolveLabel(r.label, folded, ev.questions, ev.neg > 0, layer)
        if (label !== r.label) return { label, score: flipScore(label, r.score), evidence: ev }
      }
      return { label: r.label, score: r.score, evidence: ev }
    },
  }
}

/** A score on the side of the layer's label: its polarity turned, at least ±0.3. */
function flipScore(label: string, score: number): number {
  const m = Math.max(0.3, Math.abs(score))
  return label === 'positive' ? m : -m
}

export { type Lexicons, loadLexicons } from './lexicon.js'
export {
  defaultLocalPath,
  defaultShippedPath,
  SENTIMENT_MODES,
  type SentimentMode,
  type SentimentModelConfig,
  sentimentModelConfig,
} from './model-config.js'
export { type LexiconScore, lexiconEvidence, lexiconSentiment, squash } from './score.js'
