#!/usr/bin/env node
// Events per second through the detector engine on one core: observe() for every mention
// plus advance() every 1,000 events (the service ticks far less often), including closing,
// scoring and learning every minute bucket. Mentions are built before timing starts; they
// look like the enricher's output (1-2 brands, 6 terms, some hashtags). Two event-time
// densities: a busy stream (the events span 2 hours, ~670 mentions per brand-minute) and a
// quiet one (24 hours, ~55 per brand-minute), where per-bucket work weighs more.
// Wall-clock rates suffer when other processes share the core; CPU-second rates less so.
// Usage: node packages/detect/bench/throughput.mjs [events=400000] [runs=3]
import { createDetectorEngine, rng, synthMention } from '../dist/index.js'
import { BRANDS, buildStream, STREAM_START } from './throughput-stream.mjs'

const N = Number(process.argv[2] ?? 400_000)
const RUNS = Number(process.argv[3] ?? 3)
const r = rng(42)
const start = STREAM_START
const build = (spanMs) => buildStream(r, synthMention, N, spanMs)

function measure(spanMs) {
  const mentions = build(spanMs)
  const rates = []
  const cpuRates = []
  let alerts = 0
  for (let run = 0; run < RUNS; run++) {
    const e = createDetectorEngine({ brands: BRANDS })
    const t0 = process.hrtime.bigint()
    const c0 = process.cpuUsage()
    for (let i = 0; i < N; i++) {
      e.observe(mentions[i], 'p0')
      if (i % 1000 === 999) alerts += e.advance(Date.parse(mentions[i].createdAt)).alerts.length
    }
    e.advance(start + spanMs + 3_600_000)
    const s = Number(process.hrtime.bigint() - t0) / 1e9
    const c = process.cpuUsage(c0)
    rates.push(N / s)
    cpuRates.push(N / ((c.user + c.system) / 1e6))
  }
  cpuRates.sort((a, b) => a - b)
  rates.sort((a, b) => a - b)
  const fmt = (x) => Math.round(x).toLocaleString('en')
  console.log(
    `detector throughput, events spanning ${spanMs / 3_600_000} h: ${N} events x ${RUNS} runs, one core: ` +
      `median ${fmt(rates[Math.floor(RUNS / 2)])} events/s wall (min ${fmt(rates[0])}, max ${fmt(rates[RUNS - 1])}), ` +
      `${fmt(cpuRates[Math.floor(RUNS / 2)])} events per CPU-second (min ${fmt(cpuRates[0])}, max ${fmt(cpuRates[RUNS - 1])}; GC threads included); ` +
      `${BRANDS.length} brands, ${(spanMs / 60_000).toFixed(0)} minute buckets each; alert updates ${alerts}`,
  )
}

measure(2 * 3_600_000)
measure(24 * 3_600_000)
