#!/usr/bin/env node
/**
 * Train the shipped intent classifier from openly licensed data (../shared/data/intent-open:
 * BANKING77, CFPB, Civil Comments, Davidson et al., YouTube Spam Collection; attributions
 * in NOTICE) plus the TRAIN part of our own bank posts (data/intent/templates.mjs: the
 * held-out template families are never read here). Writes models/intent-shipped.json + .bin.
 *
 *   node packages/nlp/scripts/train-intent.mjs [--data DIR] [--out FILE] [--bits 15]
 *        [--exclude SOURCE] [--corrections FILE.ndjson]
 *
 * Settings are fixed in advance (not tuned on the held-out part): L2 1e-3, 6 epochs,
 * averaged weights; every source weighs the same, our own posts together weigh as much as
 * all open sources together (they are the only bank social posts and the only praise and
 * news), classes balanced.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { INTENT_DENSE_N, INTENT_FEATURES_VERSION, INTENT_MODEL_FORMAT } from '../dist/intent-model.js'
import { CLASSES, fit, openItems, ownItems } from './lib/intent-data.mjs'
import { encodeInt8, readJsonl } from './lib/linear-train.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../..')
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const DATA = resolve(
  args.data ?? process.env.VIGIL_INTENT_OPEN_DATA ?? join(repo, '../shared/data/intent-open'),
)
const OUT = resolve(args.out ?? join(here, '../models/intent-shipped.json'))
const DIM = 1 << Number(args.bits ?? 15)

{
  const open = openItems(DATA)
  if (open === null) {
    console.log(`no open intent data at ${DATA}: not training; the committed model stays`)
    process.exit(0)
  }
  let items = [...open, ...ownItems().filter((it) => !it.heldOut)]
  if (args.corrections && existsSync(args.corrections)) {
    const corr = readJsonl(args.corrections).filter(
      (c) => CLASSES.includes(c.intent) && typeof c.text === 'string',
    )
    items.push(
      ...corr.map((c, i) => ({
        id: `corr-${i}`,
        text: c.text,
        lang: c.lang ?? 'und',
        label: c.intent,
        source: 'corrections',
      })),
    )
    console.log(`${corr.length} corrections added`)
  }
  if (args.exclude) items = items.filter((it) => it.source !== args.exclude)
  const w = fit(items, DIM)
  const { bytes, scale } = encodeInt8(w, CLASSES.length, DIM, INTENT_DENSE_N)
  mkdirSync(dirname(OUT), { recursive: true })
  const stem = OUT.replace(/\.json$/, '')
    .split('/')
    .pop()
  writeFileSync(OUT.replace(/\.json$/, '.bin'), bytes)
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
  }
  writeFileSync(OUT, `${JSON.stringify(meta, null, 2)}\n`)
  console.log(`${items.length} items (${JSON.stringify(counts)}) → ${OUT}`)
}
