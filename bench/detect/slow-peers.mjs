/**
 * Why a slow scenario's alert waits: minute by minute after onset, the own brand's 30-minute
 * negative and complaint windows (observed / expected, ratio, surprise; `x` = gated to 0) and
 * the other banks' ratios of the same windows, which the peer gate (gateSlowWindowsByPeers)
 * divides out: a slow window counts only at minRatio × the peers' median ratio.
 *
 * Prints figures; asserts nothing. Run after `pnpm exec tsc -b`:
 *   node bench/detect/slow-peers.mjs [seed=2] [kind=complaint-wave] [fromMin=40] [toMin=90]
 * The onset is crisis-eval's for that seed (09:30, 13:15, 17:45 on the third day).
 */
import { cachedEnricher, DAY, HOUR, MIN, newEngine, newGenerator, runDirect } from './lib/sim.mjs'

const SEED = Number(process.argv[2] ?? 2)
const KIND = process.argv[3] ?? 'complaint-wave'
const FROM = Number(process.argv[4] ?? 40)
const TO = Number(process.argv[5] ?? 90)
const T0 = Date.UTC(2026, 10, 2)
const ONSET_HOURS = [9.5, 13.25, 17.75, 7.1, 20.4]
const onsetMs = T0 + 2 * DAY + Math.round(ONSET_HOURS[(SEED - 1) % ONSET_HOURS.length] * HOUR)
const OWN = 'northwind'

const fmt = (s) =>
  s === undefined
    ? '-'
    : `${s.observed}/${s.expected.toFixed(0)} ${((s.observed + 1) / (s.expected + 1)).toFixed(2)} ${s.surprise.toFixed(1)}${s.gated ? '' : 'x'}`
const ratio = (s) => (s === undefined ? '-' : ((s.observed + 1) / (s.expected + 1)).toFixed(2))
const rows = new Map()
const engine = newEngine(undefined, (ev, r) => {
  if (r.startMs < onsetMs + FROM * MIN || r.startMs >= onsetMs + TO * MIN) return
  const at = `+${Math.round((r.startMs - onsetMs) / MIN)}m`
  const row = rows.get(at) ?? { peers: [] }
  const neg = r.scores.find((s) => s.name === 'negative@30m')
  const cmp = r.scores.find((s) => s.name === 'complaints@30m')
  if (ev.brand === OWN) row.own = `negative@30m ${fmt(neg)} | complaints@30m ${fmt(cmp)} | score ${ev.score}`
  else row.peers.push(`${ev.brand.slice(0, 5)} ${ratio(neg)}/${ratio(cmp)}`)
  rows.set(at, row)
})
const gen = newGenerator(SEED, T0, 1)
gen.addScenario({ kind: KIND, brand: OWN, onsetMs, durationMs: 3 * HOUR })
let first = null
runDirect({
  engine,
  gen,
  nlp: cachedEnricher(),
  fromMs: T0,
  toMs: onsetMs + TO * MIN,
  onAlert: (a, now) => {
    if (a.brand === OWN && now >= onsetMs && first === null) first = (now - onsetMs) / MIN
  },
})
console.log(
  `slow-peers: seed ${SEED}, ${KIND} at ${new Date(onsetMs).toISOString()}; peers: negative/complaints @30m ratios`,
)
for (const [at, row] of rows) console.log(`${at.padStart(5)} ${row.own ?? ''} || ${row.peers.join('  ')}`)
console.log(`first ${OWN} alert: ${first === null ? 'none' : `${first.toFixed(2)} min after onset`}`)
