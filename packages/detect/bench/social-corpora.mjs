// The synthetic social-volume corpora with their roles, NAB's scorer, and the single-series
// detector run over a corpus: one list for social-eval.mjs, social-sweep.mjs and
// social-diag.mjs, so a corpus added or moved to another role is the same in all three.
// Which corpus is what (development, seen, held out by seed, held out by source): see
// social-eval.mjs's header.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSeriesDetector, splitFree } from '../dist/series-detector.js'
import { synthCorpus } from './synth-social.mjs'
import { synthCorpusB } from './synth-social-b.mjs'
import { synthCorpusC } from './synth-social-c.mjs'
import { synthCorpusD } from './synth-social-d.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const NAB = process.env.NAB_DIR ?? path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'nab')
export const { scoreDetector } = await import(path.join(NAB, 'score.mjs'))
export const PROFILES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate']

/** [name, make, role]: each corpus is generated only when its role is asked for. */
export const SOCIAL_PLAN = [
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

/** The corpora of these roles, generated, in the plan's order: [name, corpus, role]. */
export async function socialCorpora(roles) {
  const out = []
  for (const [name, make, role] of SOCIAL_PLAN) if (roles.includes(role)) out.push([name, await make(), role])
  return out
}

/**
 * The detector over every series of a corpus, one detector a series: file key → score a row.
 * `onRow(key, i, det)` sees the detector after each row (social-diag reads `det.last`).
 */
export function runSeries(c, params, onRow) {
  return runWith(c, () => createSeriesDetector(...splitFree(params)), onRow)
}

/** Any detector (`make()` → { push(value, time ms) }) over every series of a corpus. */
export function runWith(c, make, onRow) {
  const out = new Map()
  for (const { f, rows } of c.inputs) {
    const det = make()
    const a = new Float64Array(rows.length)
    for (let i = 0; i < rows.length; i++) {
      a[i] = det.push(rows[i][0], rows[i][1])
      onRow?.(f.key, i, det, a[i])
    }
    out.set(f.key, a)
  }
  return out
}
