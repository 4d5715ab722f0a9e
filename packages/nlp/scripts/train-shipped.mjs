#!/usr/bin/env node
/**
 * Train the SHIPPED sentiment model from openly licensed data only
 * (../shared/data/sentiment-open: XED subtitles CC BY 4.0, ArSarcasm-v2 MIT, AfriSenti
 * CC BY 4.0), with our own hand-written lexicon as dense features. The Emoji Sentiment
 * Ranking (CC BY-SA 4.0) is NOT used: weights trained with it might be an adaptation under
 * share-alike. The research data (../shared/data/sentiment) is never read here.
 *
 *   node packages/nlp/scripts/train-shipped.mjs [--data DIR] [--out FILE] [--langs en,nl] [--bits 15]
 *
 * Writes packages/nlp/models/sentiment-shipped.json (+ one Int8 .bin per language), which is
 * committed; the attributions are in the repository's NOTICE. Deterministic: the same data
 * and code give the same bytes.
 *
 * Settings per language (L2, averaged or last weights, weight of the neutral-bearing sets of
 * other languages, lexicon weight, neutral bias) are chosen on a held-out 20% of every source
 * (by id hash), then the model is refit on all of it. Only en (XED), ar (ArSarcasm-v2,
 * AfriSenti Darija) and pt (AfriSenti Mozambique) have a neutral class of their own; for the
 * other languages the neutral class is learnt from those sets (the sparse n-grams do not
 * transfer, the lexicon features do) and the neutral bias is chosen on their held-out part.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DENSE_N, FEATURES_VERSION, featurize } from '../dist/sentiment/features.js'
import { lexiconEvidence, loadLexicons, squash } from '../dist/sentiment/index.js'
import { foldText } from '../dist/text.js'
import { balance, decide, encodeInt8, fnv, logits, macroF1, readJsonl, train } from './lib/linear-train.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const DATA = resolve(
  args.data ?? process.env.VIGIL_SENTIMENT_OPEN_DATA ?? join(repo, '../shared/data/sentiment-open'),
)
const OUT = resolve(args.out ?? join(here, '../models/sentiment-shipped.json'))
const LANGS = (args.langs ?? 'en,zh,ar,nl,es,fr,de,it,pt').split(',')
const DIM = 1 << Number(args.bits ?? 15)

/** Own-language files per language (path under DATA, and the language of the lexicon to use). */
const OWN = {
  en: ['xed/en.jsonl'],
  zh: ['xed/zh.jsonl'],
  ar: ['arsarcasm-v2/ar.jsonl', 'xed/ar.jsonl', 'afrisenti/ary.jsonl'],
  pt: ['xed/pt.jsonl', 'xed/pt-BR.jsonl', 'afrisenti/pt-MZ.jsonl'],
}
/** Three-class sets: the only source of the neutral class. [file, lexicon language] */
const NEUTRAL_SETS = [
  ['xed/en.jsonl', 'en'],
  ['arsarcasm-v2/ar.jsonl', 'ar'],
  ['afrisenti/ary.jsonl', 'ar'],
  ['afrisenti/pt-MZ.jsonl', 'pt'],
]
const grid = (name, dflt) => (args[name] ?? dflt).split(',').map(Number)
const L2S = grid('l2', '1e-3,3e-3')
/** Weight of the neutral-bearing sets of other languages, against the language's own files. */
const AUX_WEIGHTS = grid('aux', '0,0.3,1')
const ALPHAS = [0, 0.5, 1, 2, 4]
const BIASES = [-0.5, -0.25, 0, 0.25, 0.5, 1]

if (!existsSync(join(DATA, 'xed', 'en.jsonl'))) {
  console.log(`no open sentiment data at ${DATA}: not training; the committed shipped model stays`)
  process.exit(0)
}

const lexicons = loadLexicons()
const isDev = (id) => fnv(`dev:${id}`) % 5 === 0

function examples(file, lexLang, classes) {
  const lex = lexicons.get(lexLang)
  return readJsonl(join(DATA, file))
    .filter((it) => classes.includes(it.label))
    .map((it) => {
      const folded = foldText(it.text)
      const ev = lexiconEvidence(it.text, folded, lex)
      return {
        id: it.id,
        file,
        y: classes.indexOf(it.label),
        x: featurize(folded, ev, DIM),
        lex: squash(ev.sum),
        base: 1,
        dev: isDev(it.id),
      }
    })
}

/** Each file counts as much as any other in the fit, whatever its size. */
function weighFiles(items, total) {
  const per = new Map()
  for (const e of items) per.set(e.file, (per.get(e.file) ?? 0) + 1)
  for (const e of items) e.base = total / per.size / per.get(e.file)
}

const meta = {
  format: 'vigil-sentiment-linear-v3',
  features: FEATURES_VERSION,
  dim: DIM,
  fallback: 'en',
  encoding: 'int8',
  langs: {},
  trainedAt: 'reproducible',
  trainedOn: {},
  heldOut: {},
}
mkdirSync(dirname(OUT), { recursive: true })
const base = OUT.replace(/\.json$/, '')
const stem = base.split('/').pop()
for (const lang of LANGS) {
  const classes = lang === 'zh' ? ['negative', 'positive'] : ['negative', 'neutral', 'positive']
  const k = classes.length
  const ownFiles = OWN[lang] ?? [`xed/${lang}.jsonl`]
  const own = ownFiles.flatMap((f) => examples(f, lang, classes))
  const hasNeutral = k === 3 && own.some((e) => e.y === 1)
  // A two-class file in a three-class model: a partial label (polarity only).
  for (const f of ownFiles) {
    if (k === 3 && !own.some((e) => e.file === f && e.y === 1)) {
      for (const e of own) if (e.file === f) e.allowed = [0, 2]
    }
  }
  const aux =
    k === 3
      ? NEUTRAL_SETS.filter(([f]) => !ownFiles.includes(f)).flatMap(([f, l]) => examples(f, l, classes))
      : []
  const groups = [...new Set(own.map((e) => e.file))].map((f) => ({
    name: f,
    items: own.filter((e) => e.file === f && e.dev),
    // A two-class file scores negative and positive only; saying neutral there is a miss.
    classes: own.some((e) => e.file === f && e.y === 1) || k === 2 ? [...Array(k).keys()] : [0, k - 1],
  }))
  if (!hasNeutral && aux.length > 0) {
    groups.push({
      name: 'neutral-bearing sets of other languages',
      items: aux.filter((e) => e.dev),
      classes: [0, 1, 2],
    })
  }
  let best = null
  for (const auxW of aux.length > 0 ? AUX_WEIGHTS : [0]) {
    weighFiles(own, own.length)
    weighFiles(aux, own.length * auxW)
    for (const l2 of L2S) {
      const fit = balance(
        [...own, ...aux].filter((e) => !e.dev && e.base > 0),
        k,
      )
      const fitted = train(fit, k, DIM, { l2 })
      for (const weights of ['last', 'avg']) {
        const z = new Map(groups.flatMap((g) => g.items.map((e) => [e, logits(fitted[weights], k, e.x)])))
        for (const alpha of ALPHAS) {
          for (const bias of k === 3 ? BIASES : [0]) {
            let score = 0
            for (const g of groups) {
              const pred = g.items.map((e) => decide(z.get(e), e.lex, k, alpha, bias))
              score += macroF1(
                g.items.map((e) => e.y),
                pred,
                k,
                g.classes,
              )
            }
            score /= groups.length
            if (!best || score > best.score) best = { score, auxW, l2, weights, alpha, bias }
          }
        }
      }
    }
  }
  weighFiles(own, own.length)
  weighFiles(aux, own.length * best.auxW)
  const all = balance(
    [...own, ...aux].filter((e) => e.base > 0),
    k,
  )
  const w = train(all, k, DIM, best)[best.weights]
  const { bytes, scale } = encodeInt8(w, k, DIM, DENSE_N)
  writeFileSync(`${base}.${lang}.bin`, bytes)
  meta.langs[lang] = {
    classes,
    file: `${stem}.${lang}.bin`,
    scale,
    lexiconWeight: best.alpha,
    neutralBias: best.bias,
  }
  meta.trainedOn[lang] = [
    ...ownFiles,
    ...(best.auxW > 0 ? NEUTRAL_SETS.map(([f]) => f).filter((f) => !ownFiles.includes(f)) : []),
  ]
  meta.heldOut[lang] = Math.round(best.score * 1000) / 1000
  console.log(
    `${lang}: ${all.length} items (${own.length} own), held-out 20% macro-F1 ${best.score.toFixed(3)} over ${groups.map((g) => g.name).join(' + ')} (l2 ${best.l2}, ${best.weights} weights, neutral sets ×${best.auxW}, lexicon weight ${best.alpha}, neutral bias ${best.bias})`,
  )
}
writeFileSync(OUT, `${JSON.stringify(meta, null, 2)}\n`)
console.log(`wrote ${OUT}`)
