/**
 * Hot reload of the sentiment model from the models directory (registry.ts). The enricher
 * calls `check()` between batches: when CURRENT names a new version, that version is loaded
 * completely and checked (its files must hash to the name) before it replaces the answering
 * model, so every post of a batch is scored by one model and a bad file never answers. A
 * version that fails is refused once (the outcome says why) and the previous model stays.
 */
import {
  createSentimentScorer,
  type Lexicons,
  loadLexicons,
  type SentimentScorer,
  sentimentModelConfig,
} from '../sentiment/index.js'
import { currentSentimentModel, defaultModelsDir, hashOfVersion, type PublishedModel } from './registry.js'

export type ModelCheck =
  | { kind: 'unchanged' }
  | { kind: 'swapped'; from: string; to: string }
  | { kind: 'refused'; version: string; reason: string }

export interface ModelWatcher {
  /** Stable: always delegates to the model in force. Give it to createEnricher. */
  readonly scorer: SentimentScorer
  /** What happened at construction (a published version loaded or refused). */
  readonly initial: ModelCheck
  /** Look at CURRENT (at most every `intervalMs`); swap to a new version that loads. */
  check(): ModelCheck
}

export interface ModelWatcherOptions {
  modelsDir: string
  /** Answers while nothing is published: the configured scorer (built with reloadMs 0). */
  fallback: SentimentScorer
  /** Minimum milliseconds between two looks at CURRENT (default 0: every call). */
  intervalMs?: number
  now?: () => number
  lexicons?: Lexicons
}

/** A published version's scorer, reporting `local@<version>`. */
function loadPublished(p: PublishedModel, lexicons: Lexicons): SentimentScorer {
  const expected = hashOfVersion(p.version)
  if (expected === null) throw new Error(`"${p.version}" is not a model version (<hash>-<time>)`)
  const inner = createSentimentScorer({ modelPath: p.path, lexicons })
  const hash = inner.version.slice(inner.version.indexOf('@') + 1)
  if (hash !== expected)
    throw new Error(`files hash to ${hash}, the version says ${expected}: incomplete or altered`)
  const probe = inner.score('the bank', 'en')
  if (!Number.isFinite(probe.score)) throw new Error('scores a test post as NaN')
  const version = `local@${p.version}`
  return {
    get model() {
      return inner.model
    },
    version,
    modelNote: null,
    reload: () => false,
    score: (...args) => inner.score(...args),
  }
}

/**
 * A look at the models directory now, then at most one per `intervalMs` (0: every call): the
 * enricher calls `check` before each batch, and reading CURRENT that often is wasted I/O.
 */
export function throttledLooks(
  look: () => ModelCheck,
  intervalMs = 0,
  now: () => number = Date.now,
): { initial: ModelCheck; check: () => ModelCheck } {
  const initial = look()
  let nextLook = now() + intervalMs
  return {
    initial,
    check() {
      const t = now()
      if (t < nextLook) return { kind: 'unchanged' }
      nextLook = t + intervalMs
      return look()
    },
  }
}

export function createModelWatcher(opts: ModelWatcherOptions): ModelWatcher {
  const lexicons = opts.lexicons ?? loadLexicons()
  let current: SentimentScorer = opts.fallback
  /** The version CURRENT named when last looked at ('' = none). */
  let seen = ''

  function look(): ModelCheck {
    const published = currentSentimentModel(opts.modelsDir)
    if (published === null || published.version === seen) {
      // Nothing (new) published: the configured scorer may still follow its own file.
      if (current === opts.fallback && opts.fallback.reload()) {
        return { kind: 'swapped', from: 'configured', to: opts.fallback.version }
      }
      return { kind: 'unchanged' }
    }
    seen = published.version
    let next: SentimentScorer
    try {
      next = loadPublished(published, lexicons)
    } catch (err) {
      return { kind: 'refused', version: published.version, reason: (err as Error).message }
    }
    const from = current.version
    current = next
    return { kind: 'swapped', from, to: next.version }
  }

  const looks = throttledLooks(look, opts.intervalMs, opts.now)

  const scorer: SentimentScorer = {
    get model() {
      return current.model
    },
    get version() {
      return current.version
    },
    get modelNote() {
      return current.modelNote
    },
    reload: () => look().kind === 'swapped',
    score: (...args) => current.score(...args),
  }

  return { scorer, ...looks }
}

/**
 * For one-shot tools (vigil-enrich): the version published in the models directory
 * (`VIGIL_MODELS_DIR`) when there is one and loads, else the configured model. With
 * VIGIL_SENTIMENT_MODEL shipped or lexicon, the configured model only.
 */
export function publishedOrConfiguredScorer(
  env: Record<string, string | undefined> = process.env,
): SentimentScorer {
  const cfg = sentimentModelConfig(env)
  const configured = createSentimentScorer({ config: cfg })
  if (cfg.mode === 'shipped' || cfg.mode === 'lexicon') return configured
  const watcher = createModelWatcher({ modelsDir: defaultModelsDir(env), fallback: configured })
  if (watcher.initial.kind !== 'refused') return watcher.scorer
  const why = `published sentiment model ${watcher.initial.version} refused: ${watcher.initial.reason}`
  return {
    get model() {
      return configured.model
    },
    get version() {
      return configured.version
    },
    modelNote: why,
    reload: () => false,
    score: (...args) => configured.score(...args),
  }
}
