import type { Logger } from '@vigil/config'
import {
  createIntentModelWatcher,
  createModelWatcher,
  createSentimentScorer,
  fixedIntentModel,
  type IntentModelSource,
  loadIntentModel,
  type ModelCheck,
  type SentimentModelConfig,
  type SentimentScorer,
} from '@vigil/nlp'

export interface ModelReloaderStats {
  /** Times a newly published model replaced the one in force. */
  swapped: number
  /** Published versions refused (broken, cut short or altered); the model in force stayed. */
  refused: number
}

export interface ModelReloader {
  /** Give to createEnricher (`sentimentScorer`): always the sentiment model in force. */
  scorer: SentimentScorer
  /** Give to createEnricher (`intentModel`): always the intent model in force. */
  intent: IntentModelSource
  /** Called by the service before each batch: the only moment a model can change. */
  beforeBatch(): void
  /** Sentiment swaps and refusals. */
  stats: ModelReloaderStats
  intentStats: ModelReloaderStats
}

export interface ModelReloaderOptions {
  sentiment: SentimentModelConfig
  /**
   * The intent model answering until a version is published (a file, or null: the rules only,
   * and then nothing is watched); `required`: a missing file is an error.
   */
  intent?: { path: string | null; required: boolean }
  modelsDir: string
  /** Minimum milliseconds between two looks at the models directory. */
  intervalMs: number
  logger: Logger
}

/**
 * The models a running enricher answers with, swapped without a restart: a sentiment or intent
 * version vigil-train publishes into `modelsDir` replaces the one in force between two batches
 * (so one batch is scored by one model), and every mention records the versions in `models`.
 * With VIGIL_SENTIMENT_MODEL shipped or lexicon the bank asked for that sentiment model only, and
 * with VIGIL_INTENT_MODEL=rules for the intent rules only: those are not watched.
 */
export function createModelReloader(opts: ModelReloaderOptions): ModelReloader {
  const sentiment = sentimentReloader(opts)
  const intent = intentReloader(opts)
  return {
    scorer: sentiment.scorer,
    intent: intent.source,
    beforeBatch: () => {
      sentiment.check()
      intent.check()
    },
    stats: sentiment.stats,
    intentStats: intent.stats,
  }
}

/** Counts and logs a watcher's outcomes, `sentiment_model_swapped` / `intent_model_refused`, … */
function reporter(what: 'sentiment' | 'intent', opts: ModelReloaderOptions, inForce: () => string) {
  const stats: ModelReloaderStats = { swapped: 0, refused: 0 }
  const report = (c: ModelCheck) => {
    if (c.kind === 'swapped') {
      stats.swapped++
      opts.logger.info({ event: `${what}_model_swapped`, from: c.from, to: c.to, modelsDir: opts.modelsDir })
    } else if (c.kind === 'refused') {
      stats.refused++
      opts.logger.error({
        event: `${what}_model_refused`,
        version: c.version,
        reason: c.reason,
        keeping: inForce(),
      })
    }
  }
  return { stats, report }
}

function sentimentReloader(opts: ModelReloaderOptions) {
  // Its own file-watching is off (reloadMs 0): checks happen here, between batches only.
  const configured = createSentimentScorer({ config: { ...opts.sentiment, reloadMs: 0 } })
  if (opts.sentiment.mode === 'shipped' || opts.sentiment.mode === 'lexicon') {
    return { scorer: configured, check: () => {}, stats: { swapped: 0, refused: 0 } }
  }
  const watcher = createModelWatcher({
    modelsDir: opts.modelsDir,
    fallback: configured,
    intervalMs: opts.intervalMs,
  })
  const { stats, report } = reporter('sentiment', opts, () => watcher.scorer.version)
  report(watcher.initial)
  return { scorer: watcher.scorer, check: () => report(watcher.check()), stats }
}

function intentReloader(opts: ModelReloaderOptions) {
  const path = opts.intent === undefined ? null : opts.intent.path
  const configured = fixedIntentModel(path === null ? null : loadIntentModel(path, opts.intent!.required))
  if (path === null) return { source: configured, check: () => {}, stats: { swapped: 0, refused: 0 } }
  const watcher = createIntentModelWatcher({
    modelsDir: opts.modelsDir,
    fallback: configured,
    intervalMs: opts.intervalMs,
  })
  const { stats, report } = reporter('intent', opts, () => watcher.source.version)
  report(watcher.initial)
  return { source: watcher.source, check: () => report(watcher.check()), stats }
}
