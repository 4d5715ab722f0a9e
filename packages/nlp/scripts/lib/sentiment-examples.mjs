/**
 * Labelled posts as training examples of the linear sentiment model (train-sentiment.mjs and
 * its trial harness): hashed features, the lexicon score, and the shipped model's logits for
 * the mix (lib/shipped-mix.mjs; null without a mixable shipped table).
 */
import { featurize } from '../../dist/sentiment/features.js'
import { lexiconEvidence, squash } from '../../dist/sentiment/index.js'
import { foldText } from '../../dist/text.js'
import { shippedLogits } from './shipped-mix.mjs'

/**
 * `scriptWords`: the table is fitted with the script-word features (src/sentiment/script-words.ts);
 * `cues`: with the discourse cues (src/sentiment/cues.ts; the local model).
 */
export function sentimentExamples(
  items,
  lang,
  classes,
  lexicons,
  dim,
  shipped,
  scriptWords = false,
  cues = false,
) {
  const lex = lexicons.get(lang)
  return items
    .filter((it) => classes.includes(it.label))
    .map((it) => {
      const folded = foldText(it.text)
      const ev = lexiconEvidence(it.text, folded, lex)
      return {
        id: it.id,
        lang,
        source: it.source,
        y: classes.indexOf(it.label),
        x: featurize(folded, ev, dim, scriptWords, cues),
        weight: 1,
        lex: squash(ev.sum),
        zs: shippedLogits(shipped, lang, folded, ev, scriptWords),
      }
    })
}
