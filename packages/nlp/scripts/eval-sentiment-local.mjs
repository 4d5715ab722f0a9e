#!/usr/bin/env node
/**
 * The LOCAL sentiment model (or several files of it, side by side) on every set it can be
 * measured on, in-process and told the language (faster than eval-sentiment.mjs and
 * eval-sentiment-fresh.mjs, which run every model and, for the blind sets, vigil-enrich):
 *
 *   - the research test split (held out by row: the model trains on the train split);
 *   - the open data files it does not train on (held out by source: XED fr, de, en, zh, ar and
 *     AfriSenti Darija; two-class files scored by the sign of the score, as eval-sentiment.mjs);
 *   - the red-team sets 5–12 (data/fresh/sentiment-fresh-N.mjs), each set separately and pooled.
 *     They are tuned-on; with `train-sentiment.mjs --fresh-sets` they are trained on too, and a
 *     model trained with `--fresh-sets 5,7,9,11` is held out by set on 6, 8, 10, 12 (and the
 *     reverse): `--sets` picks the sets to score. Set 13 is never read here.
 *
 *   node packages/nlp/scripts/eval-sentiment-local.mjs --local A.json[,B.json] [--sets 5,6,7,8,9,10,11,12] [--langs en,zh,ar,nl,es,fr,de] [--open 0]
 *   node packages/nlp/scripts/eval-sentiment-local.mjs --local BASE.json --halves ODD.json,EVEN.json
 *
 * `--halves`: two models trained with `--fresh-sets 5,7,9,11` and `--fresh-sets 6,8,10,12`; each
 * scores the four sets it did not train on and the answers are pooled per language (every post
 * of sets 5–12 read by a model that never saw its set), beside the first `--local` model.
 *
 * Prints macro-F1 only (no posts): research data may not be quoted, and the sets' misses are
 * not needed to compare two trainings.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '@vigil/config'
import { createSentimentScorer } from '../dist/index.js'
import { cliArgs, macroF1 } from './lib/linear-train.mjs'
import { OPEN_FILES, openHeldOut, researchSets } from './lib/sentiment-eval-sets.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = cliArgs()
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const OPEN = args.open && args.open !== '0' && args.open !== '1' ? args.open : join(DATA, '../sentiment-open')
const MODELS = (args.local ?? '').split(',').filter((p) => p !== '')
if (MODELS.length === 0) throw new Error('--local FILE[,FILE…]: the model files to compare')
/** The red-team sets that may be read: 5–14 (15 onwards are blind). */
const ALL_SETS = ['5', '6', '7', '8', '9', '10', '11', '12', '13', '14']
const SETS = (args.sets ?? ALL_SETS.join(',')).split(',').filter((s) => s !== '')
if (SETS.some((n) => Number(n) >= 15)) throw new Error('set 15 and later are blind: never read here')
const LANGS = (args.langs ?? 'en,zh,ar,nl,es,fr,de').split(',')
// Open files the local model never trains on (train-sentiment.mjs's OPEN_EXTRA: ar ArSarcasm,
// es and nl XED are trained on, so they are not held out for it).
const OPEN_HELD_OUT = new Set([
  'xed/en.jsonl',
  'xed/zh.jsonl',
  'xed/ar.jsonl',
  'afrisenti/ary.jsonl',
  'xed/fr.jsonl',
  'xed/de.jsonl',
])
const CLASSES = ['negative', 'neutral', 'positive']

const scorers = MODELS.map((p) => {
  if (!existsSync(p)) throw new Error(`no model at ${p}`)
  return createSentimentScorer({ modelPath: p })
})

/** Macro-F1 of one scorer on items of one language; 2-class sets by the score's sign. */
function f1(scorer, lang, items, classes) {
  const pred = items.map((it) => {
    const s = scorer.score(it.text, lang)
    if (classes.length === 2) return s.score > 0 ? 'positive' : s.score < 0 ? 'negative' : 'neutral'
    return s.label
  })
  const gold = items.map((it) => it.label)
  return macroF1(gold, pred, classes.length, classes)
}

const row = (name, n, values) =>
  console.log(`| ${name} | ${n} | ${values.map((v) => v.toFixed(3)).join(' | ')} |`)
const header = (title) => {
  console.log(`\n${title}`)
  console.log(
    `| set | items | ${scorers.map((s, i) => `${i === 0 ? 'A' : String.fromCharCode(65 + i)} ${s.version}`).join(' | ')} |`,
  )
  console.log(`|---|---|${scorers.map(() => '---').join('|')}|`)
}

header('research test split (held out by row; zh 2 classes by sign)')
for (const set of researchSets(DATA)) {
  if (!LANGS.includes(set.lang) && !LANGS.includes(set.name)) continue
  row(
    set.name,
    set.items.length,
    scorers.map((s) => f1(s, set.lang, set.items, set.classes)),
  )
}

if (args.open !== '0' && existsSync(join(OPEN, 'xed', 'en.jsonl'))) {
  header(`open data never trained on by the local model (held out by source; 20% of each file), ${OPEN}`)
  for (const [lang, file] of OPEN_FILES) {
    if (!LANGS.includes(lang) || !OPEN_HELD_OUT.has(file)) continue
    const items = openHeldOut(OPEN, file)
    const classes = CLASSES.filter((c) => items.some((it) => it.label === c))
    row(
      `${lang} ${file}`,
      items.length,
      scorers.map((s) => f1(s, lang, items, classes)),
    )
  }
}

const fresh = {}
for (const n of SETS) fresh[n] = await import(`../data/fresh/sentiment-fresh-${n}.mjs`)
header(`red-team sets ${SETS.join(', ')} (told the language), per language: pooled, then set by set`)
const pooledAll = scorers.map(() => ({ gold: [], pred: [] }))
for (const lang of LANGS) {
  const items = SETS.flatMap((n) => (fresh[n][lang] ?? []).map(([text, label]) => ({ text, label, set: n })))
  if (items.length === 0) continue
  row(
    `${lang} pooled`,
    items.length,
    scorers.map((s) => f1(s, lang, items, CLASSES)),
  )
  for (const n of SETS) {
    const part = items.filter((it) => it.set === n)
    row(
      `${lang} set ${n}`,
      part.length,
      scorers.map((s) => f1(s, lang, part, CLASSES)),
    )
  }
  scorers.forEach((s, i) => {
    for (const it of items) {
      pooledAll[i].gold.push(it.label)
      pooledAll[i].pred.push(s.score(it.text, lang).label)
    }
  })
}
row(
  'all languages pooled',
  pooledAll[0].gold.length,
  pooledAll.map((p) => macroF1(p.gold, p.pred, 3, CLASSES)),
)

if (args.halves) {
  const [odd, even] = args.halves.split(',').map((p) => createSentimentScorer({ modelPath: p }))
  const oddSets = ALL_SETS.filter((n) => Number(n) % 2 === 1)
  const evenSets = ALL_SETS.filter((n) => Number(n) % 2 === 0)
  console.log(
    `\nheld out by set: ${odd.version} (trained on sets ${oddSets}) on ${evenSets} + ${even.version} (trained on ${evenSets}) on ${oddSets}, pooled`,
  )
  console.log(`| lang | items | ${scorers[0].version} | halves, held out by set |`)
  console.log('|---|---|---|---|')
  const total = [
    { gold: [], pred: [] },
    { gold: [], pred: [] },
  ]
  for (const lang of LANGS) {
    const items = ALL_SETS.flatMap((n) =>
      (fresh[n]?.[lang] ?? []).map(([text, label]) => ({ text, label, set: n })),
    )
    if (items.length === 0) continue
    const gold = items.map((it) => it.label)
    const base = items.map((it) => scorers[0].score(it.text, lang).label)
    const held = items.map((it) => (oddSets.includes(it.set) ? even : odd).score(it.text, lang).label)
    total[0].gold.push(...gold)
    total[0].pred.push(...base)
    total[1].gold.push(...gold)
    total[1].pred.push(...held)
    row(lang, items.length, [macroF1(gold, base, 3, CLASSES), macroF1(gold, held, 3, CLASSES)])
  }
  row(
    'all',
    total[0].gold.length,
    total.map((t) => macroF1(t.gold, t.pred, 3, CLASSES)),
  )
}
