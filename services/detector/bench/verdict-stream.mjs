#!/usr/bin/env node
// The stream of src/verdict.int.test.ts replayed through the engine, offline, for each start
// minute of an hour: the northwind surge minute's score against the opening bar and whether an
// incident opens. The test used to start its stream an hour before it ran, so each start minute
// sent other mentions (diurnal traffic, seasonal baselines); this prints how much that moved the
// decision. Each stream is fed twice, whole partitions and 37-record batches alternating, with
// an advance after every batch, and the two must agree (they do).
// Usage (after `pnpm exec tsc -b`):
//   node services/detector/bench/verdict-stream.mjs [hourStartIso=2026-12-06T08:00:00Z] [complaints=7]
import {
  createDetectorEngine,
  ordinaryMinute,
  rng,
  synthMention,
} from '../../../packages/detect/dist/index.js'

const MIN = 60_000
const BRANDS = [
  { id: 'northwind', role: 'own', size: 'mid' },
  { id: 'crest', role: 'competitor', size: 'large' },
  { id: 'havenbank', role: 'competitor', size: 'mid' },
]
// Where KafkaJS's default partitioner puts each key on the test's two partitions.
const PARTITION = { northwind: 1, crest: 0, havenbank: 0 }
const HOUR = Date.parse(process.argv[2] ?? '2026-12-06T08:00:00Z')
const COMPLAINTS = Number(process.argv[3] ?? 7)

/** The test's three sends, as each partition holds them. */
function stream(t0) {
  const r = rng(31)
  const minute = (m, surge) => {
    const t = t0 + m * MIN
    const out = []
    for (const b of BRANDS) out.push(...ordinaryMinute(r, b.id, t, b.size === 'large' ? 25 : 8))
    if (surge)
      for (let i = 0; i < COMPLAINTS; i++)
        out.push(
          synthMention(
            t + i * 2000,
            { brand: 'northwind', label: 'negative', intent: 'complaint', hashtags: ['#northwinddown'] },
            `x:verdict-${t}-${i}`,
          ),
        )
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }
  const sends = [
    Array.from({ length: 40 }, (_, m) => minute(m, false)).flat(),
    [40, 41, 42, 43].flatMap((m) => minute(m, m === 40)),
    [44, 45, 46, 47].flatMap((m) => minute(m, false)),
  ]
  return sends.map((send) => {
    const parts = [[], []]
    for (const m of send) parts[PARTITION[m.brands[0].brand]].push(m)
    return parts
  })
}

function decide(t0, batch) {
  let surge = null
  const engine = createDetectorEngine({
    brands: BRANDS,
    trace: (ev, r) => {
      if (ev.brand === 'northwind' && r.startMs === t0 + 40 * MIN)
        surge = {
          score: ev.score,
          complaints: r.bucket.complaints,
          volume: r.bucket.volume,
          expected: r.expectedVolume,
        }
    },
  })
  let now = t0 + 61 * MIN
  for (const p of [0, 1]) engine.registerSource(`enriched:${p}`, now)
  let opened = null
  const advance = () => {
    for (const a of engine.advance(now).alerts)
      if (a.brand === 'northwind' && a.version === 1) opened ??= a.openedAt
  }
  for (const parts of stream(t0)) {
    const next = [0, 0]
    while (next[0] < parts[0].length || next[1] < parts[1].length)
      for (const p of [0, 1]) {
        const end = Math.min(parts[p].length, next[p] + batch)
        for (let i = next[p]; i < end; i++) engine.observe(parts[p][i], `enriched:${p}`)
        next[p] = end
        advance()
        now += 100
      }
    for (let i = 0; i < 40; i++, now += 250) advance()
  }
  return { surge, opened, late: engine.stats().lateEvents }
}

let fails = 0
let disagree = 0
const scores = []
for (let m = 0; m < 60; m++) {
  const t0 = HOUR + m * MIN
  const a = decide(t0, Number.POSITIVE_INFINITY)
  const b = decide(t0, 37)
  if (JSON.stringify(a) !== JSON.stringify(b)) disagree++
  if (a.opened === null) fails++
  scores.push(a.surge.score)
  console.log(
    `start ${new Date(t0).toISOString().slice(11, 16)}  surge minute: ${a.surge.complaints} complaints, volume ${a.surge.volume} vs ${a.surge.expected.toFixed(1)} expected, score ${a.surge.score.toFixed(2)}  ${a.opened ? 'opens' : 'NOTHING'}  late ${a.late}`,
  )
}
console.log(
  `${COMPLAINTS} complaints, start minutes of the hour from ${new Date(HOUR).toISOString()}: ${fails} of 60 open nothing; surge score ${Math.min(...scores).toFixed(2)}-${Math.max(...scores).toFixed(2)} (bar 5); the two feeds disagreed on ${disagree}`,
)
