#!/usr/bin/env node
/**
 * Train the shipped intent classifier from openly licensed data (../shared/data/intent-open:
 * BANKING77, CFPB, Civil Comments, Davidson et al., YouTube Spam Collection; attributions
 * in NOTICE) plus the TRAIN part of our own bank posts (data/intent/templates.mjs: the
 * held-out template families are never read here) and the social-style posts
 * (data/intent/templates-social.mjs, en/nl/ar; templates-line.mjs; templates-social-x.mjs, de/fr/es/zh
 * and weak cases in all seven). Writes models/intent-shipped.json + .bin.
 *
 *   node packages/nlp/scripts/train-intent.mjs [--data DIR] [--out FILE] [--bits 15]
 *        [--exclude SOURCE] [--corrections FILE.ndjson] [--shares 0.5,0.8] [--social 0]
 *        [--social-weight 0.15] [--social-skip news|none|CLASS,…] [--line 0] [--line-weight W]
 *        [--x 0] [--x-weight W] [--shape-weight W]
 *
 * Settings are fixed in advance (not tuned on the held-out part): L2 1e-3, 6 epochs,
 * averaged weights; every open source weighs the same, our own posts together weigh the
 * own-post share picked by family CV (they are the only bank social posts and the only praise
 * and news), classes balanced.
 */
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { INTENT_DENSE_N, INTENT_FEATURES_VERSION, INTENT_MODEL_FORMAT } from '../dist/intent-model.js'
import {
  CLASSES,
  FRESH_WEIGHT,
  fit,
  openItems,
  perClassF1,
  trainingItems,
  vectorOf,
} from './lib/intent-data.mjs'
import { TUNED_SETS } from './lib/intent-fresh-sets.mjs'
import { cliArgs, encodeInt8, fnv, logits, readCorrections, writeAtomic } from './lib/linear-train.mjs'

/** Macro-F1 of the model alone (no rules) on items: quick, for choosing settings. */
function macroF1Of(w, items) {
  const pred = items.map((it) => {
    const z = logits(w, CLASSES.length, vectorOf(it, DIM))
    let b = 0
    for (let c = 1; c < z.length; c++) if (z[c] > z[b]) b = c
    return CLASSES[b]
  })
  return perClassF1(
    items.map((i) => i.label),
    pred,
  ).macro
}

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = cliArgs()
const DATA = resolve(
  args.data ?? process.env.VIGIL_INTENT_OPEN_DATA ?? join(repo, '../shared/data/intent-open'),
)
const OUT = resolve(args.out ?? join(here, '../models/intent-shipped.json'))
const DIM = 1 << Number(args.bits ?? 15)
// The weight of data/intent/templates-social.mjs's sources against one language's templates.
// 0.15 and its news rows left out: the largest weight tried (1, 0.5, 0.3, 0.15, 0.08) with which
// every intent test still passes; gains measured on fresh set 4's TUNE half (en, nl, ar) only
// (README "Fresh blind set 4").
const SOCIAL_WEIGHT = Number(args['social-weight'] ?? 0.15)
// The weight of data/intent/templates-line.mjs's sources (troll against angry customer,
// recovery scams; `--line 0` leaves them out), chosen on set 4's tune half, eval-intent,
// sets 1 and 3 and intent-diag (README "Trolls and angry customers").
const LINE_WEIGHT = Number(args['line-weight'] ?? SOCIAL_WEIGHT)
// The weight of data/intent/templates-social-x.mjs's sources (de, fr, es, zh social styles and
// the weak cases; `--x-weight 0` is the control, `--x 0` leaves them out), chosen on set 4 with
// sets 1 and 3, eval-intent and intent-diag held out (README "Every language", round ten).
const X_WEIGHT = Number(args['x-weight'] ?? SOCIAL_WEIGHT)
// data/intent/templates-shape.mjs (round eleven: complaints asked as questions, outage headlines,
// metaphor and mockery trolls in all seven languages) is left out unless `--shape-weight W` is
// given (`--shape-weight 0`: the control): at 0.15 and 0.05 it gained nothing on sets 5 and 4
// over the control and main's data (README round eleven), so the shipped model does without it.
const SHAPE = args['shape-weight'] !== undefined && args.shape !== '0'
const SHAPE_WEIGHT = Number(args['shape-weight'] ?? 0)
// The tuned-on blind sets trained on (`--fresh none`: none, main's model before intent9;
// `--fresh 1,3`: those), each weighing `--fresh-weight` of one language's templates.
const FRESH =
  args.fresh === 'none' ? [] : args.fresh === undefined ? TUNED_SETS : args.fresh.split(',').filter(Boolean)
const FRESH_W = Number(args['fresh-weight'] ?? FRESH_WEIGHT)
const WEIGHTS = { social: SOCIAL_WEIGHT, line: LINE_WEIGHT, x: X_WEIGHT, shape: SHAPE_WEIGHT, fresh: FRESH_W }

{
  const open = openItems(DATA)
  if (open === null) {
    console.log(`no open intent data at ${DATA}: not training; the committed model stays`)
    process.exit(0)
  }
  // `--social 0` leaves out data/intent/templates-social.mjs (for the before/after figures).
  // `--social-skip news,other` leaves those classes of it out.
  let items = trainingItems(open, {
    kinds: {
      social: args.social !== '0',
      line: args.social !== '0' && args.line !== '0',
      x: args.social !== '0' && args.x !== '0',
      shape: args.social !== '0' && SHAPE,
    },
    socialSkip: new Set((args['social-skip'] ?? 'news').split(',').filter(Boolean)),
    fresh: FRESH,
  })
  const corrections = readCorrections(args.corrections, 'intent').filter((c) => CLASSES.includes(c.label))
  if (corrections.length > 0) console.log(`${corrections.length} corrections added`)
  items.push(...corrections)
  if (args.exclude) items = items.filter((it) => it.source !== args.exclude)
  // Own-post weight by 3-fold cross-validation over the TRAIN template families (the
  // held-out families are not in `items`); open rows are in every fold's fit.
  const shares = (args.shares ?? '0.5,0.8').split(',').map(Number)
  let best = { share: shares[0], f1: -1 }
  if (shares.length > 1) {
    for (const share of shares) {
      let sum = 0
      for (let f = 0; f < 3; f++) {
        const inFold = (it) => it.family !== undefined && fnv(`cv:${it.family}`) % 3 === f
        const w = fit(
          items.filter((it) => !inFold(it)),
          DIM,
          share,
          WEIGHTS,
        )
        const test = items.filter(inFold)
        sum += macroF1Of(w, test) / 3
      }
      console.log(`own-post share ${share}: family-CV macro-F1 ${sum.toFixed(3)}`)
      if (sum > best.f1) best = { share, f1: sum }
    }
  }
  const w = fit(items, DIM, best.share, WEIGHTS)
  const { bytes, scale } = encodeInt8(w, CLASSES.length, DIM, INTENT_DENSE_N)
  mkdirSync(dirname(OUT), { recursive: true })
  const stem = OUT.replace(/\.json$/, '')
    .split('/')
    .pop()
  writeAtomic(OUT.replace(/\.json$/, '.bin'), bytes)
  const counts = {}
  for (const it of items) counts[it.source] = (counts[it.source] ?? 0) + 1
  const meta = {
    format: INTENT_MODEL_FORMAT,
    features: INTENT_FEATURES_VERSION,
    dim: DIM,
    classes: CLASSES,
    file: `${stem}.bin`,
    scale,
    trainedOn: counts,
    ownShare: best.share,
    socialWeight: SOCIAL_WEIGHT,
    lineWeight: LINE_WEIGHT,
    xWeight: X_WEIGHT,
    ...(SHAPE ? { shapeWeight: SHAPE_WEIGHT } : {}),
    ...(FRESH.length > 0 ? { freshSets: FRESH, freshWeight: FRESH_W } : {}),
  }
  writeAtomic(OUT, `${JSON.stringify(meta, null, 2)}\n`)
  console.log(`${items.length} items (${JSON.stringify(counts)}) → ${OUT}`)
}
