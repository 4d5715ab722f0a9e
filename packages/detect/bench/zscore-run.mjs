// NAB's plain rolling z-score (../shared/data/nab/detectors/zscore.mjs, its defaults) run as
// the harness runs a detector, one process a series: the floor proxy-check.mjs and
// art-corpora.mjs measure leads over. Also the NAB copy's directory and its loader.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
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

const CACHE = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache', 'zscore')

/** zscore.mjs over one NAB-layout file: its anomaly scores, one per row (cached by content: the
 * z-score never changes, and a corpus run spawns one process a series). */
export function zscoreOf(file) {
  const input = fs.readFileSync(file)
  const key = crypto.createHash('sha1').update(input).digest('hex').slice(0, 20)
  const cached = path.join(CACHE, `${key}.json`)
  if (fs.existsSync(cached)) return Float64Array.from(JSON.parse(fs.readFileSync(cached, 'utf8')))
  const r = spawnSync(process.execPath, [ZSCORE], { input, maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`zscore.mjs failed on ${file}: ${r.stderr}`)
  const lines = r.stdout.toString().trim().split('\n').slice(1)
  const out = Float64Array.from(lines, (l) => Number(l.slice(l.lastIndexOf(',') + 1)))
  fs.mkdirSync(CACHE, { recursive: true })
  fs.writeFileSync(cached, JSON.stringify(Array.from(out)))
  return out
}
