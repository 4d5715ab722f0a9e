// What a seed costs per event, by write path. Prints figures; asserts nothing.
//
//   pnpm exec tsc -b packages/store packages/config
//   nice -n 5 node packages/store/bench/seed-cost.mjs --rows 400000 --dir /work/scale-data/tmp/cost \
//     [--variant normal|bulk|no-views|no-projections|generate-only] [--days 365]
//
// Seeds `--rows` mentions into a fresh database under `--dir` (dropped first and after) and
// prints the seed's process CPU time per archive event (the embedded engine runs in this
// process, on all its threads, so CPU time is what the seed cost whatever the load), wall time
// and the load average. The variants beside `normal` and `bulk` (src/seed/seed.ts) take parts of
// the write path away to show what each costs; their stores are incomplete on purpose.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadBrands } from '../../config/dist/index.js'
import { createStore, migrate, seed } from '../dist/index.js'

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '400000' },
    dir: { type: 'string', default: '.vigil/seed-cost' },
    variant: { type: 'string', default: 'normal' },
    days: { type: 'string', default: '365' },
    'chunk-days': { type: 'string', default: '31' },
    keep: { type: 'boolean', default: false },
  },
})
const VARIANTS = ['normal', 'bulk', 'no-views', 'no-projections', 'generate-only']
if (!VARIANTS.includes(args.variant)) throw new Error(`--variant is one of ${VARIANTS.join(', ')}`)
const rows = Number(args.rows)
const load = () => execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')
const log = (event, fields = {}) => console.log(JSON.stringify({ event, ...fields }))
const database = `seed_cost_${args.variant.replaceAll('-', '_')}`
const store = await createStore({ database, chdbPath: resolve(args.dir) })
const db = `\`${database}\``
const cmd = (query) => store.client.command({ query })
await cmd(`DROP DATABASE IF EXISTS ${db}`)
await cmd(`CREATE DATABASE ${db}`)
await migrate(store)
const views = ['mention_minute_mv', 'mention_hour_mv', 'mention_replies_mv', 'review_events_mv']
if (['no-views', 'no-projections', 'generate-only'].includes(args.variant))
  for (const v of views) await cmd(`DROP VIEW IF EXISTS ${db}.${v}`)
if (['no-projections', 'generate-only'].includes(args.variant)) {
  await cmd(`ALTER TABLE ${db}.mentions DROP PROJECTION IF EXISTS p_recent`)
  await cmd(`ALTER TABLE ${db}.mention_events DROP PROJECTION IF EXISTS p_archive`)
}
if (args.variant === 'generate-only') {
  // The archive and the state become Null tables: every row is generated, none is stored.
  for (const table of ['mentions', 'mention_events']) {
    await cmd(`CREATE TABLE ${db}.${table}_null AS ${db}.${table} ENGINE = Null`)
    await cmd(`EXCHANGE TABLES ${db}.${table} AND ${db}.${table}_null`)
  }
}
const plan = seed.planSeed({
  brands: loadBrands(),
  rows,
  endMs: Date.UTC(2026, 11, 1),
  days: Number(args.days),
})
log('start', { rows, variant: args.variant, load: load() })
const c0 = process.cpuUsage()
const report = await seed.runSeed(store, plan, undefined, {
  chunkDays: Number(args['chunk-days']),
  bulk: args.variant === 'bulk',
})
const c = process.cpuUsage(c0)
const cpuS = (c.user + c.system) / 1e6
const events = args.variant === 'generate-only' ? rows : report.events
log('seeded', {
  variant: args.variant,
  events,
  seconds: Math.round(report.seconds * 10) / 10,
  cpuSeconds: Math.round(cpuS * 10) / 10,
  cpuUsPerEvent: Math.round((cpuS / events) * 1e6 * 10) / 10,
  eventsPerSecond: Math.round(events / report.seconds),
  load: load(),
})
if (!args.keep) await cmd(`DROP DATABASE IF EXISTS ${db}`)
await store.close()
