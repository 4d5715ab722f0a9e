#!/usr/bin/env node
// Rows per CPU-second through the ART series detector (src/series-art.ts) alone, on the series
// bench/series.mjs times our scorer on (a slow wave, noise, a spike every 5,000 rows), and the
// categories it holds at the end: its cost per step is O(categories × window), so the cap
// (`maxCategories`) bounds it. Usage: node packages/detect/bench/art-throughput.mjs [rows=1000000] ['{"maxCategories":200}']
import { createArtDetector } from '../dist/series-art.js'
import { rng } from '../dist/synthetic.js'

const N = Number(process.argv[2] ?? 1_000_000)
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {}
const r = rng(3)
const values = new Float64Array(N)
for (let i = 0; i < N; i++) values[i] = 20 + 5 * Math.sin(i / 200) + 3 * r() + (i % 5000 === 0 ? 60 : 0)

const det = createArtDetector(params)
const t0 = process.hrtime.bigint()
const c0 = process.cpuUsage()
let sink = 0
for (let i = 0; i < N; i++) sink += det.push(values[i])
const wall = Number(process.hrtime.bigint() - t0) / 1e9
const c = process.cpuUsage(c0)
const cpu = (c.user + c.system) / 1e6
console.log(
  `${JSON.stringify(params)} ${N.toLocaleString('en')} rows: ${Math.round(N / cpu).toLocaleString('en')} rows per CPU-second (wall ${wall.toFixed(2)} s, ${det.last?.categories} categories at the end, score sum ${sink.toFixed(1)})`,
)
