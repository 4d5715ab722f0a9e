#!/usr/bin/env node
// Rows per second through the single-series scorer alone (score + learn, as the engine calls
// it once per brand and bucket), and through the NAB runner's path (scorer + incident
// lifecycle). Shows the scorer is O(windows) per row and allocation-free: its share of the
// engine's per-bucket cost is small. Usage: node packages/detect/bench/series.mjs [rows=2000000]
import {
  createSeriesDetector,
  DEFAULT_PARAMS,
  DEFAULT_SERIES_PARAMS,
  learnSeries,
  newSeriesState,
  rng,
  scoreSeries,
} from '../dist/index.js'

const N = Number(process.argv[2] ?? 2_000_000)
const r = rng(3)
const values = new Float64Array(N)
for (let i = 0; i < N; i++) values[i] = 20 + 5 * Math.sin(i / 200) + 3 * r() + (i % 5000 === 0 ? 60 : 0)
const T0 = Date.UTC(2026, 0, 1)

function timed(label, fn) {
  const t0 = process.hrtime.bigint()
  const c0 = process.cpuUsage()
  const sink = fn()
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  const c = process.cpuUsage(c0)
  const cpu = (c.user + c.system) / 1e6
  const fmt = (x) => Math.round(x).toLocaleString('en')
  console.log(
    `${label}: ${fmt(N / s)} rows/s wall, ${fmt(N / cpu)} rows per CPU-second (checksum ${sink.toFixed(3)})`,
  )
}

for (const [name, sp] of [
  ['general values, windows [1,3,9,27,81]', { ...DEFAULT_SERIES_PARAMS }],
  ['counts, engine windows', { ...DEFAULT_SERIES_PARAMS, count: true, windows: DEFAULT_PARAMS.windows }],
]) {
  timed(`series scorer (${name})`, () => {
    const st = newSeriesState(sp)
    const out = { surprise: 0, window: 1, observed: 0, expected: 0 }
    let sum = 0
    for (let i = 0; i < N; i++) {
      const x = sp.count ? Math.round(values[i]) : values[i]
      sum += scoreSeries(st, x, T0 + i * 60_000, sp, out).surprise
      learnSeries(st, 1, sp)
    }
    return sum
  })
}
timed('NAB runner path (scorer + incident lifecycle)', () => {
  const det = createSeriesDetector()
  let sum = 0
  for (let i = 0; i < N; i++) sum += det.push(values[i], T0 + i * 300_000)
  return sum
})
