#!/usr/bin/env node
/**
 * Wire-contract decoding speed: bytes → checked record for every record kind, beside a bare
 * `JSON.parse` of the same bytes in the same run (the ceiling a decoder can approach), and their
 * ratio. Runs the built code (`pnpm exec tsc -b` first). Not a test: it prints figures.
 *
 *   node bench/contract/decode.mjs [--n 5000] [--seconds 2]
 *
 * Records: the demo generator's mentions (12 languages, replies, reviews) enriched by the real
 * enricher (lexicon sentiment, so no trained file is needed), and alerts built around them.
 * Timed in CPU seconds of this process, alternating decoder and ceiling in slices.
 */
import { loadBrands } from '../../packages/config/dist/index.js'
import { createEnricher } from '../../packages/nlp/dist/index.js'
import * as schema from '../../packages/schema/dist/index.js'
import { MentionGenerator } from '../../services/ingest/dist/generator/index.js'

const args = {}
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i].startsWith('--')) args[process.argv[i].slice(2)] = process.argv[i + 1]
}
const N = Number(args.n ?? 5000)
const SECONDS = Number(args.seconds ?? 2)

const brands = loadBrands()
const gen = new MentionGenerator({
  brands,
  seed: 11,
  startMs: Date.parse('2026-03-02T08:00:00Z'),
  rateScale: 20,
})
let t = Date.parse('2026-03-02T08:00:00Z')
const mentions = []
while (mentions.length < N) {
  t += 60_000
  mentions.push(...gen.generateUntil(t))
}
mentions.length = N
const enricher = createEnricher({ brands, sentimentModelPath: null })
const enriched = mentions.map((m) => enricher.enrich(m))
const alerts = enriched.slice(0, Math.max(50, N / 20)).map((m, i) => ({
  id: `${m.brands[0]?.brand ?? 'x'}-${i}`,
  version: 3,
  brand: m.brands[0]?.brand ?? 'northwind',
  status: 'open',
  severity: 'high',
  score: 9.5,
  confidence: 0.8,
  signals: [
    { name: 'negative@5m', observed: 223, expected: 56, score: 7.2 },
    { name: 'hashtag:#northwinddown', observed: 40, expected: 0.5, score: 9.1 },
  ],
  drivers: { hashtags: m.hashtags, terms: m.terms, platforms: [m.platform], languages: [m.lang] },
  sectorWide: false,
  headline: 'Northwind Bank: negative posts 3.9× normal',
  openedAt: m.createdAt,
  updatedAt: m.createdAt,
  resolvedAt: null,
  sampleMentionIds: [m.id],
}))
const bytes = (xs) => xs.map((x) => Buffer.from(JSON.stringify(x)))
const sets = { mention: bytes(mentions), enriched: bytes(enriched), alert: bytes(alerts) }

// The decoders under test: the schema package's, or (for a "before" run on an old build) the
// services' own copies, passed as --legacy DIR (the repo root of the old build).
let decoders = {
  mention: schema.decodeMention,
  enriched: schema.decodeEnrichedMention,
  alert: schema.decodeAlert,
}
if (args.legacy) {
  const sink = await import(`${args.legacy}/services/sink/dist/decode.js`)
  const old = await import(`${args.legacy}/packages/schema/dist/index.js`)
  decoders = { mention: old.decodeMention, enriched: sink.decodeEnriched, alert: sink.decodeAlert }
}

const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
function rate(fn, list) {
  let n = 0
  let spent = 0
  while (spent < SECONDS / 4) {
    const t0 = cpu()
    for (const b of list) fn(b)
    spent += cpu() - t0
    n += list.length
  }
  return n / spent
}
const results = {}
for (const [kind, list] of Object.entries(sets)) {
  const decode = decoders[kind]
  for (const b of list) {
    const r = decode(b)
    if (r.kind !== 'ok') throw new Error(`${kind} record refused: ${r.reason}`)
  }
  let dec = 0
  let ceil = 0
  for (let slice = 0; slice < 4; slice++) {
    dec += rate(decode, list)
    ceil += rate((b) => JSON.parse(b.toString('utf8')), list)
  }
  results[kind] = {
    perSecond: Math.round(dec / 4),
    ceiling: Math.round(ceil / 4),
    ratio: +(dec / ceil).toFixed(3),
  }
  console.log(
    `${kind.padEnd(9)} ${results[kind].perSecond.toLocaleString('en').padStart(10)} decodes/CPU-s` +
      `  JSON.parse ceiling ${results[kind].ceiling.toLocaleString('en').padStart(10)}  ratio ${results[kind].ratio}`,
  )
}
console.log(JSON.stringify({ n: N, results }))
