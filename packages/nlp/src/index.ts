export { type BrandMatchContext, type BrandMatcher, createBrandMatcher } from './brands.js'
export {
  createEnricher,
  type Enricher,
  type EnricherOptions,
  isPiiIncident,
  PII_CARE_REASON,
} from './enricher.js'
export { type Entities, extractEntities, normaliseTag } from './entities.js'
export { classifyIntent, type IntentInput, type IntentResult } from './intent.js'
export {
  createIntentClassifier,
  defaultIntentModelPath,
  type IntentClassifier,
  type IntentClassifierOptions,
  type IntentContext,
} from './intent-classifier.js'
export { INTENT_CLASSES } from './intent-model.js'
export { detectLanguage, type LangResult, SUPPORTED_LANGS, UNKNOWN_LANG } from './lang.js'
export { marketsFor } from './markets.js'
export * from './models/index.js'
export { findPii, type MaskResult, maskPii, type PiiSpan } from './pii.js'
export { bsnValid, ibanValid, luhnValid, ninoValid, ssnValid } from './pii-checks.js'
export {
  createSentimentScorer,
  defaultLocalPath,
  defaultShippedPath,
  lexiconEvidence,
  lexiconSentiment,
  loadLexicons,
  SENTIMENT_MODES,
  type SentimentMode,
  type SentimentModelConfig,
  type SentimentModelKind,
  type SentimentOptions,
  type SentimentScorer,
  sentimentModelConfig,
} from './sentiment/index.js'
export { cleanText, foldArabic, foldText, MAX_ANALYSIS_CHARS, toSimplified } from './text.js'

import type { BrandConfig } from '@vigil/config'
import type { BrandMatch, Sentiment } from '@vigil/schema'
import { createBrandMatcher } from './brands.js'
import { createSentimentScorer, type SentimentScorer } from './sentiment/index.js'

/** Convenience: match brands in one text (builds a matcher; reuse createBrandMatcher in loops). */
export function matchBrands(text: string, brands: BrandConfig[]): BrandMatch[] {
  return createBrandMatcher(brands).match(text)
}

let defaultScorer: SentimentScorer | null = null
/** Convenience for tests and the CLI: the shipped lexicon model, built once. */
export function scoreSentiment(text: string, lang = 'en'): Sentiment {
  defaultScorer ??= createSentimentScorer({ modelPath: null })
  const s = defaultScorer.score(text, lang)
  return { label: s.label, score: s.score }
}
