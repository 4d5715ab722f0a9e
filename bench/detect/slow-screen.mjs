/**
 * Offline screen of slow-wave rules (issue 12) on slow-dump.mjs's per brand-minute dump:
 * for each candidate CUSUM, the largest statistic any brand reached on ordinary days after
 * day 1 (every crossing there is a false alert), the wave's delays at that threshold, at 1.2
 * times it, at ln(one brand-week) = 9.2 nats and at H (env, default 14.4), and the false
 * episodes at H. Rules: the engine's own score; share CUSUMs (complaints or negatives among
 * posts against the baselines' share); count CUSUMs, plain, with the other banks' median
 * half-hour ratio scaling the baseline minute by minute (as src/rise.ts), or with the
 * current minute's factor for the whole span; `qp` (src/rise.ts since branch detrise2): the
 * peer-scaled CUSUM with each run's evidence divided by 1 + σ²·M, σ² the brand's own spread
 * learned as the engine learns it (the wave's from the same seed's ordinary stream before
 * onset). Approximate: no incident lifecycle (an alarm re-arms when the statistic returns to 0).
 * Env: FILTER (regex of rule names), H (a threshold to print delays and false episodes at),
 * SKIPDAY, QP_K / QP_SPAN / QP_TAU / QP_OWN (comma lists: design ratio, span, spread memory in
 * minutes, own-posts window or 0), TOP=n (the n largest ordinary peaks, one per brand-day),
 * SPREAD=1 (each series' final σ²).
 *
 *   node bench/detect/slow-dump.mjs 1-3 /tmp/d13.jsonl
 *   FILTER='sp-cmp|engine' H=10.3 node bench/detect/slow-screen.mjs /tmp/d13.jsonl
 */

import { readFileSync } from 'node:fs'

const T0 = Date.UTC(2026, 10, 2),
  DAY = 864e5,
  MIN = 6e4
const ONSET_HOURS = [9.5, 13.25, 17.75, 7.1, 20.4]
const rows = process.argv.slice(2).flatMap((f) =>
  readFileSync(f, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l)),
)
const seen = new Set()
for (let i = rows.length - 1; i >= 0; i--) {
  const k = `${rows[i].seed}|${rows[i].run}|${rows[i].brand}|${rows[i].t}`
  if (seen.has(k)) rows.splice(i, 1)
  else seen.add(k)
}
rows.sort((a, b) => a.t - b.t)
const series = new Map()
for (const r of rows) {
  const k = `${r.seed}|${r.run}|${r.brand}`
  if (!series.has(k)) series.set(k, [])
  series.get(k).push(r)
}
// per-minute time -> rows of all brands (for peers)
const byMinute = new Map()
for (const r of rows) {
  const k = `${r.seed}|${r.run}|${r.t}`
  if (!byMinute.has(k)) byMinute.set(k, [])
  byMinute.get(k).push(r)
}
const ln = Math.log
/**
 * The brand's own other posts (volume less complaints) against their expectation over the last
 * `w` minutes, at least the peer factor: a profile error moves all of a brand's posts, a
 * complaint wave only its complaints.
 */
function ownFactors(s, peer, w) {
  const out = []
  let o = 0,
    e = 0
  for (let i = 0; i < s.length; i++) {
    o += s[i].v - s[i].c
    e += s[i].mv - (s[i].mc ?? 0)
    if (i >= w) {
      o -= s[i - w].v - s[i - w].c
      e -= s[i - w].mv - (s[i - w].mc ?? 0)
    }
    out.push(Math.max(peer[i], e > 0 ? (o + 1) / (e + 1) : 1))
  }
  return out
}
/** Each minute's median complaints ratio of the other banks over the slow window, at least 1. */
function peerFactors(s, seed, run, brand) {
  return s.map((r) => {
    const others = (byMinute.get(`${seed}|${run}|${r.t}`) ?? []).filter((o) => o.brand !== brand)
    const rat = others
      .map((o) => {
        const w = o['complaints@30m']
        return w ? (w[0] + 1) / (w[1] + 1) : 1
      })
      .sort((a, b) => a - b)
    return Math.max(1, rat.length ? rat[Math.floor((rat.length - 1) / 2)] : 1)
  })
}
const rules = {
  // share CUSUM: x = complaints (or negatives), p0 = Σ expected x / Σ expected volume over `pw` minutes
  share: (xKey, mKey, k, pw) => (s) => {
    let S = 0
    const out = []
    for (let i = 0; i < s.length; i++) {
      let mx = 0,
        mv = 0
      for (let j = Math.max(0, i - pw + 1); j <= i; j++) {
        mx += s[j][mKey] ?? 0
        mv += s[j].mv
      }
      const p = Math.min(0.9, Math.max(1e-3, mv > 0 ? mx / mv : 0.1))
      const x = s[i][xKey],
        v = Math.max(s[i].v, x)
      const p1 = Math.min(0.99, k * p)
      S = Math.max(0, S + x * ln(p1 / p) + (v - x) * ln((1 - p1) / (1 - p)))
      out.push(S)
    }
    return out
  },
  // as the engine: restarted `span` minutes ago each minute, p0 pooled over the span
  spanShare: (xKey, mKey, k, span) => (s) => {
    const out = []
    for (let i = 0; i < s.length; i++) {
      const from = Math.max(0, i - span + 1)
      let mx = 0,
        mv = 0
      for (let j = from; j <= i; j++) {
        mx += s[j][mKey] ?? 0
        mv += s[j].mv
      }
      const p = Math.min(0.9, Math.max(1e-3, mv > 0 ? mx / mv : 1e-3)),
        p1 = Math.min(0.99, k * p)
      const up = ln(p1 / p),
        down = ln((1 - p1) / (1 - p))
      let S = 0
      for (let j = from; j <= i; j++) {
        const x = s[j][xKey],
          v = Math.max(s[j].v, x)
        S = Math.max(0, S + x * up + (v - x) * down)
      }
      out.push(S)
    }
    return out
  },
  // engine design: Poisson CUSUM over the last `span` minutes, expectations × the CURRENT peer factor
  spanCount: (xKey, mKey, k, span, winKey) => (s, key) => {
    const out = []
    const [seed, run, brand] = key.split('|')
    for (let i = 0; i < s.length; i++) {
      const others = (byMinute.get(`${seed}|${run}|${s[i].t}`) ?? []).filter((o) => o.brand !== brand)
      const rat = others
        .map((o) => {
          const w = o[winKey]
          return w ? (w[0] + 1) / (w[1] + 1) : 1
        })
        .sort((a, b) => a - b)
      const f = Math.max(1, rat.length ? rat[Math.floor((rat.length - 1) / 2)] : 1)
      let S = 0
      for (let j = Math.max(0, i - span + 1); j <= i; j++)
        S = Math.max(0, S + s[j][xKey] * ln(k) - (k - 1) * (s[j][mKey] ?? 0) * f)
      out.push(S)
    }
    return out
  },
  // engine design 2: per-minute peer factor (stored with each minute), span-restarted Poisson CUSUM
  spanPeer: (xKey, mKey, k, span, winKey) => (s, key) => {
    const [seed, run, brand] = key.split('|')
    const f = s.map((r) => {
      const others = (byMinute.get(`${seed}|${run}|${r.t}`) ?? []).filter((o) => o.brand !== brand)
      const rat = others
        .map((o) => {
          const w = o[winKey]
          return w ? (w[0] + 1) / (w[1] + 1) : 1
        })
        .sort((a, b) => a - b)
      return Math.max(1, rat.length ? rat[Math.floor((rat.length - 1) / 2)] : 1)
    })
    const out = []
    for (let i = 0; i < s.length; i++) {
      let S = 0
      for (let j = Math.max(0, i - span + 1); j <= i; j++)
        S = Math.max(0, S + s[j][xKey] * ln(k) - (k - 1) * (s[j][mKey] ?? 0) * f[j])
      out.push(S)
    }
    return out
  },
  // detrise2: the quasi-likelihood CUSUM (src/rise.ts): the Poisson log-likelihood ratio of each
  // run ending now, divided by its dispersion 1 + σ²·M (M the run's peer-scaled expectation,
  // σ² the brand's own relative variance of its half-hour complaint sum beyond Poisson, learned
  // minute by minute as in the engine), maximised over the runs within `span`.
  qp:
    (k, span, tau, cap, prior, own = 0) =>
    (s, key) => {
      const [seed, run, brand] = key.split('|')
      const f = own ? ownFactors(s, peerFactors(s, seed, run, brand), own) : peerFactors(s, seed, run, brand)
      const lk = ln(k)
      let s2 = prior
      let n = 0
      // The wave's dump starts an hour before onset: its spread is what the brand learned on the
      // same stream before (the ordinary run of the seed, up to that minute), as the engine's is.
      if (run === 'wave' && s.length > 0) {
        const ord = series.get(`${seed}|ordinary|${brand}`) ?? []
        const fo = own
          ? ownFactors(ord, peerFactors(ord, seed, 'ordinary', brand), own)
          : peerFactors(ord, seed, 'ordinary', brand)
        for (let i = 0; i < ord.length && ord[i].t < s[0].t; i++) {
          const w = ord[i]['complaints@30m']
          if (!w) continue
          const E = w[1] * fo[i]
          if (!(E > 0)) continue
          const x = Math.min(((w[0] - E) ** 2 - E) / (E * E), cap * Math.max(s2, prior / 4))
          const a = Math.max(1 / (n + 100), 1 / tau)
          s2 = (1 - a) * s2 + a * x
          n++
        }
      }
      const out = []
      for (let i = 0; i < s.length; i++) {
        let S = 0,
          M = 0,
          best = 0
        for (let j = i; j >= Math.max(0, i - span + 1); j--) {
          S += s[j].c
          M += (s[j].mc ?? 0) * f[j]
          const q = (S * lk - (k - 1) * M) / (1 + Math.max(0, s2) * M)
          if (q > best) best = q
        }
        out.push(best)
        const w = s[i]['complaints@30m']
        if (w) {
          const E = w[1] * f[i]
          if (E > 0) {
            const x = Math.min(((w[0] - E) ** 2 - E) / (E * E), cap * Math.max(s2, prior / 4))
            const a = Math.max(1 / (n + 100), 1 / tau)
            s2 = (1 - a) * s2 + a * x
            n++
          }
        }
      }
      if (process.env.SPREAD) console.log(`spread ${key}: σ² ${s2.toFixed(4)} after ${n} minutes`)
      return out
    },
  count: (xKey, mKey, k, peer) => (s, key) => {
    let S = 0
    const out = []
    for (let i = 0; i < s.length; i++) {
      let mu = s[i][mKey] ?? 0
      if (peer) {
        const [seed, run, brand] = key.split('|')
        const others = (byMinute.get(`${seed}|${run}|${s[i].t}`) ?? []).filter((o) => o.brand !== brand)
        const rat = others
          .map((o) => {
            const w = o[`${xKey === 'c' ? 'complaints' : 'negative'}@30m`]
            return w ? (w[0] + 1) / (w[1] + 1) : 1
          })
          .sort((a, b) => a - b)
        const med = rat.length ? rat[Math.floor((rat.length - 1) / 2)] : 1
        mu *= Math.max(1, med)
      }
      S = Math.max(0, S + s[i][xKey] * ln(k) - (k - 1) * mu)
      out.push(S)
    }
    return out
  },
}
const cands = [['engine score', (s) => s.map((r) => r.score)]]
for (const k of [1.5, 2])
  for (const span of [60, 90, 120]) {
    cands.push([`sp-neg k${k} s${span}`, rules.spanPeer('n', 'mn', k, span, 'negative@30m')])
    cands.push([`sp-cmp k${k} s${span}`, rules.spanPeer('c', 'mc', k, span, 'complaints@30m')])
  }
for (const k of [1.5, 2])
  for (const span of [60, 90]) {
    cands.push([`pc-neg k${k} s${span}`, rules.spanCount('n', 'mn', k, span, 'negative@30m')])
    cands.push([`pc-cmp k${k} s${span}`, rules.spanCount('c', 'mc', k, span, 'complaints@30m')])
  }
for (const k of [1.3, 1.5, 2])
  for (const span of [60, 90]) {
    cands.push([`span-cshare k${k} s${span}`, rules.spanShare('c', 'mc', k, span)])
    cands.push([`span-nshare k${k} s${span}`, rules.spanShare('n', 'mn', k, span)])
  }

for (const k of [1.3, 1.5, 1.8, 2])
  for (const pw of [60]) {
    cands.push([`cshare k${k} pw${pw}`, rules.share('c', 'mc', k, pw)])
    cands.push([`nshare k${k} pw${pw}`, rules.share('n', 'mn', k, pw)])
  }
for (const k of [1.5, 2]) {
  cands.push([`ccount k${k}`, rules.count('c', 'mc', k, false)])
  cands.push([`ccount+peer k${k}`, rules.count('c', 'mc', k, true)])
  cands.push([`ncount+peer k${k}`, rules.count('n', 'mn', k, true)])
}
for (const k of (process.env.QP_K ?? '1.3,1.5,1.7,2').split(',').map(Number))
  for (const span of (process.env.QP_SPAN ?? '60,90,120').split(',').map(Number))
    for (const tau of (process.env.QP_TAU ?? '1440,4320').split(',').map(Number))
      for (const own of (process.env.QP_OWN ?? '0').split(',').map(Number))
        cands.push([`qp k${k} s${span} tau${tau} own${own}`, rules.qp(k, span, tau, 9, 0.04, own)])
const FILTER = new RegExp(process.env.FILTER ?? '.')
for (const [name, f] of cands.filter(([n]) => FILTER.test(n))) {
  // max statistic on ordinary days after day 1 per brand; wave: the statistic's path for northwind
  const waves = []
  const ordAll = []
  for (const [key, s] of series) {
    const [seed, run, brand] = key.split('|')
    const st = f(s, key)
    if (run === 'ordinary') {
      for (let i = 0; i < s.length; i++)
        if (s[i].t >= T0 + DAY * Number(process.env.SKIPDAY ?? 1))
          ordAll.push({ S: st[i], brand, seed, t: s[i].t })
    } else if (brand === 'northwind') {
      const onset = T0 + 2 * DAY + Math.round(ONSET_HOURS[(+seed - 1) % 5] * 36e5)
      waves.push({ seed, s, st, onset })
    }
  }
  // false alarms at threshold h: episodes (reset after an alarm: skip until S falls to 0)
  const falseAt = (h) => {
    let n = 0
    const byKey = new Map()
    for (const o of ordAll) {
      const k = `${o.seed}|${o.brand}`
      if (!byKey.has(k)) byKey.set(k, [])
      byKey.get(k).push(o)
    }
    for (const list of byKey.values()) {
      let armed = true
      for (const o of list) {
        if (armed && o.S >= h) {
          n++
          armed = false
        } else if (o.S === 0) armed = true
      }
    }
    return n
  }
  const maxOrd = ordAll.reduce((m, o) => Math.max(m, o.S), 0)
  if (process.env.TOP) {
    // The largest ordinary peaks, one per brand and day: where the threshold is set.
    const peaks = new Map()
    for (const o of ordAll) {
      const k = `${o.seed}|${o.brand}|${Math.floor(o.t / DAY)}`
      if (!(peaks.get(k)?.S >= o.S)) peaks.set(k, o)
    }
    const top = [...peaks.values()].sort((a, b) => b.S - a.S).slice(0, Number(process.env.TOP))
    console.log(
      `${name}: ${top.map((o) => `${o.S.toFixed(1)} s${o.seed} ${o.brand} ${new Date(o.t).toISOString().slice(5, 16)}`).join(' | ')}`,
    )
  }
  const res = []
  for (const h of [maxOrd * 1.0001, maxOrd * 1.2]) {
    const d = waves.map(({ s, st, onset }) => {
      const i = st.findIndex((x, j) => s[j].t >= onset && x >= h)
      return i < 0 ? null : (s[i].t - onset) / MIN + 1
    })
    res.push(`h=${h.toFixed(1)} delays ${d.join('/')}`)
  }
  const hx = Number(process.env.H ?? 14.4)
  const d14 = waves.map(({ s, st, onset }) => {
    const i = st.findIndex((x, j) => s[j].t >= onset && x >= hx)
    return i < 0 ? null : (s[i].t - onset) / MIN + 1
  })
  const d9 = waves.map(({ s, st, onset }) => {
    const i = st.findIndex((x, j) => s[j].t >= onset && x >= 9.2)
    return i < 0 ? null : (s[i].t - onset) / MIN + 1
  })
  console.log(
    `${name.padEnd(24)} ordinary max ${maxOrd.toFixed(1)} (false@9.2: ${falseAt(9.2)}) | ${res.join(' | ')} | h9.2 ${d9.join('/')} | h${hx} ${d14.join('/')} false ${falseAt(hx)}`,
  )
}
