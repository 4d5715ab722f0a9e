/**
 * Synthetic-crisis evaluation of the live detector (issue 4). No Kafka: the demo generator's
 * event-time stream, enriched by the real NLP, is fed to the pure engine, which is advanced
 * with a processing time a couple of seconds behind the newest event (as live).
 *
 * For each seed:
 *  - ordinary traffic for `days` days (daily and weekly rhythm, all brands): every alert
 *    opened after the first day is a false alert (the first day is the history a backfill gives);
 *  - each scenario of the generator, on top of a warm detector (two days of history by default, restored
 *    from a checkpoint taken at the end of the warm-up, so every scenario starts alike):
 *    the delay from ground-truth onset to the first alert for the right brand with the right
 *    classification (own / competitor / sector-wide), misses, and any collateral alert.
 *
 * Prints figures; asserts nothing. Run after `pnpm exec tsc -b`:
 *   node bench/detect/crisis-eval.mjs [seeds=3] [days=14] [rateScale=1]
 * `seeds` is a count (seeds 1..n) or a range `from-to` (e.g. 21-23: seeds never tuned on, for a
 * held-out figure; the onset hour rotates with the seed number as for 1..n).
 * Env: ONLY=<scenario name prefix>, SKIP_ORDINARY=1, VERBOSE=1, TRACE=<scenario kind>,
 *      TRACE_MIN=<minutes after onset to trace, default 15>,
 *      WARM_DAYS=<days of history before onset, default 2>, PARAMS=<JSON detector parameters>.
 */

import { CRISIS_SCENARIOS, ONSET_HOURS, scenarioOf } from './lib/scenarios.mjs'
import {
  brandConfigs,
  cachedEnricher,
  DAY,
  HOUR,
  MIN,
  newEngine,
  newGenerator,
  runDirect,
  tracer,
} from './lib/sim.mjs'

const SEED_ARG = String(process.argv[2] ?? 3)
const [SEED_FROM, SEED_TO] = SEED_ARG.includes('-') ? SEED_ARG.split('-').map(Number) : [1, Number(SEED_ARG)]
const SEEDS = SEED_TO - SEED_FROM + 1
const DAYS = Number(process.argv[3] ?? 14)
const ONLY = process.env.ONLY ?? null
/** Multiplies every ordinary rate (1: a mid bank peaks at ~4 mentions a minute). */
const RATE = Number(process.argv[4] ?? 1)
/** Monday 2 November 2026, 00:00 UTC. */
const T0 = Date.UTC(2026, 10, 2)
/** Days of history before each scenario's onset (env WARM_DAYS). */
const WARM_DAYS = Number(process.env.WARM_DAYS ?? 2)
/** Detector parameters to try instead of the defaults (env PARAMS, JSON; e.g. '{"trendMinCount":4}'). */
const PARAMS = process.env.PARAMS ? JSON.parse(process.env.PARAMS) : undefined
const nlp = cachedEnricher()
const own = brandConfigs.find((b) => b.role === 'own').id

const SCENARIOS = CRISIS_SCENARIOS

function median(xs) {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const fmt = (x) => (x === null || x === undefined ? '-' : x.toFixed(2))

/**
 * Every incident the shipped detector published, with the probability it showed at its peak
 * update (what an operator judges) and whether it was real: a scenario's alert for the right
 * brand (any brand in the sector-wide one) opened while it ran is real; ordinary days after
 * the first, a troll raid, payday and uninvolved brands are not. Scored at the end (Brier,
 * reliability), as calibrate.mjs scores its fits, but on the shipped opening threshold.
 */
const judged = []
function collectProbabilities(updates, isReal) {
  const by = new Map()
  for (const { a, now } of updates) {
    const cur = by.get(a.id)
    if (cur === undefined) by.set(a.id, { peak: a, real: isReal(a, now) })
    else if (a.score > cur.peak.score) cur.peak = a
  }
  for (const { peak, real } of by.values())
    if (peak.probability !== undefined) judged.push({ p: peak.probability, real })
}

/** Ordinary days: false alerts per brand-week. */
function ordinary(seed) {
  const engine = newEngine(PARAMS)
  const gen = newGenerator(seed, T0, RATE)
  const opened = []
  const all = []
  const t = Date.now()
  const n = runDirect({
    engine,
    gen,
    nlp,
    fromMs: T0,
    toMs: T0 + DAYS * DAY,
    onAlert: (a, now) => {
      if (a.version === 1) opened.push({ a, now })
      if (Date.parse(a.openedAt) >= T0 + DAY) all.push({ a, now })
    },
  })
  collectProbabilities(all, () => false)
  const counted = opened.filter((o) => Date.parse(o.a.openedAt) >= T0 + DAY)
  return { n, opened, counted, ms: Date.now() - t }
}

/** A warm detector (checkpoint) and the time the scenarios start from. */
function warmUp(seed, onsetMs) {
  const engine = newEngine(PARAMS)
  const gen = newGenerator(seed, T0, RATE)
  const fromMs = onsetMs - 10 * MIN
  runDirect({ engine, gen, nlp, fromMs: T0, toMs: fromMs })
  const snaps = Object.fromEntries(engine.brands().map((b) => [b, JSON.stringify(engine.snapshot(b))]))
  return { snaps, fromMs }
}

function runScenario(seed, sc, warm, onsetMs) {
  const traceBrand = process.env.TRACE === sc.kind ? (sc.brand ?? own) : null
  const span = Number(process.env.TRACE_MIN ?? 15) * MIN
  const print = traceBrand ? tracer(traceBrand, onsetMs - 2 * MIN, onsetMs + span) : null
  // The detector's own expectation of the brand's negatives per minute over the half hour
  // before onset: the λ0 of the information bound below.
  const baseline = []
  const engine = newEngine(PARAMS, (ev, r) => {
    print?.(ev, r)
    if (r.brand !== (sc.brand ?? own) || r.startMs < onsetMs - 30 * MIN || r.startMs >= onsetMs) return
    const neg = r.scores.find((x) => x.name === 'negative')
    if (neg !== undefined) baseline.push(neg.expected)
  })
  for (const [b, s] of Object.entries(warm.snaps)) engine.restore(b, JSON.parse(s))
  const gen = newGenerator(seed, T0, RATE)
  const s = gen.addScenario(scenarioOf(sc, onsetMs))
  // The same stream up to the onset: regenerate (cheap) and skip what the warm-up saw.
  gen.generateUntil(warm.fromMs)
  const updates = []
  runDirect({
    engine,
    gen,
    nlp,
    fromMs: warm.fromMs,
    toMs: s.endMs + 30 * MIN,
    onAlert: (a, now) => updates.push({ a, now }),
  })
  const lambda0 = baseline.length ? baseline.reduce((a, b) => a + b, 0) / baseline.length : null
  return { s, updates, lambda0 }
}

/** One week of minutes: the mean run between false alarms of one alert per brand-week. */
const ARL_MINUTES = 7 * 24 * 60

/**
 * The information bound on detection delay for a rise of a Poisson rate λ0 to λ0·(1 + k·shape),
 * shape following the generator's outage ramp (full after 3 minutes): the minutes until the
 * expected log-likelihood ratio reaches ln(ARL). Page's CUSUM, the optimal detector for a
 * known change, needs about this long on average (Lorden); any detector that keeps to one
 * false alarm per brand-week on this stream needs at least about as long.
 */
function informationBoundMinutes(lambda0, k) {
  const target = Math.log(ARL_MINUTES)
  let llr = 0
  const step = 1 / 6
  for (let t = 0; t < 600; t += step) {
    const lambda1 = lambda0 * (1 + k * Math.min(1, (t + step / 2) / 3))
    llr += (lambda1 * Math.log(lambda1 / lambda0) - lambda1 + lambda0) * step
    if (llr >= target) return t + step
  }
  return null
}

/** Delay (minutes) to the first update that classifies the scenario right, or null (miss). */
function judge(s, updates) {
  const during = updates.filter((u) => u.now >= s.onsetMs && u.now < s.endMs + 30 * MIN)
  const openedOthers = new Set()
  let hit = null
  for (const { a, now } of during) {
    const right =
      s.kind === 'sector-outage'
        ? a.sectorWide
        : s.expectAlert &&
          a.brand === s.brand &&
          !a.sectorWide &&
          (s.kind !== 'competitor-incident' || a.headline.startsWith('Competitor'))
    if (right && hit === null && now <= s.endMs) hit = (now - s.onsetMs) / MIN
    const expectedBrand = s.kind === 'sector-outage' || (s.expectAlert && a.brand === s.brand)
    if (a.version === 1 && !expectedBrand) openedOthers.add(a.brand)
  }
  return { hit, collateral: [...openedOthers] }
}

// The figures depend on the sentiment model (the lexicon and the local model give different
// negative counts), so say which one enriched the stream, and loudly when a file was skipped.
const sentiment = nlp.sentimentModel()
console.log(`sentiment model: ${sentiment.kind} (${sentiment.version})`)
if (sentiment.note !== null) console.log(`WARNING: ${sentiment.note}`)
console.log(
  `crisis-eval: ${SEEDS} seeds (${SEED_FROM}-${SEED_TO}), ${DAYS} ordinary days per seed, rate scale ${RATE}, brands ${brandConfigs.map((b) => `${b.id}(${b.size})`).join(' ')}`,
)

// 1. Ordinary traffic.
const ORD = process.env.SKIP_ORDINARY ? SEED_FROM - 1 : SEED_TO
let falseTotal = 0
let brandWeeks = 0
const falseByBrand = {}
for (let seed = SEED_FROM; seed <= ORD; seed++) {
  const r = ordinary(seed)
  falseTotal += r.counted.length
  brandWeeks += (brandConfigs.length * (DAYS - 1)) / 7
  for (const { a } of r.counted) falseByBrand[a.brand] = (falseByBrand[a.brand] ?? 0) + 1
  console.log(
    `ordinary seed ${seed}: ${r.n} mentions in ${(r.ms / 1000).toFixed(1)} s; alerts opened ${r.opened.length} ` +
      `(after day 1: ${r.counted.length})`,
  )
  for (const { a } of r.counted.slice(0, 5)) console.log(`   false: ${a.openedAt} ${a.headline}`)
}
console.log(
  `FALSE ALERTS: ${falseTotal} in ${brandWeeks.toFixed(1)} brand-weeks = ${(falseTotal / brandWeeks).toFixed(2)} per brand-week ` +
    `${JSON.stringify(falseByBrand)}`,
)

// 2. Scenarios.
const results = SCENARIOS.map(() => ({
  delays: [],
  misses: 0,
  runs: 0,
  collateral: 0,
  wrongAlerts: 0,
  lambdas: [],
}))
for (let seed = SEED_FROM; seed <= SEED_TO; seed++) {
  const hour = ONSET_HOURS[(seed - 1) % ONSET_HOURS.length]
  // A weekday: with the default two days of history, the third day of the stream (Wednesday).
  const onsetMs = T0 + WARM_DAYS * DAY + Math.round(hour * HOUR)
  const warm = warmUp(seed, onsetMs)
  SCENARIOS.forEach((sc, i) => {
    if (ONLY !== null && !sc.name.startsWith(ONLY)) return
    const { s, updates, lambda0 } = runScenario(seed, sc, warm, onsetMs)
    const j = judge(s, updates)
    collectProbabilities(updates, (a) => {
      const opened = Date.parse(a.openedAt)
      if (!s.expectAlert || opened < onsetMs - MIN || opened > s.endMs) return false
      return s.kind === 'sector-outage' || a.brand === s.brand
    })
    const res = results[i]
    res.runs++
    if (lambda0 !== null) res.lambdas.push(lambda0)
    res.collateral += j.collateral.length
    if (s.expectAlert) {
      if (j.hit === null) res.misses++
      else res.delays.push(j.hit)
    } else {
      res.wrongAlerts += new Set(
        updates.filter((u) => u.a.version === 1 && u.now >= s.onsetMs).map((u) => u.a.id),
      ).size
    }
    if (process.env.VERBOSE)
      console.log(
        `  seed ${seed} ${sc.name}: hit ${fmt(j.hit)} collateral ${j.collateral} | ${updates.find((u) => u.now >= s.onsetMs)?.a.headline ?? ''}`,
      )
  })
}
console.log('')
console.log(
  'scenario                                  runs  median  worst   misses  collateral  (minutes from onset to first right alert)',
)
SCENARIOS.forEach((sc, i) => {
  const r = results[i]
  const expect = sc.kind !== 'troll-raid' && sc.kind !== 'payday'
  const worst = r.delays.length ? Math.max(...r.delays) : null
  console.log(
    `${sc.name.padEnd(42)}${String(r.runs).padStart(4)}  ` +
      (expect
        ? `${fmt(median(r.delays)).padStart(6)}  ${fmt(worst).padStart(6)}  ${String(r.misses).padStart(6)}`
        : `  alerts raised (should be 0): ${r.wrongAlerts}`.padEnd(29)) +
      `${String(r.collateral).padStart(12)}`,
  )
})

// 3. How fast could any detector be? For the doubling case the change is known exactly, and
// the bound shows why a median under 2 minutes is out of reach at a mid bank's volume.
SCENARIOS.forEach((sc, i) => {
  if (sc.intensity === undefined || results[i].lambdas.length === 0) return
  const bounds = results[i].lambdas.map((l) => informationBoundMinutes(l, sc.intensity))
  const lambdas = results[i].lambdas.map((l) => l.toFixed(2)).join(', ')
  console.log('')
  console.log(
    `${sc.name}: baseline ${lambdas} negatives/min at onset (the detector's own expectation); ` +
      `information bound of the negative count alone at one false alarm per brand-week (CUSUM, Lorden; ` +
      `the hashtag and complaints are further evidence the detector also uses): ` +
      `${bounds.map(fmt).join(', ')} min (median ${fmt(median(bounds))}). ` +
      `A median under 2 min needs λ0 ≥ ${minLambdaFor(2, sc.intensity).toFixed(1)} negatives/min.`,
  )
})

/** The smallest λ0 whose information bound is at most `minutes`. */
function minLambdaFor(minutes, k) {
  let lo = 0.01
  let hi = 10_000
  for (let it = 0; it < 60; it++) {
    const mid = Math.sqrt(lo * hi)
    const b = informationBoundMinutes(mid, k)
    if (b !== null && b <= minutes) hi = mid
    else lo = mid
  }
  return hi
}

// 4. Is the probability each alert shows calibrated? (Few false alerts at the shipped threshold:
// read the table as a check, calibrate.mjs for the fit.)
if (judged.length > 0) {
  const brier = judged.reduce((x, j) => x + (j.p - (j.real ? 1 : 0)) ** 2, 0) / judged.length
  console.log('')
  console.log(
    `probability shown at each incident's peak: ${judged.length} incidents (${judged.filter((j) => j.real).length} real), Brier ${brier.toFixed(3)}`,
  )
  for (const [lo, hi] of [
    [0, 0.2],
    [0.2, 0.4],
    [0.4, 0.6],
    [0.6, 0.8],
    [0.8, 1.0001],
  ]) {
    const bin = judged.filter((j) => j.p >= lo && j.p < hi)
    if (bin.length === 0) continue
    const mean = bin.reduce((x, j) => x + j.p, 0) / bin.length
    const real = bin.filter((j) => j.real).length / bin.length
    console.log(
      `  predicted ${lo.toFixed(1)}-${Math.min(1, hi).toFixed(1)}: ${bin.length} incidents, mean predicted ${mean.toFixed(2)}, real ${real.toFixed(2)}`,
    )
  }
}
