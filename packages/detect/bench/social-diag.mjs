#!/usr/bin/env node
// Error analysis of the single-series detector on the synthetic social corpora of the given
// roles (TRAINING roles only by default: dev, seen; C and D are held out by source and their
// errors are not to be read for tuning). For each corpus at its own standard threshold: every
// opening at or above it outside the label windows (a false alarm) with the window or CUSUM
// run that opened it, the expectation a row, and the nearest ordinary event the generator
// wrote; every window missed or found late (its kind and the series' size). Then a tally of
// false alarms by opening window and by size of series.
//
// Usage (after pnpm exec tsc -b): node packages/detect/bench/social-diag.mjs
//   ROLES=dev,seen (default)   PARAMS='{"…":…}' another setting   LIST=1 every row
import { runSeries, scoreDetector, socialCorpora } from './social-corpora.mjs'

const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {}
const ROLES = (process.env.ROLES ?? 'dev,seen').split(',')

const tally = new Map()
const bump = (k) => tally.set(k, (tally.get(k) ?? 0) + 1)
const sizeClass = (e) => (e < 1 ? '<1' : e < 10 ? '1-10' : e < 100 ? '10-100' : e < 1000 ? '100-1k' : '>1k')
const list = []
for (const [name, c] of await socialCorpora(ROLES)) {
  const detail = new Map(c.inputs.map(({ f }) => [f.key, new Map()]))
  const rowsOf = new Map(c.inputs.map(({ f, rows }) => [f.key, rows]))
  const out = runSeries(c, PARAMS, (key, i, det, score) => {
    if (score > 0) detail.get(key).set(i, { ...det.last, x: rowsOf.get(key)[i][0] })
  })
  const r = scoreDetector(c.bench, out)
  const thr = r.profiles.standard.threshold
  for (const f of c.bench.files) {
    const m = c.meta.find((x) => x.name === f.key)
    const a = out.get(f.key)
    const d = detail.get(f.key)
    const hit = new Set()
    for (let i = Math.ceil(f.probation); i < f.n; i++) {
      if (!(a[i] >= thr && a[i] > 0)) continue
      const o = d.get(i)
      const wid = f.win[i]
      const perRow = o.expected / o.window
      if (wid >= 0) {
        if (!hit.has(wid)) {
          hit.add(wid)
          const w = f.windows.find((x) => x.id === wid)
          const onset = Math.floor((w.l + w.r) / 2)
          bump(
            `hit: delay ${i - onset < 0 ? 'early' : i - onset <= 12 ? '≤1h' : i - onset <= 72 ? '1-6h' : '>6h'}`,
          )
        }
        continue
      }
      const near = m.events
        .map((e) => [e, Number((e.match(/ (\d+)/) ?? [])[1])])
        .filter(([, at]) => Number.isFinite(at) && i - at >= -6 && i - at <= 36)
        .map(([e]) => e)
      const cause = near.length ? near[0].split(' ')[0] : 'none'
      bump(`FP window ${o.window > 81 ? 'cusum' : o.window}`)
      bump(`FP size ${sizeClass(perRow)}`)
      bump(`FP cause ${cause}`)
      list.push(
        `${name} ${f.key.split('/')[1]} row ${i} score ${a[i].toFixed(3)} (thr ${thr.toFixed(3)}) w ${o.window} obs ${o.observed.toFixed(0)} exp ${o.expected.toFixed(1)} s ${o.surprise.toFixed(1)} near: ${near.join('; ') || '-'}`,
      )
    }
    for (const w of f.windows) {
      if (!w.scored || hit.has(w.id)) continue
      const k = m.onsets.findIndex((o) => o >= w.l && o <= w.r)
      bump(`missed ${m.kinds[k] ?? '?'}`)
      list.push(
        `${name} ${f.key.split('/')[1]} MISSED ${m.kinds[k]} at ${m.onsets[k]} base ${m.base.toFixed(1)}`,
      )
    }
  }
}
if (process.env.LIST) for (const l of list) console.log(l)
for (const [k, v] of [...tally].sort()) console.log(`${k.padEnd(28)} ${v}`)
