import type { Logger } from '@vigil/config'
import {
  createModelWatcher,
  createSentimentScorer,
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
  /** Give to createEnricher: always the model in force. */
  scorer: SentimentScorer
  /** Called by the service before each batch: the only moment a model can change. */
  beforeBatch(): void
  stats: ModelReloaderStats
}

/**
 * The sentiment model a running enricher answers with, swapped without a restart: a version
 * vigil-train publishes into `modelsDir` replaces it between two batches (so one batch is scored
 * by one model), and every mention records the version in `models.sentiment`. With
 * VIGIL_SENTIMENT_MODEL shipped or lexicon the bank asked for that model only: nothing is watched.
 */
export function createModelReloader(opts: {
  sentiment: SentimentModelConfig
  modelsDir: string
  /** Minimum milliseconds between two looks at the models directory. */
  intervalMs: number
  logger: Logger
}): ModelReloader {
  const stats: ModelReloaderStats = { swapped: 0, refused: 0 }
  // Its own file-watching is off (reloadMs 0): checks happen here, between batches only.
  const configured = createSentimentScorer({ config: { ...opts.sentiment, reloadMs: 0 } })
  if (opts.sentiment.mode === 'shipped' || opts.sentiment.mode === 'lexicon') {
    return { scorer: configured, beforeBatch: () => {}, stats }
  }
  const watcher = createModelWatcher({
    modelsDir: opts.modelsDir,
    fallback: configured,
    intervalMs: opts.intervalMs,
  })
  const report = (c: ModelCheck) => {
    if (c.kind === 'swapped') {
      stats.swapped++
      opts.logger.info({
        event: 'sentiment_model_swapped',
        from: c.from,
        to: c.to,
        modelsDir: opts.modelsDir,
      })
    } else if (c.kind === 'refused') {
      stats.refused++
      opts.logger.error({
        event: 'sentiment_model_refused',
        version: c.version,
        reason: c.reason,
        keeping: watcher.scorer.version,
      })
    }
  }
  report(watcher.initial)
  return { scorer: watcher.scorer, beforeBatch: () => report(watcher.check()), stats }
}
