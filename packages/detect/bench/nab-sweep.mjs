#!/usr/bin/env node
// Score the series detector on NAB in-process, for one or a few global parameter sets
// (never per file). Usage: node packages/detect/bench/nab-sweep.mjs '{"levelTau":60}' ...
// Needs the NAB copy in ../shared/data/nab (not in this repo) and a built packages/detect.
import fs from 'node:fs'
import path from 'node:path'
import { createSeriesDetector } from '../dist/series.js'

const NAB = process.env.NAB_DIR ?? '/work/shared/data/nab'
const { loadBenchmark, readScoresCsv, scoreDetector } = await import(path.join(NAB, 'score.mjs'))
const bench = loadBenchmark({ dataRoot: path.join(NAB, 'data') })
const inputs = bench.files.map((f) => {
  const lines = fs
    .readFileSync(path.join(NAB, 'data', 'data', f.key), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
  return { f, rows: lines.map((l) => l.split(',')) }
})

function run(params) {
  const scores = new Map()
  for (const { f, rows } of inputs) {
    const det = createSeriesDetector(params)
    const out = ['timestamp,anomaly_score']
    for (const [t, v] of rows) out.push(`${t},${det.push(Number(v), Date.parse(t.replace(' ', 'T') + 'Z'))}`)
    scores.set(f.key, readScoresCsv({ text: out.join('\n') }, f, []))
  }
  const r = scoreDetector(bench, scores)
  return Object.fromEntries(Object.entries(r.profiles).map(([k, v]) => [k, Number(v.normalised.toFixed(2))]))
}

const sets = process.argv.slice(2).map((a) => JSON.parse(a))
for (const s of sets.length ? sets : [{}]) console.log(JSON.stringify(s), JSON.stringify(run(s)))
if (process.env.PER_FILE) {
  const params = sets[0] ?? {}
  const scores = new Map()
  for (const { f, rows } of inputs) {
    const det = createSeriesDetector(params)
    const out = ['timestamp,anomaly_score']
    for (const [t, v] of rows) out.push(`${t},${det.push(Number(v), Date.parse(t.replace(' ', 'T') + 'Z'))}`)
    scores.set(f.key, readScoresCsv({ text: out.join('\n') }, f, []))
  }
  const r = scoreDetector(bench, scores)
  const std = r.profiles.standard
  console.log('threshold', std.threshold)
  for (const f of std.perFile)
    console.log(
      f.key.padEnd(58),
      f.score.toFixed(3).padStart(8),
      `win ${f.windowsHit}/${f.windows}`,
      `fp ${f.fp}`,
    )
}
