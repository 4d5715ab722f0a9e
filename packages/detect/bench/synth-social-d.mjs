// A fourth generator of social-media mention volumes (posts per 5 minutes, NAB layout), written
// apart from A, B and C (2026-12-06, branch detect2) and scored once before any change to the
// detector, so that its figure is held out by source. Never tuned on.
//
// Its model follows the published literature on what mention streams do, not the other
// generators' rate-times-noise or audience mixtures:
//  - Self-excitation (Hawkes process, as retweet cascades are modelled: Rizoiu et al., "A
//    Tutorial on Hawkes Processes for Events in Social Media", arXiv 1708.06401; Kobayashi &
//    Lambiotte, TiDeH, arXiv 1603.09449): every post raises the rate of later posts through a
//    power-law memory kernel (Omori-like, (d + c)^-(1+θ), θ 0.2-0.8) with a branching ratio of
//    0.2-0.8, and each post carries a heavy-tailed mark (Pareto, mean 1: a follower count), so
//    an influential post starts a large cascade on its own. Cascades are ordinary.
//  - Immigrants (the exogenous rate) follow a daily rhythm of two or three harmonics, weekday
//    factors and a slow multiplicative drift; counts are negative binomial around the Hawkes
//    intensity (gamma-mixed Poisson, shape 3-60: over-dispersion beyond self-excitation).
//  - News shocks are exogenous immigrant pulses with power-law relaxation, (1 + t/τ)^-(1+θ)
//    (Crane & Sornette, "Robust dynamic classes revealed by measuring the response function of
//    a social system", PNAS 2008), amplified by the stream's own self-excitation; endogenous
//    build-ups rise and fall slowly and symmetrically around their peak (same paper).
//  - Level shifts that become the new normal (a campaign that lasts, a new market, a keyword
//    or API change that halves collection).
//  - Sizes from ~1 post an hour to thousands per 5 minutes (log-uniform).
//  - The collector's own failures: zeros (an outage), missing rows (a gap), a ceiling (a rate
//    limit: the count stops at the limit for an hour or more).
// LABELLED as a NAB labeller would (the shared writer: windows 10 % of the rows over the number
// of anomalies, centred on the onset; NAB's scorer gives the first 15 % as probation):
// exogenous news shocks (peak 3-40× the usual rate), endogenous build-ups to 4-15×, and
// lasting level shifts up (×1.8-4) or down (×0.25-0.55). ORDINARY (unlabelled): cascades of
// any size the Hawkes process makes, influencer posts (one large mark, ~daily), small news
// days (×1.3-2 for an hour or two), outages, gaps and rate limits.
// Written from the papers above; no real series copied or reconstructed (NAB's tweet corpus not
// used or imitated). Never tuned on: social-eval.mjs prints it as held out by source (role D).
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
const HOUR_ROWS = 12
/** The Hawkes memory, in rows (a day: the power-law tail beyond it is folded into the level). */
const KERNEL_ROWS = DAY_ROWS
/**
 * Version 1 (the blind figure, commit 7e28402) amplified ordinary news days by the stream's
 * self-excitation beyond their documented ×1.3-2; version 2 (default) scales them as
 * documented. SYNTH_D_VERSION=1 writes version 1.
 */
const VERSION = Number(process.env.SYNTH_D_VERSION ?? 2)

function rng(seed) {
  // sfc32, seeded apart from A's mulberry, B's xorshift and C's splitmix.
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  return next
}

/** Normalised power-law kernel over 1..KERNEL_ROWS rows, times the branching ratio. */
function kernel(eta, theta, c) {
  const k = new Float64Array(KERNEL_ROWS + 1)
  let s = 0
  for (let d = 1; d <= KERNEL_ROWS; d++) s += k[d] = (d + c) ** -(1 + theta)
  for (let d = 1; d <= KERNEL_ROWS; d++) k[d] *= eta / s
  return k
}

/**
 * Sum of n Pareto marks of mean ~1 (tail index alpha, capped): the first 40 drawn, the rest at
 * their mean plus the excess of their largest (drawn from the maximum's own distribution), so
 * a large row's sum keeps its heavy tail without drawing every post.
 */
function markSum(r, n, alpha, cap) {
  if (n <= 0) return 0
  const xm = (alpha - 1) / alpha
  const m = Math.min(n, 40)
  let s = 0
  for (let i = 0; i < m; i++) s += Math.min(cap, xm * (1 - r()) ** (-1 / alpha))
  if (n > m) s += n - m + Math.max(0, Math.min(cap, xm * (1 - r() ** (1 / (n - m))) ** (-1 / alpha)) - 1)
  return s
}

export function synthSeriesD(seed, { anomalies = null } = {}) {
  const r = rng(seed)
  const days = 10 + Math.floor(r() * 31)
  const n = days * DAY_ROWS
  // Immigrant rate per row, log-uniform: ~1 post an hour (0.08) to ~2,500 per 5 minutes.
  const base = 0.08 * 10 ** (r() * 4.5)
  const eta = 0.2 + 0.6 * r()
  const theta = 0.2 + 0.6 * r()
  const kern = kernel(eta, theta, 1 + 5 * r())
  const alpha = 1.5 + r()
  const markCap = 50 + 500 * r()
  const nbShape = 3 * 20 ** r()
  // Daily rhythm: 2-3 harmonics, local peak hour anywhere in the day (the audience's zone).
  const harm = Array.from({ length: 2 + Math.floor(r() * 2) }, (_, h) => ({
    amp: (h === 0 ? 0.4 + 0.5 * r() : 0.25 * r()) / (h + 1),
    phase: 2 * Math.PI * r(),
  }))
  const weekday = Array.from({ length: 7 }, (_, d) =>
    d === 0 || d === 6 ? 0.45 + 0.55 * r() : 0.85 + 0.3 * r(),
  )
  const drift = (r() - 0.5) * 0.9 // log change of the immigrant rate over the series
  const t0 = Date.UTC(2025, 2, 3) + Math.floor(r() * 240) * 86_400_000
  const k = anomalies ?? (r() < 0.15 ? 0 : 1 + Math.floor(r() * 3))
  const onsets = placeOnsets(r, n, k, { from: 0.2, span: 0.75, minGap: n / 7 })
  const kinds = onsets.map(() => {
    const u = r()
    return u < 0.45 ? 'news shock' : u < 0.6 ? 'build-up' : u < 0.82 ? 'shift up' : 'shift down'
  })
  const level = new Float64Array(n).fill(1) // multiplies the immigrant rate (shifts)
  const pulse = new Float64Array(n) // exogenous immigrants, in units of the mean base rate
  const events = [
    `eta ${eta.toFixed(2)} theta ${theta.toFixed(2)} alpha ${alpha.toFixed(2)} nb ${nbShape.toFixed(1)}`,
  ]
  const labelled = []
  onsets.forEach((o, j) => {
    const kind = kinds[j]
    if (kind === 'shift up' || kind === 'shift down') {
      const f = kind === 'shift up' ? 1.8 + 2.2 * r() : 0.25 + 0.3 * r()
      const ramp = 1 + Math.floor(r() * 6)
      for (let i = o; i < n; i++) level[i] *= 1 + (f - 1) * Math.min(1, (i - o + 1) / ramp)
      labelled.push(`${kind} x${f.toFixed(2)} @${o}`)
    } else if (kind === 'news shock') {
      const peak = 3 * (40 / 3) ** r()
      const tau = 2 + r() * 24
      const th = 0.2 + 0.8 * r()
      const rise = Math.floor(r() * 4)
      for (let i = o; i < n; i++) {
        const d = i - o
        const m = (peak - 1) * (d < rise ? (d + 1) / (rise + 1) : (1 + (d - rise) / tau) ** -(1 + th))
        if (m < 0.02) break
        pulse[i] += m
      }
      labelled.push(`news shock x${peak.toFixed(1)} tau ${tau.toFixed(0)} @${o}`)
    } else {
      // Endogenous build-up: |t - tc|^-p around a peak some hours after the onset, capped.
      const peak = 4 + 11 * r()
      const lead = 2 * HOUR_ROWS + Math.floor(r() * 10 * HOUR_ROWS)
      const tc = o + lead
      const p = 0.4 + 0.4 * r()
      // Scale so that the onset stands at 5 % of the peak's excess: the rise is slow, then steep.
      const scale = lead / (20 ** (1 / p) - 1)
      const floor = (peak - 1) * (1 + lead / scale) ** -p
      for (let i = o; i < Math.min(n, tc + 4 * lead); i++)
        pulse[i] += Math.max(0, (peak - 1) * (1 + Math.abs(i - tc) / scale) ** -p - floor)
      labelled.push(`build-up x${peak.toFixed(1)} over ${lead} rows @${o}`)
    }
  })
  const near = (i) => onsets.some((o) => Math.abs(o - i) < DAY_ROWS)
  // Ordinary: small news days and influencer posts (one large mark).
  const influencer = new Float64Array(n)
  for (let d = 0; d < days; d++) {
    if (r() < 0.15) {
      const at = d * DAY_ROWS + Math.floor(r() * DAY_ROWS)
      if (!near(at)) {
        const len = HOUR_ROWS + Math.floor(r() * 2 * HOUR_ROWS)
        const f = 0.3 + 0.7 * r()
        events.push(`news day ${at}+${len} x${(1 + f).toFixed(2)}`)
        // Immigrants of (1 − eta)·f: the stream's self-excitation brings the day to ×(1 + f) in
        // all, as documented (version 1 added f itself, ×(1 + f/(1 − eta)): up to ×6).
        const g = VERSION >= 2 ? f * (1 - eta) : f
        for (let i = at; i < Math.min(n, at + len); i++) pulse[i] += g * Math.sin((Math.PI * (i - at)) / len)
      }
    }
    if (r() < 0.8) {
      const at = d * DAY_ROWS + Math.floor(r() * DAY_ROWS)
      if (!near(at)) {
        // Offspring ~ mark·eta/(1-eta) in total: 1-10 hours' worth of the stream's usual rate.
        const size = Math.max(5, base * HOUR_ROWS * 10 ** r()) * (1 - eta)
        influencer[at] += size / eta
        events.push(`influencer ${at} ~${(size / (1 - eta)).toFixed(0)} posts`)
      }
    }
  }
  // The collector: outages (zeros), gaps (missing rows), rate limits (a ceiling).
  const zero = new Uint8Array(n)
  const drop = new Uint8Array(n)
  const ceil = new Float64Array(n).fill(Number.POSITIVE_INFINITY)
  for (let f = 0; f < Math.floor(r() * 4); f++) {
    const at = Math.floor(n * (0.05 + 0.9 * r()))
    if (near(at)) continue
    const len = 6 + Math.floor(r() * 8 * HOUR_ROWS)
    const u = r()
    if (u < 0.4) {
      events.push(`outage ${at}+${len}`)
      for (let i = at; i < Math.min(n, at + len); i++) zero[i] = 1
    } else if (u < 0.75) {
      events.push(`gap ${at}+${len}`)
      for (let i = at; i < Math.min(n, at + len); i++) drop[i] = 1
    } else if (base > 5) {
      const c = Math.round(base * (0.6 + 0.6 * r()))
      events.push(`rate limit ${at}+${len} at ${c}`)
      for (let i = at; i < Math.min(n, at + len); i++) ceil[i] = c
    }
  }
  // Simulate: intensity = immigrants + Σ kernel × (posts' marks) of the last day's rows.
  const excite = new Float64Array(n) // marks emitted per row
  const rows = []
  for (let i = 0; i < n; i++) {
    const t = t0 + i * ROW_MS
    const hour = ((t / 3_600_000) % 24) / 24
    let daily = 1
    for (let h = 0; h < harm.length; h++)
      daily += harm[h].amp * Math.cos(2 * Math.PI * (h + 1) * hour + harm[h].phase)
    const dow = (Math.floor(t / 86_400_000) + 4) % 7
    const mu = base * Math.max(0.05, daily) * weekday[dow] * Math.exp(drift * (i / n)) * level[i]
    let selfEx = 0
    for (let d = 1; d <= Math.min(i, KERNEL_ROWS); d++) selfEx += kern[d] * excite[i - d]
    // The stationary mean is immigrants/(1 - eta): ordinary immigrants are scaled so that mu
    // is the usual count; a shock's immigrants are posts of their own, amplified on top.
    const lam = mu * (1 - eta) + base * pulse[i] + selfEx
    const v = poisson(r, (lam * gamma(r, nbShape)) / nbShape)
    excite[i] = markSum(r, v, alpha, markCap) + influencer[i]
    if (drop[i]) continue
    rows.push([rowTime(t), zero[i] ? 0 : Math.min(v, ceil[i]), i])
  }
  events.push(...labelled)
  return { ...keptRows(rows, onsets), kinds, base, events }
}

/** Generator D's corpus in NAB's layout, { bench, inputs, root, meta } like synthCorpus. */
export async function synthCorpusD({ seed = 11_001, series = 12 } = {}) {
  return writeNabCorpus({
    nabDir: NAB,
    root: path.join(os.tmpdir(), `vigil-synth-social-d${VERSION}-${seed}-${series}`),
    folder: 'synthSocialD',
    count: series,
    make: (s) => synthSeriesD(seed * 100 + s, { anomalies: s < 2 ? 0 : null }),
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = await synthCorpusD({ seed: Number(process.argv[2] ?? 11_001) })
  console.log(`written to ${c.root}`)
  for (const m of c.meta)
    console.log(
      `${m.name}: ${m.base.toFixed(2)} per 5 min; ${m.kinds.join(', ') || 'no anomaly'}; ${m.events.filter((e) => !e.startsWith('influencer')).join('; ')}`,
    )
}
