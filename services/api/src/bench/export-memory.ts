/**
 * Explorer CSV export benchmark: seeds N mentions in a fresh embedded store, serves the api on
 * a local port and downloads the whole view as CSV, sampling the process's memory meanwhile.
 * The point is that memory stays flat while the rows stream (it does not grow with N). Prints
 * figures; asserts nothing. Run:
 *   pnpm exec tsc -b && node services/api/dist/bench/export-memory.js [rows=1000000]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, loadBrands } from '@vigil/config'
import { createStore, migrate } from '@vigil/store'
import { Registry } from 'prom-client'
import { buildApp } from '../app.js'
import { LiveHub } from '../live/hub.js'

const rows = Number(process.argv[2] ?? 1_000_000)
const mb = (b: number) => Math.round(b / 1048576)

const dir = mkdtempSync(join(tmpdir(), 'vigil-export-bench-'))
const store = await createStore({ database: 'bench_export', chdbPath: dir })
await migrate(store)
const t0 = performance.now()
// Generated in the engine: realistic sizes (a 120-character text, 1-2 brands), not realistic language.
await store.client.command({
  query: `INSERT INTO bench_export.mentions (id, platform, kind, url, author_id, author_handle, author_followers, text, lang, brands,
            sentiment, sentiment_score, intent, hashtags, created_at, received_at, enriched_at, last_event, version)
          SELECT concat('x:', toString(number)), ['x','reddit','facebook','news'][number % 4 + 1], 'post',
                 concat('https://x.example/', toString(number)), concat('u', toString(number % 50000)),
                 concat('user', toString(number % 50000)), number % 100000,
                 concat('Northwind card declined again, app down since morning, please fix it now ', repeat('x', 40), toString(number)),
                 ['en','de','nl','zh'][number % 4 + 1], if(number % 3 = 0, ['northwind','crest'], ['northwind']),
                 ['negative','neutral','positive'][number % 3 + 1], (number % 200) / 100 - 1, 'complaint', ['#appdown'],
                 now64(3) - toIntervalSecond(number % 2000000), now64(3), now64(3), 'create', 1
          FROM numbers({n:UInt64})`,
  query_params: { n: rows },
})
const seeded = performance.now() - t0

const brands = loadBrands()
const registry = new Registry()
const app = await buildApp({
  store,
  hub: new LiveHub({ brands: brands.map((b) => b.id), registry }),
  logger: createLogger('bench-export', 'warn'),
  registry,
  brands,
})
await app.listen({ host: '127.0.0.1', port: 0 })
const port = (app.server.address() as AddressInfo).port

global.gc?.()
const before = process.memoryUsage()
let peakRss = before.rss
let peakHeap = before.heapUsed
const sampler = setInterval(() => {
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
}, 50)

const t1 = performance.now()
const res = await fetch(`http://127.0.0.1:${port}/api/explorer/export.csv?hours=9600`)
let bytes = 0
let lines = 0
for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
  bytes += chunk.byteLength
  for (const b of chunk) if (b === 10) lines++
}
const secs = (performance.now() - t1) / 1000
clearInterval(sampler)

console.log(`seeded ${rows} rows in ${(seeded / 1000).toFixed(1)} s`)
console.log(
  `exported ${lines - 1} rows, ${mb(bytes)} MB of CSV in ${secs.toFixed(1)} s (${Math.round((lines - 1) / secs)} rows/s), HTTP ${res.status}`,
)
console.log(
  `rss before ${mb(before.rss)} MB, peak ${mb(peakRss)} MB (+${mb(peakRss - before.rss)}); js heap before ${mb(before.heapUsed)} MB, peak ${mb(peakHeap)} MB`,
)
console.log(
  JSON.stringify({
    rows,
    exported: lines - 1,
    csvMB: mb(bytes),
    seconds: Number(secs.toFixed(1)),
    rssBeforeMB: mb(before.rss),
    rssPeakMB: mb(peakRss),
    heapPeakMB: mb(peakHeap),
  }),
)
await app.close()
await store.close()
rmSync(dir, { recursive: true, force: true })
