#!/usr/bin/env node
/**
 * Sentiment evaluation on every test split of the development data: macro-F1 and accuracy
 * per language, side by side for the hand-written lexicon, the SHIPPED model (trained on
 * openly licensed data only: it never saw these sources, so every figure here is a
 * held-out-source figure for it) and the LOCAL model (trained on the train splits of the
 * same sources, if the cache has one), beside the best off-the-shelf npm lexicon library
 * from the data's README and the same libraries run live on every set (`npm`,
 * lib/off-the-shelf.mjs: VADER en, multilang-sentiment elsewhere, the sign rule).
 *
 *   node packages/nlp/scripts/eval-sentiment.mjs [--data DIR] [--shipped FILE] [--local FILE] [--open DIR] [--npm-open 1]
 *
 * zh is scored as 2 classes (neither source has neutral), Weibo and hotel separately, and
 * Weibo once more with the [表情] emoticon codes removed. Reads test texts at run time only.
 * The margin is taken on the same 80% of each file that the README's baselines were scored
 * on (its deterministic split), so that both figures count the same items.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '@vigil/config'
import { createSentimentScorer, sentimentModelConfig } from '../dist/index.js'
import { bankSentimentItems, careSentimentItems } from './lib/bank-posts.mjs'
// fnv: 32-bit FNV-1a, as the data README's baseline split uses.
import { cliArgs, fnv, macroF1 } from './lib/linear-train.mjs'
import { offTheShelfLabel } from './lib/off-the-shelf.mjs'
import { OPEN_FILES, openHeldOut, researchSets } from './lib/sentiment-eval-sets.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = cliArgs()
// Needs the research test splits: --data DIR, else VIGIL_SHARED_DATA/sentiment (default beside the
// repository); exits 2 saying where it looked when they are not there.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const cfg = sentimentModelConfig()
const LOCAL = args.local ?? args.model ?? cfg.localPath
const SHIPPED = args.shipped ?? cfg.shippedPath

// Best library per column (macro-F1, tuned or sign rule, whichever is higher) from the
// data README's baseline tables; they were scored on 80% of each test file.
const BASELINE = {
  en: [0.64, 'vader-sentiment (tuned)'],
  ar: [0.48, 'multilang-sentiment (sign)'],
  fr: [0.52, 'multilang-sentiment (sign)'],
  de: [0.44, 'multilang-sentiment (sign)'],
  es: [0.47, 'multilang-sentiment (sign)'],
  it: [0.5, 'multilang-sentiment (sign)'],
  pt: [0.51, 'multilang-sentiment (tuned)'],
  hi: [0.19, 'multilang-sentiment'],
  nl: [0.56, 'natural (sign)'],
  'zh-weibo': [0.76, 'multilang-sentiment (tuned)'],
  'zh-hotel': [0.66, 'multilang-sentiment + jieba (tuned)'],
  'zh-weibo-nocodes': [0.63, 'multilang-sentiment + jieba (tuned)'],
}
function metrics(gold, pred, classes) {
  let correct = 0
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) correct++
  return { f1: macroF1(gold, pred, classes.length, classes), acc: correct / gold.length }
}

/**
 * The part of a test file the README's baselines were scored on: per label, items ordered
 * by FNV of `dev:<id>`, the first 20% (their tuning part) left out, the other 80% kept.
 */
function scoredPart(items) {
  const out = []
  for (const label of new Set(items.map((i) => i.label))) {
    const group = items
      .filter((i) => i.label === label)
      .sort((a, b) => fnv(`dev:${a.id}`) - fnv(`dev:${b.id}`))
    out.push(...group.slice(Math.round(group.length * 0.2)))
  }
  return out
}

function run(scorer, set) {
  const pred = set.items.map((it) => {
    const s = scorer.score(it.text, set.lang)
    // 2-class files: the sign of the score decides; a zero score is "neutral", i.e. wrong.
    if (set.classes.length === 2) return s.score > 0 ? 'positive' : s.score < 0 ? 'negative' : 'neutral'
    return s.label
  })
  return metrics(
    set.items.map((i) => i.label),
    pred,
    set.classes,
  )
}

/** The set restricted to the baselines' scored part (same ids as their figures). */
const part = (set) => ({ ...set, items: scoredPart(set.items) })

const lexicon = createSentimentScorer({ modelPath: null })
const shipped = existsSync(SHIPPED)
  ? createSentimentScorer({ config: { ...cfg, mode: 'shipped', shippedPath: SHIPPED, reloadMs: 0 } })
  : null
const local = existsSync(LOCAL) ? createSentimentScorer({ modelPath: LOCAL }) : null
// What a clone without a local model gets from `auto`: the shipped model in its autoLangs, the
// lexicon elsewhere.
const clone = shipped
  ? createSentimentScorer({
      config: { ...cfg, mode: 'auto', shippedPath: SHIPPED, localPath: `${SHIPPED}.no-local`, reloadMs: 0 },
    })
  : null
// The off-the-shelf npm lexicon, live, on every item (lib/off-the-shelf.mjs): a scorer's shape.
const SIGN = { positive: 1, negative: -1, neutral: 0 }
const npm = {
  score: (text, lang) => {
    const label = offTheShelfLabel(text, lang.startsWith('zh') ? 'zh' : lang)
    return { label, score: SIGN[label] }
  },
}
const fmt = (m) => `${m.f1.toFixed(2)} / ${m.acc.toFixed(2)}`
const sign = (x) => (x >= 0 ? '+' : '') + x.toFixed(2)
console.log(
  `sentiment eval — cells: macro-F1 / accuracy on the whole test split of ${DATA}; shipped: ${shipped ? `${SHIPPED} (${shipped.version})` : 'none'}; auto without a local model: ${clone?.version ?? 'none'}; local: ${local ? `${LOCAL} (${local.version})` : 'none'}`,
)
console.log(
  '| set | items | best npm lexicon library (README, its 80% part) | npm, live (lib/off-the-shelf.mjs) | lexicon | **shipped** | shipped − npm live | auto, no local | local | local − best npm (80% part) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const set of researchSets(DATA)) {
  const [base, lib] = BASELINE[set.name]
  const n = run(npm, set)
  const l = run(lexicon, set)
  const s = shipped ? run(shipped, set) : null
  const c = clone ? run(clone, set) : null
  const t = local ? run(local, set) : null
  const tp = local ? run(local, part(set)) : null
  console.log(
    `| ${set.name} | ${set.items.length} | ${base.toFixed(2)} ${lib} | ${fmt(n)} | ${fmt(l)} | ${s ? fmt(s) : '—'} | ${s ? sign(s.f1 - n.f1) : '—'} | ${c ? fmt(c) : '—'} | ${t ? fmt(t) : '—'} | ${tp ? sign(tp.f1 - base) : '—'} |`,
  )
}

// Our own bank posts: the held-out third of the template families (data/intent/templates.mjs),
// which no sentiment model is trained or tuned on (train-shipped.mjs and train-sentiment.mjs
// read the other families only), and the intent care evaluation posts (data/intent/care-eval.mjs),
// which none reads. In-domain, but written by the same team as the training families.
const bankSets = [
  [
    'held-out template families (complaint/abuse negative, praise positive, question/news/chatter neutral; zh 2 classes)',
    bankSentimentItems().filter((it) => it.heldOut),
  ],
  ['intent care evaluation posts (same mapping)', careSentimentItems()],
]
for (const [title, bank] of bankSets) {
  console.log(`\nour bank posts, ${title}: ${bank.length} posts`)
  console.log('| lang | items | npm | lexicon | **shipped** | shipped − npm | auto, no local | local |')
  console.log('|---|---|---|---|---|---|---|---|')
  for (const lang of ['en', 'zh', 'ar', 'nl', 'es', 'fr', 'de']) {
    const classes = lang === 'zh' ? ['negative', 'positive'] : ['negative', 'neutral', 'positive']
    const set = {
      name: `bank-${lang}`,
      lang,
      classes,
      items: bank.filter((it) => it.lang === lang && classes.includes(it.label)),
    }
    if (set.items.length === 0) continue
    const n = run(npm, set)
    const l = run(lexicon, set)
    const s = shipped ? run(shipped, set) : null
    const c = clone ? run(clone, set) : null
    const t = local ? run(local, set) : null
    console.log(
      `| ${lang} | ${set.items.length} | ${fmt(n)} | ${fmt(l)} | ${s ? fmt(s) : '—'} | ${s ? sign(s.f1 - n.f1) : '—'} | ${c ? fmt(c) : '—'} | ${t ? fmt(t) : '—'} |`,
    )
  }
}

// The openly licensed data's held-out part: the 20% of each file (FNV of `dev:<id>`) on which
// train-shipped.mjs chooses the shipped model's settings, per file, so that the three models
// are compared on the shipped model's own ground too. Two-class files (XED but en) are scored
// like zh: the sign of the score decides, a zero score is a miss.
const OPEN = args.open ?? join(DATA, '../sentiment-open')
if (existsSync(join(OPEN, 'xed', 'en.jsonl'))) {
  console.log(
    `\nopen data ${OPEN}, held-out 20% of each file (train-shipped.mjs's selection split; its final refit reads it too, see the README)`,
  )
  console.log(
    '| lang | file | items | classes | npm | lexicon | **shipped** | shipped − npm | auto, no local | local |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const [lang, file] of OPEN_FILES) {
    const items = openHeldOut(OPEN, file)
    const classes = ['negative', 'neutral', 'positive'].filter((c) => items.some((it) => it.label === c))
    const set = { name: file, lang, classes, items }
    // multilang-sentiment reads a few hundred texts a second here: on the open files only when asked.
    const n = args['npm-open'] === '1' ? run(npm, set) : null
    const l = run(lexicon, set)
    const s = shipped ? run(shipped, set) : null
    const c = clone ? run(clone, set) : null
    const t = local ? run(local, set) : null
    console.log(
      `| ${lang} | ${file} | ${items.length} | ${classes.length} | ${n ? fmt(n) : '—'} | ${fmt(l)} | ${s ? fmt(s) : '—'} | ${s && n ? sign(s.f1 - n.f1) : '—'} | ${c ? fmt(c) : '—'} | ${t ? fmt(t) : '—'} |`,
    )
  }
}
