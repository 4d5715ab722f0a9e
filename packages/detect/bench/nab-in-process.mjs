// The NAB copy (NAB_DIR, default ../shared/data/nab beside the repository; not in this repo) loaded once, and the
// single-series detector scored on all its files in-process: shared by nab-sweep and nab-search.
// Needs a built packages/detect (pnpm exec tsc -b).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '../../config/dist/index.js'
import { createSeriesDetector } from '../dist/series-detector.js'

// From configuration: NAB_DIR, else nab in the shared data (VIGIL_SHARED_DATA, default
// ../shared/data beside the repository); a clear exit 2 when it is not there.
const NAB = requireDataDir('nab', {
  from: fileURLToPath(import.meta.url),
  explicit: process.env.NAB_DIR,
  setting: 'NAB_DIR=DIR',
})
const { loadBenchmark, scoreDetector } = await import(path.join(NAB, 'score.mjs'))
const bench = loadBenchmark({ dataRoot: path.join(NAB, 'data') })
const inputs = bench.files.map((f) => ({
  f,
  rows: fs
    .readFileSync(path.join(NAB, 'data', 'data', f.key), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [t, v] = l.split(',')
      return [Number(v), Date.parse(`${t.trim().replace(' ', 'T')}Z`)]
    }),
}))

/** NAB's scores (all profiles) for one global parameter set: series and lifecycle params. */
export function scoreNab(seriesParams, lifecycle) {
  const scores = new Map()
  for (const { f, rows } of inputs) {
    const det = createSeriesDetector(seriesParams, lifecycle)
    const out = new Float64Array(rows.length)
    for (let i = 0; i < rows.length; i++) out[i] = det.push(rows[i][0], rows[i][1])
    scores.set(f.key, out)
  }
  return scoreDetector(bench, scores)
}
