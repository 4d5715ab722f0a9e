/**
 * The e2e test's situation without Kafka: the demo generator backfills history fast, then runs
 * live; the stream goes through the simulated pipeline (reordering as Kafka partitions and
 * batch-by-partition consumers do); an outage is posted for one brand after a while.
 * Prints late events, every alert opened (brand, when, delay), and whether any other brand
 * alerted. Usage: node bench/detect/stack-replay.mjs [seed] [backfillMinutes] [rateScale]
 */
import { cachedEnricher, createPipeline, MIN, newEngine, newGenerator } from './lib/sim.mjs'

const seed = Number(process.argv[2] ?? 4242)
const backfillMin = Number(process.argv[3] ?? 45)
const rateScale = Number(process.argv[4] ?? 2)
const liveBeforeMin = Number(process.argv[5] ?? 3)
const intensity = Number(process.argv[6] ?? 10)
const brand = process.argv[7] ?? 'northwind'

const now0 = Date.UTC(2026, 10, 23, 11, 37, 12, 345) + Number(process.env.SHIFT_H ?? 0) * 3_600_000
const gen = newGenerator(seed, now0 - backfillMin * MIN, rateScale)
const engine = newEngine()
const nlp = cachedEnricher()
const opened = []
const pipe = createPipeline({
  engine,
  nlp,
  startNow: now0 - 60_000,
  onAlert: (a, now) => {
    if (a.version === 1) opened.push({ a, now })
  },
})
// Backfill: one-minute slices produced every 10 ms while the consumers poll every 50 ms.
let now = now0
for (let t = now0 - backfillMin * MIN; t < now0; t += MIN) {
  pipe.produce(gen.generateUntil(Math.min(now0, t + MIN)))
  now += 10
  if ((now - now0) % 50 === 0) pipe.poll(now)
}
while (pipe.pending() > 0) {
  now += 50
  pipe.poll(now)
}
const afterBackfill = { ...engine.stats() }
let onset = null
const end = now0 + (liveBeforeMin + 15) * MIN
for (let t = now0 + 1000; t <= end; t += 1000) {
  if (onset === null && t >= now0 + liveBeforeMin * MIN) {
    onset = gen.now
    gen.addScenario({ kind: 'outage', brand, onsetMs: gen.now, durationMs: 15 * MIN, intensity })
  }
  pipe.produce(gen.generateUntil(t))
  pipe.poll(t + 300)
}
const s = engine.stats()
console.log(
  JSON.stringify({
    seed,
    backfillMin,
    rateScale,
    observed: pipe.observed(),
    lateAfterBackfill: afterBackfill.lateEvents,
    lateTotal: s.lateEvents,
    nlpCache: nlp.stats(),
  }),
)
for (const { a, now: at } of opened) {
  console.log(
    `${a.brand.padEnd(10)} opened ${a.openedAt} emitted +${((at - (onset ?? 0)) / MIN).toFixed(2)} min after onset ` +
      `score ${a.score} sectorWide ${a.sectorWide} | ${a.headline}`,
  )
}
const mine = opened.find((o) => o.a.brand === brand && o.now >= onset)
const others = opened.filter((o) => o.a.brand !== brand)
console.log(
  `RESULT ${brand} alert ${mine ? `after ${((mine.now - onset) / MIN).toFixed(2)} min` : 'MISSING'}; other brands alerted: ${others.length}`,
)
