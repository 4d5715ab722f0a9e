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
import { fnv, macroF1, readJsonl } from './lib/linear-train.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const OPEN = args.open ?? join(DATA, '../sentiment-open')
const TURNED = /^sentiment (neutral|positive) → negative: /

function sets() {
  const out = []
  for (const lang of ['en', 'ar', 'fr', 'de', 'es', 'it', 'pt', 'hi', 'nl']) {
    out.push({ name: `research ${lang}`, lang, items: readJsonl(join(DATA, lang, 'test.jsonl')) })
  }
  const zh = readJsonl(join(DATA, 'zh', 'test.jsonl'))
  out.push({ name: 'research zh-weibo', lang: 'zh', items: zh.filter((i) => i.source === 'weibo') })
  out.push({ name: 'research zh-hotel', lang: 'zh', items: zh.filter((i) => i.source === 'hotel') })
  const held = bankSentimentItems().filter((it) => it.heldOut)
  const care = careSentimentItems()
  for (const lang of ['en', 'zh', 'ar', 'nl', 'es', 'fr', 'de']) {
    out.push({ name: `bank held-out ${lang}`, lang, items: held.filter((it) => it.lang === lang) })
    out.push({ name: `care posts ${lang}`, lang, items: care.filter((it) => it.lang === lang) })
  }
  const files = [
    ['en', 'xed/en.jsonl'],
    ['zh', 'xed/zh.jsonl'],
    ['ar', 'arsarcasm-v2/ar.jsonl'],
    ['ar', 'afrisenti/ary.jsonl'],
    ['ar', 'xed/ar.jsonl'],
    ['nl', 'xed/nl.jsonl'],
    ['es', 'xed/es.jsonl'],
    ['fr', 'xed/fr.jsonl'],
    ['de', 'xed/de.jsonl'],
  ]
  for (const [lang, file] of files) {
    const items = readJsonl(join(OPEN, file)).filter((it) => fnv(`dev:${it.id}`) % 5 === 0)
    out.push({ name: `open ${file}`, lang, items })
  }
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
