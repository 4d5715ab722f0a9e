// A third generator of social-media mention volumes (posts per 5 minutes, NAB layout), written
// apart from synth-social.mjs (A) and synth-social-b.mjs (B) and before any tuning against it,
// so that a figure on it is held out by source. Its model is a different one: mention volume is
// built bottom-up from how brand streams are made, not from a rate times noise.
//
//  - Audiences: 1-3 audiences in different time zones (UTC-8 to UTC+9), each with its own
//    hour-of-day curve (24 random hourly weights, smoothed) and weekday factors; one of them
//    may move an hour (daylight saving) part-way through. The mixture's daily shape is
//    therefore lumpy and not one or two bumps.
//  - Original posts: Poisson at the audience rate. Each may start a share cascade whose size is
//    power-law distributed (Pareto, tail index 1.4-2.2, truncated), spread over later rows with
//    a slow decay (time constant 10 minutes to 3 hours). Overdispersion comes from the
//    cascades, so it grows with the rate, as it does in real streams.
//  - Long sparse periods: some series run at a few posts a day; a slow seasonal lull (×0.4-0.8
//    over several days, then back) happens in some.
// ORDINARY (unlabelled, must raise nothing): cascades (the heavy tail makes the odd one large),
// bot bursts (a spam account posting a steady few per row for 15-60 minutes), mild trending
// days (×1.3-1.8 over a few hours), collection outages (1-6 hours of zeros), missing rows.
// ANOMALIES (labelled NAB-style by the shared writer, centred on the onset): a crisis (a jump to
// 3-25× within half an hour, power-law decay over hours), a trending-topic wave (a smooth rise
// over 2-6 hours to 2.5-6×, lasting most of a day), a sudden lasting level drop (×0.15-0.5:
// a keyword or API change, an account suspended), and a new audience (a new market in another
// time zone: ×1.8-3.5 from the onset on, with a different daily shape).
// Written from what brand mention streams do (no real series copied or reconstructed; NAB's
// tweet corpus not used). Never tuned on: social-eval.mjs prints it as a held-out figure.
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

function rng(seed) {
  // splitmix32, apart from A's mulberry and B's xorshift.
  let s = (seed ^ 0x9e3779b9) >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296
  }
}

/** One audience: a time zone, a smoothed hour-of-day curve (mean 1) and weekday factors. */
function audience(r, weight) {
  const raw = Array.from({ length: 24 }, (_, h) => {
    const awake = h >= 7 && h <= 23 ? 1 : 0.08 + 0.25 * r()
    return awake * (0.4 + r())
  })
  const curve = raw.map((_, h) => (raw[(h + 23) % 24] + 2 * raw[h] + raw[(h + 1) % 24]) / 4)
  const mean = curve.reduce((a, b) => a + b, 0) / 24
  return {
    weight,
    offset: Math.round(-8 + 17 * r()),
    curve: curve.map((c) => c / mean),
    weekday: Array.from({ length: 7 }, (_, d) => (d === 0 || d === 6 ? 0.35 + 0.6 * r() : 0.85 + 0.3 * r())),
    dstAt: r() < 0.4 ? Math.floor(r() * 1e9) : -1,
  }
}

function audienceRate(a, t, i) {
  const shift = a.dstAt >= 0 && i >= a.dstAt ? 1 : 0
  const hLocal = (((t / 3_600_000 + a.offset + shift) % 24) + 24) % 24
  const h0 = Math.floor(hLocal)
  const f = hLocal - h0
  const c = a.curve[h0] * (1 - f) + a.curve[(h0 + 1) % 24] * f
  const dow = (((Math.floor((t + (a.offset + shift) * 3_600_000) / 86_400_000) + 4) % 7) + 7) % 7
  return a.weight * c * a.weekday[dow]
}

export function synthSeriesC(seed, { anomalies = null } = {}) {
  const r = rng(seed)
  for (let i = 0; i < 3; i++) r()
  const days = 14 + Math.floor(r() * 32)
  const n = days * DAY_ROWS
  // Originals per row: ~3 a day to ~1,500 per 5 minutes (log-uniform), sparse ones over-represented.
  const base = r() < 0.25 ? 0.01 * 10 ** (r() * 1.7) : 0.05 * 10 ** (r() * 4.5)
  const audiences = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) =>
    audience(r, k === 0 ? 1 : 0.2 + 0.6 * r()),
  )
  const wsum = audiences.reduce((a, x) => a + x.weight, 0)
  for (const a of audiences) {
    a.weight /= wsum
    if (a.dstAt >= 0) a.dstAt = Math.floor(n * (0.2 + 0.6 * r()))
  }
  // Cascades: how often an original post is shared on, and how big sharing gets.
  const shareP = 0.01 + 0.08 * r()
  const alpha = 1.4 + 0.8 * r()
  const maxSize = 30 + 200 * base
  const stay = Math.exp(-1 / (2 + r() * 34)) // per-row decay of a cascade's sharing
  const extraShape = 5 + 45 * r() // mild gamma mixing on top (topic mood)
  const t0 = Date.UTC(2025, 0, 6) + Math.floor(r() * 200) * 86_400_000
  const k = anomalies ?? (r() < 0.2 ? 0 : 1 + Math.floor(r() * 3))
  const onsets = placeOnsets(r, n, k, { from: 0.2, span: 0.76, minGap: n / 6 })
  const kinds = onsets.map(() => {
    const u = r()
    return u < 0.4 ? 'crisis' : u < 0.65 ? 'trending wave' : u < 0.82 ? 'level drop' : 'new audience'
  })
  const mult = new Float64Array(n).fill(1)
  const added = new Float64Array(n) // a new audience's share of the base, from its onset
  const newAud = audience(r, 1)
  onsets.forEach((o, j) => {
    if (kinds[j] === 'level drop') {
      const f = 0.15 + 0.35 * r()
      for (let i = o; i < n; i++) mult[i] *= f
    } else if (kinds[j] === 'new audience') {
      const f = 0.8 + 1.7 * r()
      for (let i = o; i < n; i++) added[i] = f
    } else if (kinds[j] === 'crisis') {
      const peak = 3 * (25 / 3) ** r()
      const rise = 1 + Math.floor(r() * 6)
      const tau = 6 + r() * 30
      const beta = 0.7 + 0.8 * r()
      for (let i = o; i < n; i++) {
        const d = i - o
        const m =
          d < rise ? 1 + ((peak - 1) * (d + 1)) / rise : 1 + (peak - 1) * (1 + (d - rise) / tau) ** -beta
        if (m < 1.05) break
        mult[i] *= m
      }
    } else {
      const peak = 2.5 + 3.5 * r()
      const rise = 24 + Math.floor(r() * 48)
      const hold = 36 + Math.floor(r() * 120)
      for (let i = o; i < Math.min(n, o + 2 * rise + hold); i++) {
        const d = i - o
        const u = d < rise ? d / rise : d < rise + hold ? 1 : 1 - (d - rise - hold) / rise
        mult[i] *= 1 + (peak - 1) * (0.5 - 0.5 * Math.cos(Math.PI * u))
      }
    }
  })
  const near = (i) => onsets.some((o) => Math.abs(o - i) < DAY_ROWS)
  const events = audiences.map(
    (a) =>
      `audience UTC${a.offset >= 0 ? '+' : ''}${a.offset} w${a.weight.toFixed(2)}${a.dstAt >= 0 ? ` dst@${a.dstAt}` : ''}`,
  )
  // A seasonal lull: ordinary, slow.
  if (r() < 0.35) {
    const at = Math.floor(n * r() * 0.7)
    const len = 3 * DAY_ROWS + Math.floor(r() * 6 * DAY_ROWS)
    const depth = 0.4 + 0.4 * r()
    events.push(`lull ${at}-${at + len} x${depth.toFixed(2)}`)
    for (let i = at; i < Math.min(n, at + len); i++)
      mult[i] *= 1 - (1 - depth) * Math.sin((Math.PI * (i - at)) / len)
  }
  // Mild trending days: ordinary, every ~10 days.
  for (let d = 1; d < days; d++) {
    if (r() > 0.1) continue
    const at = d * DAY_ROWS + Math.floor(r() * DAY_ROWS)
    if (near(at)) continue
    const len = 36 + Math.floor(r() * 60)
    const f = 1.3 + 0.5 * r()
    events.push(`mild trend ${at} x${f.toFixed(2)}`)
    for (let i = at; i < Math.min(n, at + len); i++)
      mult[i] *= 1 + (f - 1) * Math.sin((Math.PI * (i - at)) / len)
  }
  const bot = new Float64Array(n)
  for (let d = 0; d < days; d++) {
    if (r() > 0.2) continue
    const at = d * DAY_ROWS + Math.floor(r() * DAY_ROWS)
    if (near(at)) continue
    const len = 3 + Math.floor(r() * 10)
    const b = Math.max(1, (0.3 + 0.9 * r()) * base)
    events.push(`bot ${at}+${len} ${b.toFixed(1)}/row`)
    for (let i = at; i < Math.min(n, at + len); i++) bot[i] = b
  }
  const zero = new Uint8Array(n)
  const drop = new Uint8Array(n)
  for (let i = 0; i < Math.floor(r() * 3); i++) {
    const at = Math.floor(n * (0.1 + 0.85 * r()))
    if (near(at)) continue
    const len = HOUR_ROWS + Math.floor(r() * 5 * HOUR_ROWS)
    const what = r() < 0.5 ? zero : drop
    events.push(`${what === zero ? 'zeros' : 'missing'} ${at}+${len}`)
    for (let j = at; j < Math.min(n, at + len); j++) what[j] = 1
  }
  const excite = new Float64Array(n + 1)
  const rows = []
  let big = 0
  for (let i = 0; i < n; i++) {
    const t = t0 + i * ROW_MS
    let shape = 0
    for (const a of audiences) shape += audienceRate(a, t, i)
    if (added[i] > 0) shape += added[i] * audienceRate(newAud, t, i)
    const mu = base * shape * mult[i] * (gamma(r, extraShape) / extraShape)
    const originals = poisson(r, mu)
    // New cascades from this row's originals (at most 20 drawn; beyond that they average out).
    const starts = Math.min(20, poisson(r, originals * shareP))
    for (let c = 0; c < starts; c++) {
      const size = Math.min(maxSize, 2 * (1 - r()) ** (-1 / alpha))
      if (size > 20 * Math.max(1, base)) big++
      let amt = size * (1 - stay)
      for (let j = i + 1; j < n && amt > 0.02; j++) {
        excite[j] += amt
        amt *= stay
      }
    }
    if (originals * shareP > 20) excite[i + 1] += (originals * shareP - 20) * 2 * (alpha / (alpha - 1))
    excite[i] += bot[i]
    if (drop[i]) continue
    const v = zero[i] ? 0 : originals + poisson(r, excite[i])
    rows.push([rowTime(t), v, i])
  }
  events.push(`${big} large cascades`)
  return { ...keptRows(rows, onsets), kinds, base, events }
}

/** Generator C's corpus in NAB's layout, { bench, inputs, root, meta } like synthCorpus. */
export async function synthCorpusC({ seed = 7001, series = 12 } = {}) {
  return writeNabCorpus({
    nabDir: NAB,
    root: path.join(os.tmpdir(), `vigil-synth-social-c-${seed}-${series}`),
    folder: 'synthSocialC',
    count: series,
    make: (s) => synthSeriesC(seed * 100 + s, { anomalies: s < 2 ? 0 : null }),
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = await synthCorpusC({ seed: Number(process.argv[2] ?? 7001) })
  console.log(`written to ${c.root}`)
  for (const m of c.meta)
    console.log(
      `${m.name}: originals ${m.base.toFixed(2)} per 5 min, anomalies: ${m.kinds.join(', ') || 'none'}; ${m.events.slice(0, 4).join('; ')}; ${m.events.at(-1)}`,
    )
}
