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
import { BRANDS, buildStream, STREAM_START } from './throughput-stream.mjs'

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

const { rng, synthMention } = builds.this
const start = STREAM_START
const mentions = buildStream(rng(42), synthMention, N, SPAN)

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
