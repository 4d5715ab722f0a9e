#!/usr/bin/env node
/**
 * Enrichment throughput on one core over a realistic multilingual mix, beside a bare JSON
 * parse + serialise of the same records in the same run (the ceiling), and their ratio.
 * Both are timed in CPU seconds of this process, in alternating slices, so that a busy
 * machine slows neither figure nor skews the ratio much.
 * Runs the built code: `pnpm exec tsc -b` first. Not a test: it prints figures.
 *
 *   node packages/nlp/bench/enrich-bench.mjs [--n 20000] [--seconds 3] [--model lexicon|trained|FILE]
 *
 * `trained` (default) uses the trained model at the default cache path when it exists,
 * else the shipped lexicon; the first line printed says which one ran.
 *
 * Texts: generated here from templates in 12 languages (with brands, PII, emoji, URLs),
 * plus, when the sentiment test files are present, those texts read at run time (never stored).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadBrands } from '@vigil/config'
import { createEnricher } from '../dist/index.js'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const N = Number(args.n ?? 20000)
const SECONDS = Number(args.seconds ?? 3)
const MODEL = args.model ?? 'trained'
const DATA = args.data ?? resolve(here, '../../../../shared/data/sentiment')

let seed = 7
const rnd = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 2 ** 32
}
const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
const TEMPLATES = [
  '{b} app down again, cannot log in {e}',
  '@NorthwindHelp I was charged twice for the same payment, card 4111 1111 1111 1111',
  'Why is my {b} account frozen?? Still waiting for a reply after 3 days #appdown',
  'Thanks {b}, great service today {e}',
  'Mijn pas van {b} is weer geblokkeerd, storing bij inloggen',
  'Meine Karte ist gesperrt, {b} antwortet nicht',
  'Ma carte {b} est bloquée, quelle galère',
  'La app de {b} no funciona otra vez, me cobraron dos veces',
  "L'app di {b} non funziona, che disservizio",
  'O app do {b} está fora do ar de novo',
  '{b} uygulaması çalışmıyor, kartım bloke oldu',
  'Aplikasi {b} error terus, saldo terpotong dua kali',
  'yaar {b} ka app phir se kaam nahi kar raha',
  '莲花银行的app又崩了，扣款两次，客服没人回复',
  '蓮花銀行凍結了我的帳戶 #莲花银行#',
  'بنك النور جمد حسابي والتطبيق معطل',
  'new {b} card arrived, looks nice. Call me on +44 7700 900123 if you need it',
  'Quarterly results from {b}: https://example.com/news/{n} $CRB',
  'FREE giveaway!!! DM me to double your bitcoin https://example.com/x #crypto #btc',
  'paid £1,299.99 on 2024-03-15 at 14:30, order #123456789012 {e}',
]
const BRANDS = ['Northwind', 'Crest Bank', 'Havenbank', 'Lotus Bank', 'Al Noor Bank', 'NWB', 'Crest']
const EMOJI = ['😡', '🙄', '😍', '👍', '', '', '']

function records() {
  const texts = []
  for (let i = 0; i < N; i++) {
    texts.push(
      pick(TEMPLATES)
        .replaceAll('{b}', pick(BRANDS))
        .replaceAll('{e}', pick(EMOJI))
        .replaceAll('{n}', String(i)),
    )
  }
  let fromFiles = 0
  for (const lang of ['en', 'ar', 'fr', 'de', 'es', 'it', 'pt', 'hi', 'nl', 'zh']) {
    const p = join(DATA, lang, 'test.jsonl')
    if (!existsSync(p)) continue
    for (const l of readFileSync(p, 'utf8').split('\n').filter(Boolean)) {
      texts.push(JSON.parse(l).text)
      fromFiles++
    }
  }
  const recs = texts.map((text, i) =>
    JSON.stringify({
      id: `x:${i}`,
      event: 'create',
      platform: 'x',
      kind: 'post',
      url: `https://x.example/${i}`,
      author: {
        id: `u${i % 997}`,
        handle: `user${i % 997}`,
        followers: i % 5000,
        verified: false,
        isBrandAccount: false,
      },
      text,
      createdAt: '2026-01-01T00:00:00.000Z',
      receivedAt: '2026-01-01T00:00:01.000Z',
      inReplyTo: null,
      conversationId: null,
      engagement: { likes: i % 7, shares: 0, replies: 0, views: 10 },
      rating: null,
      appVersion: null,
      lang: null,
    }),
  )
  return { recs, generated: N, fromFiles }
}

/** CPU time of this process in seconds (user + system): robust to other work on the machine. */
function cpuSeconds() {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

/**
 * Rates of `bare` and `full` in records per CPU-second, measured in alternating slices of
 * 2,000 records for about SECONDS each, so that both see the same machine state (other
 * processes, thermal state, GC debt) and the ratio is stable on a busy box.
 */
function rates(recs, bare, full) {
  for (let i = 0; i < Math.min(recs.length, 5000); i++) {
    bare(recs[i])
    full(recs[i])
  }
  const SLICE = 2000
  const spent = [0, 0]
  const done = [0, 0]
  let at = 0
  while (spent[0] + spent[1] < 2 * SECONDS) {
    const end = Math.min(at + SLICE, recs.length)
    for (const [k, fn] of [
      [0, bare],
      [1, full],
    ]) {
      const t0 = cpuSeconds()
      for (let i = at; i < end; i++) fn(recs[i])
      spent[k] += cpuSeconds() - t0
      done[k] += end - at
    }
    at = end === recs.length ? 0 : end
  }
  return { bare: done[0] / spent[0], full: done[1] / spent[1] }
}

const enricher = createEnricher({
  brands: loadBrands(),
  sentimentModelPath: MODEL === 'lexicon' ? null : MODEL === 'trained' ? undefined : MODEL,
})
const { recs, generated, fromFiles } = records()
const now = '2026-01-01T00:00:02.000Z'
let sink = 0
const { bare, full } = rates(
  recs,
  (r) => {
    sink += JSON.stringify(JSON.parse(r)).length
  },
  (r) => {
    sink += JSON.stringify(enricher.enrich(JSON.parse(r), now)).length
  },
)
const meanChars = Math.round(recs.reduce((a, r) => a + JSON.parse(r).text.length, 0) / recs.length)
console.log(
  `records: ${recs.length} (${generated} generated from templates in 12 languages + ${fromFiles} sentiment test texts), mean text ${meanChars} chars; sentiment model: ${enricher.sentimentModel}${enricher.sentimentModelNote ? ` (${enricher.sentimentModelNote})` : ''}; node ${process.version}, one core, rates per CPU-second`,
)
console.log(`bare JSON parse+serialise : ${Math.round(bare).toLocaleString('en')} records/s`)
console.log(`parse+enrich+serialise    : ${Math.round(full).toLocaleString('en')} records/s`)
console.log(`ratio enrich / bare       : ${(full / bare).toFixed(3)}   (aim: ≥ 30,000/s and ≥ 0.2)`)
if (sink === -1) console.log('')
