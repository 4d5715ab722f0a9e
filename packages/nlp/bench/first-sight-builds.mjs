#!/usr/bin/env node
/**
 * First sight of several builds of this package in one process (ab-first-sight.mjs for N builds):
 * the bench's distinct texts in passes, a fresh enricher of each build per pass, the builds taking
 * turns in slices of 100 records (the order rotating per slice) so that all see the same machine.
 * For tracing a slowdown through history: build each commit's package into its own folder
 * (dist + data + models beside it, as the package reads them) and name the dist folders.
 * Prints records per CPU-second of each build and its ratio to the first. Not a test.
 * `DIST+batch`: that build's slices go through `enrichBatch` (as the service calls it), where
 * the build has it; the same folder with and without `+batch` compares the two paths.
 *
 *   node packages/nlp/bench/first-sight-builds.mjs [--passes 4] [--slice 100] DIST DIST+batch ...
 */
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng, distinctMentions } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
const dirs = []
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[++i]
  else dirs.push(process.argv[i])
}
if (dirs.length === 0) {
  console.error('usage: first-sight-builds.mjs [--passes 4] [--slice 100] DIST DIST ...')
  process.exit(2)
}
const PASSES = Number(args.passes ?? 4)
const SLICE = Number(args.slice ?? 100)
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const distinct = distinctMentions(benchRecords(20000, DATA, createRng(7)).recs)
const now = '2026-01-01T00:00:02.000Z'
const brands = loadBrands()
const builds = []
for (const arg of dirs) {
  const batch = arg.endsWith('+batch')
  const dir = resolve(batch ? arg.slice(0, -'+batch'.length) : arg)
  const { createEnricher, loadLanguageDetector } = await import(pathToFileURL(join(dir, 'index.js')).href)
  const options = { brands }
  // An older build has no fast language detector and ignores the option.
  if (loadLanguageDetector !== undefined) options.language = await loadLanguageDetector()
  builds.push({
    dir: batch ? `${dir} (enrichBatch)` : dir,
    batch,
    make: () => createEnricher(options),
    cpu: 0,
    done: 0,
  })
}
// Terms counted so that no call can be optimised away; a refused text counts nothing.
const slice = (b, e, from, to) => {
  let n = 0
  if (b.batch && e.enrichBatch !== undefined) {
    for (const r of e.enrichBatch(distinct.slice(from, to), now)) n += r.terms?.length ?? 0
  } else for (let i = from; i < to; i++) n += e.enrich(distinct[i], now).terms.length
  return n
}
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
const load0 = loadavg()
let sink = 0
let turn = 0
// Pass 0 warms every build's code up and is not counted.
for (let pass = 0; pass <= PASSES; pass++) {
  const es = builds.map((b) => b.make())
  for (let at = 0; at < distinct.length; at += SLICE) {
    const end = Math.min(at + SLICE, distinct.length)
    turn++
    for (let j = 0; j < builds.length; j++) {
      const k = (j + turn) % builds.length
      const t0 = cpu()
      sink += slice(builds[k], es[k], at, end)
      if (pass > 0) {
        builds[k].cpu += cpu() - t0
        builds[k].done += end - at
      }
    }
  }
}
const la = (l) => l.map((x) => x.toFixed(2)).join(' ')
console.log(
  `${distinct.length} distinct texts × ${PASSES} first-sight passes, load ${la(load0)} → ${la(loadavg())}`,
)
const base = builds[0].done / builds[0].cpu
for (const b of builds) {
  const rate = b.done / b.cpu
  console.log(
    `  ${Math.round(rate).toLocaleString('en').padStart(8)}/CPU-s  ×${(rate / base).toFixed(3)}  ${b.dir}`,
  )
}
if (sink === -1) console.log('')
