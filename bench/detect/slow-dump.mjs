/**
 * Per brand-minute dump of what the engine scores, for screening slow-wave rules offline
 * (issue 12): ordinary days (every opening after day 1 is false) and the slow complaint wave
 * (delay from onset), on the crisis evaluation's stream and seeds.
 *
 *   node bench/detect/slow-dump.mjs <seeds, e.g. 1-3> <out.jsonl> [days=14]
 *
 * One JSON line per brand-minute: seed, run ("ordinary" or "wave"), brand, t (ms), the
 * minute's counts (v, n, c: volume, negatives, complaints) and, per count signal, the
 * minute's expectation (mn, mc), plus each slow window's observed/expected/surprise/gated.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { CRISIS_SCENARIOS, ONSET_HOURS, scenarioOf } from './lib/scenarios.mjs'
import { cachedEnricher, DAY, HOUR, MIN, newEngine, newGenerator, runDirect } from './lib/sim.mjs'

const [from, to] = String(process.argv[2] ?? '1-3')
  .split('-')
  .map(Number)
const fd = openSync(process.argv[3] ?? '/tmp/slow-dump.jsonl', 'w')
const DAYS = Number(process.argv[4] ?? 14)
const T0 = Date.UTC(2026, 10, 2)
const nlp = cachedEnricher()
const wave = CRISIS_SCENARIOS.find((s) => s.kind === 'complaint-wave')

function dumper(seed, run) {
  return (ev, r) => {
    const row = {
      seed,
      run,
      brand: r.brand,
      t: r.startMs,
      v: r.bucket.volume,
      mv: +r.expectedVolume.toFixed(3),
      n: r.bucket.negative,
      c: r.bucket.complaints,
      score: ev.score,
    }
    for (const s of r.scores) {
      if (s.window === 1 && s.signal === 'negative') row.mn = s.expected
      if (s.window === 1 && s.signal === 'complaints') row.mc = s.expected
      if (s.window >= 30)
        row[s.name] = [s.observed, +s.expected.toFixed(2), +s.surprise.toFixed(2), +s.gated.toFixed(2)]
    }
    writeSync(fd, `${JSON.stringify(row)}\n`)
  }
}

console.log(`sentiment model: ${JSON.stringify(nlp.sentimentModel())}`)
for (let seed = from; seed <= to; seed++) {
  if (DAYS > 0)
    runDirect({
      engine: newEngine(undefined, dumper(seed, 'ordinary')),
      gen: newGenerator(seed, T0),
      nlp,
      fromMs: T0,
      toMs: T0 + DAYS * DAY,
    })
  const onsetMs = T0 + 2 * DAY + Math.round(ONSET_HOURS[(seed - 1) % ONSET_HOURS.length] * HOUR)
  const gen = newGenerator(seed, T0)
  const s = gen.addScenario(scenarioOf(wave, onsetMs))
  const trace = dumper(seed, 'wave')
  runDirect({
    engine: newEngine(undefined, (ev, r) => r.startMs >= onsetMs - 60 * MIN && trace(ev, r)),
    gen,
    nlp,
    fromMs: T0,
    toMs: s.endMs,
  })
  console.log(`seed ${seed} done (onset ${new Date(onsetMs).toISOString()})`)
}
closeSync(fd)
