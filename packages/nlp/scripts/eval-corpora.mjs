#!/usr/bin/env node
/**
 * Brand-matching and PII corpora (test-fixtures/, written by the team): prints precision,
 * recall and exact-match accuracy for brands, per-kind results and false positives on
 * ordinary numbers for PII. The unit tests assert the same cases one by one.
 *
 *   node packages/nlp/scripts/eval-corpora.mjs
 */
import { readFileSync } from 'node:fs'
import { loadBrands, parseBrands } from '@vigil/config'
import { createEnricher, findPii } from '../dist/index.js'

const fx = new URL('../test-fixtures/', import.meta.url)
const read = (n) => JSON.parse(readFileSync(new URL(n, fx), 'utf8'))
const enrichers = {
  default: createEnricher({ brands: loadBrands(), sentimentModelPath: null }),
  realworld: createEnricher({ brands: parseBrands(read('brands-realworld.json')), sentimentModelPath: null }),
}
const mention = (text) => ({
  id: 'x:1',
  event: 'create',
  platform: 'x',
  kind: 'post',
  url: '',
  text,
  lang: null,
  author: { id: 'a', handle: 'a', followers: 0, verified: false, isBrandAccount: false },
  createdAt: '2026-01-01T00:00:00.000Z',
  receivedAt: '2026-01-01T00:00:00.000Z',
  inReplyTo: null,
  conversationId: null,
  engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
  rating: null,
  appVersion: null,
})

// ---- brands
const bc = read('brand-corpus.json').cases
let tp = 0
let fp = 0
let fn = 0
let exact = 0
const misses = []
for (const c of bc) {
  const got = new Set(enrichers[c.set].enrich(mention(c.text)).brands.map((b) => b.brand))
  const want = new Set(c.brands)
  for (const b of got) want.has(b) ? tp++ : fp++
  for (const b of want) if (!got.has(b)) fn++
  if (got.size === want.size && [...got].every((b) => want.has(b))) exact++
  else misses.push(`${c.note}: ${c.text} → [${[...got]}]`)
}
const neg = bc.filter((c) => c.brands.length === 0).length
console.log(`brand corpus: ${bc.length} cases (${bc.length - neg} with a brand, ${neg} without)`)
console.log(
  `  exact match ${exact}/${bc.length} = ${(exact / bc.length).toFixed(3)}; precision ${(tp / (tp + fp || 1)).toFixed(3)}, recall ${(tp / (tp + fn || 1)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
)
for (const m of misses.slice(0, 10)) console.log(`  miss: ${m}`)

// ---- PII
const pc = read('pii-corpus.json').cases
const kinds = {}
let negFp = 0
let negN = 0
let posExact = 0
let posN = 0
for (const c of pc) {
  const got = new Set(findPii(c.text).map((s) => s.kind))
  if (c.kinds.length === 0) {
    negN++
    if (got.size > 0) {
      negFp++
      console.log(`  false positive: ${c.text} → [${[...got]}]`)
    }
    continue
  }
  posN++
  if (got.size === c.kinds.length && c.kinds.every((k) => got.has(k))) posExact++
  for (const k of c.kinds) {
    kinds[k] ??= { n: 0, found: 0 }
    kinds[k].n++
    if (got.has(k)) kinds[k].found++
  }
}
console.log(
  `PII corpus: ${pc.length} cases (${posN} with personal data, ${negN} ordinary numbers: amounts, dates, times, order/tracking/reference numbers, prices, versions)`,
)
console.log(
  `  personal data found exactly: ${posExact}/${posN}; false positives on ordinary numbers: ${negFp}/${negN}`,
)
console.log(
  `  per kind (found/cases): ${Object.entries(kinds)
    .map(([k, v]) => `${k} ${v.found}/${v.n}`)
    .join(', ')}`,
)
