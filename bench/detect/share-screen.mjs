/**
 * Offline screen of the cross-sectional complaint rule (issue 12, branch detslow3) on
 * slow-dump.mjs's per brand-minute dump: each brand's complaints against what the OTHER banks'
 * complaints in the same minutes say. Conditional on the sector's complaint total m in a
 * minute, a brand's count is binomial(m, p) whatever the hour-of-day profile's error, as long as
 * that error is shared; a rise of the brand's rate by k moves p to p1 = k·p / (1 − p + k·p).
 * The statistic is the binomial log-likelihood ratio summed over the best run ending now
 * within `span` minutes (Page's CUSUM restarted `span` minutes ago, as src/rise.ts).
 *
 * Share p: `base` = the brand's baseline over the sector's baselines (mc / Σ mc, per minute);
 * `emp` = the brand's decayed empirical share of the sector's complaints (memory `tau`
 * minutes). Prints per rule the largest statistic any brand reached on ordinary days after day
 * 1, and the wave's delay per seed at that maximum, at 1.2 × it and at H.
 *
 *   node bench/detect/slow-dump.mjs 1-3 /tmp/d13.jsonl
 *   H=9 node bench/detect/share-screen.mjs /tmp/d1.jsonl /tmp/d2.jsonl /tmp/d3.jsonl
 * Env: K, SPAN, TAU (comma lists), H, TOP (the n largest ordinary peaks), XKEY (c: complaints,
 * the default; n: negatives).
 */
import { readFileSync } from 'node:fs'

const T0 = Date.UTC(2026, 10, 2)
const DAY = 864e5
const MIN = 6e4
const ONSET_HOURS = [9.5, 13.25, 17.75, 7.1, 20.4]
const OWN = 'northwind'
const list = (v, d) => (v ?? d).split(',').map(Number)
const KS = list(process.env.K, '1.5')
const SPANS = list(process.env.SPAN, '90')
const TAUS = list(process.env.TAU, '1440,4320')
const H = Number(process.env.H ?? 9)
const TOP = Number(process.env.TOP ?? 0)
/** The count tested: c (complaints) or n (negatives). */
const XKEY = process.env.XKEY ?? 'c'

/** seed|run -> { brands, minutes: [{ t, c: {brand: n}, mc: {brand: e} }] } */
const runs = new Map()
for (const f of process.argv.slice(2)) {
  for (const line of readFileSync(f, 'utf8').trim().split('\n')) {
    const r = JSON.parse(line)
    const k = `${r.seed}|${r.run}`
    let run = runs.get(k)
    if (run === undefined) {
      run = { seed: r.seed, run: r.run, byT: new Map(), brands: new Set() }
      runs.set(k, run)
    }
    run.brands.add(r.brand)
    let m = run.byT.get(r.t)
    if (m === undefined) {
      m = { t: r.t, c: {}, mc: {} }
      run.byT.set(r.t, m)
    }
    m.c[r.brand] = r[XKEY]
    m.mc[r.brand] = r[`m${XKEY}`] ?? 0
  }
}
for (const run of runs.values()) {
  run.minutes = [...run.byT.values()].sort((a, b) => a.t - b.t)
  run.brands = [...run.brands].sort()
}

/**
 * Per brand, per minute: [x, m, p] where p is the null share before this minute's count.
 * `warm` (optional): minutes to learn the empirical share from first (the same seed's ordinary
 * stream before the wave's dump starts).
 */
function shares(run, mode, tau, warm) {
  const out = new Map(run.brands.map((b) => [b, []]))
  const dec = Object.fromEntries(run.brands.map((b) => [b, { x: 0, m: 0 }]))
  const a = 1 / tau
  const learn = (min) => {
    let m = 0
    for (const b of run.brands) m += min.c[b] ?? 0
    for (const b of run.brands) {
      dec[b].x = (1 - a) * dec[b].x + a * (min.c[b] ?? 0)
      dec[b].m = (1 - a) * dec[b].m + a * m
    }
  }
  for (const min of warm ?? []) learn(min)
  for (const min of run.minutes) {
    let m = 0
    let e = 0
    for (const b of run.brands) {
      m += min.c[b] ?? 0
      e += min.mc[b] ?? 0
    }
    for (const b of run.brands) {
      const p =
        mode === 'base'
          ? e > 0
            ? (min.mc[b] ?? 0) / e
            : 0
          : dec[b].m > 0
            ? dec[b].x / dec[b].m
            : run.brands.length > 0
              ? 1 / run.brands.length
              : 0
      out.get(b).push([min.c[b] ?? 0, m, Math.min(0.95, Math.max(0.01, p))])
    }
    learn(min)
  }
  return out
}

/** The span-restarted binomial CUSUM over a brand's [x, m, p] minutes. */
function cusum(xs, k, span) {
  const out = new Float64Array(xs.length)
  const inc = xs.map(([x, m, p]) => {
    const p1 = (k * p) / (1 - p + k * p)
    return x * Math.log(p1 / p) + (m - x) * Math.log((1 - p1) / (1 - p))
  })
  for (let i = 0; i < xs.length; i++) {
    let s = 0
    let best = 0
    for (let j = i; j > i - span && j >= 0; j--) {
      s += inc[j]
      if (s > best) best = s
    }
    out[i] = best
  }
  return out
}

const seeds = [...new Set([...runs.values()].map((r) => r.seed))].sort((a, b) => a - b)
for (const k of KS)
  for (const span of SPANS)
    for (const mode of ['base', ...TAUS.map((t) => `emp${t}`)]) {
      const tau = mode === 'base' ? 1 : Number(mode.slice(3))
      let max = 0
      const peaks = []
      for (const seed of seeds) {
        const run = runs.get(`${seed}|ordinary`)
        if (run === undefined) continue
        const sh = shares(run, mode === 'base' ? 'base' : 'emp', tau)
        for (const b of run.brands) {
          const st = cusum(sh.get(b), k, span)
          const byDay = new Map()
          run.minutes.forEach((min, i) => {
            if (min.t < T0 + DAY) return
            if (st[i] > max) max = st[i]
            const d = `${seed} ${b} ${new Date(min.t).toISOString().slice(0, 10)}`
            const cur = byDay.get(d)
            if (cur === undefined || st[i] > cur[0])
              byDay.set(d, [st[i], new Date(min.t).toISOString().slice(11, 16)])
          })
          for (const [d, [v, at]] of byDay) peaks.push([v, `${d} ${at}`])
        }
      }
      const delays = (h) =>
        seeds
          .map((seed) => {
            const run = runs.get(`${seed}|wave`)
            if (run === undefined) return '?'
            const onset = T0 + 2 * DAY + Math.round(ONSET_HOURS[(seed - 1) % ONSET_HOURS.length] * 3600e3)
            const ord = runs.get(`${seed}|ordinary`)
            const warm = ord?.minutes.filter((m) => m.t < run.minutes[0].t)
            const st = cusum(shares(run, mode === 'base' ? 'base' : 'emp', tau, warm).get(OWN), k, span)
            const i = run.minutes.findIndex((m, i) => m.t >= onset && st[i] >= h)
            return i < 0 ? '-' : String((run.minutes[i].t - onset) / MIN + 1)
          })
          .join(' / ')
      console.log(
        `k ${k} span ${span} ${mode.padEnd(8)} ordinary max ${max.toFixed(2)} | wave at max ${delays(max)} | at 1.2×max ${delays(1.2 * max)} | at H ${H}: ${delays(H)}`,
      )
      if (TOP > 0)
        for (const [v, w] of peaks.sort((a, b) => b[0] - a[0]).slice(0, TOP))
          console.log(`    ${v.toFixed(2)} ${w}`)
    }
