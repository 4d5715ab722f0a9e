#!/usr/bin/env node
// Where the NAB runner's false alarms come from, and whether its output score ranks them at
// all. For NAB's count-like and whole-number files (the nearest NAB has to a mention-volume
// stream), all 48 files, and the synthetic social corpora of the TRAINING roles (dev, seen;
// the held-out ones are not read here), every incident opening after probation is classed as
// the first detection of a label window (earns), a later one in the same window (free), or a
// false alarm (costs), with the window or run that opened it. Per corpus and NAB profile it
// prints how many of each sit at or above the threshold the harness chooses, so the question
// "would a better ranking of the openings help" is answered by counting: if the chosen
// threshold admits nearly every opening, the output score does not rank, and only opening
// fewer false incidents (the lifecycle) can raise the low-FP score.
//
// Usage (after pnpm exec tsc -b): node packages/detect/bench/nab-openings.mjs
//   ROLES=dev,seen (default; '' = NAB only)   PARAMS='{"…":…}' another setting   LIST=1 every opening
import { createSeriesDetector, splitFree } from '../dist/series-detector.js'
import { COUNT_LIKE, loadNab, wholeNumberKeys } from './nab-loco.mjs'
import { PROFILES, scoreDetector, socialCorpora } from './social-corpora.mjs'

const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {}
const ROLES = (process.env.ROLES ?? 'dev,seen').split(',').filter(Boolean)
const SHORT = { standard: 'std', reward_low_FP_rate: 'lowFP', reward_low_FN_rate: 'lowFN' }

/** Every file's output scores and its openings ({ row, score, window, surprise, perRow }). */
function run(inputs) {
  const outputs = new Map()
  const openings = new Map()
  for (const { f, rows } of inputs) {
    const det = createSeriesDetector(...splitFree(PARAMS))
    const a = new Float64Array(rows.length)
    const ops = []
    for (let i = 0; i < rows.length; i++) {
      a[i] = det.push(rows[i][0], rows[i][1])
      const d = det.last
      if (a[i] > 0)
        ops.push({
          row: i,
          score: a[i],
          window: d.window,
          surprise: d.surprise,
          perRow: d.expected / d.window,
        })
    }
    outputs.set(f.key, a)
    openings.set(f.key, ops)
  }
  return { outputs, openings }
}

/** The scorer's windows are 1, 3, 9, 27, 81 rows; anything else is the CUSUM or slow level's run. */
const windowClass = (w) => ([1, 3, 9, 27, 81].includes(w) ? `w${w}` : 'run')

/** One corpus: its scores per profile and its openings classed against each chosen threshold. */
function report(name, bench, keys, { outputs, openings }) {
  const files = bench.files.filter((f) => keys.includes(f.key))
  const r = scoreDetector(bench, new Map(files.map((f) => [f.key, outputs.get(f.key)])))
  const scores = PROFILES.map((p) => r.profiles[p].normalised.toFixed(2)).join(' / ')
  console.log(`\n${name} (${files.length} files): ${scores} (std / lowFP / lowFN)`)
  const byClass = new Map()
  const kinds = { first: 0, later: 0, false: 0 }
  const above = Object.fromEntries(PROFILES.map((p) => [p, { first: 0, later: 0, false: 0 }]))
  for (const f of files) {
    const seen = new Set()
    for (const o of openings.get(f.key)) {
      if (o.row < f.probation) continue
      const w = f.win[o.row]
      const kind = w < 0 ? 'false' : seen.has(w) ? 'later' : 'first'
      if (w >= 0) seen.add(w)
      kinds[kind]++
      for (const p of PROFILES) if (o.score >= r.profiles[p].threshold) above[p][kind]++
      const c = byClass.get(windowClass(o.window)) ?? { first: 0, later: 0, false: 0 }
      c[kind]++
      byClass.set(windowClass(o.window), c)
      if (process.env.LIST)
        console.log(
          `  ${f.key} row ${o.row} ${kind} score ${o.score.toFixed(3)} ${windowClass(o.window)} surprise ${o.surprise.toFixed(1)} expected/row ${o.perRow.toFixed(1)}`,
        )
    }
  }
  console.log(
    `  openings after probation: ${kinds.first} first in a window, ${kinds.later} later in one, ${kinds.false} false`,
  )
  for (const p of PROFILES) {
    const a = above[p]
    console.log(
      `  ${SHORT[p].padEnd(5)} threshold ${r.profiles[p].threshold.toFixed(3)} admits ${a.first}/${kinds.first} first, ${a.later}/${kinds.later} later, ${a.false}/${kinds.false} false`,
    )
  }
  const cls = [...byClass].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
  console.log(
    `  by opening window (first / later / false): ${cls.map(([k, c]) => `${k} ${c.first}/${c.later}/${c.false}`).join(', ')}`,
  )
}

const nab = loadNab()
const nabRun = run(nab.inputs)
report('NAB, 7 count-like real files', nab.bench, COUNT_LIKE, nabRun)
report('NAB, whole-number files', nab.bench, wholeNumberKeys(nab), nabRun)
report(
  'NAB, all 48 files',
  nab.bench,
  nab.bench.files.map((f) => f.key),
  nabRun,
)
for (const [name, c] of await socialCorpora(ROLES))
  report(
    `synthetic ${name}`,
    c.bench,
    c.bench.files.map((f) => f.key),
    run(c.inputs),
  )
