// Query latency at scale on the embedded engine. Prints figures; asserts nothing.
//
//   pnpm exec tsc -b packages/store packages/config
//   node packages/store/bench/queries.mjs --rows 10000000 [--dir /work/scale-data] [--runs 15] [--brands FILE]
//
// Seeds `--rows` mentions (a year of the generator's mix, see src/seed/) into database
// `scale_<rows>` under `--dir` (default $SCALE_DATA or .vigil/scale), or reuses that database
// when it already holds a finished seed of that size, or resumes a bulk seed stopped or killed
// part-way (src/seed/resume.ts; a run that stops before the end prints `seed_stopped`);
// applies any missing migration first (so an older seeded store is migrated as a production
// store would be). Then times every query of
// query-registry.mjs, `--runs` times each after one warm-up, beside a plain count() of the same
// table as the floor. The last line is one JSON object:
//   {"rows":N,"queries":{"<name>":{"p50":ms,"p95":ms},…},"floor":{"p50":ms,"p95":ms}}
import { execFileSync } from 'node:child_process'
import { existsSync, statfsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadBrands } from '../../config/dist/index.js'
import { createStore, decideVoiceDays, migrate, seed } from '../dist/index.js'
import { CAP, QUERIES } from './query-registry.mjs'

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    dir: { type: 'string', default: process.env.SCALE_DATA ?? '.vigil/scale' },
    runs: { type: 'string', default: '15' },
    brands: { type: 'string' },
    only: { type: 'string' },
    // Seeding only: days per INSERT, and whether merges wait until every INSERT ran (src/seed/seed.ts).
    'chunk-days': { type: 'string', default: '31' },
    merges: { type: 'string', default: 'live' },
    // bulk: the large-seed write path (src/seed/bulk.ts), newest days first; normal: as the sink writes.
    write: { type: 'string', default: 'normal' },
    // Seeding ends before its next INSERT once this file exists (bulk only; the seed is then partial).
    'stop-file': { type: 'string' },
    // Seed (or reuse) and exit, without deciding voice days or timing queries.
    'seed-only': { type: 'boolean', default: false },
    // held: no background merge while queries are timed (a bulk seed leaves its parts unmerged,
    // and merging them would compete with the timed reads); the parts are measured as they are.
    'bench-merges': { type: 'string', default: 'live' },
    // Decide the author cap's stored days (011) only for the last N days: deciding a year at
    // 10^8 rows takes over an hour; a competitor read reaching further back then runs live.
    'voice-days': { type: 'string' },
    // The disk is shared: seeding stops when less than this is left free on --dir's file system.
    'min-free-gb': { type: 'string', default: '15' },
  },
})
if (!['held', 'live'].includes(args.merges)) throw new Error('--merges is held or live')
if (!['bulk', 'normal'].includes(args.write)) throw new Error('--write is bulk or normal')
const rows = Number(args.rows)
if (!Number.isInteger(rows) || rows < 1000) throw new Error('--rows must be an integer ≥ 1000')
const runs = Math.max(2, Number(args.runs))
const dir = resolve(args.dir)
const database = `scale_${rows}`
const brands = loadBrands(args.brands)

const load = () => {
  try {
    return execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')
  } catch {
    return 'unknown'
  }
}
const log = (event, fields = {}) => console.log(JSON.stringify({ event, ...fields }))
const store = await createStore({ database, chdbPath: dir })
const one = async (query, params = {}) =>
  (await (await store.client.query({ query, query_params: params, format: 'JSONEachRow' })).json())[0]

// No merge may run before the seeding decision: a stopped bulk seed's unmerged parts are its
// checkpoint (src/seed/resume.ts). Merges start again below unless --bench-merges held.
await store.client.command({ query: 'SYSTEM STOP MERGES' })
const migrated = await migrate(store)
log('migrated', { applied: migrated.applied })
await store.client.command({
  query: `CREATE TABLE IF NOT EXISTS \`${database}\`.seed_info (rows UInt64, mentions UInt64, events UInt64,
    start_ms UInt64, end_ms UInt64, seconds Float64, at DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY at`,
})
let info = await one(
  `SELECT * FROM \`${database}\`.seed_info WHERE rows = {rows:UInt64} ORDER BY at DESC LIMIT 1`,
  {
    rows,
  },
)
// A bulk seed stopped (--stop-file, --min-free-gb) or killed continues where it ended: from its
// checkpoint, or, for one stopped before checkpoints existed, from what its rows show.
const planOf = (endMs) => seed.planSeed({ brands, rows, endMs })
let plan = null
let resume = null
const checkpoint = await seed.readCheckpoint(store)
if (checkpoint && !checkpoint.finished) {
  plan = planOf(checkpoint.endMs)
  resume = checkpoint
} else if (info && !checkpoint) {
  plan = planOf(Number(info.end_ms))
  resume = await seed.checkpointFromRows(store, plan, await seed.fedViews(store))
}
if (resume && args.write !== 'bulk')
  throw new Error(`${database} holds a stopped bulk seed: run again with --write bulk to finish it`)
if (!info || resume) {
  if (!resume) {
    const existing = await one(`SELECT count() AS n FROM \`${database}\`.mentions`)
    if (Number(existing.n) > 0)
      throw new Error(`${database} holds mentions but no finished seed: drop it and run again`)
  }
  const minFree = Number(args['min-free-gb']) * 1e9
  const freeBytes = () => {
    const f = statfsSync(dir)
    return f.bavail * f.bsize
  }
  const checkDisk = () => {
    if (freeBytes() < minFree)
      throw new Error(`stopped: ${Math.round(freeBytes() / 1e9)} GB free on ${dir}, under --min-free-gb`)
  }
  checkDisk()
  plan ??= planOf(Date.now())
  log(resume ? 'resuming' : 'seeding', {
    rows,
    dir,
    database,
    freeGb: Math.round(freeBytes() / 1e9),
    ...(resume && {
      from: new Date(resume.doneToMs).toISOString(),
      start: new Date(plan.startMs).toISOString(),
      end: new Date(plan.endMs).toISOString(),
      hoursLeft: (resume.doneToMs - plan.startMs) / 3_600_000,
    }),
  })
  const seedCpu0 = process.cpuUsage()
  const report = await seed.runSeed(
    store,
    plan,
    (p) => {
      log('seed_progress', {
        hours: p.doneHours,
        of: p.totalHours,
        seconds: Math.round(p.seconds),
        load: load(),
        freeGb: Math.round(freeBytes() / 1e9),
      })
      checkDisk()
    },
    {
      chunkDays: Number(args['chunk-days']),
      holdMerges: args.merges === 'held',
      bulk: args.write === 'bulk',
      shouldStop: args['stop-file'] ? () => existsSync(args['stop-file']) : undefined,
      onMerged: (table, seconds) => log('seed_merged', { table, seconds: Math.round(seconds), load: load() }),
      resume: resume ?? undefined,
    },
  )
  const seedCpu = process.cpuUsage(seedCpu0)
  const fields = {
    ...report,
    rowsPerSecond: Math.round(report.events / report.seconds),
    // The engine runs in this process: its CPU time is what the seed cost, whatever the load.
    cpuSeconds: Math.round((seedCpu.user + seedCpu.system) / 1e5) / 10,
    cpuMicrosPerEvent: Math.round(((seedCpu.user + seedCpu.system) / Math.max(1, report.events)) * 10) / 10,
    load: load(),
  }
  const after = args.write === 'bulk' ? await seed.readCheckpoint(store) : null
  if (after && !after.finished) {
    log('seed_stopped', {
      ...fields,
      writtenFrom: new Date(after.doneToMs).toISOString(),
      rerun: 'the same command resumes it',
    })
    await store.close()
    process.exit(0)
  }
  const total = await seed.count(store)
  await store.client.insert({
    table: `\`${database}\`.seed_info`,
    values: [
      {
        rows,
        mentions: total.creates,
        events: total.events,
        start_ms: report.startMs,
        end_ms: report.endMs,
        // A resumed seed's time is the sum of its runs.
        seconds: report.seconds + (resume && info ? Number(info.seconds) : 0),
      },
    ],
    format: 'JSONEachRow',
  })
  log('seeded', fields)
  info = await one(`SELECT * FROM \`${database}\`.seed_info ORDER BY at DESC LIMIT 1`)
} else {
  log('reusing', { rows, mentions: Number(info.mentions), seededSeconds: Number(info.seconds) })
}
if (args['bench-merges'] !== 'held') await store.client.command({ query: 'SYSTEM START MERGES' })

const sizes = await (
  await store.client.query({
    query: `SELECT table, sum(rows) AS rows, count() AS parts, sum(bytes_on_disk) AS bytes
            FROM system.parts WHERE database = {db:String} AND active GROUP BY table ORDER BY table`,
    query_params: { db: database },
    format: 'JSONEachRow',
  })
).json()
for (const s of sizes)
  log('table', {
    table: s.table,
    rows: Number(s.rows),
    parts: Number(s.parts),
    mb: Math.round(Number(s.bytes) / 1e6),
  })
let du = ''
try {
  du = execFileSync('du', ['-sh', dir]).toString().trim()
} catch {
  du = 'unknown'
}
log('disk', { du })
if (args['seed-only']) {
  await store.close()
  process.exit(0)
}

// The context every registry entry reads: the seed's end is "now", so windows hold data.
const endMs = Number(info.end_ms)
const sample = await (
  await store.client.query({
    query: `SELECT id FROM \`${database}\`.mentions WHERE created_at >= {from:DateTime64(3, 'UTC')} LIMIT 500`,
    query_params: { from: new Date(endMs - 6 * 3600_000).toISOString().replace('T', ' ').replace('Z', '') },
    format: 'JSONEachRow',
  })
).json()
const ctx = {
  now: new Date(endMs),
  hoursAgo: (h) => new Date(endMs - h * 3_600_000),
  brand: brands.find((b) => b.role === 'own')?.id ?? brands[0].id,
  brands: brands.map((b) => b.id),
  ids: sample.slice(0, 20).map((r) => r.id),
  id: sample[0]?.id ?? 'none',
  batchIds: sample.map((r) => r.id),
  version:
    (
      await one(
        `SELECT app_version AS v FROM \`${database}\`.mention_events WHERE app_version != '' ORDER BY created_at DESC LIMIT 1`,
      )
    )?.v ?? '7.0.0',
  market:
    (
      await one(
        `SELECT arrayJoin(markets) AS m, count() AS n FROM \`${database}\`.mention_events GROUP BY m ORDER BY n DESC LIMIT 1`,
      )
    )?.m ?? 'GB',
  hashtag:
    (
      await one(
        `SELECT arrayJoin(hashtags) AS h, count() AS n FROM \`${database}\`.mention_events GROUP BY h ORDER BY n DESC LIMIT 1`,
      )
    )?.h ?? '#none',
}

// The author cap's verdicts of settled days (011), as the sink decides them hourly: the first
// run on a seeded store decides the whole year, later runs nothing.
const voiceDays = args['voice-days'] ? Number(args['voice-days']) : undefined
const decided = await decideVoiceDays(store, CAP, {
  now: new Date(endMs),
  since: voiceDays ? new Date(Math.floor(endMs / 86_400_000 - voiceDays) * 86_400_000) : undefined,
})
log('voice_days_decided', { ...decided, seconds: Math.round(decided.seconds * 10) / 10 })

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}
const round = (x) => Math.round(x * 10) / 10
// Besides wall time, the process's CPU time per run (the embedded engine runs in this process,
// on all its threads): on a machine shared with other jobs, wall time mostly measures the wait
// for a core, CPU time what the query itself costs. Printed in the per-query lines only; the
// last line keeps the format.
const cpu = new Map()
async function time(fn, name) {
  await fn() // warm-up: first read of the columns, query parse
  const ms = []
  const cpuMs = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await fn()
    const c = process.cpuUsage(c0)
    ms.push(performance.now() - t0)
    cpuMs.push((c.user + c.system) / 1000)
  }
  if (name) cpu.set(name, { cpuP50: round(pct(cpuMs, 50)), cpuP95: round(pct(cpuMs, 95)) })
  return { p50: round(pct(ms, 50)), p95: round(pct(ms, 95)) }
}

log('machine', { load: load(), merges: args['bench-merges'] })
const floor = await time(() => one(`SELECT count() AS n FROM \`${database}\`.mentions`))
log('floor', { query: 'SELECT count() FROM mentions', ...floor })
const results = {}
const only = args.only ? new RegExp(args.only) : null
for (const [name, fn] of QUERIES) {
  if (only && !only.test(name)) continue
  let n = 0
  results[name] = await time(async () => {
    const r = await fn(store, ctx)
    // A list, a page ({ rows }), a count, or a Set of keys.
    n = Array.isArray(r)
      ? r.length
      : Array.isArray(r?.rows)
        ? r.rows.length
        : typeof r === 'number'
          ? r
          : (r?.size ?? 0)
  }, name)
  log('query', { name, ...results[name], ...cpu.get(name), rowsBack: n })
}
log('machine', { load: load() })
await store.close()
console.log(JSON.stringify({ rows, queries: results, floor }))
