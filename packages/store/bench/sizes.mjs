// Where the bytes of a seeded store go. Prints figures; asserts nothing.
//
//   pnpm exec tsc -b packages/store
//   node packages/store/bench/sizes.mjs --rows 10000000 --dir /work/scale-data/10m [--columns 12]
//
// Opens database `scale_<rows>` under `--dir` (as bench/queries.mjs seeds it) read-only in
// effect (no migration, no write) and prints, from system.parts / system.parts_columns /
// system.projection_parts: bytes on disk per table and per projection, bytes per archive event
// (the store's whole size over mention_events' rows), and the widest columns of each big table
// and projection with their codec and compression ratio.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createStore } from '../dist/index.js'

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    dir: { type: 'string', default: process.env.SCALE_DATA ?? '.vigil/scale' },
    database: { type: 'string' },
    columns: { type: 'string', default: '12' },
  },
})
const database = args.database ?? `scale_${Number(args.rows)}`
const store = await createStore({ database, chdbPath: resolve(args.dir) })
const rows = async (query, params = {}) =>
  (
    await store.client.query({ query, query_params: { db: database, ...params }, format: 'JSONEachRow' })
  ).json()
const log = (event, fields = {}) => console.log(JSON.stringify({ event, ...fields }))
const mb = (b) => Math.round(Number(b) / 1e5) / 10

const tables = await rows(
  `SELECT table, sum(rows) AS rows, count() AS parts, sum(bytes_on_disk) AS bytes,
          sum(data_compressed_bytes) AS compressed, sum(data_uncompressed_bytes) AS raw,
          sum(primary_key_bytes_in_memory) AS pk, sum(secondary_indices_compressed_bytes) AS skip
   FROM system.parts WHERE database = {db:String} AND active GROUP BY table ORDER BY bytes DESC`,
)
const projections = await rows(
  `SELECT table, name, sum(rows) AS rows, sum(bytes_on_disk) AS bytes
   FROM system.projection_parts WHERE database = {db:String} AND active GROUP BY table, name ORDER BY bytes DESC`,
)
const events = Number(tables.find((t) => t.table === 'mention_events')?.rows ?? 0)
let total = 0
for (const t of tables) total += Number(t.bytes)
for (const t of tables) {
  const own = projections.filter((p) => p.table === t.table)
  const projBytes = own.reduce((s, p) => s + Number(p.bytes), 0)
  log('table', {
    table: t.table,
    rows: Number(t.rows),
    parts: Number(t.parts),
    mb: mb(t.bytes),
    projectionsMb: mb(projBytes),
    skipIndexMb: mb(t.skip),
    ratio: Math.round((Number(t.raw) / Math.max(1, Number(t.compressed))) * 10) / 10,
    bytesPerEvent: events ? Math.round(Number(t.bytes) / events) : null,
  })
  for (const p of own)
    log('projection', { table: t.table, name: p.name, rows: Number(p.rows), mb: mb(p.bytes) })
}
log('total', { mb: mb(total), events, bytesPerEvent: events ? Math.round(total / events) : null })

const limit = Number(args.columns)
const columns = await rows(
  `SELECT table, column, any(type) AS type, sum(column_data_compressed_bytes) AS compressed,
          sum(column_data_uncompressed_bytes) AS raw
   FROM system.parts_columns WHERE database = {db:String} AND active
   GROUP BY table, column ORDER BY compressed DESC`,
)
const codecs = new Map(
  (
    await rows(
      `SELECT table, name, compression_codec AS codec FROM system.columns WHERE database = {db:String}`,
    )
  ).map((c) => [`${c.table}.${c.name}`, c.codec || 'default']),
)
for (const t of tables.slice(0, 6)) {
  for (const c of columns.filter((x) => x.table === t.table).slice(0, limit))
    log('column', {
      table: t.table,
      column: c.column,
      type: c.type,
      codec: codecs.get(`${t.table}.${c.column}`),
      mb: mb(c.compressed),
      ratio: Math.round((Number(c.raw) / Math.max(1, Number(c.compressed))) * 10) / 10,
      bytesPerEvent: events ? Math.round((Number(c.compressed) / events) * 10) / 10 : null,
    })
}
// Projection columns (their own parts: a projection is a second copy with the table's codecs).
const projColumns = await rows(
  `SELECT table, name AS projection, column, sum(column_data_compressed_bytes) AS compressed
   FROM system.projection_parts_columns WHERE database = {db:String} AND active
   GROUP BY table, projection, column ORDER BY compressed DESC LIMIT {n:UInt32}`,
  { n: limit * 2 },
).catch((e) => {
  log('projection_columns_unavailable', { error: String(e.message).slice(0, 200) })
  return []
})
for (const c of projColumns)
  log('projection_column', {
    table: c.table,
    projection: c.projection,
    column: c.column,
    mb: mb(c.compressed),
  })
await store.close?.()
