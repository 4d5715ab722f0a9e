#!/usr/bin/env node
/**
 * What the enricher's text memo (`textMemo`: a repost's text read once) buys on a stream in
 * order: an hour of the ingest generator's mentions (the stream check-identity.mjs hashes),
 * one enricher with the memo and one without, alternating slices of 100 mentions, each
 * enricher seeing the whole stream in order as the service would. Enrichment only (no JSON),
 * records per CPU-second of each, their ratio and the load average. Prints figures.
 * The generator repeats its templates: most of its texts recur, far more than a real
 * stream's reposts do, so read the ratio as an upper bound.
 *
 *   node packages/nlp/bench/repost-bench.mjs [--rounds 2] [--model lexicon|trained]
 */
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands } from '@vigil/config'
import { createEnricher, loadLanguageDetector } from '../dist/index.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const ROUNDS = Number(args.rounds ?? 2)
const brands = loadBrands()
const { MentionGenerator } = await import(
  pathToFileURL(resolve(here, '../../../services/ingest/dist/generator/index.js')).href
)
const stream = new MentionGenerator({
  brands,
  seed: 11,
  startMs: Date.parse('2026-03-02T08:00:00Z'),
  rateScale: 20,
}).generateUntil(Date.parse('2026-03-02T09:00:00Z'))
const distinct = new Set(stream.map((m) => m.text)).size
const base = { brands, language: await loadLanguageDetector() }
if (args.model === 'lexicon') base.sentimentModelPath = null
const variants = [
  ['text memo off', { ...base, textMemo: 0 }],
  ['text memo on', { ...base, textMemo: 4096 }],
]
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
const spent = [0, 0]
let done = 0
let sink = 0
const now = '2026-03-02T09:00:00.000Z'
for (let round = 0; round < ROUNDS; round++) {
  // Fresh enrichers each round: the stream is new to both.
  const es = variants.map(([, o]) => createEnricher(o))
  for (let at = 0; at < stream.length; at += 100) {
    // Which enricher goes first alternates: module-level one-entry memos favour the second.
    for (const k of (at / 100) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = cpu()
      for (let i = at; i < Math.min(at + 100, stream.length); i++)
        sink += es[k].enrich(stream[i], now).terms.length
      spent[k] += cpu() - t0
    }
  }
  done += stream.length
}
const f = (x) => Math.round(x).toLocaleString('en')
console.log(
  `generator stream: ${stream.length.toLocaleString('en')} mentions, ${distinct.toLocaleString('en')} distinct texts; ${ROUNDS} rounds, enrichment only, per CPU-second`,
)
for (let k = 0; k < 2; k++) console.log(`${variants[k][0].padEnd(14)} ${f(done / spent[k]).padStart(8)}/s`)
console.log(
  `on / off ${(spent[0] / spent[1]).toFixed(3)}; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}${sink === -1 ? ' ' : ''}`,
)
