#!/usr/bin/env node
// Random local search for ONE global parameter set over all 48 NAB files (what NAB allows;
// never per file, labels only through the benchmark's score). From the current defaults, each
// step changes one or two parameters to a value from a short list and keeps the change when
// the standard score improves. The defaults in src/series.ts were chosen this way (plus
// hand sweeps with nab-sweep.mjs); expect gains of tenths of a point, i.e. a flat optimum.
// Usage: node packages/detect/bench/nab-search.mjs [seed=7] [steps=60]
import { scoreNab } from './nab-in-process.mjs'

function standard(sp, lp) {
  return scoreNab(sp, lp).profiles.standard.normalised
}

const SPACE = {
  series: {
    levelTau: [30, 60, 90, 120, 200],
    varTau: [100, 300, 1000],
    clipSigmas: [3, 4, 6, 8],
    windowShrink: [0.2, 0.25, 0.3],
    seasonRate: [0, 0.05, 0.1, 0.2],
    weekRate: [0, 0.05, 0.1, 0.2],
    maxSlots: [24, 48, 96, 288],
    recallJitterMs: [1_800_000, 3_600_000, 5_400_000, 7_200_000],
    recallSigmas: [5, 6, 8, 10],
  },
  lifecycle: {
    openThreshold: [4.5, 5, 5.5],
    calmThreshold: [1, 1.5, 2],
    resolveAfterBuckets: [10, 25, 40],
    cooldownBuckets: [50, 100, 200],
    cooldownExtraSurprise: [0, 2, 4],
    incidentLearnWeight: [0.1, 0.2, 0.4],
    incidentAdaptBuckets: [60, 100, 200],
  },
}
let seed = Number(process.argv[2] ?? 7)
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)]
let best = { sp: {}, lp: {}, v: standard({}, {}) }
console.log(`defaults: standard ${best.v.toFixed(2)}`)
const steps = Number(process.argv[3] ?? 60)
for (let i = 0; i < steps; i++) {
  const sp = { ...best.sp }
  const lp = { ...best.lp }
  for (let k = 1 + Math.floor(rand() * 2); k > 0; k--) {
    const group = rand() < 0.5 ? 'series' : 'lifecycle'
    const key = pick(Object.keys(SPACE[group]))
    ;(group === 'series' ? sp : lp)[key] = pick(SPACE[group][key])
  }
  const v = standard(sp, lp)
  if (v > best.v) {
    best = { sp, lp, v }
    console.log(`step ${i}: standard ${v.toFixed(2)} with ${JSON.stringify([sp, lp])}`)
  }
}
console.log(`best: standard ${best.v.toFixed(2)} with ${JSON.stringify([best.sp, best.lp])}`)
