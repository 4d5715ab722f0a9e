#!/usr/bin/env node
/**
 * The PII step alone: `maskPii` of two builds over the same texts, alternated in one process so
 * that both see the same machine load. Prints each build's median rate and the paired ratio.
 *
 *   node packages/nlp/bench/pii-bench.mjs --base DIR [--dist DIR] [--rounds 30] [--ms 300] [--data DIR]
 *
 * Texts: the enrichment bench's distinct texts (bench/records.mjs: templates and the research
 * sentiment test sets, most without digits, as a stream is) and test-data/pii-eval.jsonl (every
 * kind of personal data and ordinary number).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { requireDataDir } from '@vigil/config'
import { benchRecords, createRng } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string' },
    rounds: { type: 'string' },
    ms: { type: 'string' },
    data: { type: 'string' },
  },
})
if (args.base === undefined) {
  console.error('usage: pii-bench.mjs --base DIR [--dist DIR] [--rounds 30] [--ms 300]')
  process.exit(2)
}
const ROUNDS = Number(args.rounds ?? 30)
const MS = Number(args.ms ?? 300)
const load = async (dir) => (await import(pathToFileURL(join(resolve(dir), 'pii.js')).href)).maskPii
const builds = [
  ['base', await load(args.base)],
  ['this', await load(args.dist ?? join(here, '..', 'dist'))],
]

const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const { recs } = benchRecords(20000, DATA, createRng(7))
const texts = [...new Set(recs.map((r) => JSON.parse(r).text))]
const evalPath = join(here, '..', 'test-data', 'pii-eval.jsonl')
if (existsSync(evalPath))
  for (const l of readFileSync(evalPath, 'utf8').split('\n').filter(Boolean)) texts.push(JSON.parse(l).text)

/** Texts masked per CPU-second in one round of about MS milliseconds. */
function round(mask) {
  const t0 = process.cpuUsage()
  let n = 0
  let i = 0
  for (;;) {
    mask(texts[i])
    n++
    i = (i + 1) % texts.length
    if ((n & 255) === 0) {
      const u = process.cpuUsage(t0)
      if ((u.user + u.system) / 1000 >= MS) return n / ((u.user + u.system) / 1e6)
    }
  }
}

for (const [, mask] of builds) round(mask)
const rates = { base: [], this: [] }
const ratios = []
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which build goes first, so neither always runs on a warmer cache.
  const order = r % 2 === 0 ? builds : [...builds].reverse()
  const got = {}
  for (const [name, mask] of order) got[name] = round(mask)
  rates.base.push(got.base)
  rates.this.push(got.this)
  ratios.push(got.this / got.base)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(
  `${texts.length} texts, ${ROUNDS} alternated rounds of ${MS} ms CPU: base ${Math.round(median(rates.base))}/s, ` +
    `this ${Math.round(median(rates.this))}/s, median paired ratio this/base ${median(ratios).toFixed(3)}`,
)
