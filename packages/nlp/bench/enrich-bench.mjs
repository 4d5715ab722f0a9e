#!/usr/bin/env node
/**
 * Enrichment throughput on one core over a realistic multilingual mix, beside a bare JSON
 * parse + serialise of the same records in the same run (the ceiling), and their ratio.
 * Both are timed in CPU seconds of this process, in alternating slices, so that a busy
 * machine slows neither figure nor skews the ratio much.
 * Runs the built code: `pnpm exec tsc -b` first. Not a test: it prints figures.
 *
 *   node packages/nlp/bench/enrich-bench.mjs [--n 20000] [--seconds 3] [--model lexicon|shipped|trained|FILE]
 *                                            [--intent rules|FILE] [--data DIR] [--dist DIR] [--text-memo N]
 *
 * `trained` (default) uses the trained model at the default cache path when it exists,
 * else the shipped lexicon; the first line printed says which one ran. `--dist` runs
 * another build of this package (e.g. a copy of the old dist, to compare in one window).
 *
 * Texts: generated here from templates in 12 languages (with brands, PII, emoji, URLs),
 * plus, when the sentiment test files are present, those texts read at run time (never stored).
 *
 * Three figures, because most generated records repeat a text (20 templates × brands × emoji)
 * and anything the enricher remembers (up to round 5, per-word sums of the sentiment model;
 * since round 6 the word table's memo of recent hits, one table per enricher since the
 * state round: src/perf/word-table.ts; the segmentation memo) flatters a list replayed:
 *  - all records, replayed: the whole list over and over with one enricher (the figure of
 *    the earlier rounds); 84% of the records are short template texts: this flatters the
 *    enricher.
 *  - distinct texts, replayed: one record per distinct text (mostly the real test texts),
 *    over and over with one enricher: the cost of the real mix, caches warm.
 *  - distinct, first sight: the same records once per pass, with a fresh enricher for every
 *    pass, so no timed text has been seen before by the enricher that scores it, as in a
 *    live stream. This is the fair figure.
 *  - distinct, first sight, batched: the same, each slice of 2,000 records through
 *    `enrichBatch` (stage by stage, as the enricher service calls it) instead of `enrich` one
 *    by one; same outputs (check-identity.mjs --batch 1). Absent from builds without it.
 * `--text-memo N` turns on createEnricher's text memo (a repost's text read once; off by
 * default): the two replayed lines then measure mostly its hits (an older build ignores it).
 */
import os, { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const N = Number(args.n ?? 20000)
const SECONDS = Number(args.seconds ?? 3)
const MODEL = args.model ?? 'trained'
// The sentiment test sets (research data, never shipped): --data DIR, else VIGIL_SHARED_DATA or
// ../shared/data beside the repository; a clear exit 2 when absent, never a silently smaller bench.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const DIST = resolve(args.dist ?? resolve(here, '../dist'))
const { createEnricher, loadLanguageDetector } = await import(pathToFileURL(join(DIST, 'index.js')).href)

// One random sequence: the records take the first draws, the shuffle below the next ones.
const rnd = createRng(7)

/** CPU time of this process in seconds (user + system): robust to other work on the machine. */
function cpuSeconds() {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

/**
 * Rates of `bare` and `full(rec, pass)` in records per CPU-second, measured in alternating
 * slices of 2,000 records for about SECONDS each, so that both see the same machine state
 * (other processes, thermal state, GC debt) and the ratio is stable on a busy box. Every
 * time the list wraps round, `onPass` (untimed) prepares the next pass.
 */
function rates(recs, bare, full, onPass = () => {}) {
  const SLICE = 2000
  const spent = [0, 0]
  const done = [0, 0]
  let at = 0
  onPass()
  while (spent[0] + spent[1] < 2 * SECONDS) {
    const end = Math.min(at + SLICE, recs.length)
    for (const [k, fn] of [
      [0, bare],
      [1, full],
    ]) {
      const t0 = cpuSeconds()
      if (fn.slice !== undefined) fn.slice(recs, at, end)
      else for (let i = at; i < end; i++) fn(recs[i])
      spent[k] += cpuSeconds() - t0
      done[k] += end - at
    }
    if (end === recs.length) {
      at = 0
      onPass()
    } else at = end
  }
  return { bare: done[0] / spent[0], full: done[1] / spent[1] }
}

const options = {
  brands: loadBrands(),
  sentimentModelPath:
    MODEL === 'lexicon'
      ? null
      : MODEL === 'trained'
        ? undefined
        : MODEL === 'shipped'
          ? fileURLToPath(new URL('../models/sentiment-shipped.json', import.meta.url))
          : MODEL,
}
// The fast language detector, loaded once (an older build has none and ignores the option).
// It holds eld's table cut to our languages and scratch buffers, nothing about the texts it saw.
if (loadLanguageDetector !== undefined) options.language = await loadLanguageDetector()
// --intent rules: the hand-written intent rules instead of the shipped intent model.
if (args['text-memo'] !== undefined) options.textMemo = Number(args['text-memo'])
if (args.intent === 'rules') options.intentModelPath = null
else if (args.intent !== undefined) options.intentModelPath = args.intent
const { recs, generated, fromFiles } = benchRecords(N, DATA, rnd)
const now = '2026-01-01T00:00:02.000Z'
let sink = 0
const bare = (r) => {
  sink += JSON.stringify(JSON.parse(r)).length
}
const enrichOne = (e, r) => {
  sink += JSON.stringify(e.enrich(JSON.parse(r), now)).length
}

const load0 = loadavg()
// Warm-up (untimed) of one enricher, so that the code is compiled before either figure.
const enricher = createEnricher(options)
for (let i = 0; i < Math.min(recs.length, 5000); i++) {
  bare(recs[i])
  enrichOne(enricher, recs[i])
}
const replayed = rates(recs, bare, (r) => enrichOne(enricher, r))

// One record per distinct text, in a fixed shuffled order (the templates and the languages of
// the test files interleaved, as in a stream); a fresh enricher for each pass over them.
const seen = new Set()
const distinct = recs.filter((r) => {
  const t = JSON.parse(r).text
  if (seen.has(t)) return false
  seen.add(t)
  return true
})
for (let i = distinct.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1))
  ;[distinct[i], distinct[j]] = [distinct[j], distinct[i]]
}
const distinctReplayed = rates(distinct, bare, (r) => enrichOne(enricher, r))
let fresh = enricher
const firstSight = rates(
  distinct,
  bare,
  (r) => enrichOne(fresh, r),
  () => {
    fresh = createEnricher(options)
  },
)
// The service's path: a slice's records parsed, enriched together, each serialised.
const batched = { slice: null }
batched.slice = (list, at, end) => {
  const ms = []
  for (let i = at; i < end; i++) ms.push(JSON.parse(list[i]))
  for (const out of fresh.enrichBatch(ms, now)) sink += JSON.stringify(out).length
}
const firstSightBatched =
  enricher.enrichBatch === undefined
    ? null
    : rates(distinct, bare, batched, () => {
        fresh = createEnricher(options)
      })

const meanChars = Math.round(recs.reduce((a, r) => a + JSON.parse(r).text.length, 0) / recs.length)
const f = (x) => Math.round(x).toLocaleString('en')
console.log(
  `records: ${recs.length} (${generated} generated from templates in 12 languages + ${fromFiles} sentiment test texts; ${distinct.length} distinct texts), mean text ${meanChars} chars; sentiment model: ${enricher.sentimentModel}${enricher.sentimentModelNote ? ` (${enricher.sentimentModelNote})` : ''}; node ${process.version}, one core, rates per CPU-second`,
)
console.log('                            bare JSON     enrich+JSON   ratio   (aim: ≥ 30,000/s and ≥ 0.2)')
for (const [name, r] of [
  ['all records, replayed', replayed],
  ['distinct texts, replayed', distinctReplayed],
  ['distinct, first sight', firstSight],
  ...(firstSightBatched === null ? [] : [['  the same, enrichBatch', firstSightBatched]]),
]) {
  console.log(
    `${name.padEnd(26)}  ${f(r.bare).padStart(9)}/s  ${f(r.full).padStart(9)}/s   ${(r.full / r.bare).toFixed(3)}`,
  )
}
// The machine is shared: the load average (1, 5, 15 min) at the start and at the end says how
// disturbed the run was; the ratio to the bare JSON of the same run is the figure to compare.
const la = (l) => l.map((x) => x.toFixed(2)).join(' ')
console.log(`load average ${la(load0)} at the start, ${la(loadavg())} at the end (${os.cpus().length} cores)`)
if (sink === -1) console.log('')
