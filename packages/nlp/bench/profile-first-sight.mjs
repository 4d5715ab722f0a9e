#!/usr/bin/env node
/**
 * A loop to profile (not a figure): the bench's distinct texts, each pass with a fresh
 * enricher (first sight, as enrich-bench.mjs's fair line), enrichment only (no JSON).
 * Run it under `node --cpu-prof --cpu-prof-dir DIR`, then summarise the profile with
 * `node packages/nlp/bench/profile-summary.mjs DIR/*.cpuprofile`.
 *
 *   node --cpu-prof --cpu-prof-dir /tmp/prof packages/nlp/bench/profile-first-sight.mjs [--passes 8] [--dist DIR] [--batch 256]
 *
 * `--batch N`: slices of N posts through `enrichBatch` (summarise with `--under enrichBatch`).
 */
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng, distinctMentions } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const PASSES = Number(args.passes ?? 8)
// The sentiment test sets (research data, never shipped): --data DIR, else VIGIL_SHARED_DATA or
// ../shared/data beside the repository; a clear exit 2 when absent, never a silently smaller bench.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const DIST = resolve(args.dist ?? resolve(here, '../dist'))
const { createEnricher, loadLanguageDetector } = await import(pathToFileURL(join(DIST, 'index.js')).href)
const options = { brands: loadBrands(), language: await loadLanguageDetector() }
const { recs } = benchRecords(20000, DATA, createRng(7))
const distinct = distinctMentions(recs)
const now = '2026-01-01T00:00:02.000Z'
// Enrichers built before the timed loop, so that construction stays out of the profile's hot part.
const enrichers = Array.from({ length: PASSES }, () => createEnricher(options))
let sink = 0
const t0 = process.cpuUsage()
const BATCH = Number(args.batch ?? 0)
for (const e of enrichers) {
  if (BATCH > 0) {
    for (let at = 0; at < distinct.length; at += BATCH)
      for (const r of e.enrichBatch(distinct.slice(at, at + BATCH), now)) sink += r.terms?.length ?? 0
  } else for (const m of distinct) sink += e.enrich(m, now).terms.length
}
const u = process.cpuUsage(t0)
const cpu = (u.user + u.system) / 1e6
console.log(
  `${(PASSES * distinct.length).toLocaleString('en')} first-sight enrichments in ${cpu.toFixed(2)} CPU s: ${Math.round((PASSES * distinct.length) / cpu).toLocaleString('en')}/s (${sink})`,
)
