#!/usr/bin/env node
/**
 * Train the per-language linear sentiment model from the TRAIN splits of the sentiment
 * development data (never the test splits) into the git-ignored cache. The data is for
 * research use: the weights stay in the cache and are never committed or shipped.
 *
 *   node packages/nlp/scripts/train-sentiment.mjs [--data DIR] [--out FILE] [--langs en,fr]
 *
 * Needs the built package (`pnpm exec tsc -b`). Hyper-parameters (epochs, L2) are chosen
 * per language on a 15% slice held out from train, then the model is refit on all of train.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DIM, featurize } from '../dist/sentiment/features.js'
import { lexiconEvidence, loadLexicons, squash } from '../dist/sentiment/index.js'
import { foldText } from '../dist/text.js'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const DATA = args.data ?? resolve(repo, '../shared/data/sentiment')
const OUT = resolve(args.out ?? join(repo, '.cache/nlp/sentiment-model.json'))
const LANGS = (args.langs ?? 'en,ar,fr,de,es,it,pt,hi,nl,zh').split(',')
// Extra English training files (research / non-commercial terms: cache only).
const EXTRA = { en: ['en-airline-train.jsonl', 'en-fin-train.jsonl'] }

const CODES_RE = /\[[^[\]\s]{1,8}\]/g
const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))

function fnv(s) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

function examples(items, lang, classes, lexicons) {
  const lex = lexicons.get(lang)
  return items
    .filter((it) => classes.includes(it.label))
    .map((it) => {
      const folded = foldText(it.text)
      const ev = lexiconEvidence(it.text, folded, lex)
      return {
        id: it.id,
        source: it.source,
        y: classes.indexOf(it.label),
        x: featurize(folded, ev),
        lex: squash(ev.sum),
      }
    })
}

/** Softmax regression, AdaGrad, L2 applied lazily per touched weight. Deterministic order. */
function train(data, k, { epochs, l2, lr = 0.5 }) {
  const w = new Float32Array(k * DIM)
  const g2 = new Float32Array(k * DIM).fill(1e-6)
  const order = data.map((_, i) => i)
  const z = new Float64Array(k)
  for (let ep = 0; ep < epochs; ep++) {
    order.sort((a, b) => fnv(`${ep}:${a}`) - fnv(`${ep}:${b}`))
    for (const i of order) {
      const { x, y, weight = 1 } = data[i]
      let max = -Infinity
      for (let c = 0; c < k; c++) {
        let s = 0
        for (let j = 0; j < x.n; j++) s += w[c * DIM + x.idx[j]] * x.val[j]
        z[c] = s
        if (s > max) max = s
      }
      let sum = 0
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max)
      for (let c = 0; c < k; c++) {
        const err = (z[c] / sum - (c === y ? 1 : 0)) * weight
        for (let j = 0; j < x.n; j++) {
          const p = c * DIM + x.idx[j]
          const g = err * x.val[j] + l2 * w[p]
          g2[p] += g * g
          w[p] -= (lr * g) / Math.sqrt(g2[p])
        }
      }
    }
  }
  return w
}

function logits(w, k, x) {
  const z = new Float64Array(k)
  for (let c = 0; c < k; c++) {
    let s = 0
    for (let j = 0; j < x.n; j++) s += w[c * DIM + x.idx[j]] * x.val[j]
    z[c] = s
  }
  return z
}

/** The runtime's decision: logits shifted by the lexicon score (alpha) and a neutral bias. */
function decide(z, lex, k, alpha, bias) {
  const a = Float64Array.from(z)
  a[0] -= alpha * lex
  a[k - 1] += alpha * lex
  if (k === 3) a[1] += bias
  let best = 0
  for (let c = 1; c < k; c++) if (a[c] > a[best]) best = c
  return best
}

function macroF1(gold, pred, k) {
  let f = 0
  for (let c = 0; c < k; c++) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++
      else if (pred[i] === c) fp++
      else if (gold[i] === c) fn++
    }
    f += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  return f / k
}

/** Balance classes by weight so that a skewed extra file does not tilt the decision. */
function balance(data, k) {
  const counts = new Array(k).fill(0)
  for (const d of data) counts[d.y]++
  for (const d of data) d.weight = data.length / (k * counts[d.y])
}

const lexicons = loadLexicons()
const meta = {
  format: 'vigil-sentiment-linear-v2',
  dim: DIM,
  fallback: 'en',
  langs: {},
  trainedAt: new Date().toISOString(),
  sources: {},
}
mkdirSync(dirname(OUT), { recursive: true })
const base = OUT.replace(/\.json$/, '')
for (const lang of LANGS) {
  const classes = lang === 'zh' ? ['negative', 'positive'] : ['negative', 'neutral', 'positive']
  const k = classes.length
  const files = [`${lang}/train.jsonl`, ...(EXTRA[lang] ?? []).map((f) => `${lang}/${f}`)]
  let mainItems = readJsonl(join(DATA, files[0]))
  // Weibo labels follow the [表情] emoticon codes; a copy of each post without them makes
  // the model learn the words too (real posts on other platforms have no such codes).
  if (lang === 'zh') {
    const stripped = mainItems
      .filter((it) => /\[[^[\]\s]{1,8}\]/.test(it.text))
      .map((it) => ({ ...it, id: `${it.id}-nocodes`, text: it.text.replace(CODES_RE, ' ') }))
    mainItems = [...mainItems, ...stripped]
  }
  const main = examples(mainItems, lang, classes, lexicons)
  const extra = files.slice(1).flatMap((f) => examples(readJsonl(join(DATA, f)), lang, classes, lexicons))
  // Held-out slice of the main train file only: it is what resembles the test split.
  const isDev = (e) => fnv(`dev:${e.id.replace(/-nocodes$/, '')}`) % 100 < 15
  const dev = main.filter(isDev)
  let best = null
  for (const useExtra of extra.length > 0 ? [false, true] : [false]) {
    const fit = [...main.filter((e) => !isDev(e)), ...(useExtra ? extra : [])]
    balance(fit, k)
    for (const l2 of [1e-4, 5e-4]) {
      for (const epochs of [5, 10]) {
        const w = train(fit, k, { epochs, l2 })
        const z = dev.map((d) => logits(w, k, d.x))
        // Stack the lexicon on top, weighted on the held-out slice (the model alone
        // over-fits its n-grams and under-uses the lexicon features).
        for (const alpha of [0, 0.5, 1, 2, 3]) {
          for (const bias of k === 3 ? [-0.3, 0, 0.3] : [0]) {
            const pred = dev.map((d, i) => decide(z[i], d.lex, k, alpha, bias))
            const f1 = macroF1(
              dev.map((d) => d.y),
              pred,
              k,
            )
            if (!best || f1 > best.f1) best = { f1, l2, epochs, useExtra, alpha, bias }
          }
        }
      }
    }
  }
  const all = [...main, ...(best.useExtra ? extra : [])]
  balance(all, k)
  const w = train(all, k, best)
  const file = `${base.split('/').pop()}.${lang}.bin`
  writeFileSync(`${base}.${lang}.bin`, Buffer.from(w.buffer))
  meta.langs[lang] = { classes, file, lexiconWeight: best.alpha, neutralBias: best.bias }
  meta.sources[lang] = best.useExtra ? files : files.slice(0, 1)
  console.log(
    `${lang}: ${all.length} train items, dev macro-F1 ${best.f1.toFixed(3)} (l2 ${best.l2}, ${best.epochs} epochs, extra files ${best.useExtra}, lexicon weight ${best.alpha}, neutral bias ${best.bias})`,
  )
}
writeFileSync(OUT, JSON.stringify(meta, null, 2))
console.log(`wrote ${OUT}`)
