// NAB's plain rolling z-score (../shared/data/nab/detectors/zscore.mjs, its defaults) run as
// the harness runs a detector, one process a series: the floor proxy-check.mjs and
// art-corpora.mjs measure leads over. Also the NAB copy's directory and its loader.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '../../config/dist/index.js'

export const NAB = requireDataDir('nab', {
  from: fileURLToPath(import.meta.url),
  explicit: process.env.NAB_DIR,
  setting: 'NAB_DIR=DIR',
})
export const { loadBenchmark } = await import(path.join(NAB, 'score.mjs'))
const ZSCORE = path.join(NAB, 'detectors', 'zscore.mjs')

/** zscore.mjs over one NAB-layout file: its anomaly scores, one per row. */
export function zscoreOf(file) {
  const r = spawnSync(process.execPath, [ZSCORE], { input: fs.readFileSync(file), maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`zscore.mjs failed on ${file}: ${r.stderr}`)
  const lines = r.stdout.toString().trim().split('\n').slice(1)
  return Float64Array.from(lines, (l) => Number(l.slice(l.lastIndexOf(',') + 1)))
}
