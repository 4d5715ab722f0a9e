#!/usr/bin/env node
/**
 * Language-id comparison on short texts: our detector (script → function words → eld)
 * against eld, tinyld, franc-min and languagedetect used alone. Labelled set: our own
 * samples (data/lang-samples.json, 12 languages) plus up to 100 texts per language from
 * the sentiment test files (read at run time, never stored). Prints accuracy and µs/text.
 *
 *   node packages/nlp/scripts/eval-lang.mjs [--data DIR] [--per-lang N]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireDataDir } from '@vigil/config'
import { eld } from 'eld/small'
import { franc } from 'franc-min'
import LanguageDetect from 'languagedetect'
import { detect as tinyld } from 'tinyld'
import { loadLanguageDetector } from '../dist/index.js'
import { cliArgs } from './lib/linear-train.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = cliArgs()
// Needs the research test splits: --data DIR, else VIGIL_SHARED_DATA/sentiment; exits 2 when absent.
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const PER_LANG = Number(args['per-lang'] ?? 100)

const own = JSON.parse(readFileSync(resolve(here, '../data/lang-samples.json'), 'utf8'))
const items = []
for (const [lang, texts] of Object.entries(own))
  if (lang !== '_about') for (const t of texts) items.push({ lang, text: t, src: 'own' })
for (const lang of ['en', 'ar', 'fr', 'de', 'es', 'it', 'pt', 'hi', 'nl', 'zh']) {
  const p = join(DATA, lang, 'test.jsonl')
  if (!existsSync(p)) continue
  const lines = readFileSync(p, 'utf8').split('\n').filter(Boolean).slice(0, PER_LANG)
  for (const l of lines) items.push({ lang, text: JSON.parse(l).text, src: 'sentiment-test' })
}

// Map each library's codes onto ours (ISO 639-1); Malay counts as Indonesian.
const ISO3 = {
  eng: 'en',
  nld: 'nl',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  tur: 'tr',
  ind: 'id',
  zlm: 'id',
  msa: 'id',
  hin: 'hi',
  cmn: 'zh',
  arb: 'ar',
  ara: 'ar',
}
const norm = (c) => (c === 'ms' ? 'id' : c)
const ld = new LanguageDetect()
ld.setLanguageType('iso2')
const eldAll = eld
const vigil = await loadLanguageDetector()
const detectors = {
  'vigil (script+words+eld)': (t) => vigil.detect(t).lang,
  'eld/small alone': (t) => norm(eldAll.detect(t).language),
  tinyld: (t) => norm(tinyld(t)),
  'franc-min': (t) => ISO3[franc(t, { minLength: 3 })] ?? 'und',
  languagedetect: (t) => norm(ld.detect(t, 1)[0]?.[0] ?? 'und'),
}

const langs = [...new Set(items.map((i) => i.lang))]
console.log(
  `language id — ${items.length} texts (${items.filter((i) => i.src === 'own').length} own samples, rest from sentiment test files), median ${median(items.map((i) => i.text.length))} chars`,
)
console.log(`| detector | accuracy | ${langs.join(' | ')} | µs/text |`)
console.log(`|---|---|${langs.map(() => '---').join('|')}|---|`)
for (const [name, f] of Object.entries(detectors)) {
  const ok = {}
  const n = {}
  let correct = 0
  for (const it of items) {
    const got = f(it.text)
    n[it.lang] = (n[it.lang] ?? 0) + 1
    if (got === it.lang) {
      ok[it.lang] = (ok[it.lang] ?? 0) + 1
      correct++
    }
  }
  // Speed: a second pass over the same texts, warm.
  const reps = Math.max(1, Math.floor(6000 / items.length))
  const t0 = performance.now()
  for (let r = 0; r < reps; r++) for (const it of items) f(it.text)
  const us = ((performance.now() - t0) * 1000) / (reps * items.length)
  const per = langs.map((l) => ((ok[l] ?? 0) / n[l]).toFixed(2)).join(' | ')
  console.log(`| ${name} | ${(correct / items.length).toFixed(3)} | ${per} | ${us.toFixed(1)} |`)
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
