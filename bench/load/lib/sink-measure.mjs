/**
 * What the sink benches (sink-rows.mjs, sink-insert.mjs) share: a throwaway embedded chDB store,
 * the command line and the mentions, the records as Kafka carries them, the decode step, the CPU
 * clock and the two-table insert.
 *
 * Imports built code: run `pnpm exec tsc -b` first.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { decodeEnrichedMention } from '../../../packages/schema/dist/index.js'
import {
  createStore,
  MENTION_EVENT_COLUMNS,
  MENTION_STATE_COLUMNS,
} from '../../../packages/store/dist/index.js'
import { enrichedStream } from './mentions.mjs'

/**
 * The command line every sink bench takes (`--count`, `--block`, `--passes`, and `extra` options
 * of its own) and the generator's enriched mentions for it.
 */
export function sinkBenchSetup({ block = '5000', extra = {} } = {}) {
  const { values: args } = parseArgs({
    options: {
      count: { type: 'string', default: '20000' },
      block: { type: 'string', default: block },
      passes: { type: 'string', default: '3' },
      ...extra,
    },
  })
  const count = Number(args.count)
  return {
    args,
    count,
    block: Number(args.block),
    passes: Number(args.passes),
    mentions: [...enrichedStream(count)].flat(),
  }
}

/** The load average as `1m / 5m / 15m`, printed beside every CPU figure. */
export const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')

/** Milliseconds of CPU in a `process.cpuUsage()` reading (user + system). */
export const cpuMs = (u) => (u.user + u.system) / 1000

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The records as Kafka carries them, with ids of their own per pass (every insert is new). */
export const recordsFor = (mentions, tag) =>
  mentions.map((m) => Buffer.from(JSON.stringify({ ...m, id: `${m.id}-${tag}` })))

/** The sink's decode of one block; a bench record that does not decode is a bench bug. */
export const decodeBlock = (records) =>
  records.map((r) => {
    const d = decodeEnrichedMention(r)
    if (d.kind !== 'ok') throw new Error(`not a mention: ${d.reason}`)
    return d.value
  })

/**
 * Both tables' lines of a block of row pairs, `mentions` (state) first then `mention_events`,
 * each handed to `insert(table, columns, lines)`.
 */
export async function insertBothTables(rows, insert) {
  await insert(
    'mentions',
    MENTION_STATE_COLUMNS,
    rows.map((r) => r.state),
  )
  await insert(
    'mention_events',
    MENTION_EVENT_COLUMNS,
    rows.map((r) => r.event),
  )
}

/** Runs `fn(store)` on an embedded chDB store in a fresh temporary folder, removed afterwards. */
export async function withTempStore(prefix, fn) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const store = await createStore({ chdbPath: dir, database: 'vigil' })
  try {
    return await fn(store)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
