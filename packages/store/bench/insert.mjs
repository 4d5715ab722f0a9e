// Store write and read speed on the real engine. Prints figures; asserts nothing.
//
//   pnpm exec tsc -b packages/store
//   node packages/store/bench/insert.mjs      # BENCH_MENTIONS, BENCH_BATCH, BENCH_CORRECTIONS; CLICKHOUSE_URL for a server
//
// Measures: (1) the sink's write path per batch — read stored event keys for the batch's ids,
// insert current state, insert archive (+ materialized view); (2) the same path for batches that
// are all redeliveries (read only, nothing inserted); (3) the API's reads over the loaded data,
// then again after BENCH_CORRECTIONS (default 1000) analysts' label corrections (they read the
// corrected labels: migration 008).
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  brandSummary,
  careCounts,
  careMetrics,
  careQueue,
  countMentions,
  createStore,
  existingEventKeys,
  insertLabelCorrection,
  insertMentionEvents,
  insertMentions,
  migrate,
  recentMentions,
  topTags,
  volumeByMinute,
} from '../dist/index.js'

const total = Number(process.env.BENCH_MENTIONS ?? 100_000)
const batch = Number(process.env.BENCH_BATCH ?? 2_000)
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'))
const store = await createStore({
  url: process.env.CLICKHOUSE_URL,
  database: `bench_${randomBytes(4).toString('hex')}`,
  chdbPath: dir,
})
await migrate(store)

const brands = ['northwind', 'crest', 'havenbank', 'lotus', 'alnoor']
const intents = ['complaint', 'question', 'praise', 'other', 'other', 'troll']
const labels = ['negative', 'neutral', 'positive']
const start = Date.parse('2026-11-23T00:00:00.000Z')
function mention(i) {
  const at = new Date(start + Math.floor((i / total) * 86_400_000)).toISOString()
  const b = brands[i % brands.length]
  return {
    id: `x:${i}`,
    event: 'create',
    platform: i % 7 === 0 ? 'reddit' : 'x',
    kind: 'post',
    url: `https://x.example/${i}`,
    author: {
      id: `u${i % 5000}`,
      handle: `user${i % 5000}`,
      followers: i % 10_000,
      verified: false,
      isBrandAccount: false,
    },
    text: `${b} app keeps failing at login, third time this week #${b}down`.padEnd(240, '.'),
    createdAt: at,
    receivedAt: at,
    inReplyTo: null,
    conversationId: null,
    engagement: { likes: i % 50, shares: i % 5, replies: 0, views: i % 1000 },
    rating: null,
    appVersion: null,
    lang: 'en',
    brands: [{ brand: b, via: b }],
    sentiment: { label: labels[i % 3], score: (i % 3) - 1 },
    intent: intents[i % intents.length],
    intentReasons: [],
    hashtags: [`#${b}down`],
    cashtags: [],
    handles: [],
    urls: [],
    terms: ['app', 'login', 'failing'],
    pii: i % 97 === 0 ? ['card'] : [],
    markets: ['GB'],
    enrichedAt: at,
  }
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]
function print(name, rows, ms, perBatch) {
  const extra = perBatch
    ? `  batch p50 ${pct(perBatch, 0.5).toFixed(1)} ms  p90 ${pct(perBatch, 0.9).toFixed(1)} ms`
    : ''
  console.log(
    `${name.padEnd(24)} ${String(rows).padStart(8)} rows  ${ms.toFixed(0).padStart(7)} ms  ${Math.round(
      (rows / ms) * 1000,
    )
      .toString()
      .padStart(8)} rows/s${extra}`,
  )
}

async function writePath(ms) {
  const stored = await existingEventKeys(store, [...new Set(ms.map((m) => m.id))])
  const fresh = ms.filter((m) => !stored.has(`${m.id}\u0000create`))
  await insertMentions(store, fresh)
  await insertMentionEvents(store, fresh)
  return fresh.length
}

console.log(`engine: ${store.kind}; ${total} mentions in batches of ${batch}`)
let t0 = performance.now()
const times = []
for (let i = 0; i < total; i += batch) {
  const ms = Array.from({ length: Math.min(batch, total - i) }, (_, j) => mention(i + j))
  const t = performance.now()
  await writePath(ms)
  times.push(performance.now() - t)
}
print('write (new)', total, performance.now() - t0, times)

const redeliver = Math.min(total, 10 * batch)
t0 = performance.now()
const times2 = []
let inserted = 0
for (let i = 0; i < redeliver; i += batch) {
  const ms = Array.from({ length: Math.min(batch, redeliver - i) }, (_, j) => mention(i + j))
  const t = performance.now()
  inserted += await writePath(ms)
  times2.push(performance.now() - t)
}
print('write (redelivered)', redeliver, performance.now() - t0, times2)
console.log(
  `redelivered rows inserted: ${inserted} (expected 0); mentions stored: ${await countMentions(store)}`,
)

const from = '2026-11-23T00:00:00.000Z'
const to = '2026-11-24T00:00:00.000Z'
const careScope = {
  brands: ['northwind'],
  intents: ['complaint', 'question'],
  since: from,
  accounts: ['x:northwindhelp', '*:northwindhelp'],
}
const reads = {
  'volumeByMinute 24h': () => volumeByMinute(store, { from, to }),
  'brandSummary 24h': () => brandSummary(store, { from, to }),
  'recentMentions 50': () => recentMentions(store, { brand: 'crest', limit: 50 }),
  'careQueue 50': () => careQueue(store, { ...careScope, status: 'open', order: 'oldest', limit: 50 }),
  careCounts: () => careCounts(store, { ...careScope, dueCutoff: to, breachCutoff: to }),
  'careMetrics platform': () => careMetrics(store, { ...careScope, to, by: 'platform' }),
  'topTags 24h': () => topTags(store, { from, to, field: 'hashtags' }),
  'countMentions FINAL': () => countMentions(store),
}
async function timeReads(label) {
  for (const [name, fn] of Object.entries(reads)) {
    const ts = []
    for (let k = 0; k < 5; k++) {
      const t = performance.now()
      await fn()
      ts.push(performance.now() - t)
    }
    console.log(`${name.padEnd(24)} median ${pct(ts, 0.5).toFixed(1).padStart(7)} ms  (5 runs${label})`)
  }
}
await timeReads('')
const corrections = Number(process.env.BENCH_CORRECTIONS ?? 1000)
for (let c = 0; c < corrections; c++) {
  const i = Math.floor((c * total) / corrections)
  await insertLabelCorrection(store, {
    mention_id: `x:${i}`,
    correction_id: `c${c}`,
    brand: brands[i % brands.length],
    sentiment: 'positive',
    intent: 'praise',
    previous_sentiment: labels[i % 3],
    previous_intent: intents[i % intents.length],
    corrected_by: 'bench',
    corrected_role: 'operator',
    note: '',
    at: '2026-11-24T01:00:00.000Z',
  })
}
if (corrections > 0) await timeReads(`, ${corrections} corrections`)
await store.client.command({ query: `DROP DATABASE IF EXISTS \`${store.database}\`` })
await store.close()
rmSync(dir, { recursive: true, force: true })
