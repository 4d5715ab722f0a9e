/**
 * Why an ordinary-day alert opened: runs crisis-eval's ordinary stream for one seed and prints,
 * minute by minute over a window, one brand's 30-minute sums against the baseline (volume,
 * negatives, complaints, questions and complaints "asks"), the slow scores (observed /
 * expected, ratio, surprise, `x` = gated to 0) and every alert the brand opened.
 *
 * Prints figures; asserts nothing. Run after `pnpm exec tsc -b`:
 *   node bench/detect/false-diag.mjs <seed> <brand> <fromISO> <toISO> [days=14]
 * e.g. node bench/detect/false-diag.mjs 2 havenbank 2026-11-04T18:00Z 2026-11-04T18:45Z
 * Env: PARAMS=<JSON detector parameters>, EVERY=<print every n minutes, default 1>,
 *      PRIME=1: first enrich seeds 1..seed-1's ordinary days, as crisis-eval does before this
 *      seed (its enricher and text cache are shared across seeds, so a seed alone reads differently).
 */
import { cachedEnricher, DAY, MIN, newEngine, newGenerator, runDirect } from './lib/sim.mjs'

const SEED = Number(process.argv[2] ?? 2)
const BRAND = process.argv[3] ?? 'havenbank'
const FROM = Date.parse(process.argv[4] ?? '2026-11-04T18:00Z')
const TO = Date.parse(process.argv[5] ?? '2026-11-04T18:45Z')
const T0 = Date.UTC(2026, 10, 2)
const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : undefined
const EVERY = Number(process.env.EVERY ?? 1)

const nlp = cachedEnricher()
if (process.env.PRIME) {
  for (let seed = 1; seed < SEED; seed++) {
    const gen = newGenerator(seed, T0, 1)
    for (const m of gen.generateUntil(T0 + Number(process.argv[6] ?? 14) * DAY)) nlp.enrich(m)
  }
}
const f = (s) =>
  s === undefined
    ? '-'
    : `${s.observed.toFixed(0)}/${s.expected.toFixed(1)} ${((s.observed + 1) / (s.expected + 1)).toFixed(2)} ${s.surprise.toFixed(1)}${s.gated ? '' : 'x'}`
const win = []
const engine = newEngine(PARAMS, (ev, r) => {
  if (ev.brand !== BRAND) return
  win.push({
    v: r.bucket.volume,
    c: r.bucket.complaints,
    a: r.bucket.asks,
    n: r.bucket.negative,
    ev: r.expectedVolume,
  })
  if (win.length > 30) win.shift()
  if (r.startMs < FROM || r.startMs >= TO) return
  const ctl = (name) => {
    const x = pick(name)
    return x === undefined ? '-' : ((sum('v') - x.observed + 1) / (sum('ev') - x.expected + 1)).toFixed(2)
  }
  if (Math.round((r.startMs - FROM) / MIN) % EVERY !== 0) return
  const sum = (k) => win.reduce((x, o) => x + o[k], 0)
  const pick = (name) => r.scores.find((s) => s.name === name)
  const slow = r.scores.filter((s) => s.window === 30 && s.signal !== 'reach')
  console.log(
    `${new Date(r.startMs).toISOString().slice(5, 16)} score ${ev.score.toFixed(2)} | 30m sums vol ${sum('v')} (exp ${sum('ev').toFixed(0)}) neg ${sum('n')} cmp ${sum('c')} asks ${sum('a')} cmp/vol ${(sum('c') / Math.max(1, sum('v'))).toFixed(3)} | ` +
      slow.map((s) => `${s.name} ${f(s)}`).join(' | ') +
      ` | topic ${r.topic ? `${r.topic.key} ${r.topic.observed.toFixed(1)}/${r.topic.expected.toFixed(1)} ${r.topic.surprise.toFixed(1)}` : '-'}` +
      ` | volume ${f(pick('volume'))} | other traffic ratio: cmp ${ctl('complaints@30m')} neg ${ctl('negative@30m')}`,
  )
})
const gen = newGenerator(SEED, T0, 1)
// SCENARIO=<kind>: add crisis-eval's scenario of that kind for this seed (own brand, 3 h for a
// complaint wave, else 1 h; onset as crisis-eval's), to see the same figures during a crisis.
if (process.env.SCENARIO) {
  const hours = [9.5, 13.25, 17.75, 7.1, 20.4][(SEED - 1) % 5]
  const onsetMs = T0 + 2 * DAY + Math.round(hours * 3_600_000)
  gen.addScenario({
    kind: process.env.SCENARIO,
    brand: BRAND,
    onsetMs,
    durationMs: (process.env.SCENARIO === 'complaint-wave' ? 3 : 1) * 3_600_000,
  })
  console.log(`scenario ${process.env.SCENARIO} at ${new Date(onsetMs).toISOString()}`)
}
runDirect({
  engine,
  gen,
  nlp,
  fromMs: T0,
  toMs: Math.min(TO + 30 * MIN, T0 + Number(process.argv[6] ?? 14) * DAY),
  onAlert: (a, now) => {
    if (a.brand === BRAND && a.version === 1)
      console.log(`ALERT ${new Date(now).toISOString()} ${a.headline}`)
  },
})
