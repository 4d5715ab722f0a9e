#!/usr/bin/env node
// Score the single-series detector (bin/nab-detector's algorithm) on NAB in-process, for one
// or a few GLOBAL parameter sets (never per file). Each argument is a JSON object of series
// parameters, or a pair [seriesParams, lifecycleParams] (lifecycle = the engine's incident
// parameters, in rows). Usage:
//   node packages/detect/bench/nab-sweep.mjs '{}' '{"levelTau":60}' '[{}, {"openThreshold":5.5}]'
//   PER_FILE=1 node packages/detect/bench/nab-sweep.mjs '{}'
// Needs the NAB copy in /work/shared/data/nab (NAB_DIR; not in this repo) and a built
// packages/detect (pnpm exec tsc -b).
import fs from 'node:fs'
import path from 'node:path'
import { createSeriesDetector } from '../dist/series-detector.js'

const NAB = process.env.NAB_DIR ?? '/work/shared/data/nab'
const { loadBenchmark, scoreDetector } = await import(path.join(NAB, 'score.mjs'))
const bench = loadBenchmark({ dataRoot: path.join(NAB, 'data') })
const inputs = bench.files.map((f) => {
  const rows = fs
    .readFileSync(path.join(NAB, 'data', 'data', f.key), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [t, v] = l.split(',')
      return [Number(v), Date.parse(`${t.trim().replace(' ', 'T')}Z`)]
    })
  return { f, rows }
})

function run(seriesParams, lifecycle) {
  const scores = new Map()
  for (const { f, rows } of inputs) {
    const det = createSeriesDetector(seriesParams, lifecycle)
    const out = new Float64Array(rows.length)
    for (let i = 0; i < rows.length; i++) out[i] = det.push(rows[i][0], rows[i][1])
    scores.set(f.key, out)
  }
  return scoreDetector(bench, scores)
}

const sets = process.argv.slice(2).map((a) => JSON.parse(a))
for (const s of sets.length ? sets : [{}]) {
  const [sp, lp] = Array.isArray(s) ? s : [s, {}]
  const r = run(sp, lp)
  const std = r.profiles.standard
  const norm = Object.fromEntries(
    Object.entries(r.profiles).map(([k, v]) => [k, Number(v.normalised.toFixed(2))]),
  )
  console.log(
    JSON.stringify(s),
    JSON.stringify(norm),
    `windows ${std.counts.windowsHit}/${std.counts.windows}, FP rows ${std.counts.fp}`,
  )
  if (process.env.PER_FILE) {
    for (const f of std.perFile)
      console.log(
        `  ${f.key.padEnd(58)} ${f.score.toFixed(3).padStart(8)}  win ${f.windowsHit}/${f.windows}  fp ${f.fp}`,
      )
  }
}
