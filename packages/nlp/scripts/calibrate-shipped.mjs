#!/usr/bin/env node
/**
 * Choose the shipped model's decision layer per language on OUR OWN social posts
 * (data/sentiment/posts.mjs, written by us, never fitted on by the model being calibrated),
 * without retraining: the polarity bias (added to the positive, taken from the negative
 * logit) and the neutral band (neutral when |p(positive) − p(negative)| is below it; none:
 * the most probable class). The two-class subtitle files the weights learnt from cannot say
 * where neutral starts; posts that are neutral in the language itself can.
 *
 *   node packages/nlp/scripts/calibrate-shipped.mjs [--model FILE] [--out FILE] [--langs en,de]
 *
 * Writes only the metadata (`polarityBias`, `neutralBand` per language); the weight files are
 * untouched. Reads no research data. Deterministic. Ties keep the simpler setting (no band,
 * polarity 0): a shift the posts do not ask for is not made.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sentimentPosts } from '../data/sentiment/posts.mjs'
import { lexiconEvidence, loadLexicons } from '../dist/sentiment/index.js'
import { loadLinearModel, predictLinear } from '../dist/sentiment/linear.js'
import { foldText } from '../dist/text.js'
import { cliArgs, macroF1, writeAtomic } from './lib/linear-train.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const args = cliArgs()
const MODEL = resolve(args.model ?? join(here, '../models/sentiment-shipped.json'))
const OUT = resolve(args.out ?? MODEL)
const LANGS = (args.langs ?? 'en,zh,ar,nl,es,fr,de').split(',')
const BANDS = [undefined, 0.1, 0.2, 0.3, 0.4, 0.5]
const POLARITIES = [0, -0.25, 0.25, -0.5, 0.5]
/** `--full 1`: the lexicon weight and the neutral bias are searched too (else kept as trained). */
const FULL = args.full === '1'
const LEX_WEIGHTS = [0, 0.5, 1, 2, 4]
const NEUTRAL_BIASES = [0, -0.5, 0.5, 1]

const meta = JSON.parse(readFileSync(MODEL, 'utf8'))
const model = loadLinearModel(MODEL, true)
const lexicons = loadLexicons()
const posts = sentimentPosts()
for (const lang of LANGS) {
  const m = model.langs.get(lang)
  if (m === undefined) continue
  const classes = m.classes
  const items = posts
    .filter((p) => p.lang === lang && classes.includes(p.label))
    .map((p) => {
      const folded = foldText(p.text)
      return { y: classes.indexOf(p.label), folded, ev: lexiconEvidence(p.text, folded, lexicons.get(lang)) }
    })
  const f1 = () => {
    const pred = items.map((it) => {
      const s = predictLinear(model, '', it.folded, lang, it.ev)
      // Two-class tables: the sign decides, as the evaluation reads them.
      if (classes.length === 2) return s.score > 0 ? 1 : s.score < 0 ? 0 : -1
      return classes.indexOf(s.label)
    })
    return macroF1(
      items.map((it) => it.y),
      pred,
      classes.length,
    )
  }
  const before = f1()
  let best = null
  const lexWeights = FULL
    ? [m.lexiconWeight, ...LEX_WEIGHTS.filter((w) => w !== m.lexiconWeight)]
    : [m.lexiconWeight]
  const neutralBiases =
    FULL && classes.length === 3
      ? [m.neutralBias, ...NEUTRAL_BIASES.filter((b) => b !== m.neutralBias)]
      : [m.neutralBias]
  for (const lexiconWeight of lexWeights) {
    for (const neutralBias of neutralBiases) {
      for (const band of classes.length === 3 ? BANDS : [undefined]) {
        for (const polarity of POLARITIES) {
          Object.assign(m, { lexiconWeight, neutralBias, neutralBand: band, polarityBias: polarity })
          const score = f1()
          if (!best || score > best.score + 1e-9) best = { score, band, polarity, lexiconWeight, neutralBias }
        }
      }
    }
  }
  Object.assign(m, {
    lexiconWeight: best.lexiconWeight,
    neutralBias: best.neutralBias,
    neutralBand: best.band,
    polarityBias: best.polarity,
  })
  const info = meta.langs[lang]
  info.lexiconWeight = best.lexiconWeight
  info.neutralBias = best.neutralBias
  info.polarityBias = best.polarity
  if (best.band === undefined) delete info.neutralBand
  else info.neutralBand = best.band
  meta.calibratedOn = 'packages/nlp/data/sentiment/posts.mjs (all families)'
  console.log(
    `${lang}: ${items.length} posts, macro-F1 ${before.toFixed(3)} → ${best.score.toFixed(3)} (lexicon weight ${best.lexiconWeight}, neutral bias ${best.neutralBias}, neutral band ${best.band ?? 'none'}, polarity bias ${best.polarity})`,
  )
}
writeAtomic(OUT, `${JSON.stringify(meta, null, 2)}\n`)
console.log(`wrote ${OUT}`)
