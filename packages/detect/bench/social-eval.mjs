#!/usr/bin/env node
// The shipped single-series detector (bin/nab-detector's algorithm, the engine's volume
// scorer) on synthetic social-media mention volumes, held out by source: generator A
// (synth-social.mjs) and generator B (synth-social-b.mjs, written apart, heavier tails, gaps,
// clock changes). Each corpus is scored on its own, with its own best threshold (as the NAB
// harness scores any new corpus). No parameter is chosen here.
//
// Which corpus is what:
//   A/2026        the corpus nab-loco's SYNTH=1 prints; its false alarms were read to find
//                 failure modes (development, not held out)
//   B/9000        generator B's development seed (its false alarms were read too)
//   A/4100, A/4200, B/9001..9003  held out by seed, but their totals were printed while the
//                 burst rules were developed ("seen"): not a clean held-out figure
//   A/5100, A/5200, B/9101..9103  fresh seeds, first run for the final figures of 2026-12-06
//                 02:40 (held out; printed before and after each change since, never tuned on)
//   C/7101..7103  generator C (synth-social-c.mjs, written apart from A and B, before any
//                 tuning against it): held out by source, never tuned on
//   A/5300, B/9201  fresh seeds added with C (held out)
//   D/11001..11003  generator D (synth-social-d.mjs, a Hawkes-process model written from the
//                 literature, 2026-12-06 branch detect2): held out by source, scored once
//                 before any change (the blind figure), never tuned on
//
// Usage (after pnpm exec tsc -b): node packages/detect/bench/social-eval.mjs
//   ROLES=dev  only the corpora of these roles (comma-separated: dev, seen, held, C, D)
//   DIAG=1  also lists the development corpus's false-alarm rows beside its ordinary events
import { PROFILES, runSeries, scoreDetector, socialCorpora } from './social-corpora.mjs'

// PARAMS='{"burstSigmas":0}' tries another setting (for diagnosis only; nothing is chosen here).
const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {}
const LABEL = { dev: ' (development)', seen: ' (seen)' }

const ROLES = process.env.ROLES ? process.env.ROLES.split(',') : ['dev', 'seen', 'held', 'C', 'D']
const corpora = (await socialCorpora(ROLES)).map(([name, c, role]) => [name + (LABEL[role] ?? ''), c, role])
console.log('corpus                 std / lowFP / lowFN          windows  FP rows (std, lowFP thresholds)')
const sums = { seen: [0, 0, 0, 0], held: [0, 0, 0, 0], dev: [0, 0, 0, 0], C: [0, 0, 0, 0], D: [0, 0, 0, 0] }
for (const [name, c, role] of corpora) {
  const out = runSeries(c, PARAMS)
  const r = scoreDetector(c.bench, out)
  const v = PROFILES.map((p) => r.profiles[p].normalised)
  const ct = r.profiles.standard.counts
  console.log(
    `${name.padEnd(22)} ${v
      .map((x) => x.toFixed(2))
      .join(' / ')
      .padEnd(
        28,
      )} ${`${ct.windowsHit}/${ct.windows}`.padEnd(8)} ${ct.fp}, ${r.profiles.reward_low_FP_rate.counts.fp}`,
  )
  sums[role][3]++
  for (let i = 0; i < 3; i++) sums[role][i] += v[i]
  if (process.env.DIAG && role === 'dev') {
    const thr = r.profiles.reward_low_FP_rate.threshold
    for (const m of c.meta) {
      const a = out.get(m.name)
      const fires = []
      for (let i = 0; i < a.length; i++) if (a[i] >= thr && a[i] > 0) fires.push(`${i}:${a[i].toFixed(2)}`)
      console.log(`  ${m.name} base ${m.base.toFixed(1)} onsets ${m.onsets.join(',')} ${m.kinds.join(',')}`)
      console.log(`    alerts ${fires.join(' ')}`)
      console.log(`    events ${m.events.join('; ')}`)
    }
  }
}
for (const role of ROLES) {
  const [a, b, c, n] = sums[role]
  if (n === 0) continue
  console.log(`mean over the ${n} ${role} corpora: ${[a, b, c].map((x) => (x / n).toFixed(2)).join(' / ')}`)
}
