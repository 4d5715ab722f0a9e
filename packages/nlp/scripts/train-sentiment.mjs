#!/usr/bin/env node
/**
 * Train the per-language linear sentiment model from the TRAIN splits of the sentiment
 * development data (never the test splits) into the git-ignored cache. The data is for
 * research use: the weights stay in the cache and are never committed or shipped.
 *
 *   node packages/nlp/scripts/train-sentiment.mjs [--data DIR] [--out FILE] [--langs en,fr] [--bits 16]
 *
 * Without the data folder (default ../shared/data/sentiment beside the repository) it says
 * so and exits 0: the enricher then uses the shipped lexicon.
 *
 * Also trained on the red-team sets 5–12 (data/fresh/, `--fresh-sets`): bank and feed posts in
 * en zh ar nl es fr de, scored by the cross-validation as a source of their own; with them the
 * Chinese table has three classes (the research items, which have no neutral, as partial labels).
 *
 * Needs the built package (`pnpm exec tsc -b`). Settings chosen per language by 3-fold
 * cross-validation, repeated on two splits, on the main train file: L2, the weight of each extra English file
 * (airline, financial news), the Weibo weights (zh), last or epoch-averaged weights, the
 * lexicon weight, the neutral bias and the weight of the committed shipped model's logits mixed
 * in (lib/shipped-mix.mjs: folded into the written table); then the model is refit on all of train. The test
 * splits are never read here. `--extra-grid 0:0,0.3:0.1` overrides the airline:fin grid.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sentimentPosts } from '../data/sentiment/posts.mjs'
import { DEFAULT_HASH_BITS, DENSE_N, FEATURES_VERSION } from '../dist/sentiment/features.js'
import { loadLexicons } from '../dist/sentiment/index.js'
import { loadLinearModel } from '../dist/sentiment/linear.js'
import { DECISION_LAYER } from '../dist/sentiment/resolution.js'
import { bankSentimentItems } from './lib/bank-posts.mjs'
import {
  cliArgs,
  decide,
  fnv,
  logits,
  macroF1,
  readCorrections,
  readJsonl,
  writeAtomic,
} from './lib/linear-train.mjs'
import { sentimentExamples } from './lib/sentiment-examples.mjs'
import { foldShipped } from './lib/shipped-mix.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = cliArgs()
const DATA = args.data ?? resolve(repo, '../shared/data/sentiment')
const OUT = resolve(args.out ?? join(repo, '.cache/nlp/sentiment-model.json'))
const LANGS = (args.langs ?? 'en,ar,fr,de,es,it,pt,hi,nl,zh').split(',')
const DIM = 1 << Number(args.bits ?? DEFAULT_HASH_BITS)
// Extra English training files (research / non-commercial terms: cache only).
const EXTRA = { en: ['en-airline-train.jsonl', 'en-fin-train.jsonl'] }
// Openly licensed sets (../shared/data/sentiment-open) as extra files of the local model: the
// languages whose research train split is small or far from the test texts (ar, es, nl).
const OPEN = resolve(args.open ?? join(repo, '../shared/data/sentiment-open'))
const OPEN_EXTRA = { ar: ['arsarcasm-v2/ar.jsonl'], es: ['xed/es.jsonl'], nl: ['xed/nl.jsonl'] }
// `--open-extra ar=arsarcasm-v2/ar.jsonl+afrisenti/ary.jsonl,fr=xed/fr.jsonl`: other open files
// for those languages (trials; one weight for all of a language's open files, from OPEN_GRID).
for (const spec of (args['open-extra'] ?? '').split(',').filter((x) => x !== '')) {
  const [lang, files] = spec.split('=')
  OPEN_EXTRA[lang] = files.split('+')
}
const OPEN_GRID = (args['open-grid'] ?? '0,0.3,1').split(',').map(Number)
// Our own bank posts (train template families only; written by us): the only in-domain
// posts of every language. Fixed weight per item against a research train item, not
// searched (the cross-validation folds are research tweets, which cannot tell what bank posts
// are worth, and a grid would make the training slower); `--bank-weight 0` leaves them out.
const BANK_WEIGHT = Number(args['bank-weight'] ?? 1)
/** Polarity bias (added to the positive, taken from the negative logit), chosen by the CV. */
const POLARITIES = (args.polarity ?? '-0.3,0,0.3').split(',').map(Number)
/**
 * Weight of the shipped model's logits added to the local ones (0 = the local model alone),
 * chosen by the same cross-validation, then folded into the written table (lib/shipped-mix.mjs):
 * the shipped model learnt bank talk from our posts and the open sets, which the research
 * train splits lack. `--shipped-mix 0` turns it off; `--shipped FILE` names another model.
 */
const MIXES = (args['shipped-mix'] ?? '0,0.25,0.5,1').split(',').map(Number)
const SHIPPED_PATH = resolve(args.shipped ?? join(here, '../models/sentiment-shipped.json'))
const SHIPPED =
  MIXES.some((m) => m !== 0) && existsSync(SHIPPED_PATH) ? loadLinearModel(SHIPPED_PATH, true) : null

/**
 * The red-team sets (data/fresh/sentiment-fresh-N.mjs: posts about banks and the feed's general
 * chatter, written by other engineers in en zh ar nl es fr de, 40–80 a language and set) as
 * training items: the only posts in the domain Vigil reads that we did not write ourselves. They
 * join the main file, so the cross-validation's folds score them as a source of their own beside
 * the research tweets (each source counting equally), which is what chooses the settings. Set 13
 * 13 and 14 (blind last round, scored) are trained on too; set 15 onwards is blind and refused. `--fresh-sets none` leaves them out;
 * `--fresh-sets 5,7,9,11` trains on those only (eval-sentiment-local.mjs --sets 6,8,10,12 then
 * scores the others, held out by set). `--fresh-weight` is an item's weight against a research
 * train item.
 */
const FRESH_SETS = (args['fresh-sets'] ?? '5,6,7,8,9,10,11,12,13,14')
  .split(',')
  .filter((n) => n !== '' && n !== 'none')
if (FRESH_SETS.some((n) => Number(n) >= 15))
  throw new Error('--fresh-sets: set 15 and later are blind, never trained on')
const FRESH_WEIGHT = Number(args['fresh-weight'] ?? 1)
const freshModules = await Promise.all(
  FRESH_SETS.map((n) => import(`../data/fresh/sentiment-fresh-${n}.mjs`)),
)
/** A language's posts of the chosen red-team sets as labelled items (source `fresh`). */
const freshItems = (lang) =>
  FRESH_SETS.flatMap((n, s) =>
    (freshModules[s][lang] ?? []).map(([text, label], i) => ({
      id: `fresh${n}-${lang}-${i}`,
      lang,
      text,
      label,
      source: 'fresh',
    })),
  )

const CORRECTIONS = readCorrections(args.corrections, 'sentiment')
const CODES_RE = /\[[^[\]\s]{1,8}\]/g
/**
 * The discourse cues (src/sentiment/cues.ts: sarcastic thanks, the clause that counts, negated
 * praise, questions with no polar word) as features of the local tables: opt-in (`--cues 1`).
 * Not the default: at the same grids, held-out set 13 and the research split showed no clear
 * gain (zh up, nl fr down; sentlocal2 in the README).
 */
const CUES = (args.cues ?? '0') === '1'
const examples = (items, lang, classes, lexicons) =>
  sentimentExamples(items, lang, classes, lexicons, DIM, SHIPPED, false, CUES)

/**
 * Softmax regression, AdaGrad, L2 applied lazily per touched weight, deterministic order.
 * Not lib/linear-train.mjs's `train`: that one skips items of weight 0, this one still shrinks
 * the weights they touch (the cache's models were fitted so; sharing it would change them).
 * The dense lexicon features (last DENSE_N of each vector) are not shrunk: they are few,
 * seen in every example, and carry the knowledge the small train sets cannot.
 */
function train(data, k, { epochs = EPOCHS, l2, lr = 0.5 }) {
  const w = new Float32Array(k * DIM)
  // Also the mean of the weights after each epoch of the second half: less dependent on the
  // last few updates, which on a train set of ~2,000 posts swing the small classes. The
  // same run gives both; cross-validation picks one per language.
  const avg = new Float32Array(k * DIM)
  let avgN = 0
  const g2 = new Float32Array(k * DIM).fill(1e-6)
  const order = data.map((_, i) => i)
  const z = new Float64Array(k)
  for (let ep = 0; ep < epochs; ep++) {
    order.sort((a, b) => fnv(`${ep}:${a}`) - fnv(`${ep}:${b}`))
    for (const i of order) {
      const { x, y, weight, allowed } = data[i]
      const sparseN = x.n - DENSE_N
      let max = -Infinity
      for (let c = 0; c < k; c++) {
        // A partial label (a two-class research item in a three-class table): the softmax
        // runs over its classes only, so it teaches which polarity, never "not neutral".
        if (allowed !== undefined && !allowed.includes(c)) {
          z[c] = -Infinity
          continue
        }
        let s = 0
        for (let j = 0; j < x.n; j++) s += w[x.idx[j] * k + c] * x.val[j]
        z[c] = s
        if (s > max) max = s
      }
      let sum = 0
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c] - max)
      for (let c = 0; c < k; c++) {
        if (allowed !== undefined && !allowed.includes(c)) continue
        const err = (z[c] / sum - (c === y ? 1 : 0)) * weight
        for (let j = 0; j < x.n; j++) {
          const p = x.idx[j] * k + c
          const g = err * x.val[j] + (j < sparseN ? l2 * w[p] : 0)
          g2[p] += g * g
          w[p] -= (lr * g) / Math.sqrt(g2[p])
        }
      }
    }
    if (ep >= epochs / 2) {
      for (let i = 0; i < w.length; i++) avg[i] += w[i]
      avgN++
    }
  }
  for (let i = 0; i < avg.length; i++) avg[i] /= avgN
  return { last: w, avg }
}

/** Use case of a dev item: its source, Weibo split by whether its emoticon codes were removed. */
const groupOf = (d) => (d.id.endsWith('-nocodes') ? `${d.source}-nocodes` : d.source)

/**
 * Mean over use cases of the macro-F1 (one group for most languages), each over the classes
 * its gold labels hold (the two-class Chinese research items in a three-class table).
 */
function groupedF1(dev, pred, k) {
  const groups = new Map()
  dev.forEach((d, i) => {
    const g = groups.get(groupOf(d)) ?? { gold: [], pred: [] }
    g.gold.push(d.y)
    g.pred.push(pred[i])
    groups.set(groupOf(d), g)
  })
  let sum = 0
  for (const g of groups.values()) {
    const present = [...Array(k).keys()].filter((c) => g.gold.includes(c))
    sum += macroF1(g.gold, g.pred, k, present)
  }
  return sum / groups.size
}

/**
 * Balance classes by weight so that a skewed extra file does not tilt the decision; `base`
 * is each item's own weight (extra files count less than the main file). Returns copies.
 */
function balance(data, k) {
  const counts = new Array(k).fill(0)
  let total = 0
  for (const d of data) {
    counts[d.y] += d.base
    total += d.base
  }
  return data.map((d) => ({ ...d, weight: (d.base * total) / (k * counts[d.y]) }))
}

/** An item's own weight: Weibo posts (social talk) and their copies without codes may count more. */
function baseWeight(e, socialWeight, nocodesWeight) {
  if (e.source === 'fresh') return FRESH_WEIGHT
  if (e.source !== 'weibo') return 1
  return e.id.endsWith('-nocodes') ? socialWeight * nocodesWeight : socialWeight
}

const EPOCHS = 8
const FOLDS = 3
// Two different 3-fold splits: the settings are picked from many close candidates on folds
// of ~600 posts, and one split alone lets its noise pick them.
const REPEATS = 2
// `--l2`, `--open-grid`, `--social-grid 1:1` narrow the grids for quick trials (the held-out
// comparisons of a change); the cache model is trained with the full grids.
const L2S = (args.l2 ?? '0.001,0.003,0.01').split(',').map(Number)
// Weight of an extra-file item against a main-file item, per source (0 = not used): the
// airline tweets are customer-care talk like ours, the financial news is market talk.
const EXTRA_WEIGHTS = (args['extra-grid'] ?? '0:0,0.3:0,0.3:0.1,0.6:0.1,0.3:0.2,1:0.1')
  .split(',')
  .map((pair) => {
    const [airline, fin] = pair.split(':').map(Number)
    return { airline, 'fin-news': fin }
  })
const extraUsed = (ew) => Object.values(ew).some((x) => x > 0)
const extraLabel = (ew) =>
  Object.entries(ew)
    .map(([src, x]) => `${src} ${x}`)
    .join(', ')

if (!existsSync(join(DATA, 'en', 'train.jsonl'))) {
  // A fresh clone without the development data: nothing to train on, and nothing wrong.
  console.log(`no sentiment development data at ${DATA}: not training; the shipped lexicon answers`)
  process.exit(0)
}
const lexicons = loadLexicons()
// Our bank posts' training families and our sentiment posts (data/sentiment/posts.mjs, all
// of them: the local model's settings are chosen by cross-validation on research posts).
const bankPosts = [...bankSentimentItems(), ...sentimentPosts().map((it) => ({ ...it, heldOut: false }))]
const meta = {
  format: 'vigil-sentiment-linear-v3',
  features: FEATURES_VERSION,
  dim: DIM,
  fallback: 'en',
  langs: {},
  trainedAt: new Date().toISOString(),
  sources: {},
  // Round nine's decision layer over the labels (src/sentiment/linear.ts, resolution.ts).
  decisionLayer: DECISION_LAYER,
}
mkdirSync(dirname(OUT), { recursive: true })
const base = OUT.replace(/\.json$/, '')
for (const lang of LANGS) {
  const fresh = freshItems(lang)
  // Chinese research data has no neutral class; with neutral posts of the red-team sets the
  // table gets three classes and the research items become partial labels (below).
  const classes =
    lang === 'zh' && !fresh.some((it) => it.label === 'neutral')
      ? ['negative', 'positive']
      : ['negative', 'neutral', 'positive']
  const k = classes.length
  const files = [`${lang}/train.jsonl`, ...(EXTRA[lang] ?? []).map((f) => `${lang}/${f}`)]
  let mainItems = readJsonl(join(DATA, files[0]))
  // The bank's own corrections (bin/vigil-train --corrections) count as main-file items.
  const corr = CORRECTIONS.filter((c) => c.lang === lang && classes.includes(c.label))
  if (corr.length > 0) {
    mainItems = [...mainItems, ...corr]
    console.log(`${lang}: ${corr.length} corrections added`)
  }
  // Weibo labels follow the [表情] emoticon codes; a copy of each post without them makes
  // the model learn the words too (real posts on other platforms have no such codes).
  if (lang === 'zh') {
    const stripped = mainItems
      .filter((it) => /\[[^[\]\s]{1,8}\]/.test(it.text))
      .map((it) => ({ ...it, id: `${it.id}-nocodes`, text: it.text.replace(CODES_RE, ' ') }))
    mainItems = [...mainItems, ...stripped]
  }
  const main = examples(mainItems, lang, classes, lexicons)
  if (lang === 'zh' && k === 3) {
    for (const e of main) if (e.source === 'weibo' || e.source === 'hotel') e.allowed = [0, 2]
  }
  main.push(...examples(fresh, lang, classes, lexicons))
  const bank =
    BANK_WEIGHT > 0
      ? examples(
          bankPosts.filter((it) => it.lang === lang && !it.heldOut),
          lang,
          classes,
          lexicons,
        )
      : []
  const extra = files.slice(1).flatMap((f) => examples(readJsonl(join(DATA, f)), lang, classes, lexicons))
  const openFiles = (OPEN_EXTRA[lang] ?? []).filter((f) => existsSync(join(OPEN, f)))
  for (const f of openFiles) extra.push(...examples(readJsonl(join(OPEN, f)), lang, classes, lexicons))
  files.push(...openFiles.map((f) => `sentiment-open/${f}`))
  const grid =
    openFiles.length > 0
      ? OPEN_GRID.map((w) => Object.fromEntries(openFiles.map((f) => [f.split('/')[0], w])))
      : EXTRA_WEIGHTS
  // Cross-validation folds over the main train file only: it is what resembles real use
  // in that language; the copies of Weibo posts without their codes stay with their original.
  const foldOf = (e, r) => fnv(`cv${r === 0 ? '' : r}:${e.id.replace(/-nocodes$/, '')}`) % FOLDS
  let best = null
  // Social posts are what Vigil reads: in zh the 672 Weibo posts (and their copies without
  // codes) may count more than the 4,000 hotel reviews, and every use case (Weibo with
  // codes, without, hotel) counts equally in the score that picks the settings.
  // The copies without codes may count more again: they are the only Weibo items whose
  // label must be read from the words, which is what posts elsewhere need.
  const socialWeights =
    lang !== 'zh'
      ? [[1, 1]]
      : args['social-grid']
        ? args['social-grid'].split(',').map((pair) => pair.split(':').map(Number))
        : [1, 3, 5].flatMap((w) => [
            [w, 1],
            [w, 2],
          ])
  for (const [extraWeight, [socialWeight, nocodesWeight]] of (extra.length > 0 ? grid : [{}]).flatMap((x) =>
    socialWeights.map((sw) => [x, sw]),
  )) {
    for (const e of main) e.base = baseWeight(e, socialWeight, nocodesWeight)
    for (const e of bank) e.base = BANK_WEIGHT
    for (const e of extra) e.base = extraWeight[e.source] ?? 0
    for (const l2 of L2S) {
      // Per candidate (alpha, bias): summed macro-F1 over the folds.
      const scores = new Map()
      for (let rf = 0; rf < FOLDS * REPEATS; rf++) {
        const [r, f] = [Math.floor(rf / FOLDS), rf % FOLDS]
        const fit = balance(
          [
            ...main.filter((e) => foldOf(e, r) !== f),
            ...bank,
            ...(extraUsed(extraWeight) ? extra.filter((e) => e.base > 0) : []),
          ],
          k,
        )
        const dev = main.filter((e) => foldOf(e, r) === f)
        const fitted = train(fit, k, { l2 })
        for (const weights of ['last', 'avg']) {
          const zl = dev.map((d) => logits(fitted[weights], k, d.x))
          for (const mix of dev[0]?.zs?.length === k ? MIXES : [0]) {
            const z = zl.map((row, i) => (mix === 0 ? row : row.map((v, c) => v + mix * dev[i].zs[c])))
            // Stack the lexicon score on top, weighted on the held-out fold.
            for (const alpha of [0, 0.5, 1, 2]) {
              for (const bias of k === 3 ? [-0.3, 0, 0.3] : [0]) {
                for (const polarity of POLARITIES) {
                  const pred = dev.map((d, i) => decide(z[i], d.lex, k, alpha, bias, polarity))
                  const f1 = groupedF1(dev, pred, k)
                  const key = `${weights}/${alpha}/${bias}/${polarity}/${mix}`
                  scores.set(key, (scores.get(key) ?? 0) + f1 / (FOLDS * REPEATS))
                }
              }
            }
          }
        }
      }
      for (const [key, f1] of scores) {
        const [weights, a, b, p, m] = key.split('/')
        const [alpha, bias, polarity, mix] = [Number(a), Number(b), Number(p), Number(m)]
        if (!best || f1 > best.f1)
          best = { f1, l2, extraWeight, socialWeight, nocodesWeight, weights, alpha, bias, polarity, mix }
      }
    }
  }
  for (const e of main) e.base = baseWeight(e, best.socialWeight, best.nocodesWeight)
  for (const e of extra) e.base = best.extraWeight[e.source] ?? 0
  const all = balance(
    [...main, ...bank, ...(extraUsed(best.extraWeight) ? extra.filter((e) => e.base > 0) : [])],
    k,
  )
  const fitted = train(all, k, best)[best.weights]
  const { w, decision } = foldShipped(fitted, k, DIM, SHIPPED, lang, best)
  const file = `${base.split('/').pop()}.${lang}.bin`
  writeAtomic(`${base}.${lang}.bin`, Buffer.from(w.buffer))
  meta.langs[lang] = {
    classes,
    file,
    ...(CUES ? { cues: true } : {}),
    ...decision,
  }
  meta.sources[lang] = files.filter(
    (f, i) => i === 0 || extra.some((e) => e.base > 0 && f.includes(e.id.split('-').slice(0, 2).join('-'))),
  )
  if (best.mix > 0)
    meta.sources[lang].push(`packages/nlp/models/sentiment-shipped.json ×${best.mix} (${SHIPPED.hash})`)
  if (bank.length > 0) {
    meta.sources[lang].push('data/intent/templates.mjs (train families)', 'data/sentiment/posts.mjs')
  }
  if (fresh.length > 0) {
    meta.sources[lang].push(`data/fresh/sentiment-fresh-{${FRESH_SETS.join(',')}}.mjs ×${FRESH_WEIGHT}`)
  }
  console.log(
    `${lang}: ${all.length} train items (${fresh.length} of the red-team sets), ${REPEATS}×${FOLDS}-fold CV macro-F1 ${best.f1.toFixed(3)} (mean over sources; ${best.weights === 'avg' ? 'averaged' : 'last'} weights, l2 ${best.l2}, extra-file weights ${extraLabel(best.extraWeight) || 'none'}${lang === 'zh' ? `, Weibo weight ${best.socialWeight}, without codes ×${best.nocodesWeight}` : ''}, lexicon weight ${best.alpha}, neutral bias ${best.bias}, polarity bias ${best.polarity}, shipped model ×${best.mix})`,
  )
}
writeAtomic(OUT, JSON.stringify(meta, null, 2))
console.log(`wrote ${OUT}`)
