#!/usr/bin/env node
/**
 * Output identity of two builds of the detector engine on crisis-eval's streams: the same
 * seeds, ordinary days, warm-up checkpoints and scenarios as crisis-eval.mjs (the demo
 * generator, enriched once by the real NLP and fed to every build in lockstep), hashing every
 * alert update, metric, scored minute (evidence, every score, trend hits, topic) and the
 * warm-up checkpoints of each build. Two builds that print the same hash give crisis-eval the
 * same table. Not a test: it prints hashes. Run after `pnpm exec tsc -b`:
 *
 *   node bench/detect/check-identity.mjs [--dist DIR] [--seeds 3] [--days 14] [--seed N]
 *
 * --seed N hashes seed N alone (the seeds can then run in parallel processes; each pair of
 * builds must print the same hash for every seed).
 *
 * DIR: another build's packages/detect/dist, copied inside packages/detect (e.g. its
 * node_modules/.dist-main) so @vigil/schema resolves; exits 1 when the hashes differ.
 * The engine-only streams (synthetic, throughput.mjs's): packages/detect/bench/check-identity.mjs.
 */
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { hasher, scoredLine } from '../../packages/detect/bench/identity-lines.mjs'
import { CRISIS_SCENARIOS, ONSET_HOURS, scenarioOf } from './lib/scenarios.mjs'
import { cachedEnricher, DAY, engineBrands, HOUR, MIN, newGenerator } from './lib/sim.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i += 2)
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1]
const SEEDS = Number(args.seeds ?? 3)
const FIRST = Number(args.seed ?? 1)
const LAST = args.seed === undefined ? SEEDS : FIRST
const DAYS = Number(args.days ?? 14)
const T0 = Date.UTC(2026, 10, 2)
const WARM_DAYS = 2

const dists = [resolve(here, '../../packages/detect/dist'), ...(args.dist ? [resolve(args.dist)] : [])]
const builds = []
for (const dist of dists) {
  const lib = await import(pathToFileURL(resolve(dist, 'index.js')).href)
  builds.push({ dist, lib, ...hasher() })
}
const nlp = cachedEnricher()

/** Every build's engine, restored from its own checkpoints `snaps` when given. */
function engines(snaps) {
  return builds.map((b, k) => {
    const e = b.lib.createDetectorEngine({ brands: engineBrands, trace: (ev, r) => b.put(scoredLine(ev, r)) })
    if (snaps)
      for (const [id, s] of Object.entries(snaps[k])) b.put(['restore', e.restore(id, JSON.parse(s))])
    return e
  })
}

/** crisis-eval's runDirect, one enrichment fed to every build's engine. */
function run(es, gen, fromMs, toMs) {
  for (let t = fromMs; t < toMs; t += 10_000) {
    const end = Math.min(toMs, t + 10_000)
    for (const m of gen.generateUntil(end)) {
      const e = nlp.enrich(m)
      for (const eng of es) eng.observe(e, 'p0')
    }
    es.forEach((eng, k) => {
      const out = eng.advance(end + 2_000)
      for (const a of out.alerts) builds[k].put(['alert', a])
      for (const x of out.metrics) builds[k].put(['metric', x])
    })
  }
}

console.log(`sentiment model: ${nlp.sentimentModel().kind} (${nlp.sentimentModel().version})`)
for (let seed = FIRST; seed <= LAST; seed++) {
  run(engines(), newGenerator(seed, T0), T0, T0 + DAYS * DAY)
  const onsetMs = T0 + WARM_DAYS * DAY + Math.round(ONSET_HOURS[(seed - 1) % ONSET_HOURS.length] * HOUR)
  const fromMs = onsetMs - 10 * MIN
  const warm = engines()
  run(warm, newGenerator(seed, T0), T0, fromMs)
  const snaps = warm.map((e, k) => {
    const s = Object.fromEntries(e.brands().map((b) => [b, JSON.stringify(e.snapshot(b))]))
    builds[k].put(['snap', s])
    return s
  })
  for (const sc of CRISIS_SCENARIOS) {
    const gen = newGenerator(seed, T0)
    const s = gen.addScenario(scenarioOf(sc, onsetMs))
    gen.generateUntil(fromMs)
    run(engines(snaps), gen, fromMs, s.endMs + 30 * MIN)
  }
  console.log(`seed ${seed} done`)
}
const hashes = builds.map((b) => {
  const { hash, kinds } = b.done()
  console.log(`${b.dist}\n  ${JSON.stringify(kinds)}\n  sha256 ${hash}`)
  return hash
})
if (hashes.length === 2) {
  console.log(hashes[0] === hashes[1] ? 'IDENTICAL' : 'DIFFERENT')
  if (hashes[0] !== hashes[1]) process.exitCode = 1
}
