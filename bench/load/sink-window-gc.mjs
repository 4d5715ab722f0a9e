/**
 * What the sink's window of recently archived identities (services/sink recent.ts) costs the
 * rest of its work once it is full: the sink's JS path (decode the enriched record, both TSV
 * lines, the identity, the window's lookup and remember, the block joined into one Buffer; no
 * chDB) over `--mentions` records spread over `--partitions`, in blocks of `--block`, and per
 * quarter of the run the CPU µs per mention and the garbage collector's ms per 10,000 mentions
 * (perf_hooks `gc` entries). In the first quarter the window is filling; from the point it is
 * full (windowPerPartition × partitions records) it holds its largest heap.
 *
 *   pnpm exec tsc -b && node bench/load/sink-window-gc.mjs --mentions 800000
 *   # main's window, for an alternated run: --recent <main worktree>/services/sink/dist/recent.js
 *
 * The last line is one JSON object.
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { mentionStreamBody, mentionStreamLine } from '../../packages/store/dist/index.js'
import { cpuMs, decodeBlock, loadAverage, recordsFor, sinkBenchSetup } from './lib/sink-measure.mjs'

const { args, mentions, block } = sinkBenchSetup({
  block: '5000',
  extra: {
    mentions: { type: 'string', default: '800000' },
    partitions: { type: 'string', default: '3' },
    window: { type: 'string', default: '200000' },
    recent: {
      type: 'string',
      default: new URL('../../services/sink/dist/recent.js', import.meta.url).pathname,
    },
  },
})
const { createRecentIdentities } = await import(pathToFileURL(args.recent).href)
const total = Number(args.mentions)
const partitions = Number(args.partitions)
const recent = createRecentIdentities({ windowPerPartition: Number(args.window), resumeCheckRecords: 0 })
// main's window answers `has`, this branch's `mayHave`.
const seen = (p, id) => (recent.mayHave ? recent.mayHave(p, id) : recent.has(p, id))

let gcMs = 0
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration
}).observe({ entryTypes: ['gc'] })

const quarters = []
let mark = { cpu: cpuMs(process.cpuUsage()), gc: gcMs, done: 0 }
let bytes = 0
for (let done = 0, pass = 0; done < total; pass++) {
  const from = (pass * block) % Math.max(1, mentions.length - block)
  const records = recordsFor(mentions.slice(from, from + Math.min(block, total - done)), `w${pass}`)
  const decoded = decodeBlock(records)
  const byPartition = new Map()
  const lines = []
  for (let i = 0; i < decoded.length; i++) {
    const m = decoded[i]
    // The sink's one row per mention since load6s (two TSV lines, `mentionTsvLines`, before).
    const rows = mentionStreamLine(m)
    const p = (done + i) % partitions
    const identity = `${m.id}\u0000${rows.key}`
    lines.push({ line: rows, archive: true })
    if (seen(p, identity)) throw new Error(`a fresh id looked archived: ${identity}`)
    const list = byPartition.get(p) ?? []
    list.push({ identity, rows })
    byPartition.set(p, list)
  }
  // The block as the insert hands it over (one Buffer), so its garbage is the sink's too.
  bytes += mentionStreamBody(lines).length
  for (const [p, list] of byPartition)
    recent.remember(
      p,
      list.map((x) => x.identity),
    )
  done += decoded.length
  // Yield between blocks as the sink does between batches (and so the gc entries arrive).
  await new Promise((r) => setImmediate(r))
  if (done >= ((quarters.length + 1) * total) / 4) {
    const now = { cpu: cpuMs(process.cpuUsage()), gc: gcMs, done }
    const n = now.done - mark.done
    quarters.push({
      upTo: done,
      windowSize: recent.size(),
      cpuUsPerMention: Number((((now.cpu - mark.cpu) * 1000) / n).toFixed(1)),
      gcMsPer10k: Number((((now.gc - mark.gc) * 10_000) / n).toFixed(1)),
      heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    })
    console.log(`[window-gc] ${JSON.stringify(quarters.at(-1))}`)
    mark = now
  }
}
console.log(
  JSON.stringify({
    recent: args.recent,
    mentions: total,
    partitions,
    window: Number(args.window),
    bytes,
    quarters,
    load: loadAverage(),
  }),
)
