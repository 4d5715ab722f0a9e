#!/usr/bin/env node
/**
 * Intent evaluation: per-class F1 and macro-F1 through the enricher (model + signals + rules),
 * on the HELD-OUT part of our own bank posts (a third of the template families of every
 * language and class, never trained on), per language, beside the hand-written rules alone;
 * then (--loso) leave-one-source-out: for each source (each open set, each language of our
 * own posts) a model is fitted without it and scored on it.
 *
 *   node packages/nlp/scripts/eval-intent.mjs [--model FILE] [--data DIR] [--dump FILE.json] [--loso [--only youtube,own-fr] [--fresh]]
 *
 * `--fresh` fits every leave-one-source-out model with the tuned-on blind sets too (as the
 * shipped model is fitted since intent9; eval-intent-sets.mjs leaves each of those out in turn);
 * `--fresh 1,3,4,5,6,7,8` with those sets only (the control of a round that adds sets).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadBrands, requireDataDir, sharedDataRoot } from '@vigil/config'
import { createEnricher } from '../dist/index.js'
import {
  CLASSES,
  careEvalItems,
  FRESH_WEIGHT,
  fit,
  openItems,
  ownItems,
  perClassF1,
  writeTrialModel,
} from './lib/intent-data.mjs'
import { freshSetItems, TUNED_SETS } from './lib/intent-fresh-sets.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (!process.argv[i].startsWith('--')) continue
  // A flag followed by another flag (`--fresh --only …`) is bare: true, not the next flag's name.
  const next = process.argv[i + 1]
  args[process.argv[i].slice(2)] = next === undefined || next.startsWith('--') ? true : next
}
// The open intent data, needed only by --loso: --data DIR, else VIGIL_SHARED_DATA/intent-open.
const DATA = args.loso
  ? requireDataDir('intent-open', { from: here, explicit: args.data })
  : resolve(args.data ?? join(sharedDataRoot(repo), 'intent-open'))
const MODEL = resolve(args.model ?? join(here, '../models/intent-shipped.json'))
const brands = loadBrands()

function mention(it, n) {
  return {
    id: `eval:${n}`,
    event: 'create',
    platform: it.platform ?? 'x',
    kind: 'post',
    url: '',
    author: { id: `author-${n}`, handle: '', followers: 0, verified: false, isBrandAccount: false },
    text: it.text,
    createdAt: '2026-01-01T00:00:00.000Z',
    receivedAt: '2026-01-01T00:00:00.000Z',
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
    rating: null,
    appVersion: null,
    lang: null,
  }
}

function predict(modelPath, items) {
  const e = createEnricher({ brands, sentimentModelPath: null, intentModelPath: modelPath })
  return items.map((it, n) => e.enrich(mention(it, n)).intent)
}

const f2 = (x) => (x === null ? '—' : x.toFixed(2))
function row(name, items, pred) {
  const m = perClassF1(
    items.map((i) => i.label),
    pred,
  )
  return `| ${name} | ${items.length} | ${CLASSES.map((c) => f2(m.perClass[c])).join(' | ')} | **${m.macro.toFixed(2)}** |`
}

const own = ownItems()
const held = own.filter((it) => it.heldOut)
console.log(
  `intent eval — model ${existsSync(MODEL) ? MODEL : 'none'}; held-out: ${held.length} posts from ${new Set(held.map((i) => i.family)).size} template families never trained on`,
)
console.log(`| set | items | ${CLASSES.join(' | ')} | macro-F1 |`)
console.log(`|---|---|${CLASSES.map(() => '---|').join('')}---|`)
const predModel = predict(MODEL, held)
const predRules = predict(null, held)
console.log(row('held-out, all languages — model', held, predModel))
// --dump FILE: every held-out post with the model's answer (to compare two models' answers).
if (typeof args.dump === 'string')
  writeFileSync(
    args.dump,
    JSON.stringify(held.map((it, i) => ({ id: it.id, label: it.label, got: predModel[i], text: it.text }))),
  )
console.log(row('held-out, all languages — rules only', held, predRules))
for (const lang of ['en', 'nl', 'de', 'fr', 'es', 'ar', 'zh']) {
  const idx = held.map((it, i) => (it.lang === lang ? i : -1)).filter((i) => i >= 0)
  console.log(
    row(
      `held-out ${lang} — model`,
      idx.map((i) => held[i]),
      idx.map((i) => predModel[i]),
    ),
  )
}

// The second evaluation set, written before this round's changes and never tuned on.
const care = careEvalItems()
const predCare = predict(MODEL, care)
console.log(
  `\ncare set (data/intent/care-eval.mjs): ${care.length} posts never trained or tuned on; "care misses" = complaints answered other, troll or spam`,
)
console.log(`| set | items | ${CLASSES.join(' | ')} | macro-F1 | care misses |`)
console.log(`|---|---|${CLASSES.map(() => '---|').join('')}---|---|`)
const careMisses = (idx) =>
  idx.filter((i) => care[i].label === 'complaint' && ['other', 'troll', 'spam'].includes(predCare[i])).length
const allIdx = care.map((_, i) => i)
console.log(`${row('care set, all languages — model', care, predCare)} ${careMisses(allIdx)} |`)
for (const lang of ['en', 'nl', 'de', 'fr', 'es', 'ar', 'zh']) {
  const idx = allIdx.filter((i) => care[i].lang === lang)
  console.log(
    `${row(
      `care set ${lang} — model`,
      idx.map((i) => care[i]),
      idx.map((i) => predCare[i]),
    )} ${careMisses(idx)} |`,
  )
}
if (args.verbose) {
  for (const i of allIdx) {
    if (predCare[i] !== care[i].label)
      console.log(`  ${care[i].lang} ${care[i].label} → ${predCare[i]}: ${care[i].text}`)
  }
}

if (args.loso) {
  const open = openItems(DATA)
  const freshSets = typeof args.fresh === 'string' ? args.fresh.split(',') : args.fresh ? TUNED_SETS : []
  const fresh = freshSets.flatMap((set) => freshSetItems(set))
  const all = [...(open ?? []), ...own, ...fresh]
  const sources = [...new Set(all.map((i) => i.source))].filter((s) => !s.startsWith('fresh-'))
  const dir = mkdtempSync(join(tmpdir(), 'vigil-intent-loso-'))
  const DIM = 1 << 15
  console.log(
    '\nleave-one-source-out: fitted without the source (and without any held-out family), scored on all of it',
  )
  console.log(`| source left out | items | ${CLASSES.join(' | ')} | macro-F1 (its classes) |`)
  console.log(`|---|---|${CLASSES.map(() => '---|').join('')}---|`)
  // --only SRC[,SRC]: those sources only (each fit takes a minute or more).
  const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : null
  for (const src of sources.filter((s) => only === null || only.has(s))) {
    const trainItems = all.filter((i) => i.source !== src && !i.heldOut)
    const test = all.filter((i) => i.source === src)
    const w = fit(trainItems, DIM, 0.5, { fresh: FRESH_WEIGHT })
    const path = writeTrialModel(w, DIM, dir, src)
    console.log(row(src, test, predict(path, test)))
  }
}
