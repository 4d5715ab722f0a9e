/**
 * How far the engine's seasonal baselines sit from ordinary traffic: over days of the demo
 * generator's ordinary stream (no scenario), per day and 4-hour block of the day, the sum of a
 * signal's observed 1-minute counts over the sum of what the baseline expected, per brand.
 * An unbiased baseline reads about 1.00 everywhere after the first day; the generator's
 * ordinary traffic repeats its daily shape every weekday.
 *
 * Prints figures; asserts nothing. Run after `pnpm exec tsc -b`:
 *   node bench/detect/baseline-bias.mjs [seed=2] [days=5]
 * Env: SIG=<score name, default negative> (e.g. complaints, volume, reach).
 */
import { cachedEnricher, DAY, HOUR, newEngine, newGenerator, runDirect } from './lib/sim.mjs'

const SEED = Number(process.argv[2] ?? 2)
const DAYS = Number(process.argv[3] ?? 5)
const SIG = process.env.SIG ?? 'negative'
/** Monday 2 November 2026, 00:00 UTC (as crisis-eval). */
const T0 = Date.UTC(2026, 10, 2)

const blocks = new Map()
const engine = newEngine(undefined, (ev, r) => {
  const s = r.scores.find((x) => x.name === SIG)
  if (s === undefined) return
  const day = Math.floor((r.startMs - T0) / DAY)
  const block = Math.floor(((r.startMs - T0) % DAY) / (4 * HOUR)) * 4
  const key = `day ${day} ${String(block).padStart(2, '0')}-${String(block + 4).padStart(2, '0')}h`
  const row = blocks.get(key) ?? {}
  if (row[ev.brand] === undefined) row[ev.brand] = [0, 0]
  const sums = row[ev.brand]
  sums[0] += s.observed
  sums[1] += s.expected
  blocks.set(key, row)
})
runDirect({
  engine,
  gen: newGenerator(SEED, T0, 1),
  nlp: cachedEnricher(),
  fromMs: T0,
  toMs: T0 + DAYS * DAY,
})
console.log(`baseline-bias: ${SIG}, seed ${SEED}, ${DAYS} days; observed / expected (observed per minute)`)
for (const [key, row] of blocks) {
  const cells = Object.entries(row).map(
    ([b, [o, e]]) => `${b.slice(0, 9).padEnd(9)} ${(o / e).toFixed(2)} (${(o / 240).toFixed(2)})`,
  )
  console.log(`${key}  ${cells.join('  ')}`)
}
