#!/usr/bin/env node
/**
 * Output identity of two builds of the engine: a sha256 of every output on a synthetic stream
 * of 3 seeds × 3 days (4 brands, two sources; outages of two brands, a sector-wide hour,
 * redeliveries, late mentions, acknowledgements and "not real" verdicts, a brand released and
 * taken back, checkpoint restores into a fresh engine): alert updates, metrics, traced
 * evidence, running minutes, snapshots, feedback results and stats. A refactor must print the
 * same hash for both builds. Not a test: it prints hashes.
 *
 *   node packages/detect/bench/check-identity.mjs [--dist DIR]
 *
 * Without --dist it hashes this package's dist only; with it, both, and exits 1 on a difference.
 * DIR is a copy of another build's dist placed inside this package (so that @vigil/schema resolves).
 */
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

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

async function hashOf(dist) {
  const d = await import(pathToFileURL(resolve(dist, 'index.js')).href)
  const h = createHash('sha256')
  const kinds = {}
  const put = (x) => {
    kinds[x[0]] = (kinds[x[0]] ?? 0) + 1
    h.update(JSON.stringify(x))
    h.update('\n')
  }
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
  return { hash: h.digest('hex'), kinds }
}

const builds = [resolve(here, '../dist'), ...(args.dist ? [resolve(args.dist)] : [])]
const hashes = []
for (const dist of builds) {
  const { hash, kinds } = await hashOf(dist)
  hashes.push(hash)
  console.log(`${dist}\n  ${JSON.stringify(kinds)}\n  sha256 ${hash}`)
}
if (hashes.length === 2) {
  console.log(hashes[0] === hashes[1] ? 'IDENTICAL' : 'DIFFERENT')
  if (hashes[0] !== hashes[1]) process.exitCode = 1
}
