#!/usr/bin/env node
/**
 * Two builds of this package in one process, enrichment only (no JSON), first sight: the
 * bench's distinct texts in passes, a fresh enricher of each build per pass, the builds
 * alternating in slices of 100 records (`--slice`) so that both see the same machine. Prints records per
 * CPU-second of each and their ratio, and the load average. Steadier than two bench runs on a
 * shared box; not a substitute for enrich-bench.mjs (which includes the JSON). Prints figures.
 *
 *   node packages/nlp/bench/ab-first-sight.mjs --base DIR [--dist DIR] [--passes 6] [--model lexicon|shipped|trained] [--only han|latin]
 */
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng, distinctMentions } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
if (args.base === undefined) {
  console.error(
    'usage: ab-first-sight.mjs --base DIR [--dist DIR] [--passes 6] [--model lexicon|shipped|trained] [--only han|latin]',
  )
  process.exit(2)
}
const PASSES = Number(args.passes ?? 6)
// The sentiment test sets (research data, never shipped): --data DIR, else VIGIL_SHARED_DATA or
// ../shared/data beside the repository; a clear exit 2 when absent, never a silently smaller bench.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const builds = [
  ['base', resolve(args.base)],
  ['new', resolve(args.dist ?? resolve(here, '../dist'))],
]
const { recs } = benchRecords(20000, DATA, createRng(7))
let distinct = distinctMentions(recs)
const HAN = /[\u4e00-\u9fff]/
if (args.only !== undefined) distinct = distinct.filter((m) => HAN.test(m.text) === (args.only === 'han'))
const now = '2026-01-01T00:00:02.000Z'
const brands = loadBrands()
const loaded = []
for (const [name, dir] of builds) {
  const { createEnricher, loadLanguageDetector } = await import(pathToFileURL(join(dir, 'index.js')).href)
  const options = { brands, language: await loadLanguageDetector() }
  if (args.model === 'lexicon') options.sentimentModelPath = null
  else if (args.model === 'shipped')
    options.sentimentModelPath = resolve(here, '../models/sentiment-shipped.json')
  loaded.push({ name, make: () => createEnricher(options), cpu: 0, done: 0 })
}
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
const load0 = loadavg()
let sink = 0
const SLICE = Number(args.slice ?? 100)
for (let pass = 0; pass < PASSES + 1; pass++) {
  const es = loaded.map((b) => b.make())
  for (let at = 0; at < distinct.length; at += SLICE) {
    const end = Math.min(at + SLICE, distinct.length)
    // Alternate which build goes first, so neither always follows the other's cache state.
    const order = (at / SLICE + pass) % 2 === 0 ? [0, 1] : [1, 0]
    for (const k of order) {
      const b = loaded[k]
      const e = es[k]
      const t0 = cpu()
      for (let i = at; i < end; i++) sink += e.enrich(distinct[i], now).terms.length
      // The first pass warms the code up and is not counted.
      if (pass > 0) {
        b.cpu += cpu() - t0
        b.done += end - at
      }
    }
  }
}
const f = (x) => Math.round(x).toLocaleString('en')
const rate = loaded.map((b) => b.done / b.cpu)
console.log(
  `${distinct.length} distinct texts${args.only ? ` (${args.only})` : ''} × ${PASSES} first-sight passes, model ${args.model ?? 'trained'}, load average ${load0.map((x) => x.toFixed(2)).join(' ')} → ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
)
for (let k = 0; k < 2; k++)
  console.log(`  ${loaded[k].name.padEnd(5)} ${f(rate[k]).padStart(8)}/CPU-s   ${builds[k][1]}`)
console.log(`  new / base: ${(rate[1] / rate[0]).toFixed(3)}${sink === -1 ? ' ' : ''}`)
