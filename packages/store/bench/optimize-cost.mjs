// What merging a seeded store costs: `OPTIMIZE TABLE … FINAL` of each wide table, its wall and
// process CPU time (the embedded engine runs in this process), parts and bytes before and after,
// and the most disk it took while it ran. Prints figures; asserts nothing. Rewrites the store:
// run it on a copy, or on the store itself only on an idle machine with the disk to spare.
//
//   node packages/store/bench/optimize-cost.mjs --rows 10000000 --dir <copy> [--tables mentions,mention_events]
import { execFileSync } from 'node:child_process'
import { statfsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createStore } from '../dist/index.js'

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string' },
    dir: { type: 'string' },
    tables: { type: 'string', default: 'mention_events,mentions' },
  },
})
if (!args.rows || !args.dir) throw new Error('--rows and --dir are required')
const dir = resolve(args.dir)
const database = `scale_${Number(args.rows)}`
const log = (event, fields = {}) => console.log(JSON.stringify({ event, ...fields }))
const load = () => execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')
const freeBytes = () => {
  const f = statfsSync(dir)
  return f.bavail * f.bsize
}

const store = await createStore({ database, chdbPath: dir })
// Only the merge asked for: no background merge of other tables meanwhile.
await store.client.command({ query: 'SYSTEM STOP MERGES' })
const parts = async (table) => {
  const rs = await store.client.query({
    query: `SELECT count() AS parts, sum(rows) AS rows, sum(bytes_on_disk) AS bytes FROM system.parts
            WHERE database = {db:String} AND table = {table:String} AND active`,
    query_params: { db: database, table },
    format: 'JSONEachRow',
  })
  const [r] = await rs.json()
  return { parts: Number(r.parts), rows: Number(r.rows), mb: Math.round(Number(r.bytes) / 1e6) }
}

for (const table of args.tables.split(',')) {
  const before = await parts(table)
  const free0 = freeBytes()
  let minFree = free0
  const watch = setInterval(() => {
    minFree = Math.min(minFree, freeBytes())
  }, 500)
  await store.client.command({ query: `SYSTEM START MERGES \`${database}\`.${table}` })
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  await store.client.command({
    query: `OPTIMIZE TABLE \`${database}\`.${table} FINAL`,
    clickhouse_settings: { optimize_throw_if_noop: 0 },
  })
  const c = process.cpuUsage(c0)
  const seconds = (performance.now() - t0) / 1000
  clearInterval(watch)
  await store.client.command({ query: `SYSTEM STOP MERGES \`${database}\`.${table}` })
  const after = await parts(table)
  const cpuSeconds = (c.user + c.system) / 1e6
  log('optimized', {
    table,
    before,
    after,
    seconds: Math.round(seconds),
    cpuSeconds: Math.round(cpuSeconds),
    cpuMicrosPerRow: Math.round((cpuSeconds / Math.max(1, before.rows)) * 1e7) / 10,
    // The old parts stay on disk until the merged one replaces them.
    peakExtraGb: Math.round((free0 - minFree) / 1e8) / 10,
    load: load(),
  })
}
await store.close()
