#!/usr/bin/env node
// The ART series detector (src/series-art.ts) on NAB's 48 files in-process, per corpus and
// pooled, beside published ARTime (72.08 / 63.20 / 77.37 on these files, same scorer).
// FILE_MODE=1 gives it what ARTime reads from each whole file (its length for the probation:
// 15 %, at most 750 rows; its minimum and maximum for the range): the faithfulness check of
// the algorithm alone, not a streaming figure. FILE_MODE=probation or =range gives it only one of the two.
//
// Usage (after pnpm exec tsc -b): node packages/detect/bench/art-nab.mjs ['{"headroom":1}' …]
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '../../config/dist/index.js'
import { runArt } from './art-run.mjs'
import { loadNabLayout } from './nab-corpus.mjs'

const NAB = requireDataDir('nab', {
  from: fileURLToPath(import.meta.url),
  explicit: process.env.NAB_DIR,
  setting: 'NAB_DIR=DIR',
})
const { loadBenchmark, scoreDetector } = await import(path.join(NAB, 'score.mjs'))
const nab = loadNabLayout(loadBenchmark, path.join(NAB, 'data'))
const PROFILES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate']

const fmt = (r) => PROFILES.map((p) => r.profiles[p].normalised.toFixed(2)).join(' / ')
const sets = process.argv.slice(2).map((s) => JSON.parse(s))
for (const params of sets.length ? sets : [{}]) {
  const out = runArt(nab.inputs, params, process.env.FILE_MODE)
  const all = scoreDetector(nab.bench, out)
  const c = all.profiles.standard.counts
  console.log(
    `${JSON.stringify(params)}${process.env.FILE_MODE ? ` FILE_MODE=${process.env.FILE_MODE}` : ''}`,
  )
  const thr = PROFILES.map((p) => all.profiles[p].threshold.toFixed(3)).join(' / ')
  console.log(
    `  all 48: ${fmt(all)}  windows ${c.windowsHit}/${c.windows}, FP rows ${c.fp}, thresholds ${thr}`,
  )
  if (process.env.PER_CORPUS)
    for (const corpus of nab.bench.allCorpora) {
      const keys = nab.bench.files
        .filter((f) => f.corpus === corpus && f.windows.length > 0)
        .map((f) => f.key)
      if (keys.length === 0) continue
      const r = scoreDetector(nab.bench, new Map(keys.map((k) => [k, out.get(k)])))
      console.log(`  ${corpus.padEnd(22)} ${fmt(r)}`)
    }
}
