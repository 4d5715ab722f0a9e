#!/usr/bin/env node
/**
 * Output identity of two builds of the engine. `synthetic`: a sha256 of every output on a stream
 * of 3 seeds × 3 days (4 brands, two sources; outages of two brands, a sector-wide hour,
 * redeliveries, late mentions, acknowledgements and "not real" verdicts, a brand released and
 * taken back, checkpoint restores into a fresh engine): alert updates, metrics, traced
 * evidence, running minutes, snapshots, feedback results and stats. `throughput`: the two
 * streams throughput.mjs times (400,000 mentions over 2 h and over 24 h), fed as it feeds them,
 * hashing every alert update, metric, scored minute (evidence, every score, trend hits,
 * topic), every brand's checkpoint each 50 advances and the stats. A refactor must print the
 * same hashes for both builds. Not a test: it prints hashes. (The crisis-eval streams:
 * bench/detect/check-identity.mjs at the repository's root.)
 *
 *   node packages/detect/bench/check-identity.mjs [--dist DIR] [--streams synthetic,throughput]
 *
 * Without --dist it hashes this package's dist only; with it, both, and exits 1 on a difference.
 * DIR is a copy of another build's dist placed inside this package (so that @vigil/schema resolves).
 */
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { hasher, scoredLine } from './identity-lines.mjs'
import { BRANDS as BENCH_BRANDS, buildStream, STREAM_START } from './throughput-stream.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}

const BRANDS = [
  { id: 'northwind', role: 'own', size: 'mid' },
  { id: 'crest', role: 'competitor', size: 'large' },
  { id: 'havenbank', role: 'competitor', size: 'mid' },
  { id: 'lotus', role: 'competitor', size: 'large' },
]
const MIN = 60_000
const T0 = Date.UTC(2026, 10, 2)

/** Mentions of one minute: ordinary traffic, an outage in the morning of days 2 and 3, a sector-wide hour. */
function minuteOf(d, r, seed, m) {
  const t = T0 + m * MIN
  const batch = []
  for (const b of BRANDS) batch.push(...d.ordinaryMinute(r, b.id, t, b.size === 'large' ? 12 : 4))
  const day = Math.floor(m / 1440)
  const mod = m % 1440
  const onset = 600 + seed * 30
  if (day >= 1 && mod >= onset && mod < onset + 60) {
    const brand = day === 1 ? 'northwind' : 'crest'
    for (let i = 0; i < 10 + (mod - onset); i++) {
      const o = {
        brand,
        label: 'negative',
        intent: 'complaint',
        hashtags: [`#${brand}down`],
        terms: ['app', 'down'],
      }
      batch.push(d.synthMention(t + i * 500, o, `x:s${seed}-${m}-${i}`))
    }
  }
  if (day === 2 && mod >= 900 && mod < 930) {
    for (const b of BRANDS) {
      for (let i = 0; i < 15; i++) {
        const o = { brand: b.id, label: 'negative', intent: 'complaint', hashtags: ['#outage'] }
        batch.push(d.synthMention(t + i * 1000, o, `x:sec${seed}-${m}-${b.id}-${i}`))
      }
    }
  }
  return batch
}

/** throughput.mjs's two streams, fed as it feeds them (an advance each 1,000 mentions). */
function hashThroughput(d) {
  const { put, done } = hasher()
  const n = 400_000
  for (const spanMs of [2 * 3_600_000, 24 * 3_600_000]) {
    const mentions = buildStream(d.rng(42), d.synthMention, n, spanMs)
    const e = d.createDetectorEngine({ brands: BENCH_BRANDS, trace: (ev, r) => put(scoredLine(ev, r)) })
    const emit = (out) => {
      for (const a of out.alerts) put(['alert', a])
      for (const x of out.metrics) put(['metric', x])
    }
    for (let i = 0; i < n; i++) {
      e.observe(mentions[i], 'p0')
      if (i % 1000 === 999) {
        emit(e.advance(Date.parse(mentions[i].createdAt)))
        if (i % 50_000 === 49_999) put(['snap', BENCH_BRANDS.map((b) => e.snapshot(b.id))])
      }
    }
    emit(e.advance(STREAM_START + spanMs + 3_600_000))
    put(['snap', BENCH_BRANDS.map((b) => e.snapshot(b.id))])
    put(['stats', e.stats()])
  }
  return done()
}

async function hashOf(dist, stream) {
  const d = await import(pathToFileURL(resolve(dist, 'index.js')).href)
  if (stream === 'throughput') return hashThroughput(d)
  const { put, done } = hasher()
  const fresh = (t) => {
    const e = d.createDetectorEngine({ brands: BRANDS, trace: (ev) => put(['trace', ev]) })
    e.registerSource('p0', t)
    e.registerSource('p1', t)
    return e
  }
  for (const seed of [1, 2, 3]) {
    const r = d.rng(seed)
    let eng = fresh(T0)
    for (let m = 0; m < 3 * 1440; m++) {
      const t = T0 + m * MIN
      const batch = minuteOf(d, r, seed, m)
      for (let i = 0; i < batch.length; i++) eng.observe(batch[i], i % 2 ? 'p1' : 'p0')
      if (m % 7 === 0 && batch.length > 0) eng.observe(batch[0], 'p0')
      if (m % 97 === 5) {
        const late = d.synthMention(
          t - 30 * MIN,
          { brand: 'havenbank', label: 'neutral', intent: 'other' },
          `x:late${m}`,
        )
        eng.observe(late, 'p1')
      }
      const out = eng.advance(t + MIN + 2000)
      for (const a of out.alerts) {
        put(['alert', a])
        if (a.version === 3) put(['fb', eng.feedback(a.id, { kind: 'ack', version: a.version }, t)])
        if (a.status === 'resolved' && seed !== 2)
          put(['fb', eng.feedback(a.id, { kind: 'verdict', real: false }, t)])
      }
      for (const x of out.metrics) put(['metric', x])
      if (m % 30 === 0) put(['running', eng.running(t + 30_000)])
      if (m % 500 === 250) {
        const snaps = BRANDS.map((b) => [b.id, eng.snapshot(b.id)])
        put(['snap', snaps])
        if (m % 1000 === 250) {
          eng = fresh(t)
          for (const [id, s] of snaps) put(['restore', eng.restore(id, JSON.parse(JSON.stringify(s)))])
        }
      }
      if (m === 2000) eng.setActive('lotus', false)
      if (m === 2600) eng.setActive('lotus', true)
    }
    put(['stats', eng.stats()])
  }
  return done()
}

const builds = [resolve(here, '../dist'), ...(args.dist ? [resolve(args.dist)] : [])]
for (const stream of (args.streams ?? 'synthetic,throughput').split(',')) {
  const hashes = []
  for (const dist of builds) {
    const { hash, kinds } = await hashOf(dist, stream)
    hashes.push(hash)
    console.log(`${stream}: ${dist}\n  ${JSON.stringify(kinds)}\n  sha256 ${hash}`)
  }
  if (hashes.length === 2) {
    console.log(`${stream}: ${hashes[0] === hashes[1] ? 'IDENTICAL' : 'DIFFERENT'}`)
    if (hashes[0] !== hashes[1]) process.exitCode = 1
  }
}
