#!/usr/bin/env node
/**
 * Bytes allocated per post at first sight, and by which functions: the bench's distinct texts,
 * a fresh enricher per pass, under V8's sampling heap profiler with the objects the collector
 * freed counted too (so it measures allocation, not what stays alive). The bytes are V8's
 * estimate from its samples and move with the interval (1,024 gave about twice the total of
 * 512): compare builds at the same interval. Far steadier than a timing on a busy machine:
 * two runs of one build differ by ~1%. Prints figures.
 *
 *   node packages/nlp/bench/alloc-first-sight.mjs [--dist DIR] [--passes 4] [--top 12]
 */
import { Session } from 'node:inspector/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng, distinctMentions } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const PASSES = Number(args.passes ?? 4)
const TOP = Number(args.top ?? 12)
// The sentiment test sets (research data, never shipped): --data DIR, else VIGIL_SHARED_DATA or
// ../shared/data beside the repository; a clear exit 2 when absent, never a silently smaller bench.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const DIST = resolve(args.dist ?? resolve(here, '../dist'))
const { createEnricher, loadLanguageDetector } = await import(pathToFileURL(join(DIST, 'index.js')).href)
const options = { brands: loadBrands(), language: await loadLanguageDetector() }
const { recs } = benchRecords(20000, DATA, createRng(7))
const distinct = distinctMentions(recs)
const now = '2026-01-01T00:00:02.000Z'
// One pass untimed first, so that what is built once per process (lexicon indexes, compiled
// regexes) is not counted; then enrichers built before sampling starts.
const warm = createEnricher(options)
for (const m of distinct) warm.enrich(m, now)
const enrichers = Array.from({ length: PASSES }, () => createEnricher(options))

const session = new Session()
session.connect()
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
})
for (const e of enrichers) for (const m of distinct) e.enrich(m, now)
const { profile } = await session.post('HeapProfiler.stopSampling')
session.disconnect()

// Bytes under the first `enrich` frame, by the allocating function (self).
let total = 0
const byFunction = new Map()
const walk = (node, inside) => {
  const under = inside || node.callFrame.functionName === 'enrich'
  if (under && node.selfSize > 0) {
    total += node.selfSize
    const f = node.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}` : ''}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize)
  }
  for (const c of node.children) walk(c, under)
}
walk(profile.head, false)
const posts = PASSES * distinct.length
console.log(
  `${posts.toLocaleString('en')} first-sight enrichments (${DIST}): ${Math.round(total / posts).toLocaleString('en')} sampled bytes allocated a post (V8's estimate at a 512-byte interval)`,
)
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP))
  console.log(`${String(Math.round(v / posts)).padStart(7)} B  ${k.trim()}`)
