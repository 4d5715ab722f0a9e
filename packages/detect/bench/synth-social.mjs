// A synthetic corpus of social-media mention volumes (posts per 5 minutes), in NAB's layout,
// as an extra held-out check of the single-series detector. Never tuned on: nab-loco.mjs
// chooses parameters on NAB's corpora only and prints this corpus's score beside them.
//
// Written from what brand mention streams do (no real series copied or reconstructed), seeded
// and deterministic. Each series: a rate drawn log-uniformly from a few posts an hour to
// thousands a minute; a daily profile (trough at night, amplitude 2-10x) whose phase or depth
// changes once, weekday/weekend factor; a slow drift (±60 % over the series); negative-binomial
// noise (gamma-mixed Poisson, shape 3-40). What is ORDINARY and must raise nothing (unlabelled):
// - viral posts: about one every 1-3 days, a burst of 1-4 rows whose peak is 1.5-4x the
//   expected count (heavy-tailed within that), decaying geometrically;
// - outages of collection: 1-8 hours of zeros, then the stream comes back at its old rate;
// - the daily profile's change and the drift.
// What is an ANOMALY (labelled, NAB windows: 10 % of the rows over the number of anomalies,
// centred on the onset, as NAB labels): a crisis surge (ramp over 15-60 minutes to 4-15x,
// lasting 2-12 hours, fading), or a lasting level shift (x2-4 from the onset on: a campaign,
// a new market; only its onset is news). Two series in twelve carry none.
//
// Usage: import { synthCorpus } from './synth-social.mjs'; synthCorpus({ seed, series, days })
// returns { bench, inputs } for nab-loco.mjs (files written under the OS temp folder, scored
// by NAB's own score.mjs with NAB's profiles). `node synth-social.mjs` prints a summary.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '../../config/dist/index.js'
import { writeNabCorpus } from './nab-corpus.mjs'
import { gamma, placeOnsets, poisson, rowTime } from './samplers.mjs'

// From configuration: NAB_DIR, else nab in the shared data (VIGIL_SHARED_DATA, default
// ../shared/data beside the repository); a clear exit 2 when it is not there.
const NAB = requireDataDir('nab', {
  from: fileURLToPath(import.meta.url),
  explicit: process.env.NAB_DIR,
  setting: 'NAB_DIR=DIR',
})
const ROW_MS = 300_000
const DAY_ROWS = 288

function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function synthSeries(seed, { days = 35, anomalies = null } = {}) {
  const r = rng(seed * 7919 + 17)
  const n = days * DAY_ROWS
  const base = 0.25 * 10 ** (r() * 4.3) // ~0.25 to ~5000 posts per 5 minutes
  const depth = 2 + r() * 8 // day peak over night trough
  const peakHour = 12 + r() * 8
  const weekend = 0.55 + r() * 0.4
  const drift = (r() - 0.5) * 1.2 // log-rate change over the whole series
  const shape = 3 + r() * 37 // NB shape: variance = mu + mu^2 / shape
  const changeAt = Math.floor(n * (0.3 + r() * 0.5)) // the daily profile changes once
  const newPeak = peakHour + (r() < 0.5 ? -1 : 1) * (1 + r() * 3)
  const newDepth = depth * (0.5 + r())
  const startDay = Math.floor(r() * 7)
  const t0 = Date.UTC(2026, 0, 5) + startDay * 86_400_000
  const k = anomalies ?? (r() < 1 / 6 ? 0 : 1 + Math.floor(r() * 3))
  // Onsets after NAB's probation (15 %), apart from each other.
  const onsets = placeOnsets(r, n, k, { from: 0.2, span: 0.75, minGap: n / 8 })
  const kinds = onsets.map(() => (r() < 0.65 ? 'surge' : 'shift'))
  const mult = new Float64Array(n).fill(1)
  for (let j = 0; j < onsets.length; j++) {
    const o = onsets[j]
    if (kinds[j] === 'shift') {
      const f = 2 + 2 * r()
      for (let i = o; i < n; i++) mult[i] *= f
    } else {
      const peak = 4 + 11 * r()
      const ramp = 3 + Math.floor(r() * 10)
      const hold = 24 + Math.floor(r() * 120)
      for (let i = o; i < Math.min(n, o + ramp + hold * 2); i++) {
        const d = i - o
        const f =
          d < ramp
            ? 1 + ((peak - 1) * (d + 1)) / ramp
            : d < ramp + hold
              ? peak
              : 1 + (peak - 1) * Math.exp(-(d - ramp - hold) / (hold / 3))
        mult[i] *= f
      }
    }
  }
  // Outages (ordinary): zeros for 1-8 hours, away from the labelled onsets.
  const outage = new Uint8Array(n)
  const events = [`profile change at ${changeAt}`]
  for (let i = 0; i < Math.floor(r() * 3); i++) {
    const at = Math.floor(n * (0.2 + 0.75 * r()))
    if (onsets.some((o) => Math.abs(o - at) < DAY_ROWS)) continue
    const len = 12 + Math.floor(r() * 84)
    events.push(`outage ${at}-${at + len}`)
    for (let j = at; j < Math.min(n, at + len); j++) outage[j] = 1
  }
  const rows = []
  let viral = 0
  let nextViral = Math.floor(DAY_ROWS * (1 + 2 * r()))
  for (let i = 0; i < n; i++) {
    const t = t0 + i * ROW_MS
    const hour = (((t / 3_600_000) % 24) + 24) % 24
    const dow = Math.floor(t / 86_400_000 + 4) % 7 // 0 = Sunday
    const pk = i < changeAt ? peakHour : newPeak
    const dp = i < changeAt ? depth : newDepth
    const phase = Math.cos(((hour - pk) / 24) * 2 * Math.PI) // 1 at the peak hour
    const daily = Math.exp(((phase - 1) / 2) * Math.log(dp)) // 1 at peak, 1/dp at trough
    const wk = dow === 0 || dow === 6 ? weekend : 1
    let mu = base * daily * wk * Math.exp((drift * i) / n) * mult[i]
    if (i === nextViral) {
      // The peak over the expected count: 1.5-4x, heavy-tailed within that range.
      viral = Math.min(3, 0.5 * (1 / (1 - r())) ** 0.8) * mu
      events.push(`viral ${i} x${(1 + viral / mu).toFixed(1)}`)
      nextViral = i + Math.floor(DAY_ROWS * (1 + 2 * r()))
    }
    mu += viral
    viral *= 0.3 + 0.3 * r()
    if (viral < 0.05 * mu) viral = 0
    const v = outage[i] ? 0 : poisson(r, mu * (gamma(r, shape) / shape))
    rows.push([rowTime(t), v])
  }
  return { rows, onsets, kinds, base, events }
}

/**
 * The corpus in NAB's layout under the OS temp folder, loaded with NAB's own score.mjs:
 * { bench, inputs } as nab-loco.mjs expects.
 */
export async function synthCorpus({ seed = 2026, series = 12, days = 35 } = {}) {
  return writeNabCorpus({
    nabDir: NAB,
    root: path.join(os.tmpdir(), `vigil-synth-social-${seed}-${series}-${days}`),
    folder: 'synthSocial',
    count: series,
    make: (s) => synthSeries(seed + s, { days, anomalies: s < 2 ? 0 : null }),
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = await synthCorpus()
  console.log(`written to ${c.root}`)
  for (const m of c.meta)
    console.log(`${m.name}: rate ${m.base.toFixed(2)} per 5 min, anomalies: ${m.kinds.join(', ') || 'none'}`)
}
