#!/usr/bin/env node
/**
 * What the enricher's last step (src/enricher-stance.ts: a neutral complaint by a shaped intent
 * reason reads negative, a positive troll by an insult negative) does to the label on the
 * held-out data. Each post goes through the whole enricher once per model; the label before the
 * step is read back from the reason the step records, so before and after are the same run.
 *
 *   node packages/nlp/scripts/eval-stance-intent.mjs [--data DIR] [--open DIR]
 *
 * Sets: the research test splits (measure only), our bank posts' held-out template families and
 * the intent care posts, the open data's held-out 20%. Cells: macro-F1 before → after and the
 * number of labels turned. Two-class files (zh, XED but en) are scored on the label: neutral is
 * a miss (eval-sentiment.mjs scores them on the score's sign, which this step does not change).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '@vigil/config'
import { loadEnricher, sentimentModelConfig } from '../dist/index.js'
import { bankSentimentItems, careSentimentItems } from './lib/bank-posts.mjs'
import { cliArgs, macroF1 } from './lib/linear-train.mjs'
import { OPEN_FILES, openHeldOut, researchSets } from './lib/sentiment-eval-sets.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = cliArgs()
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const OPEN = args.open ?? join(DATA, '../sentiment-open')
const TURNED = /^sentiment (neutral|positive) → negative: /

function sets() {
  const out = researchSets(DATA)
    .filter((s) => s.name !== 'zh-weibo-nocodes')
    .map((s) => ({ ...s, name: `research ${s.name}` }))
  const held = bankSentimentItems().filter((it) => it.heldOut)
  const care = careSentimentItems()
  for (const lang of ['en', 'zh', 'ar', 'nl', 'es', 'fr', 'de']) {
    out.push({ name: `bank held-out ${lang}`, lang, items: held.filter((it) => it.lang === lang) })
    out.push({ name: `care posts ${lang}`, lang, items: care.filter((it) => it.lang === lang) })
  }
  for (const [lang, file] of OPEN_FILES)
    out.push({ name: `open ${file}`, lang, items: openHeldOut(OPEN, file) })
  return out.filter((s) => s.items.length > 0)
}

const cfg = sentimentModelConfig()
const models = (args.models ?? 'lexicon,shipped,local').split(',')
const enrichers = {}
for (const mode of models) {
  enrichers[mode] = await loadEnricher({ brands: [], sentimentConfig: { ...cfg, mode, reloadMs: 0 } })
}
console.log(`| set | posts | ${models.map((m) => `${m} before → after (turned)`).join(' | ')} |`)
console.log(`|---|---|${models.map(() => '---').join('|')}|`)
for (const set of sets()) {
  const gold = set.items.map((it) => it.label)
  const classes = ['negative', 'neutral', 'positive'].filter((c) => gold.includes(c))
  const cells = []
  for (const mode of models) {
    const before = []
    const after = []
    set.items.forEach((it, n) => {
      const out = enrichers[mode].enrich({ id: `s${n}`, text: it.text, lang: set.lang, platform: 'x' })
      const turn = out.intentReasons.map((r) => TURNED.exec(r)).find((m) => m !== null)
      after.push(out.sentiment.label)
      before.push(turn ? turn[1] : out.sentiment.label)
    })
    const turned = before.filter((b, i) => b !== after[i]).length
    const f = (pred) => macroF1(gold, pred, classes.length, classes).toFixed(2)
    cells.push(`${f(before)} → ${f(after)} (${turned})`)
  }
  console.log(`| ${set.name} | ${set.items.length} | ${cells.join(' | ')} |`)
}
