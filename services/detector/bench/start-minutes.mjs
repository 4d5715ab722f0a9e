#!/usr/bin/env node
// The streams of the detector's integration tests and of the end-to-end tests that assert a
// detector decision, replayed through the engine offline for many start minutes of a day. Each
// test's stream is built as the test builds it (same seed, same sends, same mention ids where the
// ids are fixed), so when a test starts its stream at `Date.now() − N min` this shows whether the
// minute it happens to start in can change what it asserts: `ordinaryMinute`'s traffic follows
// the time of day and the baselines are seasonal, so every start minute sends other mentions.
//
// Per start minute and test it checks the test's decision (stricter where the live test only
// samples it, e.g. "no other brand ever opens" rather than "none had opened when we looked"),
// and prints the margins against the opening bar: the lowest score of a surge minute that must
// open, and the highest score of any minute that must not. Acknowledgements are not replayed:
// for the tests that acknowledge after the peak it checks, for each update the acknowledgement
// can land after, what the test asserts of later updates: no severity above the acknowledged
// peak (the operator would be called back, no longer acknowledged), and for the restart test
// none above the acknowledged version's own severity; and that nothing resolves.
//
// Usage (after `pnpm exec tsc -b`):
//   node services/detector/bench/start-minutes.mjs [test|all] [fromIso=2026-12-06T00:00:00Z] [minutes=1440] [step=10]
//   node services/detector/bench/start-minutes.mjs service-restart 2026-11-02T08:10:00Z 1 1 -v
// Tests: service-outage, service-restart, service-scale, spread, ack-race, ack-unheld.
import {
  createDetectorEngine,
  ordinaryMinute,
  rng,
  synthMention,
} from '../../../packages/detect/dist/index.js'
import { brandPlacement, SEVERITIES } from '../../../packages/schema/dist/index.js'

const MIN = 60_000
const BAR = 5 // DEFAULT_PARAMS.openThreshold
const THREE = [
  { id: 'northwind', role: 'own', size: 'mid' },
  { id: 'crest', role: 'competitor', size: 'large' },
  { id: 'havenbank', role: 'competitor', size: 'mid' },
]
const FIVE = [
  ...THREE,
  { id: 'lotus', role: 'competitor', size: 'large' },
  { id: 'alnoor', role: 'competitor', size: 'mid' },
]
// Where KafkaJS's default partitioner puts each key on two partitions (verdict-stream.mjs); the
// engine decides alike whatever the partition order (packages/detect engine-arrival-order.test.ts).
const KEYED = { northwind: 1, crest: 0, havenbank: 0 }

const perMinute = (b) => (b.size === 'large' ? 25 : 8)
const complaints = (brand, t, n, gapMs, tag, id) =>
  Array.from({ length: n }, (_, i) =>
    synthMention(t + i * gapMs, { brand, label: 'negative', intent: 'complaint', hashtags: [tag] }, id(i)),
  )
const byTime = (xs) => xs.sort((a, b) => a.createdAt.localeCompare(b.createdAt))

/** tests/support/surge-minute.ts, as a list of mentions. */
function surgeMinute(r, t, brands, surging, prefix) {
  const out = []
  for (const b of brands) out.push(...ordinaryMinute(r, b.id, t, perMinute(b)))
  for (const brand of surging)
    out.push(...complaints(brand, t, 30, 2000, `#${brand}down`, (i) => `x:${prefix}-${brand}-${t}-${i}`))
  return byTime(out)
}

const range = (a, b) => Array.from({ length: b - a }, (_, k) => a + k)

/**
 * Each test: its brands, partition of a brand, its sends (lists of mentions, in order) from t0,
 * and the decision it asserts, as checks on the replay.
 */
const TESTS = {
  // service.int.test.ts, first test: 30 minutes, a 50-complaint northwind outage from minute 20.
  'service-outage': {
    brands: THREE,
    part: (b) => KEYED[b],
    sends(t0) {
      const r = rng(5)
      const out = []
      for (let m = 0; m < 30; m++) {
        const t = t0 + m * MIN
        for (const b of THREE) out.push(...ordinaryMinute(r, b.id, t, perMinute(b)))
        if (m >= 20) out.push(...complaints('northwind', t, 50, 1000, '#nwdown', (i) => `x:out-${m}-${i}`))
      }
      return [byTime(out), ordinaryMinute(rng(9), 'northwind', t0 + 31 * MIN, 8)]
    },
    opens: { northwind: 20 },
    quietThrough: 30,
  },
  // service.int.test.ts, second test: 40 quiet minutes, northwind surges 40-42, calm 43-47, acked after 43.
  'service-restart': {
    brands: THREE,
    part: (b) => KEYED[b],
    sends(t0) {
      const r = rng(77)
      const m = (k, s) => surgeMinute(r, t0 + k * MIN, THREE, s ? ['northwind'] : [], 'restart-surge')
      return [
        range(0, 40).flatMap((k) => m(k, false)),
        [40, 41, 42].flatMap((k) => m(k, true)),
        m(43, false),
        m(44, false),
        [45, 46, 47].flatMap((k) => m(k, false)),
      ]
    },
    opens: { northwind: 40 },
    quietThrough: 47,
    // The test acknowledges once minute 43 is scored and before minute 44 can close, and asserts
    // that later updates show no higher severity than the acknowledged version did.
    acked: [43, 43],
    cap: 'shown',
  },
  // service.int.test.ts, third test: every brand surges 40-42 after a hand-over.
  'service-scale': {
    brands: THREE,
    part: (b) => KEYED[b],
    sends(t0) {
      const r = rng(91)
      const m = (k, s) => surgeMinute(r, t0 + k * MIN, THREE, s ? THREE.map((b) => b.id) : [], 'scale-surge')
      return [range(0, 40).flatMap((k) => m(k, false)), [40, 41, 42].flatMap((k) => m(k, true)), m(43, false)]
    },
    opens: { northwind: 40, crest: 40, havenbank: 40 },
    quietThrough: 43,
  },
  // spread.int.test.ts: five banks on three brand-balanced partitions, every one surges 40-42.
  spread: {
    brands: FIVE,
    part: brandPlacement(FIVE, 3),
    sends(t0) {
      const r = rng(17)
      const m = (k, s) => {
        const t = t0 + k * MIN
        const out = []
        for (const b of FIVE) {
          out.push(...ordinaryMinute(r, b.id, t, perMinute(b)))
          if (s)
            out.push(...complaints(b.id, t, 30, 2000, `#${b.id}down`, (i) => `x:spread-${b.id}-${t}-${i}`))
        }
        return byTime(out)
      }
      return [range(0, 40).flatMap((k) => m(k, false)), [40, 41, 42].flatMap((k) => m(k, true)), m(43, false)]
    },
    opens: Object.fromEntries(FIVE.map((b) => [b.id, 40])),
    quietThrough: 43,
  },
  // tests/e2e/ack-race.test.ts: three banks surge 40-42; acknowledged after minute 43; calm to 50.
  'ack-race': {
    brands: THREE,
    part: (b) => KEYED[b],
    sends(t0) {
      const r = rng(29)
      const m = (k, s) => surgeMinute(r, t0 + k * MIN, THREE, s ? THREE.map((b) => b.id) : [], 'ack-race')
      return [
        range(0, 40).flatMap((k) => m(k, false)),
        [40, 41, 42].flatMap((k) => m(k, true)),
        ...[
          [43, 44],
          [45, 46],
          [47, 48],
          [49, 50],
        ].map((ks) => ks.flatMap((k) => m(k, false))),
      ]
    },
    opens: { northwind: 40, crest: 40, havenbank: 40 },
    quietThrough: 50,
    // The acknowledgements race minutes 45-46, and the api answers before the detector applies
    // them, while the test goes on to send 47-48: they can land after any update of 43-47.
    acked: [43, 47],
    cap: 'peak',
  },
  // tests/e2e/ack-unheld.test.ts: the first bank surges 40-42 on brand-placed partitions.
  'ack-unheld': {
    brands: THREE,
    part: brandPlacement(THREE, 2),
    sends(t0) {
      const r = rng(31)
      const m = (k, s) => {
        const t = t0 + k * MIN
        const out = []
        for (const b of THREE) out.push(...ordinaryMinute(r, b.id, t, perMinute(b)))
        if (s)
          out.push(...complaints('northwind', t, 30, 2000, '#northwinddown', (i) => `x:ack-unheld-${t}-${i}`))
        return byTime(out)
      }
      return [
        range(0, 40).flatMap((k) => m(k, false)),
        range(40, 43).flatMap((k) => m(k, true)),
        range(43, 45).flatMap((k) => m(k, false)),
      ]
    },
    opens: { northwind: 40 },
    quietThrough: 44,
  },
}

/** Replay one test's stream from t0; returns the failures of its decision and the margins. */
export function replay(test, t0) {
  const scores = new Map() // `${brand}@${minute}` -> score
  const engine = createDetectorEngine({
    brands: test.brands,
    trace: (ev, r) => scores.set(`${ev.brand}@${Math.round((r.startMs - t0) / MIN)}`, ev.score),
  })
  // Processing time well after the stream (as a fixed past start is): only events close minutes.
  let now = t0 + 24 * 60 * MIN
  const sources = [...new Set(test.brands.map((b) => test.part(b.id)))]
  for (const p of sources) engine.registerSource(`enriched:${p}`, now)
  const updates = []
  const advance = () => updates.push(...engine.advance(now).alerts)
  for (const send of test.sends(t0)) {
    for (const x of send) engine.observe(x, `enriched:${test.part(x.brands[0].brand)}`)
    for (let i = 0; i < 40; i++, now += 250) advance()
  }
  const minuteOf = (iso) => Math.round((Date.parse(iso) - t0) / MIN)
  const fails = []
  const afterAck = []
  const opened = updates.filter((a) => a.version === 1)
  for (const [brand, at] of Object.entries(test.opens)) {
    const mine = opened.filter((a) => a.brand === brand)
    if (mine.length !== 1 || minuteOf(mine[0].openedAt) !== at)
      fails.push(`${brand} opened at [${mine.map((a) => minuteOf(a.openedAt))}], not once at ${at}`)
  }
  for (const a of opened)
    if (!(a.brand in test.opens)) fails.push(`${a.brand} opened at ${minuteOf(a.openedAt)}`)
  const mayFail = []
  if (test.acked !== undefined) {
    const [from, through] = test.acked
    for (const brand of Object.keys(test.opens)) {
      // updatedAt is the end of the minute scored. An acknowledgement holds the severity the
      // operator saw, the peak so far included (incident.ts applyFeedback): a later update above
      // it calls them back (cap 'peak'). The restart test also asserts that later updates show
      // no higher severity than the acknowledged version (cap 'shown': that update's own).
      const all = updates.filter((a) => a.brand === brand)
      const sev = all.map((a) => SEVERITIES.indexOf(a.severity))
      const scored = all.map((a) => minuteOf(a.updatedAt) - 1)
      afterAck.push(`${brand} ${all.map((a, i) => `${scored[i]}:${a.severity}`).join(',')}`)
      const calledBack = []
      for (let i = 0; i < all.length; i++)
        if (scored[i] >= from && scored[i] <= through) {
          const seen = test.cap === 'shown' ? sev[i] : Math.max(...sev.slice(0, i + 1))
          calledBack.push(sev.slice(i + 1).some((s) => s > seen))
        }
      const mine = all.filter((_, i) => scored[i] >= from)
      const what = `${brand} severity rose past the acknowledged one (minutes ${from}-${through}): ${all.map((a, i) => `${scored[i]}:${a.severity}`)}`
      if (calledBack.length > 0 && calledBack.every(Boolean)) fails.push(what)
      else if (calledBack.some(Boolean)) mayFail.push(what)
      if (mine.some((a) => a.status === 'resolved'))
        fails.push(`${brand} resolved by minute ${test.quietThrough}`)
    }
  }
  // Margins: the weakest opening surge minute over the bar, the strongest must-not-open minute under it.
  const openScores = Object.entries(test.opens).map(([b, m]) => scores.get(`${b}@${m}`) ?? Number.NaN)
  let quietMax = Number.NEGATIVE_INFINITY
  for (const [k, s] of scores) {
    const [b, m] = k.split('@')
    const at = test.opens[b]
    if (Number(m) <= test.quietThrough && (at === undefined || Number(m) < at))
      quietMax = Math.max(quietMax, s)
  }
  return {
    fails,
    mayFail,
    openMin: Math.min(...openScores),
    quietMax,
    late: engine.stats().lateEvents,
    afterAck,
  }
}

const [which = 'all', fromIso = '2026-12-06T00:00:00Z', count = '1440', step = '10'] = process.argv.slice(2)
const verbose = process.argv.includes('-v')
const from = Date.parse(fromIso)
const names = which === 'all' ? Object.keys(TESTS) : which.split(',')
for (const name of names) {
  const test = TESTS[name]
  if (!test) throw new Error(`unknown test ${name}; one of ${Object.keys(TESTS).join(', ')}`)
  let failing = 0
  let racing = 0
  let runs = 0
  const opens = []
  const quiets = []
  for (let k = 0; k < Number(count); k += Number(step)) {
    const t0 = from + k * MIN
    const got = replay(test, t0)
    runs++
    opens.push(got.openMin)
    quiets.push(got.quietMax)
    if (got.fails.length > 0) failing++
    else if (got.mayFail.length > 0) racing++
    if (verbose || got.fails.length > 0 || got.mayFail.length > 0)
      console.log(
        `${name} start ${new Date(t0).toISOString().slice(0, 16)}Z  weakest surge ${got.openMin.toFixed(2)}  strongest quiet ${got.quietMax.toFixed(2)}  late ${got.late}  ${got.fails.join('; ') || (got.mayFail.length ? `with some acknowledgement times: ${got.mayFail.join('; ')}` : 'as asserted')}${verbose && got.afterAck.length ? `  severities by minute: ${got.afterAck.join('; ')}` : ''}`,
      )
  }
  const f = (xs, g) => g(...xs).toFixed(2)
  console.log(
    `${name}: ${failing} of ${runs} start minutes (every ${step} min from ${fromIso}) break the assertion, ${racing} more with some acknowledgement times; weakest surge minute ${f(opens, Math.min)}-${f(opens, Math.max)}, strongest quiet minute ${f(quiets, Math.min)}-${f(quiets, Math.max)} (bar ${BAR})`,
  )
}
