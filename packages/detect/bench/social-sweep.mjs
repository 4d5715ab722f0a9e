#!/usr/bin/env node
// Several settings of the single-series detector on the synthetic social corpora in one
// process (each corpus generated once): the mean std / low FP / low FN per role and the
// false-alarm rows, per setting. For choosing on the training roles (dev, seen) and then
// printing the held-out ones once; social-eval.mjs is the one-setting report.
//
// Usage (after pnpm exec tsc -b):
//   SETS='[{}, {"cooldownBuckets":300}]' ROLES=dev,seen node packages/detect/bench/social-sweep.mjs
//   PER=1 also prints every corpus's line.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSeriesDetector, splitFree } from '../dist/series-detector.js'
import { synthCorpus } from './synth-social.mjs'
import { synthCorpusB } from './synth-social-b.mjs'
import { synthCorpusC } from './synth-social-c.mjs'
import { synthCorpusD } from './synth-social-d.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const NAB = process.env.NAB_DIR ?? path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'nab')
const { scoreDetector } = await import(path.join(NAB, 'score.mjs'))
const PROFILES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate']
const SETS = process.env.SETS ? JSON.parse(process.env.SETS) : [{}]
const ROLES = process.env.ROLES ? process.env.ROLES.split(',') : ['dev', 'seen']

// The same corpora and roles as social-eval.mjs.
const PLAN = [
  ['A/2026', () => synthCorpus({ seed: 2026 }), 'dev'],
  ['B/9000', () => synthCorpusB({ seed: 9000 }), 'dev'],
  ['A/4100', () => synthCorpus({ seed: 4100 }), 'seen'],
  ['A/4200', () => synthCorpus({ seed: 4200 }), 'seen'],
  ['B/9001', () => synthCorpusB({ seed: 9001 }), 'seen'],
  ['B/9002', () => synthCorpusB({ seed: 9002 }), 'seen'],
  ['B/9003', () => synthCorpusB({ seed: 9003 }), 'seen'],
  ['A/5100', () => synthCorpus({ seed: 5100 }), 'held'],
  ['A/5200', () => synthCorpus({ seed: 5200 }), 'held'],
  ['B/9101', () => synthCorpusB({ seed: 9101 }), 'held'],
  ['B/9102', () => synthCorpusB({ seed: 9102 }), 'held'],
  ['B/9103', () => synthCorpusB({ seed: 9103 }), 'held'],
  ['A/5300', () => synthCorpus({ seed: 5300 }), 'held'],
  ['B/9201', () => synthCorpusB({ seed: 9201 }), 'held'],
  ['C/7101', () => synthCorpusC({ seed: 7101 }), 'C'],
  ['C/7102', () => synthCorpusC({ seed: 7102 }), 'C'],
  ['C/7103', () => synthCorpusC({ seed: 7103 }), 'C'],
  ['D/11001', () => synthCorpusD({ seed: 11_001 }), 'D'],
  ['D/11002', () => synthCorpusD({ seed: 11_002 }), 'D'],
  ['D/11003', () => synthCorpusD({ seed: 11_003 }), 'D'],
]

function run(c, params) {
  const out = new Map()
  for (const { f, rows } of c.inputs) {
    const det = createSeriesDetector(...splitFree(params))
    const a = new Float64Array(rows.length)
    for (let i = 0; i < rows.length; i++) a[i] = det.push(rows[i][0], rows[i][1])
    out.set(f.key, a)
  }
  return out
}

const corpora = []
for (const [name, make, role] of PLAN) if (ROLES.includes(role)) corpora.push([name, await make(), role])
for (const params of SETS) {
  const sums = {}
  for (const [name, c, role] of corpora) {
    const r = scoreDetector(c.bench, run(c, params))
    const v = PROFILES.map((p) => r.profiles[p].normalised)
    const ct = r.profiles.standard.counts
    sums[role] ??= { v: [0, 0, 0], n: 0, hit: 0, win: 0, fp: 0 }
    const s = sums[role]
    for (let i = 0; i < 3; i++) s.v[i] += v[i]
    s.n++
    s.hit += ct.windowsHit
    s.win += ct.windows
    s.fp += ct.fp
    if (process.env.PER)
      console.log(
        `  ${name} ${v.map((x) => x.toFixed(2)).join(' / ')} ${ct.windowsHit}/${ct.windows} ${ct.fp} FP`,
      )
  }
  const parts = Object.entries(sums).map(
    ([role, s]) =>
      `${role}: ${s.v.map((x) => (x / s.n).toFixed(2)).join(' / ')} (${s.hit}/${s.win}, ${s.fp} FP)`,
  )
  console.log(`${JSON.stringify(params)}  ${parts.join('  ')}`)
}
