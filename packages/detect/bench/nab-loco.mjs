#!/usr/bin/env node
// Leave-one-corpus-out validation of the single-series detector (bin/nab-detector's algorithm,
// the engine's volume scorer) on NAB's six corpora. For each corpus in turn, the free
// parameters are chosen on the other five (the grid point with the best mean standard score
// over them, each corpus scored on its own with its own best threshold, as the harness scores
// any new corpus) and that choice is scored on the held-out corpus. Printed per corpus: the
// held-out score beside the in-sample one (the parameters chosen on all six corpora, this one
// included), the chosen parameters, and the held-out score at the pooled training threshold
// (no threshold chosen on the held-out labels at all). Then the pooled figures over all 48
// files: held-out (each corpus's rows from its own fold) against in-sample.
//
// The parameter set the detector ships is this tuning rule applied to all six corpora; the
// held-out figures are what the rule is worth on a corpus it never saw.
//
// Detector outputs are cached per parameter set (sparse: the detector scores only the rows an
// incident opens on) under bench/.cache/, keyed by the built code, so a rerun after a change
// recomputes only what the change touched.
//
// Usage (after pnpm exec tsc -b):
//   node packages/detect/bench/nab-loco.mjs              # the grid below
//   GRID='{"cooldownBuckets":[100,300]}' node packages/detect/bench/nab-loco.mjs
//   SYNTH=1 node packages/detect/bench/nab-loco.mjs      # also score the synthetic social corpus
// Needs the NAB copy (NAB_DIR, default ../shared/data/nab beside the repository; not in this repo).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '../../config/dist/index.js'
import { createSeriesDetector, FREE_PARAMS, splitFree } from '../dist/series-detector.js'
import { loadNabLayout } from './nab-corpus.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
// From configuration: NAB_DIR, else nab in the shared data (VIGIL_SHARED_DATA, default
// ../shared/data beside the repository); a clear exit 2 when it is not there.
const NAB = requireDataDir('nab', {
  from: fileURLToPath(import.meta.url),
  explicit: process.env.NAB_DIR,
  setting: 'NAB_DIR=DIR',
})
const { loadBenchmark, scoreDetector } = await import(path.join(NAB, 'score.mjs'))

/**
 * The grid: the detector's free parameters (FREE_PARAMS in src/series-detector.ts) and the
 * values tried. Everything else is a fixed structural constant.
 */
const GRID = process.env.GRID ? JSON.parse(process.env.GRID) : FREE_PARAMS

export function loadNab(dataRoot = path.join(NAB, 'data')) {
  return loadNabLayout(loadBenchmark, dataRoot)
}

/** A hash of the built detector code: a cache entry is valid only for the code that made it. */
function codeHash() {
  const h = crypto.createHash('sha1')
  const dist = path.join(HERE, '..', 'dist')
  for (const f of fs
    .readdirSync(dist)
    .filter((x) => x.endsWith('.js'))
    .sort()) {
    h.update(f)
    h.update(fs.readFileSync(path.join(dist, f)))
  }
  return h.digest('hex').slice(0, 12)
}

const CODE = codeHash()

/** Detector outputs (Float64Array per file key) for one free-parameter set, cached on disk. */
export function outputsFor(nab, tag, params) {
  const key = crypto
    .createHash('sha1')
    .update(`${CODE}|${tag}|${JSON.stringify(params)}`)
    .digest('hex')
    .slice(0, 16)
  const dir = path.join(HERE, '.cache', 'nab-loco')
  const file = path.join(dir, `${key}.json`)
  const out = new Map()
  if (fs.existsSync(file)) {
    const sparse = JSON.parse(fs.readFileSync(file, 'utf8'))
    for (const { f } of nab.inputs) {
      const a = new Float64Array(f.n)
      for (const [i, v] of sparse[f.key] ?? []) a[i] = v
      out.set(f.key, a)
    }
    return out
  }
  const sparse = {}
  for (const { f, rows } of nab.inputs) {
    const det = createSeriesDetector(...splitFree(params))
    const a = new Float64Array(rows.length)
    const s = []
    for (let i = 0; i < rows.length; i++) {
      a[i] = det.push(rows[i][0], rows[i][1])
      if (a[i] !== 0) s.push([i, a[i]])
    }
    out.set(f.key, a)
    sparse[f.key] = s
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(sparse))
  return out
}

/**
 * NAB's real files that count events or volumes (taxi passengers, load-balancer requests,
 * network and disk bytes): the nearest NAB has to a mention-volume stream, scored as a corpus
 * of their own (their own threshold, as the bank scores its corpus). NAB has no click or
 * vehicle-count files; its traffic files are speeds, occupancies and travel times.
 */
export const COUNT_LIKE = [
  'realKnownCause/nyc_taxi.csv',
  'realAWSCloudwatch/elb_request_count_8c0756.csv',
  'realAWSCloudwatch/ec2_network_in_257a54.csv',
  'realAWSCloudwatch/ec2_network_in_5abac7.csv',
  'realAWSCloudwatch/iio_us-east-1_i-a2eb1cd9_NetworkIn.csv',
  'realAWSCloudwatch/ec2_disk_write_bytes_1ef3de.csv',
  'realAWSCloudwatch/ec2_disk_write_bytes_c0d644.csv',
]

/** Files whose every value is a whole number >= 0: the ones the runner scores as counts (`autoCount`). */
export function wholeNumberKeys(nab) {
  return nab.inputs
    .filter(({ rows }) => rows.every(([v]) => Number.isInteger(v) && v >= 0))
    .map(({ f }) => f.key)
}

function subset(outputs, keys) {
  return new Map(keys.map((k) => [k, outputs.get(k)]))
}

const PROFILES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate']
const fmt3 = (r) => PROFILES.map((p) => r.profiles[p].normalised.toFixed(2)).join(' / ')

function gridPoints(grid) {
  let pts = [{}]
  for (const [k, vs] of Object.entries(grid)) pts = pts.flatMap((p) => vs.map((v) => ({ ...p, [k]: v })))
  return pts
}

async function main() {
  const nab = loadNab()
  const corpora = nab.bench.allCorpora
  const keysOf = (c) => nab.bench.files.filter((f) => f.corpus === c).map((f) => f.key)
  const pts = gridPoints(GRID)
  console.log(
    `grid: ${pts.length} points over ${Object.keys(GRID).length} free parameters ${JSON.stringify(GRID)}`,
  )
  // Per grid point: per-corpus results (each corpus scored alone, its own threshold).
  const t0 = Date.now()
  const table = pts.map((params) => {
    const outputs = outputsFor(nab, 'nab', params)
    const per = Object.fromEntries(
      corpora.map((c) => [c, scoreDetector(nab.bench, subset(outputs, keysOf(c)))]),
    )
    return { params, outputs, per }
  })
  console.log(`scored in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`)
  const std = (row, c) => row.per[c].profiles.standard.normalised
  // The tuning rule: the grid point with the best standard score over the training corpora,
  // pooled (one threshold over them, as NAB scores its corpora together). A corpus without
  // windows (artificialNoAnomaly) has no score of its own but costs its false alarms here.
  const pooledCache = new Map()
  const pooledScore = (row, train) => {
    const key = `${table.indexOf(row)}|${train.join(',')}`
    if (!pooledCache.has(key))
      pooledCache.set(key, scoreDetector(nab.bench, subset(row.outputs, train.flatMap(keysOf))))
    return pooledCache.get(key)
  }
  const choose = (train) =>
    table.reduce(
      (best, row) => {
        const v = pooledScore(row, train).profiles.standard.normalised
        return v > best.v ? { row, v } : best
      },
      { row: null, v: -Infinity },
    )
  const all = choose(corpora)
  console.log(
    'corpus                 in-sample (std / lowFP / lowFN)   held-out (std / lowFP / lowFN)   held-out @train thr   chosen on the other five',
  )
  const pooled = new Map()
  const foldThr = {}
  for (const c of corpora) {
    const train = corpora.filter((x) => x !== c)
    const { row } = choose(train)
    for (const k of keysOf(c)) pooled.set(k, row.outputs.get(k))
    // The strict figure: the threshold too comes from the training corpora (pooled).
    const tr = pooledScore(row, train)
    const strict = {}
    for (const p of PROFILES) {
      const thr = tr.profiles[p].threshold
      foldThr[c] = { ...(foldThr[c] ?? {}), [p]: thr }
      const r = scoreDetector(nab.bench, subset(row.outputs, keysOf(c)), {
        threshold: thr,
        profiles: { [p]: nab.bench.profiles[p] },
      }).profiles[p]
      // No windows: the false alarms are the figure.
      strict[p] = Number.isFinite(r.normalised) ? r.normalised.toFixed(1) : `${r.counts.fp} FP rows`
    }
    console.log(
      `${c.padEnd(22)} ${fmt3(all.row.per[c]).padEnd(33)} ${fmt3(row.per[c]).padEnd(32)} ${PROFILES.map(
        (p) => strict[p],
      )
        .join(' / ')
        .padEnd(21)} ${JSON.stringify(row.params)}`,
    )
  }
  const inAll = scoreDetector(nab.bench, all.row.outputs)
  const held = scoreDetector(nab.bench, pooled)
  // Pooled at each fold's own training thresholds: detections are the rows at or above them.
  const strictPooled = {}
  for (const p of PROFILES) {
    const bin = new Map()
    for (const c of corpora)
      for (const k of keysOf(c))
        bin.set(
          k,
          pooled.get(k).map((v) => (v >= foldThr[c][p] && v > 0 ? 1 : 0)),
        )
    strictPooled[p] = scoreDetector(nab.bench, bin, {
      threshold: 1,
      profiles: { [p]: nab.bench.profiles[p] },
    }).profiles[p].normalised
  }
  const scored = corpora.filter((c) => Number.isFinite(std(all.row, c)))
  const meanHeld =
    scored.reduce((a, c) => a + std(choose(corpora.filter((x) => x !== c)).row, c), 0) / scored.length
  const meanIn = scored.reduce((a, c) => a + std(all.row, c), 0) / scored.length
  console.log(
    `\nmean per-corpus standard (${scored.length} corpora with windows): in-sample ${meanIn.toFixed(2)}, held-out ${meanHeld.toFixed(2)}`,
  )
  console.log(`all 48 files pooled (one threshold, as run-detector scores NAB):`)
  console.log(`  in-sample (the shipped choice, tuned on all six):  ${fmt3(inAll)}`)
  console.log(`  held-out (each corpus from its own fold):          ${fmt3(held)}`)
  console.log(
    `  held-out at each fold's training thresholds:       ${PROFILES.map((p) => strictPooled[p].toFixed(2)).join(' / ')}`,
  )
  // Count-like and whole-number files as corpora of their own (each its own threshold):
  // where NAB's labels read volumes, as the bank's labellers read mention volumes.
  const whole = wholeNumberKeys(nab)
  const groups = [
    [`the ${COUNT_LIKE.length} count-like real files`, COUNT_LIKE],
    [`the ${whole.length} whole-number files`, whole],
  ]
  for (const [name, keys] of groups) {
    console.log(`${name} as one corpus (their own threshold):`)
    console.log(
      `  in-sample:                                         ${fmt3(scoreDetector(nab.bench, subset(all.row.outputs, keys)))}`,
    )
    console.log(
      `  held-out (each file from its corpus's fold):       ${fmt3(scoreDetector(nab.bench, subset(pooled, keys)))}`,
    )
  }
  console.log(`shipped (chosen on all six): ${JSON.stringify(all.row.params)}`)
  if (process.env.OTHERS) {
    // The same files under NAB's z-score (defaults, one process a file) and the streaming ART
    // detector (bin/nab-art's algorithm): the floor and the detector the hidden corpus favours.
    const { zscoreOf } = await import('./zscore-run.mjs')
    const { runArt } = await import('./art-run.mjs')
    const keys = [...new Set(groups.flatMap(([, k]) => k))]
    const inputs = nab.inputs.filter(({ f }) => keys.includes(f.key))
    const art = runArt(inputs, {})
    const z = new Map(keys.map((k) => [k, zscoreOf(path.join(NAB, 'data', 'data', k))]))
    for (const [name, ks] of groups) {
      console.log(`${name}: z-score ${fmt3(scoreDetector(nab.bench, subset(z, ks)))}`)
      console.log(`${name}: ART (streaming) ${fmt3(scoreDetector(nab.bench, subset(art, ks)))}`)
    }
  }
  if (process.env.SYNTH) {
    const { synthCorpus } = await import('./synth-social.mjs')
    const syn = await synthCorpus()
    const gen = crypto
      .createHash('sha1')
      .update(fs.readFileSync(path.join(HERE, 'synth-social.mjs')))
      .digest('hex')
    const out = outputsFor(syn, `synth-${gen}`, all.row.params)
    console.log(
      `synthetic social corpus (never tuned on), shipped choice: ${fmt3(scoreDetector(syn.bench, out))}`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
