#!/usr/bin/env node
/**
 * Why enrichBatch runs the analysers stage by stage: ICU's word segmentation of the bench's
 * Chinese texts (the runs cjkTerms joins, walked as segmentWords walks them), timed in two
 * orders over the same distinct texts with a fresh enricher per pass: each segmentation right
 * before that post's enrichment (in situ: the other analysers push ICU's dictionary out of the
 * CPU caches between two Chinese posts), or all segmentations of a slice of 100 back to back
 * before their enrichments. Prints µs CPU per Chinese text per pass. Not a test.
 *
 *   node packages/nlp/bench/segment-in-situ.mjs [--dist DIR] [--passes 5]
 */
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadBrands, requireDataDir } from '@vigil/config'
import { benchRecords, createRng, distinctMentions } from './records.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[++i]
}
const DIST = resolve(args.dist ?? resolve(here, '../dist'))
const PASSES = Number(args.passes ?? 5)
const { createEnricher, loadLanguageDetector } = await import(pathToFileURL(join(DIST, 'index.js')).href)
const { cleanText, foldText } = await import(pathToFileURL(join(DIST, 'text.js')).href)
const DATA = requireDataDir('sentiment', { from: here, explicit: args.data })
const distinct = distinctMentions(benchRecords(20000, DATA, createRng(7)).recs)
const options = { brands: loadBrands(), language: await loadLanguageDetector() }
const now = '2026-01-01T00:00:02.000Z'

// The runs of three characters or more, joined by '\n' and cut at 64, as entities.ts's cjkTerms.
const isCjk = (c) =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x3040 && c <= 0x30ff) ||
  (c >= 0xf900 && c <= 0xfaff)
function joinedRuns(text) {
  const f = foldText(cleanText(text))
  let joined = ''
  for (let i = 0; i < f.length; ) {
    if (!isCjk(f.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < f.length && isCjk(f.charCodeAt(end))) end++
    if (end - i > 2) joined += joined === '' ? f.slice(i, end) : `\n${f.slice(i, end)}`
    if (joined.length >= 64) return joined.slice(0, 64)
    i = end
  }
  return joined
}
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' })
function segment(s) {
  const words = []
  const segs = SEGMENTER.segment(s)
  for (let i = 0; i + 1 < s.length; ) {
    const seg = segs.containing(i + 1)
    if (seg === undefined) break
    if (seg.segment.length >= 2 && seg.isWordLike === true) words.push(seg.segment)
    i = seg.index + seg.segment.length
    if (i < s.length && s.charCodeAt(i) === 0x0a) i++
  }
  return words
}
const runs = distinct.map((m) => joinedRuns(m.text))
const cpu = () => {
  const u = process.cpuUsage()
  return u.user + u.system
}
const res = { 'in situ': [], 'back to back': [] }
let sink = 0
// Pass 0 warms up and is not counted; the two orders take turns.
for (let pass = 0; pass <= PASSES; pass++) {
  for (const mode of pass % 2 ? ['in situ', 'back to back'] : ['back to back', 'in situ']) {
    const e = createEnricher(options)
    let spent = 0
    let n = 0
    const timed = (i) => {
      const t = cpu()
      sink += segment(runs[i]).length
      spent += cpu() - t
      n++
    }
    for (let from = 0; from < distinct.length; from += 100) {
      const to = Math.min(distinct.length, from + 100)
      if (mode === 'back to back') for (let i = from; i < to; i++) if (runs[i] !== '') timed(i)
      for (let i = from; i < to; i++) {
        if (mode === 'in situ' && runs[i] !== '') timed(i)
        sink += e.enrich(distinct[i], now).terms.length
      }
    }
    if (pass > 0) res[mode].push(spent / n)
  }
}
for (const [k, v] of Object.entries(res))
  console.log(`${k.padEnd(13)} ${v.map((x) => x.toFixed(1)).join(' ')} µs CPU a Chinese text`)
if (sink === -1) console.log('')
