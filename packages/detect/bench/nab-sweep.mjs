#!/usr/bin/env node
// Score the single-series detector (bin/nab-detector's algorithm) on NAB in-process, for one
// or a few GLOBAL parameter sets (never per file). Each argument is a JSON object of series
// parameters, or a pair [seriesParams, lifecycleParams] (lifecycle = the engine's incident
// parameters, in rows). Usage:
//   node packages/detect/bench/nab-sweep.mjs '{}' '{"levelTau":60}' '[{}, {"openThreshold":5.5}]'
//   PER_FILE=1 node packages/detect/bench/nab-sweep.mjs '{}'
// Needs the NAB copy in ../shared/data/nab beside the repository (NAB_DIR or VIGIL_SHARED_DATA; not in this repo) and a built
// packages/detect (pnpm exec tsc -b).
import { scoreNab } from './nab-in-process.mjs'

const sets = process.argv.slice(2).map((a) => JSON.parse(a))
for (const s of sets.length ? sets : [{}]) {
  const [sp, lp] = Array.isArray(s) ? s : [s, {}]
  const r = scoreNab(sp, lp)
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
