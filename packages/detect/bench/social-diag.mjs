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
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSeriesDetector, splitFree } from '../dist/series-detector.js'
import { synthCorpus } from './synth-social.mjs'
import { synthCorpusB } from './synth-social-b.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const NAB = process.env.NAB_DIR ?? path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'nab')
const { scoreDetector } = await import(path.join(NAB, 'score.mjs'))
const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {}
const ROLES = (process.env.ROLES ?? 'dev,seen').split(',')
const PLAN = [
  ['A/2026', () => synthCorpus({ seed: 2026 }), 'dev'],
  ['B/9000', () => synthCorpusB({ seed: 9000 }), 'dev'],
  ['A/4100', () => synthCorpus({ seed: 4100 }), 'seen'],
  ['A/4200', () => synthCorpus({ seed: 4200 }), 'seen'],
  ['B/9001', () => synthCorpusB({ seed: 9001 }), 'seen'],
  ['B/9002', () => synthCorpusB({ seed: 9002 }), 'seen'],
  ['B/9003', () => synthCorpusB({ seed: 9003 }), 'seen'],
]

const tally = new Map()
const bump = (k) => tally.set(k, (tally.get(k) ?? 0) + 1)
const sizeClass = (e) => (e < 1 ? '<1' : e < 10 ? '1-10' : e < 100 ? '10-100' : e < 1000 ? '100-1k' : '>1k')
const list = []
for (const [name, make, role] of PLAN) {
  if (!ROLES.includes(role)) continue
  const c = await make()
  const out = new Map()
  const detail = new Map()
  for (const { f, rows } of c.inputs) {
    const det = createSeriesDetector(...splitFree(PARAMS))
    const a = new Float64Array(rows.length)
    const d = new Map()
    for (let i = 0; i < rows.length; i++) {
      a[i] = det.push(rows[i][0], rows[i][1])
      if (a[i] > 0) d.set(i, { ...det.last, x: rows[i][0] })
    }
    out.set(f.key, a)
    detail.set(f.key, d)
  }
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
