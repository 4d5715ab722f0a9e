// The explorer's CSV export at scale on the embedded engine. Prints figures; asserts nothing.
//
//   pnpm exec tsc -b packages/store
//   node packages/store/bench/export.mjs --dir /work/scale-data/10m --rows 10000000 [--days 30] [--paged-hours 24]
//
// Reuses a seed of the query bench (bench/queries.mjs: database scale_<rows> under --dir). Times
// the engine-written export (explorer/csv.ts) over the last --days of the seed, and the older
// path (rows paged as JSON, CSV built in JavaScript) over --paged-hours, each as rows/s.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createStore, explorerCsv, explorerRows } from '../dist/index.js'

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    dir: { type: 'string', default: process.env.SCALE_DATA ?? '.vigil/scale' },
    days: { type: 'string', default: '30' },
    'paged-hours': { type: 'string', default: '24' },
  },
})
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const log = (event, f = {}) => console.log(JSON.stringify({ event, ...f }))
const store = await createStore({ database: `scale_${Number(args.rows)}`, chdbPath: resolve(args.dir) })
const [info] = await (
  await store.client.query({
    query: `SELECT end_ms FROM \`${store.database}\`.seed_info ORDER BY at DESC LIMIT 1`,
    format: 'JSONEachRow',
  })
).json()
const to = new Date(Number(info.end_ms))
const since = (h) => new Date(to.getTime() - h * 3_600_000)

async function engine(hours) {
  const t0 = performance.now()
  let rows = 0
  let bytes = 0
  let rss = 0
  for await (const chunk of explorerCsv(store, { from: since(hours), to, max: 5_000_000 })) {
    bytes += chunk.length
    for (let i = chunk.indexOf('\r\n'); i !== -1; i = chunk.indexOf('\r\n', i + 2)) rows++
    rss = Math.max(rss, process.memoryUsage().rss)
  }
  return {
    rows,
    mb: Math.round(bytes / 1e6),
    seconds: (performance.now() - t0) / 1000,
    rssMb: Math.round(rss / 1e6),
  }
}
async function paged(hours) {
  const t0 = performance.now()
  let rows = 0
  for await (const _ of explorerRows(store, { from: since(hours), to, pageSize: 10_000, max: 5_000_000 }))
    rows++
  return { rows, seconds: (performance.now() - t0) / 1000 }
}
const rate = (r) => Math.round(r.rows / r.seconds)

log('machine', { load: load() })
const e = await engine(Number(args.days) * 24)
log('export_engine_csv', { days: Number(args.days), ...e, rowsPerSecond: rate(e), load: load() })
const p = await paged(Number(args['paged-hours']))
log('export_paged_json', { hours: Number(args['paged-hours']), ...p, rowsPerSecond: rate(p), load: load() })
const e2 = await engine(Number(args['paged-hours']))
log('export_engine_csv', { hours: Number(args['paged-hours']), ...e2, rowsPerSecond: rate(e2), load: load() })
await store.close()
