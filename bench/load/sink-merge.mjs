/**
 * What the store's background merges cost per mention at a steady rate, and which schema or
 * merge settings cut it. `sink-insert.mjs` times inserts back to back and idles 5 s: merges have
 * not started by then. Here one process writes the sink's TSV blocks (the generator's enriched
 * mentions, fresh ids per block, serial parsing) at `--rate` mentions per second, one block a
 * second as the sink does, for `--seconds`, into a fresh embedded chDB migrated as the sink's
 * store is, then altered by `--variant`; it prints the CPU per mention of chDB's merge threads
 * (`MergeMutate`), of the rest of chDB's threads and of the whole process (the JS encode
 * included, the same in every variant), and the parts active at the end. Run the variants one
 * process each, alternating, so a busy neighbour falls on all of them:
 *
 *   pnpm exec tsc -b
 *   for v in base no-recent base no-recent; do nice -n 5 node bench/load/sink-merge.mjs --variant $v; done
 *
 * `--share`: what one merge of each table costs per row. `--seconds` blocks are written with
 * merges stopped, into the store and into a copy without `p_recent`; then each table is merged
 * into one part on its own (the others' merges still stopped) and the process CPU of that merge
 * is divided by the rows:
 *
 *   nice -n 5 node bench/load/sink-merge.mjs --share --seconds 10
 *
 * `--variant archive-state` / `archive-state-noproj` (2026-12-07, perfsink): one wide table
 * instead of two, a first sighting written to the archive only (with and without the
 * time-ordered copy of every column the api's window reads would need there); measured, not
 * built: bench/load/README.md "perfsink".
 *
 * `--variant no-lower` / `no-lower-base-8` (2026-12-07, perfembed): the merge selector's
 * heuristic that narrows merges as parts pile up turned off, and with it `merge_selector_base` 8;
 * `--settle S`: after the last block, wait up to S s for the merges still running or owed (none
 * running twice in a row) and print the CPU per mention including them (`settled`), so a variant
 * that defers merges past the run is charged for them.
 *
 * `--write stream` (default; the sink since load6s): each block is one insert of one row per
 * mention into `mention_stream`, whose views write both tables (store migration 016);
 * `--write two`: the two blocks of before (`mentions`, then `mention_events`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  insertMentionStream,
  mentionStreamLine,
  mentionTsvLines,
  migrate,
  SINK_INSERT_SETTINGS,
} from '../../packages/store/dist/index.js'
import { enrichedStream } from './lib/mentions.mjs'
import { decodeBlock, insertBothTables, loadAverage, recordsFor, withTempStore } from './lib/sink-measure.mjs'

const STREAM_COLUMNS = `id, platform, kind, url, author_id, author_handle, author_followers, author_verified,
  author_is_brand, text, lang, brands, brand_via, brand_sentiment, brand_sentiment_score, sentiment, sentiment_score,
  intent, pii, hashtags, terms, likes, shares, replies, views, rating, app_version, in_reply_to, conversation_id,
  markets, created_at, received_at, enriched_at, sentiment_model, intent_model`
const ARCHIVE_STATE = [
  `ALTER TABLE {db}.mention_events ADD COLUMN intent_reasons Array(String), ADD COLUMN cashtags Array(String),
   ADD COLUMN handles Array(String), ADD COLUMN version UInt64`,
  'DROP VIEW {db}.mention_stream_event_mv',
  `CREATE MATERIALIZED VIEW {db}.mention_stream_event_mv TO {db}.mention_events AS
   SELECT ${STREAM_COLUMNS}, event, event_key, intent_reasons, cashtags, handles, version FROM {db}.mention_stream WHERE archive = 1`,
  'DROP VIEW {db}.mention_stream_state_mv',
  `CREATE MATERIALIZED VIEW {db}.mention_stream_state_mv TO {db}.mentions AS
   SELECT ${STREAM_COLUMNS}, intent_reasons, cashtags, handles, event AS last_event, toUInt8(event = 'delete') AS deleted,
          version FROM {db}.mention_stream WHERE archive = 0`,
  `CREATE MATERIALIZED VIEW {db}.mention_stream_replies_mv TO {db}.mention_replies AS
   SELECT created_at, id, in_reply_to AS reply_to, platform, author_id, author_handle FROM {db}.mention_stream
   WHERE in_reply_to != '' AND archive = 1`,
]

/** Statements run after the migrations, per variant (`{db}` is the database). */
export const VARIANTS = {
  base: [],
  'no-recent': ['ALTER TABLE {db}.mentions DROP PROJECTION p_recent'],
  'no-archive': ['ALTER TABLE {db}.mention_events DROP PROJECTION p_archive'],
  'no-proj': [
    'ALTER TABLE {db}.mentions DROP PROJECTION p_recent',
    'ALTER TABLE {db}.mention_events DROP PROJECTION p_archive',
  ],
  'base-8': ['mentions', 'mention_events'].map(
    (t) => `ALTER TABLE {db}.${t} MODIFY SETTING merge_selector_base = 8`,
  ),
  // The wide tables as before store migration 017 (merge_selector_base 8 since then).
  'base-5': ['mentions', 'mention_events'].map(
    (t) => `ALTER TABLE {db}.${t} MODIFY SETTING merge_selector_base = 5`,
  ),
  'base-12': ['mentions', 'mention_events'].map(
    (t) => `ALTER TABLE {db}.${t} MODIFY SETTING merge_selector_base = 12`,
  ),
  // The simple merge selector's heuristic that narrows merges as parts pile up (on by default
  // in chDB 26.7): more, smaller merges, so each row is rewritten more often (ClickHouse docs,
  // merge_tree_settings "merge_selector_enable_heuristic_to_lower_max_parts_to_merge_at_once").
  'no-lower': ['mentions', 'mention_events'].map(
    (t) =>
      `ALTER TABLE {db}.${t} MODIFY SETTING merge_selector_enable_heuristic_to_lower_max_parts_to_merge_at_once = 0`,
  ),
  'no-lower-base-8': ['mentions', 'mention_events'].map(
    (t) =>
      `ALTER TABLE {db}.${t} MODIFY SETTING merge_selector_enable_heuristic_to_lower_max_parts_to_merge_at_once = 0, merge_selector_base = 8`,
  ),
  // One wide table (issue 14, perfsink): a first sighting is written to the archive only, which
  // gains the state-only columns; `mentions` keeps the repeats (archive = 0) and the replies view
  // hangs off the stream. `archive-state` adds the time-ordered copy of every column that the
  // api's window reads would need on the archive (what `p_recent` is on `mentions`).
  'archive-state-noproj': ARCHIVE_STATE,
  'archive-state': [
    ...ARCHIVE_STATE,
    'ALTER TABLE {db}.mention_events ADD PROJECTION p_state (SELECT * ORDER BY created_at)',
  ],
}

const { values: args } = parseArgs({
  options: {
    variant: { type: 'string', default: 'base' },
    rate: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '90' },
    pool: { type: 'string', default: '20000' },
    every: { type: 'string', default: '1' },
    share: { type: 'boolean', default: false },
    write: { type: 'string', default: 'stream' },
    settle: { type: 'string', default: '0' },
  },
})
const rate = Number(args.rate)
const seconds = Number(args.seconds)
/** Seconds between blocks: a block carries `rate * every` mentions (the sink's linger). */
const every = Number(args.every)
const statements = VARIANTS[args.variant]
if (!statements) throw new Error(`unknown variant ${args.variant}; one of ${Object.keys(VARIANTS)}`)

const HZ = 100
/** CPU seconds of this process by thread: the JS thread, chDB's merges, everything else. */
function cpuByThread() {
  const out = { js: 0, merge: 0, other: 0 }
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const raw = readFileSync(`/proc/self/task/${t}/stat`, 'utf8')
      const name = raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'))
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ')
      const s = (Number(f[11]) + Number(f[12])) / HZ
      const k = t === String(process.pid) ? 'js' : name.startsWith('MergeMutate') ? 'merge' : 'other'
      out[k] += s
    } catch {}
  }
  return out
}

const mentions = [...enrichedStream(Number(args.pool))].flat()
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const blockMentions = (s, size) => {
  const from = (s * rate) % mentions.length
  const slice = Array.from({ length: size }, (_, i) => mentions[(from + i) % mentions.length])
  return decodeBlock(recordsFor(slice, `s${s}`))
}
const blockRows = (s, size) => blockMentions(s, size).map(mentionTsvLines)
const inserter = (store, db) => (table, columns, lines) =>
  store.rawInsert({
    table: `${db}.${table}`,
    format: 'TSV',
    columns,
    values: Buffer.from(lines.join('')),
    settings: SINK_INSERT_SETTINGS,
  })
if (args.share) {
  await withTempStore('vigil-sink-merge-', async (store) => {
    await migrate(store)
    await migrate({ ...store, database: 'norecent' })
    await store.client.command({ query: 'ALTER TABLE norecent.mentions DROP PROJECTION p_recent' })
    await store.client.command({ query: 'SYSTEM STOP MERGES' })
    for (let s = 0; s < seconds; s++) {
      const rows = blockRows(s, rate)
      for (const db of ['vigil', 'norecent']) await insertBothTables(rows, inserter(store, db))
    }
    const cpu = () => {
      const u = process.cpuUsage()
      return (u.user + u.system) / 1000
    }
    const tables = ['vigil.mention_events', 'norecent.mentions', 'vigil.mentions']
    tables.push(
      ...['mention_minute', 'mention_hour', 'review_events', 'mention_replies'].map((t) => `vigil.${t}`),
    )
    const usPerRow = {}
    for (const t of tables) {
      const c0 = cpu()
      await store.client.command({ query: `SYSTEM START MERGES ${t}` })
      await store.client.command({ query: `OPTIMIZE TABLE ${t} FINAL` })
      for (;;) {
        const [r] = await store.client
          .query({ query: 'SELECT count() AS n FROM system.merges', format: 'JSONEachRow' })
          .then((x) => x.json())
        if (Number(r.n) === 0) break
        await sleep(100)
      }
      usPerRow[t] = Number((((cpu() - c0) * 1000) / (seconds * rate)).toFixed(2))
    }
    console.log(JSON.stringify({ rows: seconds * rate, parts: seconds, usPerRow, load: loadAverage() }))
  })
  process.exit(0)
}

await withTempStore('vigil-sink-merge-', async (store) => {
  await migrate(store)
  for (const q of statements) await store.client.command({ query: q.replaceAll('{db}', 'vigil') })
  const two = inserter(store, 'vigil')
  const writeBlock = (s, size) => {
    const ms = blockMentions(s, size)
    if (args.write === 'two') return insertBothTables(ms.map(mentionTsvLines), two)
    return insertMentionStream(
      store,
      ms.map((m) => ({ line: mentionStreamLine(m), archive: true })),
    )
  }
  const c0 = cpuByThread()
  const t0 = Date.now()
  let written = 0
  const size = rate * every
  for (let s = 0; s < seconds; s += every) {
    const due = t0 + s * 1000
    if (Date.now() < due) await sleep(due - Date.now())
    await writeBlock(s, size)
    written += size
  }
  const c1 = cpuByThread()
  const wall = (Date.now() - t0) / 1000
  // --settle S: then wait up to S s for the merges the run started or owes (none running twice
  // in a row), so a variant that defers merges is charged for them.
  const settleUntil = Date.now() + Number(args.settle) * 1000
  for (let idle = 0; Date.now() < settleUntil && idle < 2; ) {
    await sleep(1000)
    const [m] = await store.client
      .query({ query: 'SELECT count() AS n FROM system.merges', format: 'JSONEachRow' })
      .then((r) => r.json())
    idle = Number(m.n) === 0 ? idle + 1 : 0
  }
  const c2 = cpuByThread()
  const parts = await store.client
    .query({
      query: `SELECT table, count() AS n FROM system.parts WHERE database = 'vigil' AND active GROUP BY table ORDER BY table`,
      format: 'JSONEachRow',
    })
    .then((r) => r.json())
  const per = (k) => Number((((c1[k] - c0[k]) * 1000) / written).toFixed(4))
  const out = {
    variant: args.variant,
    write: args.write,
    every,
    mentions: written,
    wallS: Number(wall.toFixed(1)),
    msPerMention: { merge: per('merge'), otherThreads: per('other'), js: per('js') },
    totalMsPerMention: Number((per('merge') + per('other') + per('js')).toFixed(4)),
    ...(Number(args.settle) > 0
      ? {
          settled: {
            mergeMsPerMention: Number((((c2.merge - c0.merge) * 1000) / written).toFixed(4)),
            totalMsPerMention: Number(
              (((c2.merge + c2.other + c2.js - c0.merge - c0.other - c0.js) * 1000) / written).toFixed(4),
            ),
          },
        }
      : {}),
    parts: Object.fromEntries(parts.map((p) => [p.table, p.n])),
    load: loadAverage(),
  }
  console.log(JSON.stringify(out))
})
