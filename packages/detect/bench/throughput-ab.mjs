#!/usr/bin/env node
/**
 * Throughput of this build's engine against another build's, in one process: the same prebuilt
 * mentions as throughput.mjs (5 brands, 6 terms each from a 2,000-word vocabulary), runs
 * alternated (ABBA…), events per CPU-second. On a shared machine the load moves by 2× between
 * separate invocations; alternating inside one process puts both builds under the same load.
 * Not a test: it prints figures.
 *
 *   node packages/detect/bench/throughput-ab.mjs --dist DIR [--events 400000] [--pairs 6] [--hours 24]
 *
 * DIR: a copy of the other build's dist placed inside this package (so @vigil/schema resolves),
 * as for check-identity.mjs. --hours 24 is throughput.mjs's quiet stream, 2 its busy one.
 */
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i += 2)
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1]
if (args.dist === undefined) {
  console.error('usage: throughput-ab.mjs --dist DIR [--events N] [--pairs N] [--hours H]')
  process.exit(2)
}
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href)
const builds = { other: await load(args.dist), this: await load(resolve(here, '../dist')) }
const N = Number(args.events ?? 400_000)
const PAIRS = Number(args.pairs ?? 6)
const SPAN = Number(args.hours ?? 24) * 3_600_000

const BRANDS = [
  { id: 'northwind', role: 'own', size: 'mid' },
  { id: 'crest', role: 'competitor', size: 'large' },
  { id: 'havenbank', role: 'competitor', size: 'mid' },
  { id: 'lotus', role: 'competitor', size: 'large' },
  { id: 'alnoor', role: 'competitor', size: 'mid' },
]
const { rng, synthMention } = builds.this
const r = rng(42)
const vocab = Array.from({ length: 2000 }, (_, i) => `term${i}`)
const tags = Array.from({ length: 300 }, (_, i) => `#tag${i}`)
const start = Date.UTC(2026, 10, 2)
const mentions = new Array(N)
for (let i = 0; i < N; i++) {
  const brand = BRANDS[Math.floor(r() * BRANDS.length)].id
  const other = r() < 0.1 ? [BRANDS[Math.floor(r() * BRANDS.length)].id] : []
  const u = r()
  mentions[i] = synthMention(
    start + Math.floor((i / N) * SPAN),
    {
      brand,
      otherBrands: other.filter((b) => b !== brand),
      label: u < 0.2 ? 'negative' : u < 0.55 ? 'positive' : 'neutral',
      intent: u < 0.1 ? 'complaint' : 'other',
      hashtags: r() < 0.4 ? [tags[Math.floor(r() * r() * tags.length)]] : [],
      terms: Array.from({ length: 6 }, () => vocab[Math.floor(r() * r() * vocab.length)]),
      platform: r() < 0.6 ? 'x' : 'reddit',
      followers: Math.floor(r() * 5000),
    },
    `x:b${i}`,
  )
}

/** Events per CPU-second of one run of `lib`'s engine over the whole stream. */
function once(lib) {
  const e = lib.createDetectorEngine({ brands: BRANDS })
  const c0 = process.cpuUsage()
  for (let i = 0; i < N; i++) {
    e.observe(mentions[i], 'p0')
    if (i % 1000 === 999) e.advance(Date.parse(mentions[i].createdAt))
  }
  e.advance(start + SPAN + 3_600_000)
  const c = process.cpuUsage(c0)
  return N / ((c.user + c.system) / 1e6)
}

const rates = { other: [], this: [] }
for (let k = 0; k < PAIRS; k++) {
  for (const b of k % 2 === 0 ? ['other', 'this'] : ['this', 'other']) rates[b].push(once(builds[b]))
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
const k = (x) => `${Math.round(x / 1000)}k`
for (const b of ['other', 'this']) {
  console.log(
    `${b === 'this' ? 'this build ' : `${args.dist}`}: ${rates[b].map(k).join(' ')} events per CPU-second, median ${k(median(rates[b]))}`,
  )
}
console.log(`${SPAN / 3_600_000} h span, ${N} events, ${PAIRS} alternated pairs`)
