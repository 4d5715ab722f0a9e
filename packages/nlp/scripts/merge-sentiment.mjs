#!/usr/bin/env node
/**
 * Joins sentiment models trained on disjoint languages (train-sentiment.mjs --langs … --out PART)
 * into one model file, so that training can run in several processes, one per core:
 *
 *   node packages/nlp/scripts/merge-sentiment.mjs OUT PART.json [PART.json …]
 *
 * Each language's weights file is copied beside OUT under OUT's own name, as one training process
 * would have written it. Parts that were not written (no development data) are skipped; with none
 * at all, nothing is written.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { writeAtomic } from './lib/linear-train.mjs'

const [outArg, ...partArgs] = process.argv.slice(2)
if (outArg === undefined || partArgs.length === 0) {
  console.error('usage: merge-sentiment.mjs OUT PART.json [PART.json …]')
  process.exit(2)
}
const out = resolve(outArg)
const parts = partArgs.map((p) => resolve(p)).filter((p) => existsSync(p))
if (parts.length === 0) {
  console.log('no trained parts to merge: nothing written')
  process.exit(0)
}
const base = basename(out).replace(/\.json$/, '')
let merged = null
for (const part of parts) {
  const meta = JSON.parse(readFileSync(part, 'utf8'))
  if (merged === null) merged = { ...meta, langs: {}, sources: {} }
  for (const key of ['format', 'features', 'dim']) {
    if (meta[key] !== merged[key]) throw new Error(`${part}: ${key} ${meta[key]} differs from ${merged[key]}`)
  }
  for (const [lang, info] of Object.entries(meta.langs)) {
    if (merged.langs[lang] !== undefined) throw new Error(`${part}: ${lang} was trained twice`)
    const file = `${base}.${lang}.bin`
    copyFileSync(join(dirname(part), info.file), join(dirname(out), file))
    merged.langs[lang] = { ...info, file }
    merged.sources[lang] = meta.sources[lang]
  }
  if (meta.trainedAt > merged.trainedAt) merged.trainedAt = meta.trainedAt
}
writeAtomic(out, JSON.stringify(merged, null, 2))
console.log(`wrote ${out} (${Object.keys(merged.langs).join(', ')})`)
