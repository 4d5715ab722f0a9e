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
import { statSync } from 'node:fs'
import type { Sentiment } from '@vigil/schema'
import type { FactsRow, WordTable } from '../perf/word-table.js'
import { foldText } from '../text.js'
import { type Lexicons, loadLexicons } from './lexicon.js'
import { type LinearModel, loadLinearModel, predictLinear } from './linear.js'
import { type SentimentModelConfig, sentimentModelConfig } from './model-config.js'
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

interface Candidate {
  kind: Exclude<SentimentModelKind, 'lexicon'>
  path: string
  /** An explicitly chosen file must load; a default one may be absent or stale. */
  required: boolean
}

interface Loaded {
  kind: SentimentModelKind
  model: LinearModel | null
  version: string
}

const LEXICON: Loaded = { kind: 'lexicon', model: null, version: 'lexicon@builtin' }

function candidatesOf(opts: SentimentOptions): { list: Candidate[]; reloadMs: number } {
  if (opts.modelPath === null) return { list: [], reloadMs: 0 }
  if (typeof opts.modelPath === 'string') {
    return {
      list: [{ kind: 'trained', path: opts.modelPath, required: true }],
      reloadMs: opts.config?.reloadMs ?? 0,
    }
  }
  const cfg = opts.config ?? sentimentModelConfig()
  const local: Candidate = { kind: 'trained', path: cfg.localPath, required: cfg.mode === 'local' }
  const shipped: Candidate = { kind: 'shipped', path: cfg.shippedPath, required: cfg.mode === 'shipped' }
  const list =
    // auto: local, else the lexicon. The shipped model is opt-in until it beats the lexicon.
    cfg.mode === 'lexicon'
      ? []
      : cfg.mode === 'local'
        ? [local]
        : cfg.mode === 'shipped'
          ? [shipped]
          : [local]
  return { list, reloadMs: cfg.reloadMs }
}

const mtimeOf = (path: string): number => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

export function createSentimentScorer(opts: SentimentOptions = {}): SentimentScorer {
  const lexicons = opts.lexicons ?? loadLexicons()
  if (opts.words !== undefined) registerLexicons(opts.words, lexicons)
  const { list, reloadMs } = candidatesOf(opts)
  const now = opts.now ?? Date.now
  let note: string | null = null
  let seen = ''
  let nextCheck = 0

  /** The first candidate that loads; throws only for a required file at start-up. */
  function resolveModel(startup: boolean): Loaded {
    for (const c of list) {
      try {
        const m = loadLinearModel(c.path, c.required, (reason) => {
          note = reason
        })
        if (m !== null)
          return { kind: c.kind, model: m, version: `${c.kind === 'trained' ? 'local' : c.kind}@${m.hash}` }
      } catch (err) {
        if (startup && c.required) throw err
        note = `sentiment model ${c.path} not loaded: ${(err as Error).message}`
      }
    }
    return LEXICON
  }

  const stamp = () => list.map((c) => mtimeOf(c.path)).join(',')
  seen = stamp()
  let current = resolveModel(true)
  nextCheck = now() + reloadMs

  function reload(): boolean {
    const s = stamp()
    if (s === seen) return false
    seen = s
    const next = resolveModel(false)
    // A required file that broke keeps the model that was answering.
    if (next === LEXICON && current !== LEXICON && list.every((c) => c.required)) return false
    const swapped = next.version !== current.version
    current = next
    return swapped
  }

  return {
    get model() {
      return current.kind
    },
    get version() {
      return current.version
    },
    get modelNote() {
      return note
    },
    reload,
    score(text, lang, folded = foldText(text), words, row) {
      if (reloadMs > 0 && list.length > 0) {
        const t = now()
        if (t >= nextCheck) {
          nextCheck = t + reloadMs
          reload()
        }
      }
      const ev =
        words === undefined
          ? lexiconEvidence(text, folded, lexicons.get(lang))
          : lexiconEvidence(text, folded, lexicons.get(lang), words, row)
      const trained = current.model
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
export {
  defaultLocalPath,
  defaultShippedPath,
  SENTIMENT_MODES,
  type SentimentMode,
  type SentimentModelConfig,
  sentimentModelConfig,
} from './model-config.js'
export { type LexiconScore, lexiconEvidence, lexiconSentiment, squash } from './score.js'
