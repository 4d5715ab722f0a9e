/**
 * What a pass-through could save: chDB parsing the enriched record's own JSON against the sink's
 * path today (a script, not a test; scratch tables in a temporary embedded chDB). Each way runs
 * over the same primary copies in blocks, into tables of engine Null (no views, no parts), so
 * only decoding and parsing are measured; CPU of the whole process (chDB's threads included),
 * µs per mention, for passes 2..N (the first warms up):
 *
 *   - `decode`: `decodeEnrichedMention` (UTF-8, `JSON.parse`, the schema check);
 *   - `decode+row`: that and `mentionStreamLine` (the sink's JS per mention);
 *   - `tsv-insert`: chDB's parse of the prebuilt TSV blocks (`mention_stream`'s columns);
 *   - `today`: decode, row and TSV insert, as the sink does;
 *   - `json-insert`: the records' bytes as they came, JSONEachRow into a table shaped like the
 *     enriched record (nested objects as named tuples, times as text). A lower bound: no
 *     validation and none of the row's derived columns (unique brands, stances, ClickHouse times).
 *
 *   pnpm exec tsc -b
 *   node bench/load/stage-costs.mjs --write-input /tmp/raw-20k.jsonl --count 20000
 *   nice -n 10 node bench/load/sink-passthrough.mjs --input /tmp/raw-20k.jsonl [--passes 4]
 *
 * The records are the enricher's for that input (its real NLP, as stage-costs.mjs makes them).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as config from '../../packages/config/dist/index.js'
import * as nlpBuild from '../../packages/nlp/dist/index.js'
import * as schema from '../../packages/schema/dist/index.js'
import { createStore, migrate } from '../../packages/store/dist/index.js'
import {
  MENTION_STREAM_COLUMNS,
  mentionStreamBody,
  mentionStreamLine,
  SINK_INSERT_SETTINGS,
} from '../../packages/store/dist/mention-lines.js'
import * as enr from '../../services/enricher/dist/index.js'
import * as step from '../../services/enricher/dist/step.js'
import { wireEnricherNlp } from './lib/enricher-nlp.mjs'

const { values: args } = parseArgs({
  options: {
    input: { type: 'string' },
    passes: { type: 'string', default: '4' },
    block: { type: 'string', default: '5000' },
  },
})
if (!args.input) throw new Error('--input FILE (bench/load/stage-costs.mjs --write-input)')
const BLOCK = Number(args.block)

// The enricher's records for the input, as stage-costs.mjs makes them; primary copies only.
const { brands, nlp } = await wireEnricherNlp({ enr, config, nlp: nlpBuild }, 'sink-passthrough')
const place = schema.brandPlacement(brands, 3)
const raw = readFileSync(args.input, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => Buffer.from(l))
const enrich = step.createEnrichBatchStep(nlp, () => '2026-12-07T12:00:00.000Z', null)
const recs = []
for (let i = 0; i < raw.length; i += 1_667) {
  for (const r of enrich(raw.slice(i, i + 1_667))) {
    if (r.kind !== 'ok') continue
    const [primary] = step.enrichedRecords(r.value, place)
    recs.push(Buffer.from(primary.value))
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-sink-passthrough-'))
const store = await createStore({ database: 'pt', chdbPath: dir })
await migrate(store)
await store.client.command({ query: 'CREATE TABLE pt.s_tsv AS pt.mention_stream ENGINE = Null' })
await store.client.command({
  query: `CREATE TABLE pt.s_json (
    id String, event String, platform String, kind String, url String,
    author Tuple(id String, handle String, followers UInt64, verified Bool, isBrandAccount Bool),
    text String, createdAt String, receivedAt String, inReplyTo Nullable(String), conversationId Nullable(String),
    engagement Tuple(likes UInt64, shares UInt64, replies UInt64, views UInt64),
    rating Nullable(Float32), appVersion Nullable(String), lang String,
    brands Array(Tuple(brand String, via String, sentiment Tuple(label String, score Float32))),
    sentiment Tuple(label String, score Float32), intent String, intentReasons Array(String),
    hashtags Array(String), cashtags Array(String), handles Array(String), urls Array(String),
    terms Array(String), pii Array(String), markets Array(String), enrichedAt String,
    models Tuple(sentiment String, intent String)
  ) ENGINE = Null`,
})

const tsvBlock = (part) =>
  mentionStreamBody(
    part.map((r) => ({ line: mentionStreamLine(schema.decodeEnrichedMention(r).value), archive: true })),
  )
const insertTsv = (body) =>
  store.rawInsert({
    table: 'pt.s_tsv',
    format: 'TSV',
    columns: MENTION_STREAM_COLUMNS,
    values: body,
    settings: SINK_INSERT_SETTINGS,
  })
const blocks = (f) => {
  const out = []
  for (let i = 0; i < recs.length; i += BLOCK) out.push(f(recs.slice(i, i + BLOCK)))
  return out
}
const prebuilt = blocks(tsvBlock)
const NL = Buffer.from('\n')

const ways = {
  decode: async () => {
    for (const r of recs) schema.decodeEnrichedMention(r)
  },
  'decode+row': async () => {
    for (const r of recs) mentionStreamLine(schema.decodeEnrichedMention(r).value)
  },
  'tsv-insert': async () => {
    for (const body of prebuilt) await insertTsv(body)
  },
  today: async () => {
    for (let i = 0; i < recs.length; i += BLOCK) await insertTsv(tsvBlock(recs.slice(i, i + BLOCK)))
  },
  'json-insert': async () => {
    for (let i = 0; i < recs.length; i += BLOCK) {
      const pieces = []
      for (const r of recs.slice(i, i + BLOCK)) pieces.push(r, NL)
      await store.rawInsert({
        table: 'pt.s_json',
        format: 'JSONEachRow',
        values: Buffer.concat(pieces),
        settings: { ...SINK_INSERT_SETTINGS, input_format_skip_unknown_fields: 1 },
      })
    }
  },
}

const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const us = Object.fromEntries(Object.keys(ways).map((name) => [name, []]))
const load = [loadavg()[0]]
for (let p = 0; p < Number(args.passes); p++) {
  for (const [name, run] of Object.entries(ways)) {
    const t = cpuMs()
    await run()
    if (p > 0) us[name].push(Number((((cpuMs() - t) * 1000) / recs.length).toFixed(1)))
  }
}
load.push(loadavg()[0])
await store.close()
rmSync(dir, { recursive: true, force: true })
for (const [name, xs] of Object.entries(us)) console.log(`${name.padEnd(12)} ${xs.join(' / ')} µs a mention`)
console.log(JSON.stringify({ mentions: recs.length, block: BLOCK, load, usPerMention: us }))
process.exit(0)
