#!/usr/bin/env node
// Several settings of the single-series detector on the synthetic social corpora in one
// process (each corpus generated once): the mean std / low FP / low FN per role and the
// false-alarm rows, per setting. For choosing on the training roles (dev, seen) and then
// printing the held-out ones once; social-eval.mjs is the one-setting report.
//
// Usage (after pnpm exec tsc -b):
//   SETS='[{}, {"cooldownBuckets":300}]' ROLES=dev,seen node packages/detect/bench/social-sweep.mjs
//   PER=1 also prints every corpus's line.
import { PROFILES, runSeries, scoreDetector, socialCorpora } from './social-corpora.mjs'

const SETS = process.env.SETS ? JSON.parse(process.env.SETS) : [{}]
const ROLES = process.env.ROLES ? process.env.ROLES.split(',') : ['dev', 'seen']

const corpora = await socialCorpora(ROLES)
for (const params of SETS) {
  const sums = {}
  for (const [name, c, role] of corpora) {
    const r = scoreDetector(c.bench, runSeries(c, params))
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
