#!/usr/bin/env node
/**
 * The off-the-shelf bar for a blind fresh sentiment set: issue 11 asks the shipped model to beat
 * the best npm lexicon library by 0.05 macro-F1 in every language, and eval-sentiment-fresh.mjs
 * scores only our own models. This scores the npm libraries the package already depends on, as
 * a bank would run them out of the box (no tuning on any set):
 *
 * - multilang-sentiment (AFINN-165 translated, emoji ranking) in every language, sign of the
 *   score; Chinese tokens by `Intl.Segmenter` words, since the library splits on spaces;
 * - vader-sentiment for English, compound score with VADER's documented ±0.05 rule.
 *
 * The libraries are told the post's written language (our models detect it), which can only
 * flatter them. Figures and confusion counts only, never the posts.
 *
 *   node packages/nlp/scripts/eval-sentiment-fresh-npm.mjs --set 8|9|10|11|12|13|14|15|16|17 [--json FILE]
 */
import { writeFileSync } from 'node:fs'
import { macroF1 } from './lib/linear-train.mjs'
import { multilangLabel, vaderLabel } from './lib/off-the-shelf.mjs'

const CLASSES = ['negative', 'neutral', 'positive']
const argv = process.argv.slice(2)
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const setNo = opt('--set') ?? '8'
if (!['5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17'].includes(setNo))
  throw new Error(`--set ${setNo}: only 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 and 17 exist`)
const { en, zh, ar, nl, es, fr, de } = await import(`../data/fresh/sentiment-fresh-${setNo}.mjs`)
const SET = { en, zh, ar, nl, es, fr, de }

// Each library alone in every language it reads (lib/off-the-shelf.mjs wraps both), so the best
// per language can be read off the table.
/** @type {Record<string, (text: string, lang: string) => string | null>} */
const LIBRARIES = {
  'multilang-sentiment (sign)': multilangLabel,
  'vader-sentiment (±0.05)': (text, lang) => (lang === 'en' ? vaderLabel(text) : null),
}

const fmt = (v) => v.toFixed(2)
const results = {}
console.log(`| library | language | posts | ${CLASSES.join(' | ')} | macro-F1 |`)
console.log(`|---|---|---|${CLASSES.map(() => '---').join('|')}|---|`)
for (const [name, score] of Object.entries(LIBRARIES)) {
  results[name] = {}
  const conf = {}
  for (const [lang, rows] of Object.entries(SET)) {
    const got = rows.map(([text]) => score(text, lang))
    if (got.includes(null)) continue
    const gold = rows.map((r) => r[1])
    gold.forEach((g, i) => {
      if (g !== got[i]) conf[`${g}→${got[i]}`] = (conf[`${g}→${got[i]}`] ?? 0) + 1
    })
    const t = Object.fromEntries(CLASSES.map((c) => [c, macroF1(gold, got, 1, [c])]))
    t.macro = macroF1(gold, got, CLASSES.length, CLASSES)
    results[name][lang] = t
    console.log(
      `| ${name} | ${lang} | ${rows.length} | ${CLASSES.map((c) => fmt(t[c])).join(' | ')} | **${fmt(t.macro)}** |`,
    )
  }
  const list = Object.entries(conf).sort((a, b) => b[1] - a[1])
  console.log(`confusions (${name}): ${list.map(([k, v]) => `${k} ${v}`).join(', ')}`)
}
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify({ set: setNo, results }, null, 1))
