// The ART series detector (src/series-art.ts) over a corpus in NAB's layout ({ inputs }: one
// [value, time] list per file), one detector a file: shared by art-nab.mjs and art-corpora.mjs.
import { createArtDetector } from '../dist/series-art.js'

/** ARTime's per-file settings: probation 15 % of the file (at most 750 rows, even), the file's range. */
function fileSettings(rows) {
  const n = rows.length
  const prob = n < 5000 ? Math.floor(0.15 * n) : 750
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const [v] of rows) {
    lo = Math.min(lo, v)
    hi = Math.max(hi, v)
  }
  return { probationRows: prob - (prob % 2), knownRange: [lo, hi] }
}

/**
 * File key → score a row. `fileMode` (diagnosis only, what ARTime reads from a whole file):
 * 'probation' its length, 'range' its range, anything else truthy both; falsy: streaming. A
 * parameter set may carry it as `fileMode` (art-corpora.mjs's ART sets).
 */
export function runArt(inputs, { fileMode: setMode, ...params }, fileMode = setMode) {
  const out = new Map()
  for (const { f, rows } of inputs) {
    const fs = fileSettings(rows)
    const file =
      fileMode === 'probation'
        ? { probationRows: fs.probationRows }
        : fileMode === 'range'
          ? { knownRange: fs.knownRange }
          : fileMode
            ? fs
            : {}
    const det = createArtDetector({ ...params, ...file })
    const a = new Float64Array(rows.length)
    for (let i = 0; i < rows.length; i++) a[i] = det.push(rows[i][0])
    out.set(f.key, a)
  }
  return out
}
