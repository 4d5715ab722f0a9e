#!/usr/bin/env node
// What if viral posts were anomalies? Generator A (synth-social.mjs) labels a viral post
// (a 1-4-row burst, 1.5-4x the expected count) ordinary; NAB-style labels of real mention
// volumes may mark such spikes. This writes A's corpora of the given seeds twice, as
// generated and with every viral post of at least MIN_X times the expectation labelled too
// (onsets too close to a kept one are dropped, a generated anomaly kept before a viral post,
// so NAB's windows do not overlap), and scores our shipped detector and the ART detector on
// each. A labelling experiment: nothing is tuned on it.
//
// Usage (after pnpm exec tsc -b): node packages/detect/bench/art-relabel.mjs [seeds=2026,4100,4200]
//   MIN_X=2.5  the smallest viral peak labelled (times the expectation)
//   TOP=2      only each series' largest TOP viral posts (real labels mark a few notable spikes)
//   PARAMS='{"burstSigmas":0}'  our detector with another setting (diagnosis only)
//   RULE=nab   NAB's labelling instructions instead of TOP: a viral post (>= MIN_X) is labelled
//              when it is larger than every earlier one of its series and after the first
//              15 % of the rows (NAB's probation, whose patterns count as normal)
import os from 'node:os'
import path from 'node:path'
import { runArt } from './art-run.mjs'
import { writeNabCorpus } from './nab-corpus.mjs'
import { runSeries, scoreDetector } from './social-corpora.mjs'
import { synthSeries } from './synth-social.mjs'
import { synthSeriesB } from './synth-social-b.mjs'
import { NAB } from './zscore-run.mjs'

const MIN_X = Number(process.env.MIN_X ?? 2.5)
const TOP = Number(process.env.TOP ?? Number.POSITIVE_INFINITY)
const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : {}
const RULE = process.env.RULE ?? 'top'
// A seed with a B before it (B9101) is generator B's corpus of that seed (synth-social-b.mjs).
const SEEDS = (process.argv[2] ?? '2026,4100,4200').split(',')

/** The series' anomalies plus its viral posts ≥ MIN_X, thinned so that no two windows overlap. */
function withVirals(ser) {
  const virals = (RULE === 'nab' ? firstOfTheirSize(ser) : ser.events)
    .filter((e) => e.startsWith('viral') && Number(e.split(' x')[1]) >= MIN_X)
    .sort((a, b) => Number(b.split(' x')[1]) - Number(a.split(' x')[1]))
    .slice(0, RULE === 'nab' ? Number.POSITIVE_INFINITY : TOP)
    .map((e) => [Number(e.split(' ')[1]), 'viral', false])
  const all = [...ser.onsets.map((o, k) => [o, ser.kinds[k], true]), ...virals].sort((a, b) => a[0] - b[0])
  let kept = all
  // The window width shrinks as onsets are added (10 % of the rows over their number): thin until stable.
  for (let pass = 0; pass < 20; pass++) {
    const width = Math.floor((0.1 * ser.rows.length) / kept.length) + 2
    const next = []
    for (const x of all) {
      const prev = next[next.length - 1]
      if (prev === undefined || x[0] - prev[0] > width) next.push(x)
      else if (x[2] && !prev[2]) next[next.length - 1] = x
    }
    if (next.length === kept.length) break
    kept = next
  }
  return { ...ser, onsets: kept.map((x) => x[0]), kinds: kept.map((x) => x[1]) }
}

/** The viral posts NAB's instructions would mark: each larger than all before it, after probation. */
function firstOfTheirSize(ser) {
  const probation = 0.15 * ser.rows.length
  let record = 0
  const out = []
  for (const e of ser.events
    .filter((x) => x.startsWith('viral'))
    .sort((a, b) => Number(a.split(' ')[1]) - Number(b.split(' ')[1]))) {
    const x = Number(e.split(' x')[1])
    if (x > record && Number(e.split(' ')[1]) >= probation) out.push(e)
    record = Math.max(record, x)
  }
  return out
}

const fmt = (r) =>
  `${r.profiles.standard.normalised.toFixed(2)} / ${r.profiles.reward_low_FP_rate.normalised.toFixed(2)}`
for (const tok of SEEDS)
  for (const relabel of [false, true]) {
    const b = tok.startsWith('B')
    const seed = Number(b ? tok.slice(1) : tok)
    const c = await writeNabCorpus({
      nabDir: NAB,
      root: path.join(
        os.tmpdir(),
        `vigil-art-relabel-${tok}-${relabel ? `${MIN_X}-${RULE === 'nab' ? 'nab' : TOP}` : 'no'}`,
      ),
      folder: 'synthSocial',
      count: 12,
      make: (s) => {
        const anomalies = s < 2 ? 0 : null
        const ser = b
          ? synthSeriesB(seed * 100 + s, { anomalies })
          : synthSeries(seed + s, { days: 35, anomalies })
        return relabel ? withVirals(ser) : ser
      },
    })
    const ours = scoreDetector(c.bench, runSeries(c, PARAMS))
    const art = scoreDetector(c.bench, runArt(c.inputs, {}))
    console.log(
      `${b ? 'B' : 'A'}/${seed} ${relabel ? `viral ≥ ${MIN_X}x labelled (${RULE === 'nab' ? "NAB's rule" : `top ${TOP}`})` : 'as generated'}: ${ours.profiles.standard.counts.windows} windows; ours ${fmt(ours)}, ART ${fmt(art)} (std / low-FP)`,
    )
  }
