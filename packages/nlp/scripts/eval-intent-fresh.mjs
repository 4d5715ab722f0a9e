#!/usr/bin/env node
/**
 * Intent on the FRESH held-out set (data/fresh/intent-fresh-*.mjs: 294 posts written before
 * the rules and templates were read, never trained or tuned on), scored through
 * `bin/vigil-enrich` like issue 11's hidden corpus: per-class F1, macro-F1, per language,
 * and the confusion of the classes a care team feels (complaint ↔ troll/other/news).
 *
 * `--set 3` scores fresh set 3 instead (data/fresh/intent-fresh-3.mjs: 249 posts written later,
 * frozen before that session changed any intent code; its misses are not read while developing).
 * `--set 4` scores blind set 4 (data/fresh/intent-fresh-4.mjs: 280 posts written before its
 * author read any intent code), with its tune half (en, nl, ar) and held-out half (de, fr, es,
 * zh) as extra rows; a row's optional 4th field is the author id (a publisher's account).
 * `--set 5` scores blind set 5 (data/fresh/intent-fresh-5.mjs: 280 posts written by a red team
 * before reading any intent code, data or model). Held out until round eleven (0.69 blind);
 * since then it is tuned on, and `--show-misses` lists its misses.
 * `--set 6` scores blind set 6 (data/fresh/intent-fresh-6.mjs: 294 posts, 42 a language, written
 * by another red team before reading any intent code, data or model, committed before its first
 * score). Held out until round twelve (0.77 blind, 0.80 after round eleven); since then it is
 * tuned on, and `--show-misses` lists its misses.
 * `--set 7` scores blind set 7 (data/fresh/intent-fresh-7.mjs: 280 posts, 40 a language, written
 * by a red team before reading any intent code, data or model, committed before its first score).
 * Held out until round thirteen (0.76 blind); since then it is tuned on (intent8), and
 * `--show-misses` lists its misses.
 * `--set 8` scores blind set 8 (data/fresh/intent-fresh-8.mjs: 280 posts, 40 a language in a
 * mention stream's proportions, written by a red team before reading any intent code, data or
 * model, committed before its first score). Held out: `--show-misses` prints none of its misses.
 * `--set 9` scores blind set 9 (data/fresh/intent-fresh-9.mjs: 421 posts, 60 a language (61 in
 * English) in a mention stream's proportions with 8 troll and 7 spam a language, written by a red
 * team before reading any intent code, data or model, committed before its first score). Held
 * out: `--show-misses` prints none of its misses.
 * `--set 10` scores blind set 10 (data/fresh/intent-fresh-10.mjs: 420 posts, 60 a language in a
 * mention stream's proportions with 8 troll and 7 spam a language, written by a red team before
 * reading any intent code, data or model, committed before its first score). Held out:
 * `--show-misses` prints none of its misses.
 * `--set 11` scores blind set 11 (data/fresh/intent-fresh-11.mjs: 350 posts, 50 a language with 7
 * troll and 6 spam a language, each language written on its own by a red team before reading any
 * intent code, data or model, committed before its first score). Held out: `--show-misses` prints
 * none of its misses.
 * `--set 12` scores blind set 12 (data/fresh/intent-fresh-12.mjs: 315 posts, 45 a language with 6
 * troll and 5 spam a language, each language written on its own by a red team before reading any
 * intent code, data or model, committed before its first score). Held out until intent13 (0.90
 * clean); since then tuned on, and `--show-misses` lists its misses.
 * `--set 14` scores blind set 14 (data/fresh/intent-fresh-14.mjs: 294 posts, 42 a language with 6
 * troll and 5 spam a language, repeat-troll, raid and duplicated-promotion authors, written by
 * the redteam14is red team before reading any intent code, data or model, committed before its
 * first score). Held out: `--show-misses` prints none of its misses.
 * `--set 15` scores blind set 15 (data/fresh/intent-fresh-15.mjs: 294 posts, 42 a language in
 * unbalanced stream-like proportions with 5–6 troll (a raid among them) and 3–4 spam a language,
 * repeat-troll, raid, duplicated-promotion and publisher authors, written by the redteam15is red
 * team before reading any intent code, data or model, committed before its first score). Held
 * out: `--show-misses` prints none of its misses.
 * `--set 16` scores blind set 16 (data/fresh/intent-fresh-16.mjs: 301 posts, 43 a language with 11
 * complaint, 6 question, 7 other, 4 praise, 5 troll (a repeat troll and a reworded two-account
 * raid), 5 spam (a fake-support account posting one scam twice, reworded) and 5 news a language,
 * written by the redteam16is red team before reading any intent code, data or model, committed
 * before its first score). Held out: `--show-misses` prints none of its misses.
 * `--set 17` scores blind set 17 (data/fresh/intent-fresh-17.mjs: 304 posts, 43–44 a language, each
 * language written on its own from its market's payment systems, platforms and dialects, with
 * about 10 complaint, 7 question, 8–9 other, 3 praise, 5 troll (a repeat troll, a reworded
 * two-account raid), 5 spam (one account posting one scam twice, reworded) and 5 news a language,
 * written by the redteam17is red team before reading any intent code, data or model, committed
 * before its first score). Held out: `--show-misses` prints none of its misses. First score, main
 * at 36fdeb5 (2026-12-07): macro-F1 0.79, troll 0.70, spam 0.79 (fr 0.60, nl 0.74, zh 0.75).
 *
 * Since intent9 the shipped model is fitted on sets 1 and 3–8, since intent11 on 9 and 10 too
 * (scripts/lib/intent-fresh-sets.mjs): its scores on them here are trained-on;
 * `eval-intent-sets.mjs` leaves each set out of the fit.
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/eval-intent-fresh.mjs [--set 3|4|5|6|7|8|9|10|11|12|13|14|15|16|17] [--show-misses] [--json FILE]
 */
import { writeFileSync } from 'node:fs'
import * as set3 from '../data/fresh/intent-fresh-3.mjs'
import * as set4 from '../data/fresh/intent-fresh-4.mjs'
import * as set5 from '../data/fresh/intent-fresh-5.mjs'
import * as set6 from '../data/fresh/intent-fresh-6.mjs'
import * as set7 from '../data/fresh/intent-fresh-7.mjs'
import * as set8 from '../data/fresh/intent-fresh-8.mjs'
import * as set9 from '../data/fresh/intent-fresh-9.mjs'
import * as set10 from '../data/fresh/intent-fresh-10.mjs'
import * as set11 from '../data/fresh/intent-fresh-11.mjs'
import * as set12 from '../data/fresh/intent-fresh-12.mjs'
import * as set13 from '../data/fresh/intent-fresh-13.mjs'
import * as set14 from '../data/fresh/intent-fresh-14.mjs'
import * as set15 from '../data/fresh/intent-fresh-15.mjs'
import * as set16 from '../data/fresh/intent-fresh-16.mjs'
import * as set17 from '../data/fresh/intent-fresh-17.mjs'
import { en, nl } from '../data/fresh/intent-fresh-en-nl.mjs'
import { de, es, fr } from '../data/fresh/intent-fresh-es-fr-de.mjs'
import { ar, zh } from '../data/fresh/intent-fresh-zh-ar.mjs'
import { runEnrichCli } from './lib/run-enrich-cli.mjs'

const CLASSES = ['complaint', 'question', 'praise', 'troll', 'spam', 'other', 'news']
const argv = process.argv.slice(2)
const setNo = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : '1'
if (!['1', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17'].includes(setNo))
  throw new Error(`--set ${setNo}: only 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 and 17 exist`)
const pick = (s) => ({ en: s.en, nl: s.nl, de: s.de, fr: s.fr, es: s.es, ar: s.ar, zh: s.zh })
const SET1 = { en, nl, de, fr, es, ar, zh }
const SETS =
  {
    3: pick(set3),
    4: pick(set4),
    5: pick(set5),
    6: pick(set6),
    7: pick(set7),
    8: pick(set8),
    9: pick(set9),
    10: pick(set10),
    11: pick(set11),
    12: pick(set12),
    13: pick(set13),
    14: pick(set14),
    15: pick(set15),
    16: pick(set16),
    17: pick(set17),
  }[setNo] ?? SET1
// Set 4's language split, fixed before it was first scored: settings may be chosen on the
// tune half only; the held-out half is reported, never tuned on.
const HALVES =
  setNo === '4'
    ? {
        'tune half (en, nl, ar)': ['en', 'nl', 'ar'],
        'held-out half (de, fr, es, zh)': ['de', 'fr', 'es', 'zh'],
      }
    : {}
const showMisses = argv.includes('--show-misses')
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : null

const items = []
for (const [lang, rows] of Object.entries(SETS)) {
  rows.forEach(([label, platform, text, author], i) => {
    if (!CLASSES.includes(label)) throw new Error(`bad label ${label} in ${lang}:${i}`)
    items.push({ id: `fresh${setNo === '1' ? '' : setNo}:${lang}:${i}`, lang, label, platform, text, author })
  })
}

function f1Table(pairs) {
  const out = {}
  for (const c of CLASSES) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const [gold, got] of pairs) {
      if (got === c && gold === c) tp++
      else if (got === c) fp++
      else if (gold === c) fn++
    }
    if (tp + fn === 0) continue
    const p = tp + fp ? tp / (tp + fp) : 0
    const r = tp / (tp + fn)
    out[c] = p + r ? (2 * p * r) / (p + r) : 0
  }
  const vals = Object.values(out)
  out.macro = vals.reduce((a, b) => a + b, 0) / vals.length
  return out
}

const inputs = items.map((it, n) => ({
  id: it.id,
  text: it.text,
  platform: it.platform,
  author: it.author ?? `fresh-author-${n}`,
}))
const { byId, started } = await runEnrichCli(inputs)
const pairs = items.map((it) => [it.label, byId.get(it.id)?.intent ?? '(error)'])
const fmt = (v) => (v === undefined ? '—' : v.toFixed(2))
console.log(
  `models: ${started ? `${started.intentModelVersion}, sentiment ${started.sentimentModelVersion}` : '?'}`,
)
console.log(`| set | items | ${CLASSES.join(' | ')} | macro-F1 |`)
console.log(`|---|---|${CLASSES.map(() => '---').join('|')}|---|`)
const row = (name, ps) => {
  const t = f1Table(ps)
  console.log(
    `| ${name} | ${ps.length} | ${CLASSES.map((c) => fmt(t[c])).join(' | ')} | **${fmt(t.macro)}** |`,
  )
  return t
}
const all = row('fresh, all languages', pairs)
const halves = {}
for (const [name, langs] of Object.entries(HALVES)) {
  halves[name] = row(
    name,
    items.flatMap((it, i) => (langs.includes(it.lang) ? [pairs[i]] : [])),
  )
}
const perLang = {}
for (const lang of Object.keys(SETS)) {
  perLang[lang] = row(
    `fresh ${lang}`,
    items.flatMap((it, i) => (it.lang === lang ? [pairs[i]] : [])),
  )
}
// What the care inbox and the detector feel: complaints lost, and non-complaints let in.
const lost = pairs.filter(([g, p]) => g === 'complaint' && p !== 'complaint').length
const newsAsComplaint = pairs.filter(([g, p]) => g === 'news' && p === 'complaint').length
const trollAsComplaint = pairs.filter(([g, p]) => g === 'troll' && p === 'complaint').length
console.log(
  `complaints lost: ${lost} of ${pairs.filter(([g]) => g === 'complaint').length}; news read as complaint: ${newsAsComplaint}; troll read as complaint: ${trollAsComplaint}`,
)
const conf = {}
for (const [g, p] of pairs) conf[`${g}→${p}`] = (conf[`${g}→${p}`] ?? 0) + 1
console.log(
  'confusions: ' +
    Object.entries(conf)
      .filter(([k]) => k.split('→')[0] !== k.split('→')[1])
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
)
// `--show-misses` lists every miss of the tuned-on sets 4, 5, 6 and 7 (round ten tuned on all of
// set 4, round eleven on set 5, round twelve on set 6, round thirteen on set 7) and of set 12
// (tuned on since intent13, its clean figure taken before) and of set 16 (tuned on since
// intentfix17, its clean figure taken before); sets 1, 3, 8–11 and 13–15 and 17 print none.
const TUNED_ON = ['4', '5', '6', '7', '12', '16']
const heldOut = new Set(TUNED_ON.includes(setNo) ? [] : ['en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'])
if (showMisses) {
  for (const [i, it] of items.entries()) {
    if (pairs[i][0] !== pairs[i][1] && !heldOut.has(it.lang)) {
      const o = byId.get(it.id)
      console.log(
        `${it.id} ${it.label} → ${pairs[i][1]} [${o?.intentReasons?.join('; ')}] ${it.text.slice(0, 140)}`,
      )
    }
  }
}
// Per-language confusion counts (no posts), so a blind set's misses can be summarised by kind.
const confByLang = {}
for (const [i, it] of items.entries()) {
  const [g, p] = pairs[i]
  if (g === p) continue
  confByLang[it.lang] ??= {}
  confByLang[it.lang][`${g}→${p}`] = (confByLang[it.lang][`${g}→${p}`] ?? 0) + 1
}
if (jsonOut)
  writeFileSync(jsonOut, JSON.stringify({ all, halves, perLang, confusions: conf, confByLang }, null, 1))
