/**
 * The package's public surface: the enricher (what the service, `vigil-enrich` and the
 * benches use), the language detector, personal-data masking and the sentiment scorer
 * (evaluation scripts). Everything else is internal to the analysers.
 */
export { createEnricher, type Enricher, type EnricherOptions, loadEnricher } from './enricher.js'
export { defaultIntentModelPath } from './intent-classifier.js'
export { loadIntentModel } from './intent-model.js'
export {
  createLanguageDetector,
  type LangResult,
  type LanguageDetector,
  loadLanguageDetector,
} from './lang.js'
export * from './models/index.js'
export { findPii, type MaskResult, maskPii, type PiiSpan } from './pii.js'
export {
  createSentimentScorer,
  type SentimentModelConfig,
  type SentimentModelKind,
  type SentimentOptions,
  type SentimentScorer,
  sentimentModelConfig,
} from './sentiment/index.js'
