#!/usr/bin/env node
/**
 * Sentiment on a BLIND fresh set (`--set 5`: data/fresh/sentiment-fresh-5.mjs, `--set 6`:
 * data/fresh/sentiment-fresh-6.mjs, `--set 7`: data/fresh/sentiment-fresh-7.mjs, `--set 8`:
 * data/fresh/sentiment-fresh-8.mjs, `--set 9`: data/fresh/sentiment-fresh-9.mjs, `--set 10`:
 * data/fresh/sentiment-fresh-10.mjs, `--set 11`: data/fresh/sentiment-fresh-11.mjs, `--set 12`:
 * data/fresh/sentiment-fresh-12.mjs; 441 posts in sets 5 and 6, 63 in each of en, zh, ar, nl, es,
 * fr, de, 420 in sets 7, 8, 11 and 12, 60 a language, 560 in set 9, 80 a language, 504 in set 10,
 * 72 a language (sets 8 to 12 in a mention
 * stream's proportions); set 15: data/fresh/sentiment-fresh-15.mjs, 280 posts, 40 a language,
 * written by the redteam15is red team and committed before its first score; set 16:
 * data/fresh/sentiment-fresh-16.mjs, 280 posts, 40 a language, written by the redteam16is red
 * team and committed before its first score; set 17: data/fresh/sentiment-fresh-17.mjs, 280
 * posts, 40 a language, each language written on its own by the redteam17is red team and
 * committed before its first score (first score, main at 36fdeb5, 2026-12-07: shipped 0.78, local
 * 0.82 macro-F1 over all 280; best npm lexicon 0.31–0.61 a language);
 * written before their author read any sentiment code, lexicon, training data or model; never
 * trained or tuned on), scored through `bin/vigil-enrich` like
 * issue 11's hidden corpus: per-class F1 and macro-F1 per language, for every post and for its
 * bank half and general half, once per model the enricher can be told to use:
 * VIGIL_SENTIMENT_MODEL=lexicon, =shipped, and =local when the cache holds a local model
 * (.cache/nlp/sentiment-model.json; VIGIL_SENTIMENT_LOCAL_PATH moves it), beside `npm`: the
 * best off-the-shelf npm lexicon per language (scripts/lib/off-the-shelf.mjs), given the post's
 * written language (not the enricher's), as the bank scores its baseline; and `clone`: the
 * default (`auto`) of a fresh clone, with no local model and nothing published by vigil-train,
 * which answers with the shipped model in its `autoLangs` and the lexicon elsewhere.
 *
 * The language is not passed: vigil-enrich detects it, as for a bank's feed; posts it reads as
 * another language are counted per language beside the figures.
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/eval-sentiment-fresh.mjs --set 5|6|7|8|9|10|11|12|13|14|15|16|17 [--models lexicon,shipped] [--json FILE]
 *
 * It prints figures and confusion counts only, never the posts it misses: the set stays blind
 * for whoever works on the models.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sentimentModelConfig } from '../dist/index.js'
import { macroF1 } from './lib/linear-train.mjs'
import { offTheShelfLabel, offTheShelfName } from './lib/off-the-shelf.mjs'
import { runEnrichCli } from './lib/run-enrich-cli.mjs'

const CLASSES = ['negative', 'neutral', 'positive']
const SETS = ['5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17']
const PARTS = ['all', 'bank', 'general']
const argv = process.argv.slice(2)
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const setNo = opt('--set') ?? '5'
if (!SETS.includes(setNo)) throw new Error(`--set ${setNo}: only ${SETS.join(', ')} exist`)
// Each set is one module with one export per language, in the same order.
const { en, zh, ar, nl, es, fr, de } = await import(`../data/fresh/sentiment-fresh-${setNo}.mjs`)
const SET = { en, zh, ar, nl, es, fr, de }
const LANGS = Object.keys(SET)
const jsonOut = opt('--json')

const items = []
for (const lang of LANGS) {
  SET[lang].forEach(([text, label, topic, platform], i) => {
    if (!CLASSES.includes(label)) throw new Error(`bad label ${label} in ${lang}:${i}`)
    if (topic !== 'bank' && topic !== 'general') throw new Error(`bad topic ${topic} in ${lang}:${i}`)
    items.push({ id: `sfresh${setNo}:${lang}:${i}`, lang, label, topic, platform, text })
  })
}

const localPath = sentimentModelConfig().localPath
const available = ['npm', 'lexicon', 'shipped', 'clone', ...(existsSync(localPath) ? ['local'] : [])]
const models = opt('--models')?.split(',') ?? available
for (const m of models) {
  if (!available.includes(m)) throw new Error(`--models ${m}: not available (have ${available.join(', ')})`)
}
if (!available.includes('local')) console.log(`no local model at ${localPath}: lexicon and shipped only`)

/** Per-class F1 (a class's F1 is the macro-F1 over that class alone) and macro-F1. */
function f1Table(gold, pred) {
  const out = {}
  for (const c of CLASSES) out[c] = macroF1(gold, pred, 1, [c])
  out.macro = macroF1(gold, pred, CLASSES.length, CLASSES)
  return out
}

const fmt = (v) => v.toFixed(2)
const misread = {}
let langCounted = false
const confusions = {}
const inputs = items.map((it, n) => ({
  id: it.id,
  text: it.text,
  platform: it.platform,
  author: `sfresh-author-${n}`,
}))
const results = {}
console.log(`| model | language | part | posts | ${CLASSES.join(' | ')} | macro-F1 |`)
console.log(`|---|---|---|---|${CLASSES.map(() => '---').join('|')}|---|`)
const versions = []
for (const model of models) {
  if (model === 'npm') {
    const names = [...new Set(LANGS.map(offTheShelfName))]
    versions.push(`npm: ${names.join(', ')}`)
    const got = items.map((it) => offTheShelfLabel(it.text, it.lang))
    tabulate(model, got)
    continue
  }
  const { byId, started } = await runEnrichCli(inputs, modelEnv(model))
  versions.push(`${model}: ${started?.sentimentModelVersion ?? '?'}`)
  const got = items.map((it) => byId.get(it.id)?.sentiment?.label ?? '(error)')
  tabulate(model, got)
  // The detected language does not depend on the sentiment model: counted once.
  if (!langCounted) {
    langCounted = true
    for (const it of items) {
      const seen = byId.get(it.id)?.lang
      if (seen !== it.lang) misread[it.lang] = (misread[it.lang] ?? 0) + 1
    }
  }
}

/**
 * The enricher's environment for one column. `clone` is `auto` where the local model and the
 * models folder vigil-train publishes to are both empty, as on a bank's fresh clone.
 */
function modelEnv(model) {
  if (model !== 'clone') return { ...process.env, VIGIL_SENTIMENT_MODEL: model }
  const empty = mkdtempSync(join(tmpdir(), 'vigil-clone-'))
  process.on('exit', () => rmSync(empty, { recursive: true, force: true }))
  return {
    ...process.env,
    VIGIL_SENTIMENT_MODEL: 'auto',
    VIGIL_SENTIMENT_LOCAL_PATH: join(empty, 'sentiment-model.json'),
    VIGIL_MODELS_DIR: join(empty, 'models'),
  }
}

/** Prints one model's rows and keeps its figures and confusions. */
function tabulate(model, got) {
  results[model] = {}
  for (const lang of [...LANGS, 'all']) {
    results[model][lang] = {}
    for (const part of PARTS) {
      const idx = items.flatMap((it, i) =>
        (lang === 'all' || it.lang === lang) && (part === 'all' || it.topic === part) ? [i] : [],
      )
      const t = f1Table(
        idx.map((i) => items[i].label),
        idx.map((i) => got[i]),
      )
      results[model][lang][part] = t
      const name = lang === 'all' ? '**all**' : lang
      console.log(
        `| ${model} | ${name} | ${part} | ${idx.length} | ${CLASSES.map((c) => fmt(t[c])).join(' | ')} | **${fmt(t.macro)}** |`,
      )
    }
  }
  const conf = {}
  items.forEach((it, i) => {
    if (it.label !== got[i]) conf[`${it.label}→${got[i]}`] = (conf[`${it.label}→${got[i]}`] ?? 0) + 1
  })
  confusions[model] = conf
}
console.log(`models: ${versions.join('; ')}`)
for (const model of models) {
  const list = Object.entries(confusions[model]).sort((a, b) => b[1] - a[1])
  console.log(`confusions (${model}): ${list.map(([k, v]) => `${k} ${v}`).join(', ')}`)
}
console.log(
  `posts read as another language: ${LANGS.map((l) => `${l} ${misread[l] ?? 0}`).join(', ')} (of ${items.length / LANGS.length} each)`,
)
if (jsonOut)
  writeFileSync(jsonOut, JSON.stringify({ set: setNo, versions, results, confusions, misread }, null, 1))
