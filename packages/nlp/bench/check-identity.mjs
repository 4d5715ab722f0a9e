#!/usr/bin/env node
/**
 * Output identity of two builds of this package: a hash of JSON.stringify of every enriched
 * mention, over the bench's records (enrich-bench.mjs: all of them with one enricher, then the
 * distinct ones with a fresh enricher) and over an hour of the ingest generator's stream.
 * A speed change must print the same hashes for both builds. Not a test: it prints hashes.
 *
 *   node packages/nlp/bench/check-identity.mjs [--dist DIR] [--model lexicon|shipped|trained|FILE] [--n 20000] [--full 1]
 *                                             [--stream 300000] [--corpora 1] [--skip REGEX]
 *
 * `--stream N` also hashes N mentions of bench/load's realistic stream through one enricher:
 * long enough to fill its bounded memories (50,000 authors after ~55,000 mentions), so what it
 * forgets and when is compared too.
 * `--corpora 1` also hashes every text of the package's own corpora and fresh held-out sets
 * (data/fresh, data/sentiment, data/intent, lang-samples.json: every string in their exports),
 * with a fresh enricher per 1,000 (they carry no author: the intent memory has nothing to add).
 * Files whose path matches the regular expression `--skip` are left out (a blind set still being
 * written by a red team, which nobody else may read until it is merged).
 * `--full 1` prints the whole SHA-256 of each set (else its first 16 hex digits).
 * `--sets 1` also hashes every text of our own evaluation files, each file a set, through one
 * enricher: data/fresh/*.mjs (every string they export, labels included), data/intent/care-eval.mjs
 * and test-data/*.jsonl's texts; `--skip` applies here too.
 *
 * `--batch 1`: this package's dist enriches through `enrichBatch` (slices of 1 to 250 mentions,
 * sizes taking turns), the other build (`--dist`) one mention at a time as before: the batch path
 * must print the same hashes as `enrich`.
 *
 * Without --dist it hashes this package's dist only; with it, both, and exits 1 on a difference.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng, mentionRecord } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const N = Number(args.n ?? 20000)
const MODEL = args.model ?? 'trained'
// The sentiment test sets (research data, never shipped): --data DIR, else VIGIL_SHARED_DATA or
// ../shared/data beside the repository; a clear exit 2 when absent, never a silently smaller bench.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const now = '2026-01-01T00:00:02.000Z'
const brands = loadBrands()
const SHIPPED = fileURLToPath(new URL('../models/sentiment-shipped.json', import.meta.url))
const options = {
  brands,
  sentimentModelPath:
    MODEL === 'lexicon' ? null : MODEL === 'trained' ? undefined : MODEL === 'shipped' ? SHIPPED : MODEL,
}

const rnd = createRng(7)
const { recs } = benchRecords(N, DATA, rnd)
const seen = new Set()
const distinct = recs.filter((r) => {
  const t = JSON.parse(r).text
  if (seen.has(t)) return false
  seen.add(t)
  return true
})
const { MentionGenerator } = await import(
  pathToFileURL(resolve(here, '../../../services/ingest/dist/generator/index.js')).href
)
const gen = new MentionGenerator({
  brands,
  seed: 11,
  startMs: Date.parse('2026-03-02T08:00:00Z'),
  rateScale: 20,
})
const generated = gen.generateUntil(Date.parse('2026-03-02T09:00:00Z')).map((m) => JSON.stringify(m))
const stream = []
if (args.stream) {
  const { rawStream } = await import(
    pathToFileURL(resolve(here, '../../../bench/load/lib/mentions.mjs')).href
  )
  for (const slice of rawStream(Number(args.stream))) for (const m of slice) stream.push(JSON.stringify(m))
}

// Blind sets are merged before anyone else reads them; `--skip` still leaves out a set being written.
const SKIP = args.skip === undefined ? null : new RegExp(args.skip)
const corpora = args.corpora ? await corpusTexts() : []

/** Every string in the exports of the package's corpora (labels and languages too: all are texts). */
async function corpusTexts() {
  const dataDir = resolve(here, '../data')
  const files = [
    ...readdirSync(join(dataDir, 'fresh')).map((f) => join(dataDir, 'fresh', f)),
    ...readdirSync(join(dataDir, 'sentiment')).map((f) => join(dataDir, 'sentiment', f)),
    ...readdirSync(join(dataDir, 'intent')).map((f) => join(dataDir, 'intent', f)),
  ]
    .filter((f) => f.endsWith('.mjs') && !SKIP?.test(f))
    .sort()
  const all = []
  for (const f of files) strings(await import(pathToFileURL(f).href), all)
  strings(JSON.parse(readFileSync(join(dataDir, 'lang-samples.json'), 'utf8')), all)
  return [...new Set(all)].map((text, i) => JSON.stringify({ id: `c:${i}`, platform: 'x', text, lang: null }))
}

/** Every string in a value (an export of a data file), in order. */
function strings(v, out) {
  if (typeof v === 'string') out.push(v)
  else if (Array.isArray(v)) for (const x of v) strings(x, out)
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out)
  return out
}
const sets = []
if (args.sets) {
  const skip = (f) => SKIP?.test(f) ?? false
  const files = [
    ...readdirSync(resolve(here, '../data/fresh'))
      .filter((f) => f.endsWith('.mjs') && !skip(f))
      .sort()
      .map((f) => resolve(here, '../data/fresh', f)),
    resolve(here, '../data/intent/care-eval.mjs'),
  ]
  for (const f of files)
    sets.push([f.split('/').slice(-2).join('/'), strings(await import(pathToFileURL(f).href), [])])
  for (const f of readdirSync(resolve(here, '../test-data'))
    .filter((f) => f.endsWith('.jsonl') && !skip(f))
    .sort()) {
    const texts = readFileSync(resolve(here, '../test-data', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text)
    sets.push([`test-data/${f}`, texts])
  }
}
const BATCH_SIZES = [100, 1, 64, 7, 250, 33, 65, 2]

async function hashes(dist, batch) {
  const { createEnricher, loadLanguageDetector } = await import(
    pathToFileURL(join(resolve(dist), 'index.js')).href
  )
  // The fast language detector where the build has one (an older build ignores the option).
  const opts =
    loadLanguageDetector === undefined ? options : { ...options, language: await loadLanguageDetector() }
  const out = {}
  const run = (name, list, fresh) => {
    const h = createHash('sha256')
    let e = createEnricher(opts)
    let turn = 0
    for (let i = 0; i < list.length; ) {
      if (fresh && i % 1000 === 0) e = createEnricher(opts)
      // A slice never crosses the next fresh enricher.
      const end = Math.min(
        list.length,
        i + (batch ? BATCH_SIZES[turn++ % BATCH_SIZES.length] : 1),
        fresh ? (Math.floor(i / 1000) + 1) * 1000 : Infinity,
      )
      const ms = list.slice(i, end).map((r) => JSON.parse(r))
      for (const out of batch ? e.enrichBatch(ms, now) : ms.map((m) => e.enrich(m, now))) {
        h.update(JSON.stringify(out))
        h.update('\n')
      }
      i = end
    }
    out[`${name} (${list.length})`] = h.digest('hex').slice(0, args.full ? 64 : 16)
  }
  run('bench records, one enricher', recs, false)
  run('bench distinct, fresh enricher per 1000', distinct, true)
  run('generator, 1 h at 20×', generated, false)
  if (stream.length > 0) run('bench/load stream, one enricher', stream, false)
  if (corpora.length > 0) run('corpora and fresh sets, fresh enricher per 1000', corpora, true)
  for (const [name, texts] of sets) run(name, texts.filter((t) => t.length > 0).map(mentionRecord), false)
  return out
}

const dists = [resolve(here, '../dist'), ...(args.dist ? [resolve(args.dist)] : [])]
const results = []
for (const d of dists) {
  const batch = Boolean(args.batch) && d === dists[0]
  results.push(await hashes(d, batch))
  console.log(batch ? `${d} (enrichBatch)` : d)
  for (const [k, v] of Object.entries(results.at(-1))) console.log(`  ${k.padEnd(48)} ${v}`)
}
if (results.length === 2) {
  const same = JSON.stringify(results[0]) === JSON.stringify(results[1])
  console.log(same ? 'IDENTICAL' : 'DIFFERENT')
  process.exitCode = same ? 0 : 1
}
