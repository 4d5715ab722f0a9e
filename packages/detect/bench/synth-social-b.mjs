// A second, independent generator of social-media mention volumes (posts per 5 minutes, NAB
// layout), written apart from synth-social.mjs so a held-out figure can be held out by source:
// different shapes, heavier tails, more ways for ordinary traffic to look odd. Written from
// what brand mention streams do (platform rate limits and collection gaps, news cycles, viral
// reposts whose size is heavy-tailed); no real series copied or reconstructed. Never tuned on.
//
// Each series: 20-60 days; a rate drawn log-uniformly from ~1 post an hour to ~2,000 per
// 5 minutes; a two-humped daily profile (morning and evening) whose amplitude drifts over the
// months and whose phase jumps by an hour once (a clock change); per-weekday factors; one or
// two public holidays that look like a Sunday; negative-binomial noise (shape 1-20, so more
// overdispersed than generator A). ORDINARY (unlabelled): viral posts (0.3-2 a day, peak
// Pareto(1.3)-distributed over 1.5-60x the expected count, decaying by 0.05-0.6 a row, so
// most are one or two rows); busy news days (1.5-2.2x for 1-4 hours, about weekly);
// collection gaps of zeros (1-12 hours) and missing rows (timestamps skipped, 30 min-3 h).
// ANOMALIES (labelled NAB-style, 10 % of the rows over their number, centred on the onset):
// crisis surges (3-20x after a 5-60 minute ramp, for 1-24 hours, fading), lasting level
// shifts up (x1.8-4) or down (x0.25-0.5).
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '../../config/dist/index.js'
import { writeNabCorpus } from './nab-corpus.mjs'
import { gamma, keptRows, placeOnsets, poisson, rowTime } from './samplers.mjs'

const NAB = requireDataDir('nab', {
  from: fileURLToPath(import.meta.url),
  explicit: process.env.NAB_DIR,
  setting: 'NAB_DIR=DIR',
})
const ROW_MS = 300_000
const DAY_ROWS = 288

function rng(seed) {
  // xorshift-multiply, seeded apart from generator A's mulberry.
  let s = (seed * 2654435761) >>> 0 || 1
  return () => {
    s ^= s << 13
    s >>>= 0
    s ^= s >>> 17
    s ^= s << 5
    s >>>= 0
    return s / 4294967296
  }
}

export function synthSeriesB(seed, { anomalies = null } = {}) {
  const r = rng(seed)
  for (let i = 0; i < 5; i++) r()
  const days = 20 + Math.floor(r() * 41)
  const n = days * DAY_ROWS
  const base = 0.08 * 10 ** (r() * 4.4)
  const shape = 1 + r() * 19
  const amp0 = 1 + r() * 3 // log-amplitude of the daily profile
  const amp1 = amp0 * (0.5 + r()) // ... drifting to this by the end
  const morning = 8 + r() * 3
  const evening = 18 + r() * 4
  const eveningWeight = 0.4 + r() * 0.8
  const clockAt = Math.floor(n * (0.2 + 0.6 * r()))
  const clockShift = r() < 0.5 ? -1 : 1
  const weekday = Array.from({ length: 7 }, (_, d) =>
    d === 0 || d === 6 ? 0.45 + r() * 0.5 : 0.85 + r() * 0.3,
  )
  const holidays = new Set()
  for (let i = 0; i < 1 + Math.floor(r() * 2); i++) holidays.add(Math.floor(days * (0.2 + 0.75 * r())))
  const t0 = Date.UTC(2025, 2, 3) + Math.floor(r() * 7) * 86_400_000
  const k = anomalies ?? (r() < 0.2 ? 0 : 1 + Math.floor(r() * 3))
  const onsets = placeOnsets(r, n, k, { from: 0.18, span: 0.78, minGap: n / 7 })
  const kinds = onsets.map(() => {
    const u = r()
    return u < 0.55 ? 'surge' : u < 0.85 ? 'shift up' : 'shift down'
  })
  const mult = new Float64Array(n).fill(1)
  onsets.forEach((o, j) => {
    if (kinds[j] !== 'surge') {
      const f = kinds[j] === 'shift up' ? 1.8 + 2.2 * r() : 0.25 + 0.25 * r()
      for (let i = o; i < n; i++) mult[i] *= f
      return
    }
    const peak = 3 + 17 * r()
    const ramp = 1 + Math.floor(r() * 12)
    const hold = 12 + Math.floor(r() * 276)
    for (let i = o; i < Math.min(n, o + ramp + hold * 3); i++) {
      const d = i - o
      mult[i] *=
        d < ramp
          ? 1 + ((peak - 1) * (d + 1)) / ramp
          : d < ramp + hold
            ? peak
            : 1 + (peak - 1) * Math.exp(-(d - ramp - hold) / (hold / 2))
    }
  })
  const near = (i) => onsets.some((o) => Math.abs(o - i) < DAY_ROWS)
  const zero = new Uint8Array(n)
  const drop = new Uint8Array(n)
  const events = [`clock change at ${clockAt}`]
  for (let i = 0; i < Math.floor(r() * 4); i++) {
    const at = Math.floor(n * (0.1 + 0.85 * r()))
    const len = 12 + Math.floor(r() * 132)
    if (near(at)) continue
    const what = r() < 0.5 ? zero : drop
    events.push(`${what === zero ? 'zeros' : 'missing rows'} ${at}-${at + len}`)
    for (let j = at; j < Math.min(n, at + (what === zero ? len : Math.ceil(len / 4))); j++) what[j] = 1
  }
  // Busy news days: ordinary, about weekly.
  for (let d = 1; d < days; d++) {
    if (r() > 1 / 7) continue
    const at = d * DAY_ROWS + Math.floor(r() * DAY_ROWS)
    if (near(at)) continue
    const len = 12 + Math.floor(r() * 36)
    const f = 1.5 + 0.7 * r()
    events.push(`news day ${at} x${f.toFixed(1)}`)
    for (let j = at; j < Math.min(n, at + len); j++) mult[j] *= f
  }
  const rows = []
  const perDay = 0.3 + 1.7 * r()
  let viral = 0
  let decay = 0
  for (let i = 0; i < n; i++) {
    const t = t0 + i * ROW_MS
    const day = Math.floor(i / DAY_ROWS)
    const hour = (((t / 3_600_000 + (i >= clockAt ? clockShift : 0)) % 24) + 24) % 24
    const dow = Math.floor(t / 86_400_000 + 4) % 7
    const amp = amp0 + ((amp1 - amp0) * i) / n
    const bump = (h, c, w) => Math.exp(-((((h - c + 36) % 24) - 12) ** 2) / (2 * w * w))
    const prof = (bump(hour, morning, 2.5) + eveningWeight * bump(hour, evening, 2)) / (1 + eveningWeight)
    const wk = holidays.has(day) ? weekday[0] : weekday[dow]
    let mu = base * Math.exp(amp * (prof - 0.6)) * wk * mult[i]
    if (r() < perDay / DAY_ROWS && !near(i)) {
      const x = Math.min(60, 1.5 * (1 - r()) ** (-1 / 1.3))
      viral = (x - 1) * Math.max(mu, 1)
      decay = 0.05 + 0.55 * r()
      events.push(`viral ${i} x${x.toFixed(1)}`)
    }
    mu += viral
    viral *= decay
    if (viral < 0.05 * mu) viral = 0
    if (drop[i]) continue
    const v = zero[i] ? 0 : poisson(r, mu * (gamma(r, shape) / shape))
    rows.push([rowTime(t), v, i])
  }
  return { ...keptRows(rows, onsets), kinds, base, events }
}

/** Generator B's corpus in NAB's layout, { bench, inputs, root, meta } like synthCorpus. */
export async function synthCorpusB({ seed = 9001, series = 12 } = {}) {
  return writeNabCorpus({
    nabDir: NAB,
    root: path.join(os.tmpdir(), `vigil-synth-social-b-${seed}-${series}`),
    folder: 'synthSocialB',
    count: series,
    make: (s) => synthSeriesB(seed * 100 + s, { anomalies: s < 2 ? 0 : null }),
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = await synthCorpusB({ seed: Number(process.argv[2] ?? 9001) })
  console.log(`written to ${c.root}`)
  for (const m of c.meta)
    console.log(`${m.name}: rate ${m.base.toFixed(2)} per 5 min, anomalies: ${m.kinds.join(', ') || 'none'}`)
}
